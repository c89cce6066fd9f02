#include "chartsourcegate.h"

#include "gatetr.h"
#include "sourcegateresult.h"

namespace Promenade {

GateResult ChartSourceGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r = sourceGateResult(plan);
    if (plan.from.isEmpty())
        return r;
    if (!m_status) {
        r.reason = GateTr::tr("could not check: Argo CD was not asked (no Argo CD configured)");
        return r;
    }
    const EnvironmentStatus *env = m_status->environment(plan.from);
    const AppStatus *chart = env ? env->chart(plan.app) : nullptr;
    if (!chart && env && !plan.chart) {
        // An app deployed as a chart: its Application's sync and health, with the chart's
        // version the source pins (synced: what Argo CD runs).
        if (const AppStatus *app = env->app(plan.app); app && app->runningKnown) {
            const QString pinned = app->declared.chartVersion;
            if (pinned != plan.newTag) {
                r.verdict = Verdict::Fail;
                r.reason = GateTr::tr("%1 pins %2's chart at %3, not %4: verify %4 there first")
                               .arg(plan.from, plan.app, pinned, plan.newTag);
            } else if (app->sync != u"Synced" || app->health != u"Healthy") {
                r.verdict = Verdict::Fail;
                r.reason = GateTr::tr("%1 runs %2's chart %3 but is %4 and %5%6")
                               .arg(plan.from, plan.app, pinned, app->sync, app->health,
                                    app->healthMessage.isEmpty() ? QString()
                                                                 : u": " + app->healthMessage);
            } else {
                r.verdict = Verdict::Pass;
                r.reason = GateTr::tr("%1 runs %2's chart %3, synced and healthy")
                               .arg(plan.from, plan.app, pinned);
            }
            return r;
        }
    }
    if (!chart || !chart->runningKnown) {
        r.reason
            = GateTr::tr("could not check: Argo CD did not report %1's Application of %2%3")
                  .arg(plan.from, plan.app,
                       env && !env->problems.isEmpty() ? u": " + env->problems.first() : QString());
        return r;
    }
    if (chart->runningVersion != plan.newTag) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 runs %2 %3, not %4: verify %4 there first")
                       .arg(plan.from, plan.app, chart->runningVersion, plan.newTag);
    } else if (chart->sync != u"Synced" || chart->health != u"Healthy") {
        r.verdict = Verdict::Fail;
        r.reason
            = GateTr::tr("%1 runs %2 %3 but is %4 and %5%6")
                  .arg(plan.from, plan.app, chart->runningVersion, chart->sync, chart->health,
                       chart->healthMessage.isEmpty() ? QString() : u": " + chart->healthMessage);
    } else {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 runs %2 %3, synced and healthy")
                       .arg(plan.from, plan.app, chart->runningVersion);
    }
    return r;
}

} // namespace Promenade
