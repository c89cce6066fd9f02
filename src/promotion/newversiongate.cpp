#include "newversiongate.h"

#include "gatetr.h"

namespace Promenade {

GateResult NewVersionGate::evaluate(const PromotionPlan &plan, const Git::Repository &) const
{
    GateResult r {GateTr::tr("New version"), GateResult::Verdict::Pass, {}};
    if (plan.currentVersion == plan.newVersion()) {
        r.verdict = GateResult::Verdict::Fail;
        r.reason = GateTr::tr("%1 already runs %2 %3").arg(plan.to, plan.app, plan.newVersion());
    } else if (plan.currentVersion.isEmpty()) {
        r.reason = GateTr::tr("%1 does not pin %2 yet; it will pin %3")
                       .arg(plan.to, plan.app, plan.newVersion());
    } else {
        r.reason = GateTr::tr("%1 runs %2 now; it will run %3")
                       .arg(plan.to, plan.currentVersion, plan.newVersion());
    }
    return r;
}

} // namespace Promenade
