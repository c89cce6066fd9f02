#include "sourcerunsitgate.h"

#include "gatetr.h"
#include "sourcegateresult.h"
#include "verdictjudge.h"

namespace Promenade {

GateResult SourceRunsItGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r = sourceGateResult(plan);
    if (plan.from.isEmpty())
        return r;
    // The same finding as the promotion verdicts' (VerdictJudge): one place judges it.
    const VerdictJudge::Finding f
        = VerdictJudge(m_status).sourceRuns(plan.from, plan.app, plan.newTag);
    r.verdict = f.outcome == VerdictJudge::Finding::Outcome::Pass ? Verdict::Pass
        : f.outcome == VerdictJudge::Finding::Outcome::Fail       ? Verdict::Fail
                                                                  : Verdict::Unknown;
    r.reason = f.reason;
    return r;
}

} // namespace Promenade
