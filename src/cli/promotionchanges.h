#pragma once

#include "promotionplan.h"
#include "releasechanges.h"

#include <chrono>

namespace Promenade::Cli {

// What a planned promotion ships: the application's commits and pull requests between the
// build the target runs and the one being promoted (ReleaseChangesFinder, waited for here).
// Empty (no list, no problem) when the plan has no two tags to compare — set-image of a
// first pin, a digest-only pin.
[[nodiscard]] ReleaseChanges findPromotionChanges(const QString &repository,
                                                  const PromotionPlan &plan,
                                                  std::chrono::seconds timeout);

} // namespace Promenade::Cli
