#include "statuscollector.h"

#include "mutabletags.h"

#include "argocdclient.h"
#include "cancellationtoken.h"
#include "certificatetypes.h"
#include "credentialchoice.h"
#include "credentialresolver.h"
#include "credentialsdiscovery.h"
#include "githubclient.h"
#include "gitrepository.h"
#include "kubeconfig.h"
#include "kubernetesclient.h"
#include "livestatuscache.h"
#include "registryclient.h"
#include "renderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Drift)
};

// What kept the status from being complete (shown above the pipeline).
struct ProblemTr
{
    Q_DECLARE_TR_FUNCTIONS(LiveStatus)
};

} // namespace

using namespace Promenade::Clients;

namespace {
using PlatformsByApp = QHash<QString, QStringList>; // app → platforms its workloads need
}

struct StatusCollector::Private
{
    Options options;
    Pipeline pipeline;
    int pending = 0;
    CancellationToken cancelled; // the rendering worker stops when the collector goes
    QFutureWatcher<QList<PlatformsByApp>> *platformsWatcher = nullptr;
    QHash<QString, QList<int>> environmentsByOverlay; // overlay path → environments
    QList<QHash<QString, QList<int>>> appsByRepository; // per environment: image repository → apps
    std::vector<std::unique_ptr<QObject>> clients; // alive until finished
    std::map<QString, QMap<QString, ImageDetails>> images; // repository → tag → details
    std::map<QString, QSet<QString>> listedTags; // repository → the tags its list holds
    std::map<QString, int> tagsDescribed; // repository → tags asked to be described
    std::map<QString, QStringList> imageProblems; // repository → why unknown
    // Manifests and configs by digest for this collection's registry clients (without
    // Options::cache): each build is fetched once, whichever tags point at it.
    std::shared_ptr<RegistryCache> registryCache;
    QHash<QString, std::optional<Clients::RegistryCredential>>
        registryCredentials; // by host, looked up once
    EndpointTrust trust;
    // The context of every request of this collection: deleted at the deadline, which aborts
    // whatever still runs (no callback comes after it).
    QObject *requests = nullptr;
    bool finished = false;
    QTimer *deadlineTimer = nullptr;
    QDeadlineTimer deadline;
    QHash<QString, int> inFlight; // service label → answers awaited
    // Resource trees: one request per Application, whoever waits for it; at most
    // options.maxResourceTrees of them.
    QHash<QString, QList<std::function<void(const ArgoResourceTree &)>>> treeWaiters;
    QHash<QString, QList<int>> treeEnvironments; // the environments waiting for each tree
    QSet<QString> argoCdAnswered; // the Argo CD instances (labels) whose list came in
    int treesSkipped = 0;

    ServiceEndpoint endpoint(const QString &name, const QUrl &url) const
    {
        ServiceEndpoint e;
        e.serviceName = name;
        e.baseUrl = url;
        applyLimits(e);
        return e;
    }
    void applyLimits(ServiceEndpoint &e) const
    {
        e.policy.timeout = options.timeout;
        e.policy.maxRetries = options.maxRetries;
        e.policy.maxResponseBytes = options.maxResponseBytes;
        // Clients made for this collection alone share its deadline; long-lived ones (the
        // window's cache) outlive it and rely on the collection's own deadline instead.
        if (!options.cache)
            e.policy.deadline = deadline;
    }

    // One more answer awaited from label's service: the returned function is called once
    // when it is in (and releases the collection).
    std::function<void()> begin(const QString &label, const std::function<void()> &release)
    {
        ++pending;
        ++inFlight[label];
        auto called = std::make_shared<bool>(false);
        return [this, label, release, called] {
            if (*called)
                return;
            *called = true;
            if (--inFlight[label] <= 0)
                inFlight.remove(label);
            release();
        };
    }
};

StatusCollector::StatusCollector(QObject *parent)
    : StatusCollector(Options {}, parent)
{ }

StatusCollector::StatusCollector(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
}

StatusCollector::~StatusCollector()
{
    d->cancelled.cancel();
}

void StatusCollector::runInTurns(const std::shared_ptr<std::vector<std::function<void()>>> &work,
                                 std::size_t from)
{
    if (d->finished)
        return; // the deadline passed: nothing more is asked
    constexpr std::size_t perTurn = 32;
    const std::size_t to = std::min(from + perTurn, work->size());
    for (std::size_t i = from; i < to; ++i)
        (*work)[i]();
    if (to < work->size())
        QTimer::singleShot(0, this, [this, work, to] { runInTurns(work, to); });
}

namespace {

// What an overlay's workloads need, per app (by app.kubernetes.io/name label or namespace):
// the platforms of their node selectors, e.g. linux/arm64.
PlatformsByApp platformsOf(const QList<Kustomize::Resource> &resources)
{
    PlatformsByApp out;
    for (const auto &r : resources) {
        const QByteArray arch = r.document().textAt(
            {"spec", "template", "spec", "nodeSelector", "kubernetes.io/arch"});
        if (arch.isEmpty())
            continue;
        const QString platform = u"linux/" + QString::fromUtf8(arch);
        const QString label = QString::fromUtf8(
            r.document().textAt({"metadata", "labels", "app.kubernetes.io/name"}));
        for (const QString &app : QStringList {label, QString::fromUtf8(r.nameSpace())}) {
            if (!app.isEmpty() && !out.value(app).contains(platform))
                out[app] << platform;
        }
    }
    return out;
}

// Which files an overlay's rendering depends on, as sizes and times: the files under the
// overlay's grandparent (apps/<app>/ for apps/<app>/overlays/<env>, apps/ for
// apps/overlays/<env>), where its bases live in the usual layouts.
QString fingerprintScope(const QString &overlayDir)
{
    QDir scope(overlayDir);
    scope.cdUp();
    scope.cdUp();
    return scope.path();
}

QByteArray fingerprintOf(const QString &scopeDir)
{
    const QDir scope(scopeDir);
    QStringList entries;
    QDirIterator it(scope.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries << info.filePath() + u'|' + QString::number(info.size()) + u'|'
                + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    entries.sort();
    return QCryptographicHash::hash(entries.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
}

// Rendering every overlay again on each refresh (every 2 s for the demo, hundreds of overlays
// in large repositories) would keep a core busy: the result per overlay is kept while the files
// it depends on are unchanged. Shared by the collectors of the process (one per refresh).
struct PlatformCache
{
    struct Entry
    {
        QByteArray fingerprint;
        PlatformsByApp platforms;
    };
    QMutex mutex;
    QHash<QString, Entry> overlays;
};

PlatformCache &platformCache()
{
    static PlatformCache cache;
    return cache;
}

// For each environment (by index) and app, the platforms its nodes need. Renders overlays:
// runs on a worker thread. Stops early, with what it has, when cancelled.
QList<PlatformsByApp> neededPlatforms(const Pipeline &pipeline, const CancellationToken &cancelled)
{
    Kustomize::Renderer::Options options;
    options.repositoryRoot = pipeline.root;
    Kustomize::Renderer renderer(options);
    PlatformCache &cache = platformCache();
    QHash<QString, PlatformsByApp> seen; // overlays of this run
    QHash<QString, QByteArray> fingerprints; // by scope: environments' overlays share theirs
    QList<PlatformsByApp> out;
    for (const Environment &env : pipeline.environments) {
        PlatformsByApp needs;
        for (const DeclaredImage &image : env.images) {
            if (cancelled.isCancelled())
                return out;
            const QString overlay = env.overlayFor(image.app);
            if (overlay.isEmpty())
                continue;
            if (!seen.contains(overlay)) {
                const QString dir = QDir(pipeline.root).filePath(overlay);
                const QString scope = fingerprintScope(dir);
                auto scoped = fingerprints.constFind(scope);
                if (scoped == fingerprints.cend())
                    scoped = fingerprints.insert(scope, fingerprintOf(scope));
                const QByteArray fingerprint = *scoped;
                std::optional<PlatformsByApp> known;
                {
                    QMutexLocker lock(&cache.mutex);
                    const auto it = cache.overlays.constFind(dir);
                    if (it != cache.overlays.cend() && it->fingerprint == fingerprint)
                        known = it->platforms;
                }
                if (!known) {
                    const auto resources = renderer.render(dir);
                    known = resources ? platformsOf(*resources) : PlatformsByApp();
                    QMutexLocker lock(&cache.mutex);
                    if (cache.overlays.size() > 20000)
                        cache.overlays.clear();
                    cache.overlays.insert(dir, {fingerprint, *known});
                }
                seen.insert(overlay, *known);
            }
            needs.insert(image.app, seen.value(overlay).value(image.app));
        }
        out.append(needs);
    }
    return out;
}

// "ghcr.io/x/y:tag@sha256:…" → {"ghcr.io/x/y", "tag@sha256:…"}; "ghcr.io/x/y@sha256:…" →
// {"ghcr.io/x/y", "@sha256:…"}; without tag or digest the version is empty.
std::pair<QString, QString> splitImage(const QString &image)
{
    const qsizetype at = image.indexOf(u'@');
    const QString name = at >= 0 ? image.left(at) : image;
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > name.lastIndexOf(u'/'))
        return {name.left(colon), image.mid(colon + 1)};
    return {name, at >= 0 ? image.mid(at) : QString()};
}

// A version tag: 1.4.2, v2.0.0-rc.1, 2026.11.20.
bool isVersionTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral(R"(^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]*)?$)"));
    return re.match(tag).hasMatch();
}

// A tag that names one build for good: a version, or one that ends in a commit hash (sha-e7d1a48,
// e7d1a48…, main-e7d1a48). Others (latest, main, edge, stable…) are moved from build to build.
bool isImmutableTag(const QString &tag)
{
    static const QRegularExpression hash(QStringLiteral(R"((^|[-_.])[0-9a-f]{7,64}$)"));
    return isVersionTag(tag) || hash.match(tag).hasMatch();
}

// Orders version tags highest first (numeric parts compared as numbers).
bool versionAbove(const QString &a, const QString &b)
{
    static const QRegularExpression number(QStringLiteral(R"(\d+)"));
    auto numbers = [](const QString &tag) {
        QList<qint64> out;
        auto it = number.globalMatch(tag.section(u'-', 0, 0).section(u'+', 0, 0));
        while (it.hasNext())
            out << it.next().captured().toLongLong();
        return out;
    };
    const QList<qint64> x = numbers(a);
    const QList<qint64> y = numbers(b);
    if (x != y)
        return std::lexicographical_compare(y.cbegin(), y.cend(), x.cbegin(), x.cend());
    // 1.0.0 above 1.0.0-rc.1
    const bool xPre = a.contains(u'-');
    const bool yPre = b.contains(u'-');
    if (xPre != yPre)
        return !xPre;
    return a > b;
}

// Which tags of a repository's list are described, in order, at most max of them (and never
// fewer than the declared ones): the declared tags, latest, main and master (they point at
// recent builds), the versions from the highest down, then the rest from the end of the list
// (where registries that keep push order put the recent ones).
QStringList tagsToDescribe(const QStringList &listed, const QStringList &declared, int max)
{
    QStringList out;
    QSet<QString> chosen;
    const QSet<QString> present(listed.cbegin(), listed.cend());
    auto take = [&](const QString &tag) {
        if (!chosen.contains(tag)) {
            chosen.insert(tag);
            out << tag;
        }
    };
    for (const QString &tag : declared) {
        if (present.contains(tag))
            take(tag);
    }
    const int limit = std::max<int>(max, int(out.size()));
    for (const char *alias : {"latest", "main", "master"}) {
        if (present.contains(QLatin1String(alias)) && out.size() < limit)
            take(QLatin1String(alias));
    }
    QStringList versions;
    for (const QString &tag : listed) {
        if (isVersionTag(tag))
            versions << tag;
    }
    std::sort(versions.begin(), versions.end(), versionAbove);
    for (const QString &tag : std::as_const(versions)) {
        if (out.size() >= limit)
            return out;
        take(tag);
    }
    for (auto it = listed.crbegin(); it != listed.crend() && out.size() < limit; ++it)
        take(*it);
    return out;
}

// The name of a build among the tags pointing at it: a version first, then another immutable
// tag, else the first alias; aliases: the mutable ones besides that name.
std::pair<QString, QStringList> nameOfBuild(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int ra = isVersionTag(a) ? 0 : isImmutableTag(a) ? 1 : 2;
        const int rb = isVersionTag(b) ? 0 : isImmutableTag(b) ? 1 : 2;
        if (ra != rb)
            return ra < rb;
        return ra == 0 ? versionAbove(a, b) : a < b;
    });
    const QString name = tags.value(0);
    QStringList aliases;
    for (const QString &tag : std::as_const(tags)) {
        if (tag != name && !isImmutableTag(tag))
            aliases << tag;
    }
    return {name, aliases};
}

} // namespace

QString StatusCollector::gitHubRepository(const Pipeline &pipeline)
{
    if (!pipeline.github.repository.isEmpty())
        return pipeline.github.repository;
    auto repo = Git::Repository::open(pipeline.root);
    if (!repo)
        return {};
    auto url = repo->remoteUrl(QStringLiteral("origin"));
    if (!url)
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"(github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?/?$)"));
    const QRegularExpressionMatch m = re.match(*url);
    return m.hasMatch() ? m.captured(1) + u'/' + m.captured(2) : QString();
}

QUrl StatusCollector::gitHubApi(const Pipeline &pipeline)
{
    return QUrl(pipeline.github.url.isEmpty() ? QStringLiteral("https://api.github.com")
                                              : pipeline.github.url);
}

namespace {

// Decides about a credential for url: sent (the token) or withheld (empty, *withheld says why).
QString decide(CredentialService service, const QUrl &url, const QString &token,
               const QString &what, bool tied, const EndpointTrust &trust,
               std::optional<WithheldCredential> *withheld)
{
    if (token.isEmpty())
        return {};
    WithheldCredential w {service, url, what, WithheldCredential::Reason::Untrusted};
    if (!EndpointTrust::allowsCredentials(url))
        w.reason = WithheldCredential::Reason::PlainHttp;
    else if (tied || trust.trusts(service, url))
        return token;
    if (withheld)
        *withheld = w;
    return {};
}

} // namespace

QString StatusCollector::gitHubToken(const Pipeline &pipeline)
{
    return gitHubToken(pipeline, EndpointTrust::forRepository(pipeline.root));
}

QString StatusCollector::gitHubToken(const Pipeline &pipeline, const EndpointTrust &trust,
                                     std::optional<WithheldCredential> *withheld)
{
    // The credentials component's one precedence, the first candidate that may go there.
    const QUrl api = gitHubApi(pipeline);
    const CredentialChoice choice = CredentialChoice::choose(
        trust, CredentialService::GitHub, api, Credentials::CredentialResolver().gitHub(api));
    if (withheld)
        *withheld = choice.withheld;
    return choice.credential.secret;
}

QString StatusCollector::argoCdToken(const QUrl &argoCd, const EndpointTrust &trust,
                                     std::optional<WithheldCredential> *withheld)
{
    // The credentials component's one precedence, the first candidate that may go there.
    const CredentialChoice choice = CredentialChoice::choose(
        trust, CredentialService::ArgoCd, argoCd, Credentials::CredentialResolver().argoCd(argoCd));
    if (withheld)
        *withheld = choice.withheld;
    return choice.credential.secret;
}

void StatusCollector::applyChartApplication(const ArgoApplication &app,
                                            const QStringList &argoClusters)
{
    for (const ArgoSource &source : app.sources) {
        if (source.chart.isEmpty())
            continue;
        for (qsizetype e = 0; e < m_status.environments.size(); ++e) {
            EnvironmentStatus &env = m_status.environments[e];
            if (!argoClusters.isEmpty()
                && std::none_of(env.clusters.cbegin(), env.clusters.cend(),
                                [&](const QString &c) { return argoClusters.contains(c); }))
                continue; // another Argo CD's environment
            const QList<Deployment> &deployments = d->pipeline.environments.at(e).deployments;
            for (AppStatus &chart : env.charts) {
                if (chart.app != source.chart)
                    continue;
                // The environment's own Application of the chart: <chart>-<environment>, or
                // the one its deployments name.
                const bool ours = app.name == source.chart + u'-' + env.name
                    || std::any_of(deployments.cbegin(), deployments.cend(),
                                   [&](const Deployment &dep) {
                                       return dep.name == app.name && dep.chart == source.chart;
                                   });
                if (!ours)
                    continue;
                chart.runningKnown = true;
                chart.runningVersion = app.syncedRevision(); // a chart's revision is its version
                chart.sync = toString(app.syncStatus);
                chart.health = toString(app.health);
                chart.healthMessage = app.healthMessage;
                chart.revision = app.syncedRevision();
                chart.argoApplication = app.name;
                if (app.operationState) {
                    chart.operation = app.operationState->phase;
                    chart.lastSynced = app.operationState->finishedAt;
                }
            }
        }
    }
}

void StatusCollector::collect(const Pipeline &pipeline)
{
    d->pipeline = pipeline;
    d->pending = 1; // this function itself, released at the end
    d->finished = false;
    d->inFlight.clear();
    d->treeWaiters.clear();
    d->treeEnvironments.clear();
    d->argoCdAnswered.clear();
    d->treesSkipped = 0;
    d->images.clear();
    d->listedTags.clear();
    d->tagsDescribed.clear();
    d->imageProblems.clear();
    d->registryCache.reset();
    d->trust = d->options.trust ? *d->options.trust : EndpointTrust::forRepository(pipeline.root);
    delete d->requests;
    d->requests = new QObject(this);
    QObject *requests = d->requests;
    const auto deadline = std::max(d->options.deadline, std::chrono::milliseconds(1));
    d->deadline = QDeadlineTimer(deadline);
    m_withheld.clear();
    m_status = {};
    m_status.root = pipeline.root;
    m_status.stages = pipeline.stages;
    m_status.warnings = pipeline.warnings;
    m_status.fetchedAt = QDateTime::currentDateTimeUtc();
    d->environmentsByOverlay.clear();
    d->appsByRepository.clear();
    for (const Environment &env : pipeline.environments) {
        const int index = static_cast<int>(m_status.environments.size());
        for (const Deployment &deployment : env.deployments) {
            if (!deployment.path.isEmpty()
                && !d->environmentsByOverlay.value(deployment.path).contains(index))
                d->environmentsByOverlay[deployment.path] << index;
        }
        for (const QString &overlay : env.appOverlays) {
            if (!d->environmentsByOverlay.value(overlay).contains(index))
                d->environmentsByOverlay[overlay] << index;
        }
        if (!env.appsOverlay.isEmpty()
            && !d->environmentsByOverlay.value(env.appsOverlay).contains(index))
            d->environmentsByOverlay[env.appsOverlay] << index;
        QHash<QString, QList<int>> byRepository;
        for (int i = 0; i < env.images.size(); ++i)
            byRepository[env.images[i].repository] << i;
        d->appsByRepository << byRepository;
        m_status.environments.append(EnvironmentStatus::declaredBy(env));
    }

    auto release = [this] {
        if (d->finished || --d->pending > 0)
            return;
        d->finished = true;
        if (d->deadlineTimer)
            d->deadlineTimer->stop();
        if (d->treesSkipped > 0) {
            m_status.problems << ProblemTr::tr("certificates of %n Application(s) were not looked "
                                               "up: at most %1 resource trees "
                                               "are asked of Argo CD per refresh",
                                               nullptr, d->treesSkipped)
                                     .arg(d->options.maxResourceTrees);
        }
        // Everything is in: the verdicts that need several sources.
        const auto detailsOf
            = [this](const QString &repository, const QString &tag) -> const ImageDetails * {
            const auto known = d->images.find(repository);
            if (known == d->images.end())
                return nullptr;
            const auto it = known->second.constFind(tag);
            return it == known->second.cend() ? nullptr : &it.value();
        };
        for (qsizetype e = 0; e < m_status.environments.size(); ++e) {
            // Behind: the upstream environment (the previous stage's) runs a newer build: what
            // Argo CD says it runs (the same fact as its `running`), else what it declares.
            const QStringList upstream = d->pipeline.upstreamOf(m_status.environments[e].name);
            const EnvironmentStatus *found
                = upstream.isEmpty() ? nullptr : m_status.environment(upstream.first());
            if (!found)
                continue;
            const EnvironmentStatus &source = *found;
            QHash<QString, const AppStatus *> sourceApps;
            for (const AppStatus &s : source.apps) {
                if (!sourceApps.contains(s.app))
                    sourceApps.insert(s.app, &s); // the first, as EnvironmentStatus::app() finds
            }
            for (AppStatus &a : m_status.environments[e].apps) {
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
                const ImageDetails *theirs = detailsOf(a.declared.repository, upstreamTag);
                const ImageDetails *ours = detailsOf(a.declared.repository, a.declared.tag);
                if (theirs && ours
                    && (theirs->digest == ours->digest || theirs->created <= ours->created))
                    continue; // the same build under another tag, or not newer
                a.behind = runs ? Tr::tr("%1 runs %2").arg(source.name, upstreamTag)
                                : Tr::tr("%1 declares %2").arg(source.name, upstreamTag);
            }
        }
        // Per repository: its builds (tags grouped by digest) and the newest of them.
        struct Build
        {
            QString name;
            QStringList aliases;
            const ImageDetails *details = nullptr;
        };
        QHash<QString, QHash<QString, Build>> builds; // repository → digest → build
        QHash<QString, QString> newestBuild; // repository → digest
        for (const auto &[repository, tags] : d->images) {
            QHash<QString, QStringList> tagsByDigest;
            for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
                if (!it.value().digest.isEmpty())
                    tagsByDigest[it.value().digest] << it.key();
            }
            QHash<QString, Build> &repositoryBuilds = builds[repository];
            for (auto it = tagsByDigest.cbegin(); it != tagsByDigest.cend(); ++it) {
                const auto [name, aliases] = nameOfBuild(it.value());
                repositoryBuilds.insert(it.key(), {name, aliases, &tags.find(name).value()});
            }
            QString newest;
            for (auto it = repositoryBuilds.cbegin(); it != repositoryBuilds.cend(); ++it) {
                const QDateTime created = it->details->created;
                if (!created.isValid())
                    continue;
                const QDateTime best = newest.isEmpty()
                    ? QDateTime()
                    : repositoryBuilds.value(newest).details->created;
                if (!best.isValid() || created > best || (created == best && it.key() < newest))
                    newest = it.key();
            }
            newestBuild.insert(repository, newest);
        }
        for (EnvironmentStatus &env : m_status.environments) {
            for (AppStatus &a : env.apps) {
                const QString &repository = a.declared.repository;
                const auto known = d->images.find(repository);
                if (known != d->images.end()) {
                    a.availableKnown = true;
                    const QSet<QString> listed = d->listedTags[repository];
                    a.tagsListed = int(listed.size());
                    a.tagsDescribed = d->tagsDescribed[repository];
                    const ImageDetails *declared = detailsOf(repository, a.declared.tag);
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
                            a.drift
                                << Tr::tr("the newest tag %1 has no %2 image: it cannot run in %3")
                                       .arg(a.newestTag, needed, env.name);
                    }
                }
                if (d->imageProblems.count(repository)) {
                    for (const QString &problem : d->imageProblems[repository]) {
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
        MutableTags::flag(m_status, nullptr); // by name; a moved tag needs the status before
        d->clients.clear();
        if (d->requests) {
            d->requests->deleteLater();
            d->requests = nullptr;
        }
        Q_EMIT finished();
    };

    // The whole collection ends by the deadline, whatever the servers do (a silent one, one
    // that drips its answer or streams without end): what had not come is a problem line.
    if (!d->deadlineTimer) {
        d->deadlineTimer = new QTimer(this);
        d->deadlineTimer->setSingleShot(true);
    }
    d->deadlineTimer->disconnect();
    connect(d->deadlineTimer, &QTimer::timeout, this, [this, release, deadline] {
        if (d->finished)
            return;
        QStringList missing;
        for (auto it = d->inFlight.cbegin(); it != d->inFlight.cend(); ++it)
            missing << (it.value() > 1 ? QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value())
                                       : it.key());
        missing.sort();
        m_status.problems
            << ProblemTr::tr("the status is incomplete: no answer from %1 within the %2 s deadline")
                   .arg(missing.isEmpty() ? ProblemTr::tr("the services")
                                          : missing.join(QStringLiteral(", ")))
                   .arg(double(deadline.count()) / 1000.0);
        for (auto it = d->inFlight.cbegin(); it != d->inFlight.cend(); ++it) {
            // An Argo CD that listed its Applications answered: only its resource trees are
            // missing (problem line above), it is not unreachable.
            if (it.key().startsWith(u"Argo CD") && !d->argoCdAnswered.contains(it.key())
                && !m_status.unreachable.contains(QStringLiteral("Argo CD")))
                m_status.unreachable << QStringLiteral("Argo CD");
        }
        delete d->requests; // aborts every request still running: no answer is waited for
        d->requests = nullptr;
        d->cancelled.cancel();
        d->pending = 1;
        release();
    });
    d->deadlineTimer->start(deadline);

    // What each environment's nodes need (rendering the overlays): on a worker thread, so that
    // the thread this collector lives on (the GUI's, in the app) never waits for it.
    auto rendered = d->begin(ProblemTr::tr("rendering the overlays"), release);
    d->platformsWatcher = new QFutureWatcher<QList<PlatformsByApp>>(this);
    connect(d->platformsWatcher, &QFutureWatcherBase::finished, this, [this, rendered] {
        if (d->finished)
            return;
        const QList<PlatformsByApp> needs = d->platformsWatcher->result();
        for (qsizetype e = 0; e < needs.size() && e < m_status.environments.size(); ++e) {
            for (AppStatus &a : m_status.environments[e].apps)
                a.neededPlatforms = needs[e].value(a.app);
        }
        rendered();
    });
    d->platformsWatcher->setFuture(QtConcurrent::run(neededPlatforms, pipeline, d->cancelled));

    // Argo CD: what runs, per overlay path.
    if (pipeline.argoCd.isEmpty()) {
        for (EnvironmentStatus &env : m_status.environments)
            env.problems << ProblemTr::tr("no Argo CD is configured (endpoints.argocd in "
                                          "promenade.yaml): what runs is unknown");
    }
    LiveStatusCache *cache = d->options.cache.get();
    // A credential that was not sent: a problem line where it matters, once per endpoint.
    auto noteWithheld = [this](const WithheldCredential &withheld, QStringList *problems) {
        if (!m_withheld.contains(withheld))
            m_withheld << withheld;
        const QString problem = withheld.problem();
        if (!problems->contains(problem))
            *problems << problem;
    };
    if (cache)
        cache->setResourceTreeMaxAge(d->options.resourceTreeInterval);
    for (const auto &argo : pipeline.argoCd) {
        ServiceEndpoint endpoint = d->endpoint(QStringLiteral("Argo CD"), QUrl(argo.url));
        endpoint.tls.insecureSkipVerify = argo.insecure;
        if (argo.insecure) {
            for (EnvironmentStatus &env : m_status.environments) {
                if (argo.clusters.isEmpty()
                    || std::any_of(env.clusters.cbegin(), env.clusters.cend(),
                                   [&](const QString &c) { return argo.clusters.contains(c); }))
                    env.problems << ProblemTr::tr("TLS verification is off for %1 (the insecure "
                                                  "option in the settings)")
                                        .arg(endpoint.label());
            }
        }
        // The user's token for this very URL (the keychain), one handed over with the
        // endpoints (the demo's), else what the user's configuration ties to this server or
        // the user trusts it with.
        QString token = d->options.argoCdTokens.value(argo.url);
        if (token.isEmpty())
            token = d->options.argoCdToken;
        std::optional<WithheldCredential> withheld;
        if (!token.isEmpty())
            token = decide(CredentialService::ArgoCd, endpoint.baseUrl, token,
                           QStringLiteral("your Argo CD token"), true, d->trust, &withheld);
        else
            token = argoCdToken(endpoint.baseUrl, d->trust, &withheld);
        if (withheld) {
            for (EnvironmentStatus &env : m_status.environments) {
                if (argo.clusters.isEmpty()
                    || std::any_of(env.clusters.cbegin(), env.clusters.cend(),
                                   [&](const QString &c) { return argo.clusters.contains(c); }))
                    noteWithheld(*withheld, &env.problems);
            }
        }
        ArgoCdClient *raw = nullptr;
        if (cache) {
            raw = cache->argoCdClient(endpoint, token);
        } else {
            auto client = std::make_unique<ArgoCdClient>(endpoint);
            client->setToken(token);
            raw = client.get();
            d->clients.push_back(std::move(client));
        }
        const QString argoUrl = endpoint.baseUrl.toString();
        const QString argoLabel = endpoint.label();
        const QStringList argoClusters = argo.clusters;
        auto apply = [this, raw, argoUrl, argoLabel, argoClusters,
                      release](const QList<ArgoApplication> &applications) {
            for (const ArgoApplication &app : applications) {
                applyChartApplication(app, argoClusters);
                // An Application outside Argo CD's own namespace is asked for with its namespace
                // (appNamespace), and named with it.
                const QString qualifiedName
                    = app.appNamespace.isEmpty() ? app.name : app.appNamespace + u'/' + app.name;
                for (qsizetype sourceIndex = 0; sourceIndex < app.sources.size(); ++sourceIndex) {
                    const ArgoSource &source = app.sources[sourceIndex];
                    // Looked up, not searched: hundreds of apps × Applications add up on this
                    // thread.
                    for (const int e :
                         d->environmentsByOverlay.value(QDir::cleanPath(source.path))) {
                        const Environment &env = d->pipeline.environments[e];
                        const QHash<QString, QList<int>> &byRepository = d->appsByRepository[e];
                        for (const QString &image : app.images) {
                            const auto [repository, version] = splitImage(image);
                            if (version.isEmpty())
                                continue;
                            for (const int i : byRepository.value(repository)) {
                                AppStatus &a = m_status.environments[e].apps[i];
                                a.runningKnown = true;
                                a.runningVersion = version;
                                a.sync = toString(app.syncStatus);
                                a.health = toString(app.health);
                                a.healthMessage = app.healthMessage;
                                // status.sync.revisions is parallel to spec.sources: the
                                // revision of the source holding this overlay (not a chart's).
                                a.revision = app.multiSource
                                    ? app.syncedRevisions.value(int(sourceIndex))
                                    : app.syncedRevision();
                                a.argoApplication = app.name;
                                if (app.operationState) {
                                    a.operation = app.operationState->phase;
                                    a.lastSynced = app.operationState->finishedAt;
                                }
                            }
                        }
                        // Certificates from the resource tree where no cluster access is
                        // configured.
                        const QString cluster = env.clusters.value(0);
                        if (d->pipeline.clusterContexts.contains(cluster))
                            continue;
                        auto addCertificates = [this, e, cluster](const ArgoResourceTree &tree) {
                            for (const CertificateStatus &c :
                                 certificatesFromResourceTree(tree, cluster))
                                m_status.environments[e].certificates.append(
                                    {c.cluster, c.certNamespace, c.name, c.issuerName,
                                     Clients::toString(c.state()), c.notAfter, c.readyMessage,
                                     c.source});
                        };
                        LiveStatusCache *cache = d->options.cache.get();
                        if (const auto known = cache
                                ? cache->resourceTree(argoUrl, qualifiedName, app.resourceVersion)
                                : std::nullopt) {
                            addCertificates(*known);
                            continue;
                        }
                        // One request per Application, whichever environments wait for it,
                        // and no more than maxResourceTrees of them.
                        const QString treeKey = argoUrl + u'|' + qualifiedName;
                        if (auto waiting = d->treeWaiters.find(treeKey);
                            waiting != d->treeWaiters.end()) {
                            waiting->append(addCertificates);
                            if (!d->treeEnvironments[treeKey].contains(e))
                                d->treeEnvironments[treeKey] << e;
                            continue;
                        }
                        if (d->treeWaiters.size() >= d->options.maxResourceTrees) {
                            ++d->treesSkipped;
                            continue;
                        }
                        d->treeWaiters.insert(treeKey, {addCertificates});
                        d->treeEnvironments[treeKey] = {e};
                        auto done = d->begin(argoLabel, release);
                        raw->resourceTree(
                            app.name, app.appNamespace, d->requests,
                            [this, argoUrl, treeKey, qualifiedName, version = app.resourceVersion,
                             done](Result<ArgoResourceTree> tree) {
                                if (tree) {
                                    if (d->options.cache)
                                        d->options.cache->storeResourceTree(argoUrl, qualifiedName,
                                                                            version, *tree);
                                    for (const auto &add : d->treeWaiters.value(treeKey))
                                        add(*tree);
                                } else {
                                    // Refused (403: forbidden or not found) or failed: said,
                                    // never dropped.
                                    const QString problem
                                        = ProblemTr::tr("the certificates of Application %1 are "
                                                        "unknown: %2")
                                              .arg(qualifiedName, tree.error().toString());
                                    for (const int e : d->treeEnvironments.value(treeKey)) {
                                        QStringList &problems = m_status.environments[e].problems;
                                        if (!problems.contains(problem))
                                            problems << problem;
                                    }
                                }
                                done();
                            });
                    }
                }
            }
        };
        // While the watch stream is up, what it told is current: Argo CD is not asked.
        if (const auto watched = cache ? cache->watchedApplications(raw) : std::nullopt) {
            d->argoCdAnswered.insert(argoLabel);
            apply(*watched);
            continue;
        }
        auto listed = d->begin(argoLabel, release);
        raw->listApplications(
            {}, requests,
            [this, raw, argo, argoLabel, apply, listed](Result<ArgoApplicationList> list) {
                if (!list) {
                    // Refused (401, 403: an expired or wrong token) is an answer: not
                    // unreachable, which is for no answer at all.
                    if (list.error().kind() == Error::Kind::Refused) {
                        d->argoCdAnswered.insert(argoLabel);
                        m_status.refused.append(
                            {QStringLiteral("Argo CD"), argoLabel, list.error().toString()});
                    } else if (!m_status.unreachable.contains(QStringLiteral("Argo CD"))) {
                        m_status.unreachable << QStringLiteral("Argo CD");
                    }
                    for (EnvironmentStatus &env : m_status.environments) {
                        if (argo.clusters.isEmpty()
                            || std::any_of(
                                env.clusters.cbegin(), env.clusters.cend(),
                                [&](const QString &c) { return argo.clusters.contains(c); }))
                            env.problems << list.error().toString();
                    }
                    listed();
                    return;
                }
                d->argoCdAnswered.insert(argoLabel);
                apply(list->items);
                if (d->options.cache) // from now on its watch stream tells what changes
                    d->options.cache->watchFrom(raw, *list);
                listed();
            });
    }

    // Registries: tags and their images, per repository. The whole tag list is read (at most
    // maxTagPages pages), then up to maxTagsDescribed tags are described: every tag an
    // environment declares (its digest, platforms and age are shown), then the likeliest
    // newest (see tagsToDescribe).
    QStringList repositories;
    QHash<QString, QStringList> declaredTags; // repository → the tags the environments pin
    for (const Environment &env : pipeline.environments) {
        for (const DeclaredImage &image : env.images) {
            auto known = declaredTags.find(image.repository);
            if (known == declaredTags.end()) {
                repositories << image.repository;
                known = declaredTags.insert(image.repository, {});
            }
            if (!image.tag.isEmpty() && !known->contains(image.tag))
                known->append(image.tag);
        }
    }
    if (cache) {
        Clients::RegistryCache::Policy policy = cache->registry()->policy();
        policy.tagListMaxAge = d->options.tagListInterval;
        policy.tagMaxAge = d->options.tagRecheckInterval;
        cache->registry()->setPolicy(policy);
    } else {
        d->registryCache = std::make_shared<RegistryCache>();
    }
    // Sending a request costs this thread a little: hundreds of repositories' first requests go
    // out a few dozen per turn of the event loop, so that it keeps painting meanwhile.
    auto registryWork = std::make_shared<std::vector<std::function<void()>>>();
    for (const QString &repository : std::as_const(repositories)) {
        const auto reference = ImageReference::parse(repository + QStringLiteral(":latest"));
        if (!reference) {
            d->imageProblems[repository] << reference.error().toString();
            continue;
        }
        ServiceEndpoint endpoint = registryEndpoint(reference->registry);
        // The Docker login used is the one for the host actually contacted: an image's host
        // mapped elsewhere (endpoints.registries) gets the other host's login, if any.
        QString host = reference->registry;
        QString mirror; // the URL asked in place of the image's own registry, if another
        if (d->pipeline.registries.contains(host)) {
            endpoint.baseUrl = QUrl(d->pipeline.registries.value(host));
            const QString mapped = endpoint.baseUrl.port() >= 0
                ? endpoint.baseUrl.host() + u':' + QString::number(endpoint.baseUrl.port())
                : endpoint.baseUrl.host();
            if (mapped.compare(host, Qt::CaseInsensitive) != 0)
                mirror = endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo
                                                          | QUrl::StripTrailingSlash);
            host = mapped;
        }
        // Problems name the registry the user knows (the image's, ghcr.io), the mirror after.
        const QString label = endpoint.label();
        const QString imageHost = reference->registry;
        const auto problem = [label, imageHost, mirror](const QString &message) -> QString {
            if (mirror.isEmpty())
                return message;
            QString what = message;
            if (what.startsWith(label + u": "))
                what = what.mid(label.size() + 2);
            return ProblemTr::tr("Registry %1: %2 (asked through the mirror %3)")
                .arg(imageHost, what, mirror);
        };
        const QString waitLabel = mirror.isEmpty()
            ? label
            : ProblemTr::tr("Registry %1 (through the mirror %2)").arg(imageHost, mirror);
        // Nothing secret over plain http, except to this computer.
        const bool credentialsAllowed = EndpointTrust::allowsCredentials(endpoint.baseUrl);
        d->applyLimits(endpoint);
        auto done = d->begin(waitLabel, release);
        const QString name = reference->repository;
        const QStringList declared = declaredTags.value(repository);
        // The client is made, and the first request sent, when its turn comes (below).
        registryWork->push_back([this, cache, endpoint, host, credentialsAllowed, repository, name,
                                 declared, release, done, problem, waitLabel,
                                 &credentials = d->registryCredentials] {
            RegistryClient *raw = nullptr;
            if (cache) {
                raw = cache->registryClient(endpoint, credentialsAllowed ? host : QString());
            } else {
                auto client = std::make_unique<RegistryClient>(endpoint);
                client->setCache(d->registryCache);
                if (!credentials.contains(host)) {
                    const auto credential = CredentialsDiscovery::dockerCredential(host);
                    credentials.insert(host,
                                       credential ? std::optional(*credential) : std::nullopt);
                }
                if (const auto &credential = credentials.value(host)) {
                    if (credentialsAllowed) {
                        client->setCredential(*credential);
                    } else {
                        const WithheldCredential withheld {
                            CredentialService::Registry, endpoint.baseUrl,
                            QStringLiteral("your Docker login for %1").arg(host),
                            WithheldCredential::Reason::PlainHttp};
                        if (!m_withheld.contains(withheld))
                            m_withheld << withheld;
                        if (!d->imageProblems[repository].contains(withheld.problem()))
                            d->imageProblems[repository] << withheld.problem();
                    }
                }
                raw = client.get();
                d->clients.push_back(std::move(client));
            }
            raw->setMaxTagPages(d->options.maxTagPages);
            const int pageSize = std::max(1, d->options.tagPageSize);
            raw->tags(
                name, pageSize, d->requests,
                [this, raw, waitLabel, repository, name, declared, release, done, problem,
                 pageSize](Result<QStringList> tags) {
                    if (!tags) {
                        d->imageProblems[repository] << problem(tags.error().toString());
                        done();
                        return;
                    }
                    d->images[repository]; // known, even when empty
                    d->listedTags[repository] = QSet<QString>(tags->cbegin(), tags->cend());
                    const int most = d->options.maxTagPages * pageSize;
                    if (tags->size() >= most)
                        d->imageProblems[repository]
                            << ProblemTr::tr("%1 has %2 tags or more: only the first %2 (%3 "
                                             "pages) were listed, the newest build may be "
                                             "among the others")
                                   .arg(repository)
                                   .arg(most)
                                   .arg(d->options.maxTagPages);
                    const QStringList described
                        = tagsToDescribe(*tags, declared, d->options.maxTagsDescribed);
                    d->tagsDescribed[repository] = int(described.size());
                    auto asked
                        = std::make_shared<QSet<QString>>(described.cbegin(), described.cend());
                    // Describes a tag; for a mutable alias (latest), also the immutable tag the
                    // build's labels name (its version, sha-<revision>) when the list holds it
                    // and it was not asked: the build is then named by it.
                    auto describe = std::make_shared<std::function<void(const QString &)>>();
                    *describe = [this, raw, waitLabel, repository, name, declared, release, problem,
                                 asked, weak = std::weak_ptr(describe)](const QString &tag) {
                        auto finished = d->begin(waitLabel, release);
                        const bool isDeclared = declared.contains(tag);
                        raw->describe(
                            name, tag, d->requests,
                            [this, repository, tag, finished, isDeclared, problem, asked,
                             describeNext = weak.lock()](Result<ImageDetails> details) {
                                if (details) {
                                    d->images[repository].insert(tag, *details);
                                    if (!isImmutableTag(tag) && describeNext) {
                                        const QString revision = details->revision.left(7);
                                        for (const QString &candidate :
                                             QStringList {details->version, u"sha-"_qs + revision,
                                                          revision}) {
                                            if (candidate.isEmpty()
                                                || (revision.size() < 7
                                                    && candidate != details->version)
                                                || asked->contains(candidate)
                                                || !d->listedTags[repository].contains(candidate)
                                                || !isImmutableTag(candidate))
                                                continue;
                                            asked->insert(candidate);
                                            ++d->tagsDescribed[repository];
                                            (*describeNext)(candidate);
                                            break;
                                        }
                                    }
                                } else if (isDeclared) {
                                    d->imageProblems[repository]
                                        << problem(details.error().toString());
                                }
                                finished();
                            });
                    };
                    for (const QString &tag : described)
                        (*describe)(tag);
                    // Kept alive by the requests that may still use it (their callbacks hold it).
                    done();
                },
                declared);
        });
    }
    runInTurns(registryWork, 0);

    // Open pull requests of promotions, and their checks.
    const QString github = gitHubRepository(pipeline);
    if (!github.isEmpty()) {
        auto client = std::make_unique<GitHubClient>(
            d->endpoint(QStringLiteral("GitHub"), gitHubApi(pipeline)));
        // The token the user kept for this API's host (the keychain) or handed over (the demo),
        // else the one the user's configuration ties to it or the user trusts it with.
        std::optional<WithheldCredential> withheld;
        const QString token = d->options.gitHubToken.isEmpty()
            ? gitHubToken(pipeline, d->trust, &withheld)
            : decide(CredentialService::GitHub, gitHubApi(pipeline), d->options.gitHubToken,
                     QStringLiteral("your GitHub token"), true, d->trust, &withheld);
        if (withheld)
            noteWithheld(*withheld, &m_status.problems);
        client->setToken(token);
        GitHubClient *raw = client.get();
        const QString label = raw->endpoint().label();
        d->clients.push_back(std::move(client));
        auto listed = d->begin(label, release);
        const QString owner = github.section(u'/', 0, 0);
        const QString name = github.section(u'/', 1, 1);
        raw->pullRequests(
            owner, name, {}, requests,
            [this, raw, label, owner, name, release, listed](Result<QList<GitHubPullRequest>> prs) {
                if (!prs) {
                    m_status.problems << prs.error().toString();
                    listed();
                    return;
                }
                m_status.pullRequestsKnown = true;
                for (const GitHubPullRequest &pr : *prs) {
                    if (!pr.headRef.startsWith(u"promote/") && !pr.headRef.startsWith(u"rollback/"))
                        continue;
                    const qsizetype index = m_status.pullRequests.size();
                    m_status.pullRequests.append({pr.number,
                                                  pr.title,
                                                  pr.headRef,
                                                  pr.htmlUrl,
                                                  QStringLiteral("unknown"),
                                                  {},
                                                  pr.headSha});
                    auto checked = d->begin(label, release);
                    raw->checks(owner, name, pr.headSha, d->requests,
                                [this, index, checked](Result<GitHubChecks> checks) {
                                    if (checks) {
                                        m_status.pullRequests[index].checks
                                            = Clients::toString(checks->state());
                                        m_status.pullRequests[index].checksSummary
                                            = checks->summary();
                                    }
                                    checked();
                                });
                }
                listed();
            });
    }

    // Certificates through the Kubernetes API, where a kubeconfig context is named: once per
    // cluster, for every environment it runs.
    QStringList clusters;
    QHash<QString, QList<int>> environmentsByCluster;
    for (int e = 0; e < pipeline.environments.size(); ++e) {
        for (const QString &cluster : pipeline.environments[e].clusters) {
            if (!pipeline.clusterContexts.contains(cluster))
                continue;
            if (!environmentsByCluster.contains(cluster))
                clusters << cluster;
            environmentsByCluster[cluster] << e;
        }
    }
    std::optional<Result<KubeConfig>> kubeconfig; // read once
    for (const QString &cluster : std::as_const(clusters)) {
        const QList<int> environments = environmentsByCluster.value(cluster);
        const QString contextName = pipeline.clusterContexts.value(cluster).isEmpty()
            ? cluster
            : pipeline.clusterContexts.value(cluster);
        if (!kubeconfig)
            kubeconfig = d->options.kubeconfigPath.isEmpty()
                ? KubeConfig::loadDefault()
                : KubeConfig::loadFile(d->options.kubeconfigPath);
        const Result<KubeConfig> &config = *kubeconfig;
        auto access = config ? config->resolve(contextName) : Result<KubeAccess>(config.error());
        if (!access) {
            for (const int e : environments)
                m_status.environments[e].problems << ProblemTr::tr("certificates of %1: %2")
                                                         .arg(cluster, access.error().toString());
            continue;
        }
        if (access->endpoint.tls.insecureSkipVerify) {
            // The user's explicit choice in the kubeconfig; shown, never silent.
            for (const int e : environments)
                m_status.environments[e].problems
                    << ProblemTr::tr("TLS verification is off for %1 (insecure-skip-tls-verify in "
                                     "the kubeconfig)")
                           .arg(cluster);
        }
        KubeAccess limited = *access;
        d->applyLimits(limited.endpoint);
        const QString label = limited.endpoint.label();
        auto client = std::make_unique<KubernetesClient>(limited);
        // An exec credential plugin is waited for no longer than the whole collection.
        client->setExecTimeout(
            std::min<std::chrono::milliseconds>(std::chrono::seconds(30), d->options.deadline));
        KubernetesClient *raw = client.get();
        d->clients.push_back(std::move(client));
        auto issuersDone = d->begin(label, release);
        auto certificatesDone = d->begin(label, release);
        raw->clusterIssuers(
            requests,
            [this, environments, cluster, issuersDone](Result<QList<IssuerStatus>> issuers) {
                for (const int e : environments) {
                    if (!issuers) {
                        m_status.environments[e].problems << issuers.error().toString();
                    } else {
                        for (const IssuerStatus &i : *issuers)
                            m_status.environments[e].issuers.append(
                                {cluster, i.name, i.typeName(), i.acmeServer,
                                 i.ready.value_or(false), i.readyMessage,
                                 QStringLiteral("ClusterIssuer"), QString()});
                    }
                }
                issuersDone();
            });
        raw->certificates(
            {}, requests,
            [this, raw, label, environments, cluster, release,
             certificatesDone](Result<QList<CertificateStatus>> certs) {
                for (const int e : environments) {
                    if (!certs) {
                        m_status.environments[e].problems << certs.error().toString();
                    } else {
                        for (const CertificateStatus &c : *certs)
                            m_status.environments[e].certificates.append(
                                {cluster, c.certNamespace, c.name, c.issuerName,
                                 Clients::toString(c.state()), c.notAfter, c.readyMessage,
                                 QStringLiteral("cluster")});
                    }
                }
                // The namespaced Issuers beside the ClusterIssuers: those of each namespace
                // holding certificates (at most maxIssuerNamespaces of them).
                QStringList namespaces;
                for (const CertificateStatus &c : certs ? *certs : QList<CertificateStatus>()) {
                    if (!c.certNamespace.isEmpty() && !namespaces.contains(c.certNamespace))
                        namespaces << c.certNamespace;
                }
                namespaces.sort();
                const int most = std::max(0, d->options.maxIssuerNamespaces);
                if (namespaces.size() > most) {
                    for (const int e : environments)
                        m_status.environments[e].problems
                            << ProblemTr::tr("the Issuers of %n namespace(s) of %1 were not looked "
                                             "up: at most %2 namespaces are asked per cluster",
                                             nullptr, int(namespaces.size()) - most)
                                   .arg(cluster)
                                   .arg(most);
                    namespaces = namespaces.mid(0, most);
                }
                for (const QString &ns : std::as_const(namespaces)) {
                    auto issuersDone = d->begin(label, release);
                    raw->issuers(
                        ns, d->requests,
                        [this, environments, cluster, ns,
                         issuersDone](Result<QList<IssuerStatus>> issuers) {
                            for (const int e : environments) {
                                if (!issuers) {
                                    m_status.environments[e].problems
                                        << ProblemTr::tr("Issuers of namespace %1 on %2: %3")
                                               .arg(ns, cluster, issuers.error().toString());
                                    continue;
                                }
                                for (const IssuerStatus &i : *issuers)
                                    m_status.environments[e].issuers.append(
                                        {cluster, i.name, i.typeName(), i.acmeServer,
                                         i.ready.value_or(false), i.readyMessage,
                                         QStringLiteral("Issuer"),
                                         i.issuerNamespace.isEmpty() ? ns : i.issuerNamespace});
                            }
                            issuersDone();
                        });
                }
                certificatesDone();
            });
    }
    release();
}

} // namespace Promenade
