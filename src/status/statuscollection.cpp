#include "statuscollection.h"

#include "logging.h"

#include "imagetags.h"
#include "mutabletags.h"

#include <QTimer>

namespace Promenade {

using namespace Promenade::Clients;

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Drift)
};

const ImageDetails *detailsOf(const std::map<QString, QMap<QString, ImageDetails>> &images,
                              const QString &repository, const QString &tag)
{
    const auto known = images.find(repository);
    if (known == images.end())
        return nullptr;
    const auto it = known->second.constFind(tag);
    return it == known->second.cend() ? nullptr : &it.value();
}

// A repository's builds: its tags grouped by digest, named (ImageTags::nameOfBuild).
struct Build
{
    QString name;
    QStringList aliases;
    const ImageDetails *details = nullptr;
};

struct Builds
{
    QHash<QString, QHash<QString, Build>> byDigest; // repository → digest → build
    QHash<QString, QString> newest; // repository → digest
};

// Per repository: its builds and the newest of them (the latest build time).
Builds buildsOf(const std::map<QString, QMap<QString, ImageDetails>> &images)
{
    Builds out;
    QHash<QString, QHash<QString, Build>> &builds = out.byDigest;
    QHash<QString, QString> &newestBuild = out.newest;
    for (const auto &[repository, tags] : images) {
        QHash<QString, QStringList> tagsByDigest;
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (!it.value().digest.isEmpty())
                tagsByDigest[it.value().digest] << it.key();
        }
        QHash<QString, Build> &repositoryBuilds = builds[repository];
        for (auto it = tagsByDigest.cbegin(); it != tagsByDigest.cend(); ++it) {
            const auto [name, aliases] = ImageTags::nameOfBuild(it.value());
            repositoryBuilds.insert(it.key(), {name, aliases, &tags.find(name).value()});
        }
        QString newest;
        for (auto it = repositoryBuilds.cbegin(); it != repositoryBuilds.cend(); ++it) {
            const QDateTime created = it->details->created;
            if (!created.isValid())
                continue;
            const QDateTime best
                = newest.isEmpty() ? QDateTime() : repositoryBuilds.value(newest).details->created;
            if (!best.isValid() || created > best || (created == best && it.key() < newest))
                newest = it.key();
        }
        newestBuild.insert(repository, newest);
    }
    return out;
}

} // namespace

ServiceEndpoint StatusCollection::endpoint(const QString &name, const QUrl &url) const
{
    ServiceEndpoint e;
    e.serviceName = name;
    e.baseUrl = url;
    applyLimits(e);
    return e;
}

void StatusCollection::applyLimits(ServiceEndpoint &e) const
{
    e.policy.timeout = options.timeout;
    e.policy.maxRetries = options.maxRetries;
    e.policy.maxResponseBytes = options.maxResponseBytes;
    // Clients made for this collection alone share its deadline; long-lived ones (the
    // window's cache) outlive it and rely on the collection's own deadline instead.
    if (!options.cache)
        e.policy.deadline = deadline;
}

std::function<void()> StatusCollection::begin(const QString &label)
{
    ++pending;
    ++inFlight[label];
    auto called = std::make_shared<bool>(false);
    return [this, label, called] {
        if (*called)
            return;
        *called = true;
        if (--inFlight[label] <= 0) {
            inFlight.remove(label);
            qCDebug(lcClients).noquote() << "live status: all in from" << label;
            if (progressed)
                progressed();
        }
        release();
    };
}

void StatusCollection::noteAnswer(const QString &service, const QString &label, const Error *error)
{
    serviceOfLabel.insert(label, service);
    if (!error) {
        answeredLabels.insert(label);
        return;
    }
    if (error->kind() == Error::Kind::Refused) {
        answeredLabels.insert(label);
        const bool listed
            = std::any_of(status.refused.cbegin(), status.refused.cend(),
                          [&](const RefusedService &r) { return r.endpoint == label; });
        if (!listed)
            status.refused.append({service, label, error->toString()});
    } else if (error->kind() == Error::Kind::Failed) {
        if (!status.unreachable.contains(service))
            status.unreachable << service;
    } else {
        answeredLabels.insert(label); // an answer (not found, a bad request): a problem line
    }
}

void StatusCollection::noteWithheld(const WithheldCredential &credential, QStringList *problems)
{
    if (!withheld.contains(credential))
        withheld << credential;
    const QString problem = credential.problem();
    if (!problems->contains(problem))
        *problems << problem;
}

void StatusCollection::runInTurns(const std::shared_ptr<std::vector<std::function<void()>>> &work,
                                  std::size_t from)
{
    if (finished)
        return; // the deadline passed: nothing more is asked
    constexpr std::size_t perTurn = 32;
    const std::size_t to = std::min(from + perTurn, work->size());
    for (std::size_t i = from; i < to; ++i)
        (*work)[i]();
    if (to < work->size())
        QTimer::singleShot(0, owner, [this, work, to] { runInTurns(work, to); });
}

void StatusCollection::conclude()
{
    if (treesSkipped > 0) {
        status.problems << ProblemTr::tr("certificates of %n Application(s) were not looked "
                                         "up: at most %1 resource trees "
                                         "are asked of Argo CD per refresh",
                                         nullptr, treesSkipped)
                               .arg(options.maxResourceTrees);
    }
    judgeNotListed();
    judgeBehind();
    applyImages();
    MutableTags::flag(status, nullptr); // by name; a moved tag needs the status before
}

PipelineStatus StatusCollection::withoutRegistries(const QStringList &loading)
{
    const PipelineStatus collected = status;
    auto keptImages = std::exchange(images, {});
    auto keptListed = std::exchange(listedTags, {});
    auto keptDescribed = std::exchange(tagsDescribed, {});
    auto keptProblems = std::exchange(imageProblems, {});
    conclude();
    PipelineStatus partial = std::exchange(status, collected);
    images = std::move(keptImages);
    listedTags = std::move(keptListed);
    tagsDescribed = std::move(keptDescribed);
    imageProblems = std::move(keptProblems);
    partial.loading = loading;
    return partial;
}

// Argo CD lists only the Applications the token may see (RBAC filters its list silently): an
// app of an environment an Argo CD that answered serves, which no listed Application deploys,
// is a problem line naming that Argo CD rather than a silent blank. Environments Flux deploys
// are left alone.
void StatusCollection::judgeNotListed()
{
    if (argoCdListed.isEmpty())
        return;
    for (qsizetype e = 0; e < status.environments.size(); ++e) {
        EnvironmentStatus &env = status.environments[e];
        const Environment &declared = pipeline.environments.at(e);
        const bool flux = std::any_of(declared.deployments.cbegin(), declared.deployments.cend(),
                                      [](const Deployment &d) {
                                          return d.kind == Deployment::Kind::FluxKustomization
                                              || d.kind == Deployment::Kind::FluxHelmRelease;
                                      });
        if (flux)
            continue;
        QStringList serving;
        for (auto it = argoCdListed.cbegin(); it != argoCdListed.cend(); ++it) {
            const QStringList &clusters = it.value();
            if (clusters.isEmpty()
                || std::any_of(env.clusters.cbegin(), env.clusters.cend(),
                               [&](const QString &c) { return clusters.contains(c); }))
                serving << it.key();
        }
        if (serving.isEmpty())
            continue;
        for (AppStatus &a : env.apps) {
            if (a.runningKnown)
                continue;
            const QString overlay = declared.overlayFor(a.app);
            const QString problem
                = ProblemTr::tr("%1 lists no Application deploying %2 in %3 (%4): none deploys "
                                "it, or the token may not see it")
                      .arg(serving.join(QStringLiteral(", ")), a.app, env.name,
                           overlay.isEmpty() ? ProblemTr::tr("no overlay") : overlay);
            if (!a.problems.contains(problem))
                a.problems << problem;
        }
    }
}

// Behind: the upstream environment (the previous stage's) runs a newer build: what Argo CD
// says it runs (the same fact as its `running`), else what it declares.
void StatusCollection::judgeBehind()
{
    for (qsizetype e = 0; e < status.environments.size(); ++e) {
        const QStringList upstream = pipeline.upstreamOf(status.environments[e].name);
        const EnvironmentStatus *found
            = upstream.isEmpty() ? nullptr : status.environment(upstream.first());
        if (!found)
            continue;
        const EnvironmentStatus &source = *found;
        QHash<QString, const AppStatus *> sourceApps;
        for (const AppStatus &s : source.apps) {
            if (!sourceApps.contains(s.app))
                sourceApps.insert(s.app, &s); // the first, as EnvironmentStatus::app() finds
        }
        for (AppStatus &a : status.environments[e].apps) {
            const AppStatus *s = sourceApps.value(a.app);
            if (!s)
                continue;
            const QString runningTag
                = s->runningKnown ? s->runningVersion.section(u'@', 0, 0) : QString();
            const bool runs = !runningTag.isEmpty();
            const QString upstreamTag = runs ? runningTag : s->declared.tag;
            if (upstreamTag.isEmpty() || upstreamTag == a.declared.tag
                || s->declared.repository != a.declared.repository)
                continue;
            const ImageDetails *theirs = detailsOf(images, a.declared.repository, upstreamTag);
            const ImageDetails *ours = detailsOf(images, a.declared.repository, a.declared.tag);
            if (theirs && ours
                && (theirs->digest == ours->digest || theirs->created <= ours->created))
                continue; // the same build under another tag, or not newer
            a.behind = runs ? Tr::tr("%1 runs %2").arg(source.name, upstreamTag)
                            : Tr::tr("%1 declares %2").arg(source.name, upstreamTag);
        }
    }
}

// What the registries told, per app: the declared build, the newest, and drift.
void StatusCollection::applyImages()
{
    const Builds found = buildsOf(images);
    const QHash<QString, QHash<QString, Build>> &builds = found.byDigest;
    const QHash<QString, QString> &newestBuild = found.newest;
    for (EnvironmentStatus &env : status.environments) {
        for (AppStatus &a : env.apps) {
            const QString &repository = a.declared.repository;
            const auto known = images.find(repository);
            if (known != images.end()) {
                a.availableKnown = true;
                const QSet<QString> listed = listedTags[repository];
                a.tagsListed = int(listed.size());
                a.tagsDescribed = tagsDescribed[repository];
                const ImageDetails *declared = detailsOf(images, repository, a.declared.tag);
                if (declared) {
                    a.declaredDigest = declared->digest;
                    a.declaredCreated = declared->created;
                    for (const Platform &p : declared->platforms)
                        a.declaredPlatforms << p.toString();
                    const Build build = builds[repository].value(declared->digest);
                    for (const QString &alias : build.aliases) {
                        if (alias != a.declared.tag)
                            a.declaredAliases << alias;
                    }
                    if (build.name != a.declared.tag && !build.name.isEmpty())
                        a.declaredAliases.prepend(build.name);
                }
                const QString newest = newestBuild.value(repository);
                if (!newest.isEmpty()) {
                    const Build build = builds[repository].value(newest);
                    a.newestTag = build.name;
                    a.newestDigest = newest;
                    a.newestAliases = build.aliases;
                    a.newestCreated = build.details->created;
                    for (const Platform &p : build.details->platforms)
                        a.newestPlatforms << p.toString();
                }
                if (!listed.contains(a.declared.tag) && !a.declared.tag.isEmpty())
                    a.drift << Tr::tr("%1 is not in the registry").arg(a.declared.tag);
                for (const QString &needed : std::as_const(a.neededPlatforms)) {
                    if (declared && !a.declaredPlatforms.contains(needed))
                        a.drift << Tr::tr("%1 has no %2 image, which %3's nodes need")
                                       .arg(a.declared.tag, needed, env.name);
                    else if (!a.newestTag.isEmpty() && a.newestDigest != a.declaredDigest
                             && !a.newestPlatforms.contains(needed))
                        a.drift << Tr::tr("the newest tag %1 has no %2 image: it cannot run in %3")
                                       .arg(a.newestTag, needed, env.name);
                }
            }
            if (imageProblems.count(repository)) {
                for (const QString &problem : imageProblems[repository]) {
                    if (!a.problems.contains(problem))
                        a.problems << problem;
                }
            }
            if (a.runningKnown) {
                const QString runningTag = a.runningVersion.section(u'@', 0, 0);
                if (!a.declared.tag.isEmpty() && runningTag != a.declared.tag)
                    a.drift << Tr::tr("declares %1 but %2 runs %3 (%4)")
                                   .arg(a.declared.tag, a.argoApplication, runningTag, a.sync);
                if (a.health != u"Healthy")
                    a.drift << Tr::tr("health is %1%2")
                                   .arg(a.health,
                                        a.healthMessage.isEmpty() ? QString()
                                                                  : u": " + a.healthMessage);
            }
        }
    }
}

} // namespace Promenade
