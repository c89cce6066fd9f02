#include "sourcerunsitgate.h"

#include "gatetr.h"

namespace Promenade {

GateResult SourceRunsItGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Source healthy and synced"), Verdict::Unknown, {}};
    if (plan.from.isEmpty()) {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("no source environment to check");
        return r;
    }
    const EnvironmentStatus *env = m_status.environment(plan.from);
    const AppStatus *app = env ? env->app(plan.app) : nullptr;
    if (!app || !app->runningKnown) {
        r.reason
            = GateTr::tr("what %1 runs is unknown%2")
                  .arg(plan.from,
                       env && !env->problems.isEmpty() ? u": " + env->problems.first() : QString());
        return r;
    }
    const QString running = app->runningVersion.section(u'@', 0, 0);
    if (running != plan.newTag) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 runs %2, not %3: verify %3 there first")
                       .arg(plan.from, running, plan.newTag);
    } else if (app->sync != u"Synced" || app->health != u"Healthy") {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 runs %2 but is %3 and %4%5")
                       .arg(plan.from, running, app->sync, app->health,
                            app->healthMessage.isEmpty() ? QString() : u": " + app->healthMessage);
    } else {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 runs %2, synced and healthy").arg(plan.from, running);
    }
    return r;
}

} // namespace Promenade
