#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"

namespace Promenade {

// The source environment runs the promoted tag, synced and healthy (Argo CD, as the live status
// last saw it). Could not check: what the source runs is not known.
class SourceRunsItGate : public PromotionGate
{
public:
    explicit SourceRunsItGate(PipelineStatus status)
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
