#include "chartversiongate.h"

#include "gatetr.h"

namespace Promenade {

GateResult ChartVersionGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Chart version exists"), Verdict::Unknown, {}};
    if (plan.chartRepository.isEmpty()) {
        r.reason = GateTr::tr("could not check: the repository of the chart %1 is not known")
                       .arg(plan.image.isEmpty() ? plan.app : plan.image);
        return r;
    }
    if (!m_lookup) {
        r.reason = GateTr::tr("could not check: %1 was not asked").arg(plan.chartRepository);
        return r;
    }
    // The chart's name: an infrastructure chart's plan names it as its app and image; an app
    // deployed as a chart names its chart as the image.
    const QString chart = plan.image.isEmpty() ? plan.app : plan.image;
    const auto versions = m_lookup(plan.chartRepository, chart);
    if (!versions) {
        r.reason = GateTr::tr("could not check %1: %2")
                       .arg(plan.chartRepository, versions.error().toString());
        return r;
    }
    if (versions->contains(plan.newTag)) {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 holds %2 %3").arg(plan.chartRepository, chart, plan.newTag);
    } else {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 has no version %2 of %3 (%n versions listed)", nullptr,
                              int(versions->size()))
                       .arg(plan.chartRepository, plan.newTag, chart);
    }
    return r;
}

} // namespace Promenade
