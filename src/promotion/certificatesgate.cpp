#include "certificatesgate.h"

#include "gatetr.h"

namespace Promenade {

GateResult CertificatesGate::judge(const PromotionPlan &plan) const
{
    using Verdict = GateResult::Verdict;
    GateResult r {GateTr::tr("Certificates ready"), Verdict::Unknown, {}};
    const EnvironmentStatus *target = m_status.environment(plan.to);
    if (!target || target->certificates.isEmpty()) {
        r.reason = GateTr::tr("the certificates of %1 are unknown").arg(plan.to);
        return r;
    }
    for (const CertificateInfo &c : target->certificates) {
        if (c.state != u"Ready" && c.state != u"Renewing") {
            r.verdict = Verdict::Fail;
            r.reason = GateTr::tr("%1/%2 on %3 is %4%5")
                           .arg(c.nameSpace, c.name, c.cluster, c.state,
                                c.message.isEmpty() ? QString() : u": " + c.message);
            return r;
        }
    }
    r.verdict = Verdict::Pass;
    r.reason
        = GateTr::tr("%n certificate(s) of %1 are ready", nullptr, int(target->certificates.size()))
              .arg(plan.to);
    return r;
}

} // namespace Promenade
