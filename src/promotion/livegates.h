#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"

namespace Promenade {

// The live-status gates, judged on a PipelineStatus snapshot (from StatusCollector):
//  - the source environment runs the promoted image, synced and healthy;
//  - the image is in the registry with every platform the target's nodes need;
//  - the target's certificates are ready (none expired or failing);
//  - for a pull request, GitHub's checks on it are green.
// What the snapshot does not know gives Unknown with the reason, never a silent pass.
GateList liveGates(const PipelineStatus &status);

} // namespace Promenade
