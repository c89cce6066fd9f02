#include "imageplatformsgate.h"

#include "gatetr.h"
#include "verdictjudge.h"

namespace Promenade {

std::optional<RegistryTag> ImagePlatformsGate::fromStatus(const PromotionPlan &plan) const
{
    const std::optional<VerdictJudge::KnownImage> known
        = VerdictJudge(m_status).knownImage(plan.app, plan.newTag);
    if (!known)
        return std::nullopt;
    return RegistryTag {known->exists, known->platforms};
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
    // The same finding as the promotion verdicts' (VerdictJudge): one place judges it.
    const VerdictJudge::Finding f = VerdictJudge(m_status).runsIn(
        plan.to, plan.app, plan.image, plan.newTag, {tag->exists, tag->platforms});
    r.verdict = f.outcome == VerdictJudge::Finding::Outcome::Pass ? Verdict::Pass : Verdict::Fail;
    r.reason = f.reason;
    return r;
}

} // namespace Promenade
