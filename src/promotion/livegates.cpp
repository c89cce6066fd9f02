#include "livegates.h"

#include "certificatesgate.h"
#include "chartsourcegate.h"
#include "pullrequestchecksgate.h"
#include "sourcerunsitgate.h"

namespace Promenade {

GateList liveGates(const PipelineStatus &status, const RegistryTagLookup &lookup)
{
    GateList gates;
    gates.push_back(std::make_unique<PullRequestChecksGate>(status));
    gates.push_back(std::make_unique<SourceRunsItGate>(status));
    gates.push_back(std::make_unique<ImagePlatformsGate>(status, lookup));
    gates.push_back(std::make_unique<CertificatesGate>(status));
    return gates;
}

QList<GateResult> reevaluateLiveGates(const QList<GateResult> &previous, const PromotionPlan &plan,
                                      const PipelineStatus &status)
{
    if (plan.chart || plan.pinKind == VersionPin::kindName(VersionPin::Kind::ChartVersion)) {
        // A chart's gates (an infrastructure component's, or an app deployed as a chart's):
        // only its source Application's verdict follows the status; an image's gates judged on
        // the chart's version would be wrong.
        const GateResult source = ChartSourceGate(status).judge(plan);
        QList<GateResult> results = previous;
        for (GateResult &old : results) {
            if (old.gate == source.gate)
                old = source;
        }
        return results;
    }
    QList<GateResult> fresh {PullRequestChecksGate(status).judge(plan),
                             SourceRunsItGate(status).judge(plan),
                             CertificatesGate(status).judge(plan)};
    // Without the registry: an answer the snapshot cannot give stays as it was asked.
    const GateResult image = ImagePlatformsGate(status).judge(plan);
    QList<GateResult> results = previous;
    for (GateResult &old : results) {
        if (old.gate == image.gate && image.verdict != GateResult::Verdict::Unknown)
            old = image;
        for (const GateResult &f : fresh) {
            if (old.gate == f.gate)
                old = f;
        }
    }
    return results;
}

} // namespace Promenade
