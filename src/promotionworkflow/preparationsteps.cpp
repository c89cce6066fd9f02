#include "preparationsteps.h"

#include "repositorydiscovery.h"

namespace Promenade {

Result<Pipeline> discoverForPromotion(const QString &repository,
                                      const PromotionWorkflow::PrepareOptions &options)
{
    auto pipeline = RepositoryDiscovery::discover(repository);
    if (!pipeline)
        return pipeline.error();
    if (options.endpoints) {
        pipeline->github = options.endpoints->github;
        pipeline->argoCd = options.endpoints->argoCd;
        pipeline->registries = options.endpoints->registries;
        pipeline->clusterContexts = options.endpoints->clusterContexts;
    }
    return pipeline;
}

Result<PromotionWorkflow::Preparation>
startPreparation(const Git::Repository &repository, PromotionPlan &plan,
                 const PromotionWorkflow::PrepareOptions &options)
{
    auto base = repository.currentBranch();
    if (!base)
        return base.error();
    PromotionWorkflow::Preparation preparation;
    preparation.baseBranch = *base;
    preparation.commit = options.commit;
    preparation.pullRequest = plan.mode == PromotionMode::PullRequest && options.commit;
    plan.push = options.push || preparation.pullRequest;
    return preparation;
}

} // namespace Promenade
