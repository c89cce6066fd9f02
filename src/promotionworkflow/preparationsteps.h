#pragma once

#include "gitrepository.h"
#include "promotionworkflow.h"

namespace Promenade {

// The first steps of a promotion's preparation, the same for one promotion (PromotionWorkflow)
// and a batch (PromotionBatch).

// The repository's pipeline, with the services of options.endpoints (the window's settings) in
// place of promenade.yaml's when given.
Result<Pipeline> discoverForPromotion(const QString &repository,
                                      const PromotionWorkflow::PrepareOptions &options);

// A preparation on the repository's current branch (repository: the plan's, opened). It lands
// as a pull request when the plan's mode says so and a commit is made; a pull request's branch
// is always pushed.
Result<PromotionWorkflow::Preparation>
startPreparation(const Git::Repository &repository, PromotionPlan &plan,
                 const PromotionWorkflow::PrepareOptions &options);

} // namespace Promenade
