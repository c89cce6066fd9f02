#include "livegates.h"

#include <QCoreApplication>

namespace Promenade {

namespace {

// Translated in the window, English on the command line (it installs no translator).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromotionGate)
};

using Verdict = GateResult::Verdict;

class SourceRunsItGate : public PromotionGate
{
public:
    explicit SourceRunsItGate(PipelineStatus status)
        : m_status(std::move(status))
    { }
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &) const override
    {
        GateResult r {Tr::tr("Source healthy and synced"), Verdict::Unknown, {}};
        if (plan.from.isEmpty()) {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("no source environment to check");
            return r;
        }
        const EnvironmentStatus *env = m_status.environment(plan.from);
        const AppStatus *app = env ? env->app(plan.app) : nullptr;
        if (!app || !app->runningKnown) {
            r.reason = Tr::tr("what %1 runs is unknown%2")
                           .arg(plan.from,
                                env && !env->problems.isEmpty() ? u": " + env->problems.first()
                                                                : QString());
            return r;
        }
        const QString running = app->runningVersion.section(u'@', 0, 0);
        if (running != plan.newTag) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 runs %2, not %3: verify %3 there first")
                           .arg(plan.from, running, plan.newTag);
        } else if (app->sync != u"Synced" || app->health != u"Healthy") {
            r.verdict = Verdict::Fail;
            r.reason
                = Tr::tr("%1 runs %2 but is %3 and %4%5")
                      .arg(plan.from, running, app->sync, app->health,
                           app->healthMessage.isEmpty() ? QString() : u": " + app->healthMessage);
        } else {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 runs %2, synced and healthy").arg(plan.from, running);
        }
        return r;
    }

private:
    PipelineStatus m_status;
};

class PlatformsGate : public PromotionGate
{
public:
    explicit PlatformsGate(PipelineStatus status)
        : m_status(std::move(status))
    { }
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &) const override
    {
        GateResult r {Tr::tr("Image and platforms"), Verdict::Unknown, {}};
        const EnvironmentStatus *target = m_status.environment(plan.to);
        const AppStatus *targetApp = target ? target->app(plan.app) : nullptr;
        // The platforms of the promoted tag: known where an environment declares that tag.
        const AppStatus *withTag = nullptr;
        for (const EnvironmentStatus &env : m_status.environments) {
            const AppStatus *a = env.app(plan.app);
            if (a && a->availableKnown && a->declared.tag == plan.newTag)
                withTag = a;
        }
        if (!withTag) {
            r.reason = Tr::tr("the registry's answer about %1 is not known").arg(plan.newTag);
            return r;
        }
        if (withTag->declaredPlatforms.isEmpty()) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1:%2 is not in the registry").arg(plan.image, plan.newTag);
            return r;
        }
        const QStringList needed = targetApp ? targetApp->neededPlatforms : QStringList();
        QStringList missing;
        for (const QString &p : needed) {
            if (!withTag->declaredPlatforms.contains(p))
                missing << p;
        }
        if (!missing.isEmpty()) {
            r.verdict = Verdict::Fail;
            r.reason = Tr::tr("%1 has no %2 image, and %3's nodes need it (it has %4)")
                           .arg(plan.newTag, missing.join(QStringLiteral(", ")), plan.to,
                                withTag->declaredPlatforms.join(QStringLiteral(", ")));
        } else {
            r.verdict = Verdict::Pass;
            r.reason = Tr::tr("%1 is in the registry for %2")
                           .arg(plan.newTag, withTag->declaredPlatforms.join(QStringLiteral(", ")));
        }
        return r;
    }

private:
    PipelineStatus m_status;
};

class CertificatesGate : public PromotionGate
{
public:
    explicit CertificatesGate(PipelineStatus status)
        : m_status(std::move(status))
    { }
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &) const override
    {
        GateResult r {Tr::tr("Certificates ready"), Verdict::Unknown, {}};
        const EnvironmentStatus *target = m_status.environment(plan.to);
        if (!target || target->certificates.isEmpty()) {
            r.reason = Tr::tr("the certificates of %1 are unknown").arg(plan.to);
            return r;
        }
        for (const CertificateInfo &c : target->certificates) {
            if (c.state != u"Ready" && c.state != u"Renewing") {
                r.verdict = Verdict::Fail;
                r.reason = Tr::tr("%1/%2 on %3 is %4%5")
                               .arg(c.nameSpace, c.name, c.cluster, c.state,
                                    c.message.isEmpty() ? QString() : u": " + c.message);
                return r;
            }
        }
        r.verdict = Verdict::Pass;
        r.reason
            = Tr::tr("%n certificate(s) of %1 are ready", nullptr, int(target->certificates.size()))
                  .arg(plan.to);
        return r;
    }

private:
    PipelineStatus m_status;
};

// For a promotion through a pull request: GitHub's checks on it (the validate workflow).
class PullRequestChecksGate : public PromotionGate
{
public:
    explicit PullRequestChecksGate(PipelineStatus status)
        : m_status(std::move(status))
    { }
    GateResult evaluate(const PromotionPlan &plan, const Git::Repository &) const override
    {
        GateResult r {Tr::tr("Pull request checks"), Verdict::Pass, {}};
        if (plan.mode != PromotionMode::PullRequest) {
            r.reason = Tr::tr("a direct commit: no pull request to check");
            return r;
        }
        if (!m_status.pullRequestsKnown) {
            r.verdict = Verdict::Unknown;
            r.reason = m_status.problems.isEmpty()
                ? Tr::tr("GitHub was not asked (no GitHub repository is known)")
                : m_status.problems.first();
            return r;
        }
        const PullRequestInfo *pr = m_status.pullRequest(plan.branch);
        if (!pr) {
            r.verdict = Verdict::Unknown;
            r.reason
                = Tr::tr("the pull request is not open yet: GitHub runs its checks once it is");
        } else if (pr->checks == u"success") {
            r.reason = QStringLiteral("#%1: %2").arg(pr->number).arg(pr->checksSummary);
        } else if (pr->checks == u"failure") {
            r.verdict = Verdict::Fail;
            r.reason = QStringLiteral("#%1: %2").arg(pr->number).arg(pr->checksSummary);
        } else {
            r.verdict = Verdict::Unknown;
            r.reason = Tr::tr("#%1: checks %2")
                           .arg(pr->number)
                           .arg(pr->checksSummary.isEmpty() ? pr->checks : pr->checksSummary);
        }
        return r;
    }

private:
    PipelineStatus m_status;
};

} // namespace

GateList liveGates(const PipelineStatus &status)
{
    GateList gates;
    gates.push_back(std::make_unique<PullRequestChecksGate>(status));
    gates.push_back(std::make_unique<SourceRunsItGate>(status));
    gates.push_back(std::make_unique<PlatformsGate>(status));
    gates.push_back(std::make_unique<CertificatesGate>(status));
    return gates;
}

} // namespace Promenade
