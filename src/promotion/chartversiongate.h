#pragma once

#include "promotiongate.h"
#include "result.h"

#include <QStringList>

#include <functional>

namespace Promenade {

// The versions a chart repository holds of a chart (blocking). An Error: it could not be asked.
using ChartVersionLookup
    = std::function<Result<QStringList>(const QString &repository, const QString &chart)>;

// For a chart promotion or rollback: the version exists in the chart's repository (an OCI
// registry's tags, or an HTTP repository's index.yaml), asked through lookup. Could not check
// (never a silent pass): no lookup, no repository known, or the repository did not answer.
class ChartVersionGate : public PromotionGate
{
public:
    explicit ChartVersionGate(ChartVersionLookup lookup)
        : m_lookup(std::move(lookup))
    { }
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &) const override
    {
        return judge(plan);
    }
    [[nodiscard]] GateResult judge(const PromotionPlan &plan) const;

private:
    ChartVersionLookup m_lookup;
};

} // namespace Promenade
