#include "preparationsteps.h"

#include "environmentcomparison.h"
#include "repositorydiscovery.h"

#include <QCoreApplication>
#include <QMap>

namespace Promenade {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};
} // namespace

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

void addPreview(PromotionWorkflow::Preparation &preparation, const Pipeline &pipeline,
                const PromotionPlan &plan, const QString &app, bool checkGates)
{
    QMap<QString, QByteArray> edits;
    for (const PromotionPlan::FileEdit &edit : plan.fileEdits())
        edits.insert(edit.file, edit.editedText);
    auto preview = Diff::EnvironmentComparison::compareEdit(pipeline, plan.to, edits, app, {});
    if (preview) {
        preparation.preview = std::move(*preview);
        return;
    }
    preparation.previewError = preview.error().toString();
    if (checkGates) {
        preparation.gates.append(
            {Tr::tr("Preview renders"), GateResult::Verdict::Fail,
             Tr::tr("the change cannot be rendered: %1").arg(preparation.previewError)});
    }
}

} // namespace Promenade
