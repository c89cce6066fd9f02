#include "promotiongates.h"

#include "certificatesgate.h"
#include "chartsourcegate.h"
#include "livegates.h"
#include "pullrequestchecksgate.h"
#include "sourcerunsitgate.h"

#include <QCoreApplication>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

bool movesAChartVersion(const PromotionPlan &plan)
{
    return plan.chart || plan.pinKind == VersionPin::kindName(VersionPin::Kind::ChartVersion);
}

} // namespace

std::optional<PromotionPlan> PromotionGates::imagePart(const PromotionPlan &plan,
                                                       const Pipeline &pipeline)
{
    if (plan.chart || !movesAChartVersion(plan) || plan.from.isEmpty())
        return std::nullopt;
    const Environment *source = pipeline.environment(plan.from);
    const Environment *target = pipeline.environment(plan.to);
    const DeclaredImage *from = source ? source->imageFor(plan.app) : nullptr;
    const DeclaredImage *to = target ? target->imageFor(plan.app) : nullptr;
    // As PromotionPlanner moves it: the target pins the image on its own, and it differs.
    if (!from || !to || !to->pinned || !to->pin.isSet()
        || to->pin.kind == VersionPin::Kind::ChartVersion || from->tag.isEmpty()
        || from->version() == to->version())
        return std::nullopt;
    bool edited = false;
    for (const PromotionPlan::FileEdit &edit : plan.fileEdits())
        edited = edited || edit.file == to->pin.file;
    if (!edited)
        return std::nullopt;
    PromotionPlan image = plan;
    image.image = from->repository;
    image.newTag = from->tag;
    image.newDigest = from->digest;
    image.currentTag = to->tag;
    image.currentVersion = to->version();
    image.pinKind = to->pin.kindName();
    image.chartRepository.clear();
    return image;
}

QList<GateResult> PromotionGates::evaluate(const PromotionPlan &plan, const Pipeline &pipeline,
                                           const std::optional<PipelineStatus> &status,
                                           const Git::Repository &repository,
                                           const ChartVersionLookup &charts,
                                           const RegistryTagLookup &images)
{
    GateList gates = gitGates();
    if (!movesAChartVersion(plan)) {
        if (status) {
            // A tag the snapshot does not know (a rollback's) is asked of the registry.
            for (auto &gate : liveGates(*status, images))
                gates.push_back(std::move(gate));
        }
        return evaluateGates(gates, plan, repository);
    }
    gates.push_back(std::make_unique<ChartSourceGate>(status));
    gates.push_back(std::make_unique<ChartVersionGate>(charts));
    if (status) {
        gates.push_back(std::make_unique<PullRequestChecksGate>(*status));
        gates.push_back(std::make_unique<CertificatesGate>(*status));
    }
    QList<GateResult> results = evaluateGates(gates, plan, repository);
    const auto image = imagePart(plan, pipeline);
    if (!image || !status)
        return results;
    // The image moves with the chart: its own live gates (as an image promotion's), judged on
    // it.
    GateList imageGates;
    imageGates.push_back(std::make_unique<SourceRunsItGate>(*status));
    imageGates.push_back(std::make_unique<ImagePlatformsGate>(*status, images));
    for (GateResult r : evaluateGates(imageGates, *image, repository)) {
        r.gate = Tr::tr("%1 (image %2)").arg(r.gate, image->newVersion());
        results.append(r);
    }
    return results;
}

} // namespace Promenade
