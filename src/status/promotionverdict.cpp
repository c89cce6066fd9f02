#include "promotionverdict.h"

namespace Promenade {

QString PromotionVerdict::word() const
{
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::UpToDate:
        return QStringLiteral("up-to-date");
    case Kind::Ready:
        return QStringLiteral("ready");
    case Kind::Blocked:
        return QStringLiteral("blocked");
    case Kind::Behind:
        return QStringLiteral("behind");
    case Kind::Drift:
        return QStringLiteral("drift");
    case Kind::PullRequestOpen:
        return QStringLiteral("pull-request-open");
    }
    return {};
}

QJsonObject PromotionVerdict::toJson() const
{
    QJsonObject o {{QStringLiteral("verdict"), word()}, {QStringLiteral("sentence"), sentence}};
    if (!from.isEmpty())
        o.insert(QStringLiteral("from"), from);
    if (hasCandidate())
        o.insert(QStringLiteral("version"), fromVersion);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (pullRequest > 0)
        o.insert(QStringLiteral("pullRequest"), pullRequest);
    return o;
}

} // namespace Promenade
