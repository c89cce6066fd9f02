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

// The rendered change to what the plan's target deploys (app: the one app to show, empty for
// all), kept in the preparation before anything is touched; where it cannot be rendered, the
// reason, and with gates a failed "Preview renders" gate (what cannot be rendered cannot be
// reviewed, nor, most likely, deployed).
void addPreview(PromotionWorkflow::Preparation &preparation, const Pipeline &pipeline,
                const PromotionPlan &plan, const QString &app, bool checkGates);

} // namespace Promenade
