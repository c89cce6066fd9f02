#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"

#include <optional>

namespace Promenade {

// For a chart promotion (an infrastructure component): the source environment's Application of
// the chart runs the promoted version, synced and healthy, as Argo CD last reported it. For an
// app deployed as a chart: the source pins that chart version and its Application is synced
// and healthy. Without
// a live status, or when Argo CD did not report that Application: could not check (never a
// silent pass). A rollback has no source: nothing to check.
class ChartSourceGate : public PromotionGate
{
public:
    explicit ChartSourceGate(std::optional<PipelineStatus> status)
        : m_status(std::move(status))
    { }
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &) const override
    {
        return judge(plan);
    }
    [[nodiscard]] GateResult judge(const PromotionPlan &plan) const;

private:
    std::optional<PipelineStatus> m_status;
};

} // namespace Promenade
