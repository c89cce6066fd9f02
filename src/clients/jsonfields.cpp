#include "jsonfields.h"

#include <QJsonObject>

namespace Promenade::Clients {

QMap<QString, QString> jsonStringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace Promenade::Clients
