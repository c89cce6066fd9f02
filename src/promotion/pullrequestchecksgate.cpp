#include "pullrequestchecksgate.h"

#include "gatetr.h"

namespace Promenade {

GateResult PullRequestChecksGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Pull request checks"), Verdict::Pass, {}};
    if (plan.mode != PromotionMode::PullRequest) {
        r.reason = GateTr::tr("a direct commit: no pull request to check");
        return r;
    }
    if (!m_status.pullRequestsKnown) {
        r.verdict = Verdict::Unknown;
        r.reason = m_status.problems.isEmpty()
            ? GateTr::tr("GitHub was not asked (no GitHub repository is known)")
            : m_status.problems.first();
        return r;
    }
    const PullRequestInfo *pr = m_status.pullRequest(plan.branch);
    if (!pr) {
        r.verdict = Verdict::Unknown;
        r.reason
            = GateTr::tr("the pull request is not open yet: GitHub runs its checks once it is");
    } else if (pr->checks == u"success") {
        r.reason = QStringLiteral("#%1: %2").arg(pr->number).arg(pr->checksSummary);
    } else if (pr->checks == u"failure") {
        r.verdict = Verdict::Fail;
        r.reason = QStringLiteral("#%1: %2").arg(pr->number).arg(pr->checksSummary);
    } else {
        r.verdict = Verdict::Unknown;
        r.reason = GateTr::tr("#%1: checks %2")
                       .arg(pr->number)
                       .arg(pr->checksSummary.isEmpty() ? pr->checks : pr->checksSummary);
    }
    return r;
}

} // namespace Promenade
