#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"

namespace Promenade {

// The target's certificates are ready (none expired or failing). Could not check: the live
// status lists none for the target.
class CertificatesGate : public PromotionGate
{
public:
    explicit CertificatesGate(PipelineStatus status)
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
