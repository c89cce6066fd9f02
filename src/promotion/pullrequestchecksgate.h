#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"

namespace Promenade {

// For a promotion through a pull request: GitHub's checks on it (the validate workflow), as the
// live status last listed them — judged again whenever a newer status comes (the window does,
// so that "not open yet" turns into the checks' verdict once the pull request is open). A
// direct commit passes. Could not check: GitHub was not asked, the pull request is not open
// yet, or its checks are still running.
class PullRequestChecksGate : public PromotionGate
{
public:
    explicit PullRequestChecksGate(PipelineStatus status)
        : m_status(std::move(status))
    { }
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &) const override
    {
        return judge(plan);
    }
    // The verdict, which needs no repository.
    [[nodiscard]] GateResult judge(const PromotionPlan &plan) const;

private:
    PipelineStatus m_status;
};

} // namespace Promenade
