#include "gitrepository.h"
#include "promotiongate.h"

#include <QCoreApplication>

namespace Promenade {

namespace {

// Gate names and reasons are shown in the window (translated there); the command line installs
// no translator, so its text and JSON stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromotionGate)
};

using Verdict = GateResult::Verdict;

class WorkingTreeCleanGate : public PromotionGate
{
public:
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &repository) const override
    {
        GateResult r {Tr::tr("Working tree clean"), Verdict::Unknown, {}};
        // A merge, rebase, cherry-pick or revert left half-done: a commit now would carry it.
        const QString operation = repository.operationInProgress();
        const auto dirty = repository.isDirty({plan.file});
        if (!operation.isEmpty()) {
            r.verdict = Verdict::Fail;
            r.reason
                = Tr::tr("%1 is in progress in this clone: finish it or abort it before promoting")
                      .arg(operation);
        } else if (!dirty) {
            r.reason = dirty.error().toString();
        } else if (*dirty) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 has uncommitted changes: commit or stash them first, Promenade "
                              "never overwrites them")
                           .arg(plan.file);
        } else {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 has no uncommitted changes").arg(plan.file);
        }
        return r;
    }
};

class UpToDateGate : public PromotionGate
{
public:
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &repository) const override
    {
        GateResult r {Tr::tr("Branch up to date"), Verdict::Unknown, {}};
        const auto branch = repository.currentBranch();
        if (!branch) {
            r.verdict = Verdict::Fail;
            r.reason = branch.error().message();
            return r;
        }
        const auto upstream = repository.upstreamOf(*branch);
        if (!upstream) {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 tracks no remote branch: the promotion stays local").arg(*branch);
            return r;
        }
        const auto ab = repository.aheadBehind(*branch);
        if (!ab) {
            r.reason = ab.error().toString();
            return r;
        }
        if (ab->behind > 0) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 is %n commit(s) behind %2: pull first, so that the promotion "
                              "starts from what is deployed",
                              nullptr, int(ab->behind))
                           .arg(*branch, *upstream);
        } else if (ab->ahead > 0 && (plan.push || plan.mode == PromotionMode::PullRequest)) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 has %n commit(s) not on %2: push or drop them first, so that the "
                              "promotion goes out alone",
                              nullptr, int(ab->ahead))
                           .arg(*branch, *upstream);
        } else if (ab->ahead > 0) {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 is %n commit(s) ahead of %2; the promotion is committed locally",
                              nullptr, int(ab->ahead))
                           .arg(*branch, *upstream);
        } else {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 matches %2 (as last fetched)").arg(*branch, *upstream);
        }
        return r;
    }
};

class TagDiffersGate : public PromotionGate
{
public:
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &) const override
    {
        GateResult r {Tr::tr("New version"), Verdict::Pass, {}};
        if (plan.currentVersion == plan.newVersion()) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 already runs %2 %3").arg(plan.to, plan.app, plan.newVersion());
        } else if (plan.currentVersion.isEmpty()) {
            r.reason = Tr::tr("%1 does not pin %2 yet; it will pin %3")
                           .arg(plan.to, plan.app, plan.newVersion());
        } else {
            r.reason = Tr::tr("%1 runs %2 now; it will run %3")
                           .arg(plan.to, plan.currentVersion, plan.newVersion());
        }
        return r;
    }
};

} // namespace

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
    gates.push_back(std::make_unique<UpToDateGate>());
    gates.push_back(std::make_unique<TagDiffersGate>());
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
