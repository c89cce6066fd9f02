#include "imageplatformsgate.h"

#include "gatetr.h"

namespace Promenade {

std::optional<RegistryTag> ImagePlatformsGate::fromStatus(const PromotionPlan &plan) const
{
    std::optional<RegistryTag> known;
    for (const EnvironmentStatus &env : m_status.environments) {
        const AppStatus *a = env.app(plan.app);
        if (!a || !a->availableKnown)
            continue;
        if (a->declared.tag == plan.newTag)
            return RegistryTag {!a->declaredPlatforms.isEmpty(), a->declaredPlatforms};
        if (a->newestTag == plan.newTag && !a->newestPlatforms.isEmpty())
            known = RegistryTag {true, a->newestPlatforms};
    }
    return known;
}

GateResult ImagePlatformsGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Image and platforms"), Verdict::Unknown, {}};
    std::optional<RegistryTag> tag = fromStatus(plan);
    if (!tag && m_lookup) {
        const Result<RegistryTag> asked = m_lookup(plan.image, plan.newTag);
        if (!asked) {
            r.reason = GateTr::tr("the registry could not be asked about %1: %2")
                           .arg(plan.newTag, asked.error().toString());
            return r;
        }
        tag = *asked;
    }
    if (!tag) {
        r.reason = GateTr::tr("the registry's answer about %1 is not known").arg(plan.newTag);
        return r;
    }
    if (!tag->exists) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1:%2 is not in the registry").arg(plan.image, plan.newTag);
        return r;
    }
    const EnvironmentStatus *target = m_status.environment(plan.to);
    const AppStatus *targetApp = target ? target->app(plan.app) : nullptr;
    const QStringList needed = targetApp ? targetApp->neededPlatforms : QStringList();
    QStringList missing;
    for (const QString &p : needed) {
        if (!tag->platforms.contains(p))
            missing << p;
    }
    const QString has = tag->platforms.join(QStringLiteral(", "));
    if (!missing.isEmpty()) {
        r.verdict = Verdict::Fail;
        r.reason = GateTr::tr("%1 has no %2 image, and %3's nodes need it (it has %4)")
                       .arg(plan.newTag, missing.join(QStringLiteral(", ")), plan.to, has);
    } else {
        r.verdict = Verdict::Pass;
        r.reason = GateTr::tr("%1 is in the registry for %2").arg(plan.newTag, has);
    }
    return r;
}

} // namespace Promenade
