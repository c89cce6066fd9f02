#pragma once

#include "pipeline.h"
#include "promotionplan.h"
#include "result.h"

#include <optional>

namespace Promenade {

// Plans a promotion, a CI bump or a rollback on a discovered pipeline, reading the target's
// kustomization as it is on disk: which file and `images:` entry change, from which version
// to which, the edited bytes (KustomizationEditor: only the tag's bytes change) and the commit
// message with its trailers. Reads files only; changes nothing. Blocking file I/O.
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
    };

    static Result<PromotionPlan> plan(const Pipeline &pipeline, const Request &request);
};

} // namespace Promenade
