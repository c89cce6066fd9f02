#include "branchuptodategate.h"

#include "gatetr.h"
#include "gitrepository.h"

namespace Promenade {

GateResult BranchUpToDateGate::evaluate(const PromotionPlan &plan,
                                        const Git::Repository &repository) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Branch up to date"), Verdict::Unknown, {}};
    const auto branch = repository.currentBranch();
    if (!branch) {
        r.verdict = Verdict::Fail;
        r.reason = branch.error().message();
        return r;
    }
    const auto upstream = repository.upstreamOf(*branch);
    if (!upstream) {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 tracks no remote branch: the promotion stays local").arg(*branch);
        return r;
    }
    const auto ab = repository.aheadBehind(*branch);
    if (!ab) {
        r.reason = ab.error().toString();
        return r;
    }
    if (ab->behind > 0) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 is %n commit(s) behind %2: pull first, so that the promotion "
                              "starts from what is deployed",
                              nullptr, int(ab->behind))
                       .arg(*branch, *upstream);
    } else if (ab->ahead > 0 && (plan.push || plan.mode == PromotionMode::PullRequest)) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 has %n commit(s) not on %2: push or drop them first, so that "
                              "the promotion goes out alone",
                              nullptr, int(ab->ahead))
                       .arg(*branch, *upstream);
    } else if (ab->ahead > 0) {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 is %n commit(s) ahead of %2; the promotion is committed locally",
                              nullptr, int(ab->ahead))
                       .arg(*branch, *upstream);
    } else {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 matches %2 (as last fetched)").arg(*branch, *upstream);
    }
    return r;
}

} // namespace Promenade
