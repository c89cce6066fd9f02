#pragma once

#include "promotiongate.h"

namespace Promenade {

// The touched kustomization has no uncommitted changes, and no merge, rebase, cherry-pick or
// revert is left half-done (a commit now would carry it). Could not check: Git could not say.
class WorkingTreeCleanGate : public PromotionGate
{
public:
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &repository) const override;
};

} // namespace Promenade
