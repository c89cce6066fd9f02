#pragma once

#include "promotiongate.h"

namespace Promenade {

// The branch is up to date with its upstream (as last fetched): not behind it; and when the
// promotion is pushed (or opened as a pull request), holding no unpushed commits of its own, so
// that it goes out alone. A branch with no upstream passes: the promotion stays local.
class BranchUpToDateGate : public PromotionGate
{
public:
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &repository) const override;
};

} // namespace Promenade
