#pragma once

#include "chartversiongate.h"
#include "imageplatformsgate.h"
#include "pipeline.h"
#include "pipelinestatus.h"
#include "promotiongate.h"

#include <optional>

namespace Promenade {

// The gates a promotion runs, chosen by the version it moves:
//  - an image's tag (any pin form): the Git gates, and with a live status the live gates (pull
//    request checks, the source runs the image synced and healthy, the image in its registry
//    with the target's platforms, certificates);
//  - a chart's version (an infrastructure component such as cert-manager, or an app deployed
//    as a chart): the Git gates, the source's Application of the chart synced and healthy at
//    that version, the version in the chart repository (could not check, never a silent pass,
//    without a status or a repository to ask), and with a status the pull request checks and
//    certificates — not the image gates, which would take the chart's version for a tag;
//  - an app deployed as a chart whose promotion moves the image its values set too: both, with
//    a live status the image's (source runs it, in the registry) judged on that image and
//    named so.
// Blocking (Git, registries); call it off the GUI thread.
class PromotionGates
{
public:
    static QList<GateResult> evaluate(const PromotionPlan &plan, const Pipeline &pipeline,
                                      const std::optional<PipelineStatus> &status,
                                      const Git::Repository &repository,
                                      const ChartVersionLookup &charts,
                                      const RegistryTagLookup &images);

    // The image part of an app-chart promotion that moves the values' image too (the plan as
    // if it promoted that image alone); nothing for any other plan.
    static std::optional<PromotionPlan> imagePart(const PromotionPlan &plan,
                                                  const Pipeline &pipeline);
};

} // namespace Promenade
