#pragma once

#include "cancellationtoken.h"
#include "pipeline.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Promenade::OverlayPlatforms {

using PlatformsByApp = QHash<QString, QStringList>; // app → platforms its workloads need

// For each environment (by index) and app, the platforms its nodes need (the node selectors
// of the overlays' workloads, e.g. linux/arm64). Renders overlays, so it runs on a worker
// thread; an overlay's result is kept (for the process) while the files it depends on are
// unchanged. Stops early, with what it has, when cancelled.
QList<PlatformsByApp> neededPlatforms(const Pipeline &pipeline, const CancellationToken &cancelled);

} // namespace Promenade::OverlayPlatforms
