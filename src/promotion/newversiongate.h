#pragma once

#include "promotiongate.h"

namespace Promenade {

// The target does not already run the version the plan sets (read from the plan alone).
class NewVersionGate : public PromotionGate
{
public:
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &repository) const override;
};

} // namespace Promenade
