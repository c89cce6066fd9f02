#include "workingtreecleangate.h"

#include "gatetr.h"
#include "gitrepository.h"

namespace Promenade {

GateResult WorkingTreeCleanGate::evaluate(const PromotionPlan &plan,
                                          const Git::Repository &repository) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Working tree clean"), Verdict::Unknown, {}};
    const QString operation = repository.operationInProgress();
    const auto dirty = repository.isDirty({plan.file});
    if (!operation.isEmpty()) {
        r.verdict = Verdict::Fail;
        r.reason
            = GateTr::tr("%1 is in progress in this clone: finish it or abort it before promoting")
                  .arg(operation);
    } else if (!dirty) {
        r.reason = dirty.error().toString();
    } else if (*dirty) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 has uncommitted changes: commit or stash them first, Promenade "
                              "never overwrites them")
                       .arg(plan.file);
    } else {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 has no uncommitted changes").arg(plan.file);
    }
    return r;
}

} // namespace Promenade
