#pragma once

#include "pipeline.h"
#include "promotionplan.h"
#include "result.h"

#include <optional>

namespace Promenade {

// Plans a promotion, a CI bump or a rollback on a discovered pipeline, reading the target's
// files as they are on disk: which file changes, from which version to which, the edited bytes
// and the commit message with its trailers. The version is written where the target pins it,
// in its own form whatever the source's (PinEditor: only the version's bytes change); where
// the target pins none of its own, an `images:` entry is added to its kustomization and the
// plan's note says so. An infrastructure chart (request.app naming a chart of the
// infrastructure lane, e.g. cert-manager) is planned the same way on its chart version; where
// that version is written in a file other environments share, a patch pinning it is added to
// the target's overlay. Reads files only; changes nothing. Blocking file I/O.
class PromotionPlanner
{
public:
    struct Request
    {
        PromotionPlan::Action action = PromotionPlan::Action::Promote;
        QString app;
        QString from; // promote: the source environment
        QString to; // the target environment
        QString tag; // empty: the source's tag (promote); required for set-image and rollback
        QString digest; // optional; for a promotion of the source's tag, the source's digest
        std::optional<PromotionMode>
            mode; // empty: the target's rule (promenade.yaml / production → pull request)
        // rollback: the form of the pin tag is a version of, as the history names it
        // (VersionPin::kindName: "chart-version" for a chart's, "helm-values" for an image's...);
        // empty: the app's own (for an app deployed as a chart, its chart's version).
        QString pinKind;
    };

    static Result<PromotionPlan> plan(const Pipeline &pipeline, const Request &request);
};

} // namespace Promenade
