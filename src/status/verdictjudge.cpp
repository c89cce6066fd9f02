#include "verdictjudge.h"

#include <QCoreApplication>

#include <algorithm>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerdictJudge)
};

// Whether the registry tells that `theirs` is the same build as `ours`, or not newer.
bool knownNotNewer(const AppStatus &theirs, const AppStatus &ours)
{
    if (!theirs.availableKnown || !ours.availableKnown)
        return false;
    if (!theirs.declaredDigest.isEmpty() && theirs.declaredDigest == ours.declaredDigest)
        return true;
    return theirs.declaredCreated.isValid() && ours.declaredCreated.isValid()
        && theirs.declaredCreated <= ours.declaredCreated;
}

} // namespace

VerdictJudge::VerdictJudge(const PipelineStatus &status)
    : m_status(status)
{ }

const EnvironmentStatus *VerdictJudge::upstreamOf(const QString &environment) const
{
    const EnvironmentStatus *env = m_status.environment(environment);
    if (!env)
        return nullptr;
    if (!env->upstream.isEmpty())
        return m_status.environment(env->upstream.first());
    // A pipeline without a DAG: the previous stage's first environment, else the previous one.
    const bool staged = std::any_of(m_status.environments.cbegin(), m_status.environments.cend(),
                                    [](const EnvironmentStatus &e) { return e.stage > 0; });
    for (qsizetype i = 0; i < m_status.environments.size(); ++i) {
        const EnvironmentStatus &other = m_status.environments.at(i);
        if (staged && other.stage == env->stage - 1)
            return &other;
        if (!staged && i + 1 < m_status.environments.size()
            && m_status.environments.at(i + 1).name == environment)
            return &other;
    }
    return nullptr;
}

VerdictJudge::Finding VerdictJudge::sourceRuns(const QString &from, const QString &app,
                                               const QString &tag) const
{
    Finding f;
    const EnvironmentStatus *env = m_status.environment(from);
    const AppStatus *a = env ? env->app(app) : nullptr;
    if (!a || !a->runningKnown) {
        f.reason
            = Tr::tr("what %1 runs is unknown%2")
                  .arg(from,
                       env && !env->problems.isEmpty() ? u": " + env->problems.first() : QString());
        return f;
    }
    const QString running = a->runningVersion.section(u'@', 0, 0);
    if (running != tag) {
        f.outcome = Finding::Outcome::Fail;
        f.reason = Tr::tr("%1 runs %2, not %3: verify %3 there first").arg(from, running, tag);
    } else if (a->sync != u"Synced" || a->health != u"Healthy") {
        f.outcome = Finding::Outcome::Fail;
        f.reason = Tr::tr("%1 runs %2 but is %3 and %4%5")
                       .arg(from, running, a->sync, a->health,
                            a->healthMessage.isEmpty() ? QString() : u": " + a->healthMessage);
    } else {
        f.outcome = Finding::Outcome::Pass;
        f.reason = Tr::tr("%1 runs %2, synced and healthy").arg(from, running);
    }
    return f;
}

std::optional<VerdictJudge::KnownImage> VerdictJudge::knownImage(const QString &app,
                                                                 const QString &tag) const
{
    std::optional<KnownImage> known;
    for (const EnvironmentStatus &env : m_status.environments) {
        const AppStatus *a = env.app(app);
        if (!a || !a->availableKnown || tag.isEmpty())
            continue;
        if (a->declared.tag == tag)
            return KnownImage {!a->declaredPlatforms.isEmpty(), a->declaredPlatforms};
        if ((a->newestTag == tag || a->newestAliases.contains(tag))
            && !a->newestPlatforms.isEmpty())
            known = KnownImage {true, a->newestPlatforms};
    }
    return known;
}

VerdictJudge::Finding VerdictJudge::runsIn(const QString &environment, const QString &app,
                                           const QString &image, const QString &tag,
                                           const KnownImage &known) const
{
    Finding f;
    if (!known.exists) {
        f.outcome = Finding::Outcome::Fail;
        f.reason = Tr::tr("%1:%2 is not in the registry").arg(image, tag);
        return f;
    }
    const EnvironmentStatus *target = m_status.environment(environment);
    const AppStatus *a = target ? target->app(app) : nullptr;
    QStringList missing;
    for (const QString &p : a ? a->neededPlatforms : QStringList()) {
        if (!known.platforms.contains(p))
            missing << p;
    }
    const QString has = known.platforms.join(QStringLiteral(", "));
    if (!missing.isEmpty()) {
        f.outcome = Finding::Outcome::Fail;
        f.reason = Tr::tr("%1 has no %2 image, and %3's nodes need it (it has %4)")
                       .arg(tag, missing.join(QStringLiteral(", ")), environment, has);
    } else {
        f.outcome = Finding::Outcome::Pass;
        f.reason = Tr::tr("%1 is in the registry for %2").arg(tag, has);
    }
    return f;
}

PromotionVerdict VerdictJudge::verdict(const QString &environment, const QString &app) const
{
    PromotionVerdict v;
    v.app = app;
    v.environment = environment;
    const EnvironmentStatus *env = m_status.environment(environment);
    const AppStatus *a = env ? env->app(app) : nullptr;
    if (!a) {
        v.sentence = Tr::tr("no live status");
        return v;
    }
    v.toVersion = a->declared.tag;
    const EnvironmentStatus *upstream = upstreamOf(environment);
    const AppStatus *source = upstream ? upstream->app(app) : nullptr;
    if (upstream)
        v.from = upstream->name;
    const bool candidate = source && !source->declared.tag.isEmpty()
        && source->declared.tag != a->declared.tag
        && source->declared.repository == a->declared.repository && !knownNotNewer(*source, *a);
    if (!candidate) {
        if (!a->drift.isEmpty()) {
            v.kind = PromotionVerdict::Kind::Drift;
            v.reason = a->drift.first();
            v.sentence = Tr::tr("drift: %1").arg(v.reason);
        } else {
            v.kind = PromotionVerdict::Kind::UpToDate;
            v.sentence = upstream ? Tr::tr("up to date with %1").arg(upstream->name)
                                  : Tr::tr("up to date");
        }
        return v;
    }
    const QString tag = source->declared.tag;
    v.fromVersion = tag;
    const QString branch = QStringLiteral("promote/%1/%2/%3").arg(app, environment, tag);
    if (const PullRequestInfo *pr = m_status.pullRequest(branch)) {
        v.kind = PromotionVerdict::Kind::PullRequestOpen;
        v.pullRequest = pr->number;
        v.reason = pr->checksSummary.isEmpty()
            ? Tr::tr("pull request #%1 promotes %2 and waits for a merge").arg(pr->number).arg(tag)
            : Tr::tr("pull request #%1 promotes %2 and waits for a merge (%3)")
                  .arg(pr->number)
                  .arg(tag, pr->checksSummary);
        v.sentence = v.reason;
        return v;
    }
    const Finding runs = sourceRuns(upstream->name, app, tag);
    if (runs.outcome != Finding::Outcome::Pass) {
        const bool runsOther = runs.outcome == Finding::Outcome::Fail && source->runningKnown
            && source->runningVersion.section(u'@', 0, 0) != tag;
        v.kind = runs.outcome == Finding::Outcome::Fail && !runsOther
            ? PromotionVerdict::Kind::Blocked
            : PromotionVerdict::Kind::Behind;
        v.reason = runs.reason;
        v.sentence = v.kind == PromotionVerdict::Kind::Behind
            ? Tr::tr("behind %1 (%2): %3").arg(upstream->name, tag, runs.reason)
            : Tr::tr("blocked: %1").arg(runs.reason);
        return v;
    }
    if (!m_status.loading.isEmpty()) {
        // Whether the image is there for this environment's nodes is not known yet: no verdict
        // is claimed from what has not come.
        v.kind = PromotionVerdict::Kind::Unknown;
        v.sentence = Tr::tr("%1 runs %2; still loading: %3")
                         .arg(upstream->name, tag, m_status.loading.join(QStringLiteral(", ")));
        return v;
    }
    if (const std::optional<KnownImage> known = knownImage(app, tag)) {
        const Finding image = runsIn(environment, app, a->declared.repository, tag, *known);
        if (image.outcome == Finding::Outcome::Fail) {
            v.kind = PromotionVerdict::Kind::Blocked;
            v.reason = image.reason;
            v.sentence = Tr::tr("blocked: %1").arg(image.reason);
            return v;
        }
    }
    v.kind = PromotionVerdict::Kind::Ready;
    v.sentence = Tr::tr("ready to promote: %1 runs %2").arg(upstream->name, tag);
    return v;
}

QList<PromotionVerdict> VerdictJudge::verdicts() const
{
    QList<PromotionVerdict> all;
    for (const EnvironmentStatus &env : m_status.environments) {
        for (const AppStatus &a : env.apps)
            all << verdict(env.name, a.app);
    }
    return all;
}

VerdictJudge::ByEnvironment VerdictJudge::verdictsByEnvironment() const
{
    ByEnvironment all;
    for (const EnvironmentStatus &env : m_status.environments) {
        QHash<QString, PromotionVerdict> &apps = all[env.name];
        for (const AppStatus &a : env.apps)
            apps.insert(a.app, verdict(env.name, a.app));
    }
    return all;
}

} // namespace Promenade
