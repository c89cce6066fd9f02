#include "branchuptodategate.h"
#include "newversiongate.h"
#include "promotiongate.h"
#include "workingtreecleangate.h"

#include <algorithm>

namespace Promenade {

QString GateResult::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

GateList gitGates()
{
    GateList gates;
    gates.push_back(std::make_unique<WorkingTreeCleanGate>());
    gates.push_back(std::make_unique<BranchUpToDateGate>());
    gates.push_back(std::make_unique<NewVersionGate>());
    return gates;
}

QList<GateResult> evaluateGates(const GateList &gates, const PromotionPlan &plan,
                                const Git::Repository &repository)
{
    QList<GateResult> results;
    for (const auto &gate : gates)
        results.append(gate->evaluate(plan, repository));
    return results;
}

bool gatesPass(const QList<GateResult> &results)
{
    return std::none_of(results.cbegin(), results.cend(),
                        [](const GateResult &r) { return r.verdict == GateResult::Verdict::Fail; });
}

} // namespace Promenade
