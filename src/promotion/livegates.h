#pragma once

#include "imageplatformsgate.h"
#include "pipelinestatus.h"
#include "promotiongate.h"

namespace Promenade {

// The live-status gates, judged on a PipelineStatus snapshot (from StatusCollector), each in
// its own unit:
//  - PullRequestChecksGate: for a pull request, GitHub's checks on it are green;
//  - SourceRunsItGate: the source environment runs the promoted image, synced and healthy;
//  - ImagePlatformsGate: the image is in the registry with every platform the target's nodes
//    need (the registry asked through lookup when the snapshot does not know the tag);
//  - CertificatesGate: the target's certificates are ready (none expired or failing).
// What they cannot know gives Unknown with the reason, never a silent pass.
GateList liveGates(const PipelineStatus &status, const RegistryTagLookup &lookup = {});

// The live gates' verdicts again, on a newer snapshot (the window, while a promotion is open):
// gates of `previous` that are not live gates keep their verdict. Reads no repository and asks
// no registry (a registry answer in `previous` stands): cheap enough for the GUI thread.
QList<GateResult> reevaluateLiveGates(const QList<GateResult> &previous, const PromotionPlan &plan,
                                      const PipelineStatus &status);

} // namespace Promenade
