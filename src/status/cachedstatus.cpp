#include "cachedstatus.h"

#include "statuscache.h"

#include <QJsonObject>

namespace Promenade {

QString statusCacheKey(const QString &root)
{
    return QStringLiteral("status:") + root;
}

std::optional<PipelineStatus> cachedStatus(const QString &root, const QString &cacheDirectory)
{
    const auto entry = Clients::StatusCache(cacheDirectory).load(statusCacheKey(root));
    if (!entry || !entry->value.isObject())
        return std::nullopt;
    return PipelineStatus::fromJson(entry->value.toObject());
}

} // namespace Promenade
