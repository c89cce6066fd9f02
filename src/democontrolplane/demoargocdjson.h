#pragma once

#include "demoworld.h"

#include <QJsonObject>
#include <QStringList>

namespace Promenade::Demo {

// An Application of the demo world as Argo CD's API writes it (metadata, spec, status with
// sync, health, history, operationState and summary).
QJsonObject applicationJson(const DemoWorld::Application &app);
// Argo CD's `fields` projection of item: keep only the listed leaves under prefix
// ("items.metadata.name"), drop those listed with a leading '-'.
QJsonObject projectFields(const QJsonObject &item, const QStringList &fields,
                          const QString &prefix);
// Its resource tree (/api/v1/applications/NAME/resource-tree).
QJsonObject resourceTreeJson(const DemoWorld &world, const DemoWorld::Application &app);

} // namespace Promenade::Demo
