#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace Promenade::Clients {

// A JSON object of strings (labels, annotations) as a map; anything else gives an empty map and
// a value that is no string gives "". Shared by the Argo CD and registry readers.
QMap<QString, QString> jsonStringMap(const QJsonValue &value);

} // namespace Promenade::Clients
