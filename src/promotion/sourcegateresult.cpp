#include "sourcegateresult.h"

#include "gatetr.h"

namespace Promenade {

GateResult sourceGateResult(const PromotionPlan &plan)
{
    GateResult r {GateTr::tr("Source healthy and synced"), GateResult::Verdict::Unknown, {}};
    if (plan.from.isEmpty()) {
        r.verdict = GateResult::Verdict::Pass;
        r.reason = GateTr::tr("no source environment to check");
    }
    return r;
}

} // namespace Promenade
