#include "pipeline/statuscollector.h"

#include "clients/argocdclient.h"
#include "clients/certificatetypes.h"
#include "clients/credentialsdiscovery.h"
#include "clients/githubclient.h"
#include "git/gitrepository.h"
#include "clients/kubeconfig.h"
#include "clients/kubernetesclient.h"
#include "clients/registryclient.h"
#include "common/cancellationtoken.h"
#include "kustomize/renderer.h"
#include "pipeline/livestatuscache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QTimer>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
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
    QHash<QString, QList<int>> environmentsByOverlay;     // overlay path → environments
    QList<QHash<QString, QList<int>>> appsByRepository;   // per environment: image repository → apps
    std::vector<std::unique_ptr<QObject>> clients; // alive until finished
    std::map<QString, QMap<QString, ImageDetails>> images; // repository → tag → details
    std::map<QString, QStringList> imageProblems;           // repository → why unknown
    QHash<QString, std::optional<Clients::RegistryCredential>> registryCredentials; // by host, looked up once

    ServiceEndpoint endpoint(const QString &name, const QUrl &url) const
    {
        ServiceEndpoint e;
        e.serviceName = name;
        e.baseUrl = url;
        e.policy.timeout = options.timeout;
        e.policy.maxRetries = options.maxRetries;
        return e;
    }
};

StatusCollector::StatusCollector(QObject *parent)
    : StatusCollector(Options{}, parent)
{
}

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

void StatusCollector::runInTurns(const std::shared_ptr<std::vector<std::function<void()>>> &work, std::size_t from)
{
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
        const QByteArray arch = r.document().textAt({"spec", "template", "spec", "nodeSelector", "kubernetes.io/arch"});
        if (arch.isEmpty())
            continue;
        const QString platform = u"linux/" + QString::fromUtf8(arch);
        const QString label = QString::fromUtf8(r.document().textAt({"metadata", "labels", "app.kubernetes.io/name"}));
        for (const QString &app : QStringList{label, QString::fromUtf8(r.nameSpace())}) {
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
    static const QRegularExpression re(QStringLiteral(R"(github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?/?$)"));
    const QRegularExpressionMatch m = re.match(*url);
    return m.hasMatch() ? m.captured(1) + u'/' + m.captured(2) : QString();
}

QUrl StatusCollector::gitHubApi(const Pipeline &pipeline)
{
    return QUrl(pipeline.github.url.isEmpty() ? QStringLiteral("https://api.github.com") : pipeline.github.url);
}

QString StatusCollector::gitHubToken(const Pipeline &pipeline)
{
    const QUrl api = gitHubApi(pipeline);
    const QString host = api.host() == u"api.github.com" ? QStringLiteral("github.com") : api.host();
    QString token = CredentialsDiscovery::githubToken(host).value;
    for (const char *variable : {"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN"}) {
        if (token.isEmpty() && !pipeline.github.url.isEmpty() && qEnvironmentVariableIsSet(variable))
            token = qEnvironmentVariable(variable);
    }
    return token;
}

void StatusCollector::collect(const Pipeline &pipeline)
{
    d->pipeline = pipeline;
    d->pending = 1; // this function itself, released at the end
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
            if (!deployment.path.isEmpty() && !d->environmentsByOverlay.value(deployment.path).contains(index))
                d->environmentsByOverlay[deployment.path] << index;
        }
        for (const QString &overlay : env.appOverlays) {
            if (!d->environmentsByOverlay.value(overlay).contains(index))
                d->environmentsByOverlay[overlay] << index;
        }
        if (!env.appsOverlay.isEmpty() && !d->environmentsByOverlay.value(env.appsOverlay).contains(index))
            d->environmentsByOverlay[env.appsOverlay] << index;
        QHash<QString, QList<int>> byRepository;
        for (int i = 0; i < env.images.size(); ++i)
            byRepository[env.images[i].repository] << i;
        d->appsByRepository << byRepository;
        m_status.environments.append(EnvironmentStatus::declaredBy(env));
    }

    auto release = [this] {
        if (--d->pending > 0)
            return;
        // Everything is in: the verdicts that need several sources.
        for (qsizetype e = 0; e < m_status.environments.size(); ++e) {
            // Behind: the upstream environment (the previous stage's) runs (or declares) a newer build.
            const QStringList upstream = d->pipeline.upstreamOf(m_status.environments[e].name);
            const EnvironmentStatus *found = upstream.isEmpty() ? nullptr : m_status.environment(upstream.first());
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
                if (!s || s->declared.tag.isEmpty() || s->declared.tag == a.declared.tag)
                    continue;
                const auto known = d->images.find(a.declared.repository);
                const bool newer = known == d->images.end()
                                   || known->second.value(s->declared.tag).created > known->second.value(a.declared.tag).created;
                if (newer)
                    a.behind = Tr::tr("%1 runs %2").arg(source.name, s->declared.tag);
            }
        }
        for (EnvironmentStatus &env : m_status.environments) {
            for (AppStatus &a : env.apps) {
                const auto known = d->images.find(a.declared.repository);
                if (known != d->images.end()) {
                    a.availableKnown = true;
                    const ImageDetails details = known->second.value(a.declared.tag);
                    a.declaredDigest = details.digest;
                    a.declaredCreated = details.created;
                    for (const Platform &p : details.platforms)
                        a.declaredPlatforms << p.toString();
                    for (auto it = known->second.cbegin(); it != known->second.cend(); ++it) {
                        if (!a.newestCreated.isValid() || it.value().created > a.newestCreated) {
                            a.newestCreated = it.value().created;
                            a.newestTag = it.key();
                            a.newestPlatforms.clear();
                            for (const Platform &p : it.value().platforms)
                                a.newestPlatforms << p.toString();
                        }
                    }
                    if (!known->second.contains(a.declared.tag) && !a.declared.tag.isEmpty())
                        a.drift << Tr::tr("%1 is not in the registry").arg(a.declared.tag);
                    for (const QString &needed : std::as_const(a.neededPlatforms)) {
                        if (known->second.contains(a.declared.tag) && !a.declaredPlatforms.contains(needed))
                            a.drift << Tr::tr("%1 has no %2 image, which %3's nodes need").arg(a.declared.tag, needed, env.name);
                        else if (!a.newestTag.isEmpty() && a.newestTag != a.declared.tag && !a.newestPlatforms.contains(needed))
                            a.drift << Tr::tr("the newest tag %1 has no %2 image: it cannot run in %3").arg(a.newestTag, needed, env.name);
                    }
                } else if (d->imageProblems.count(a.declared.repository)) {
                    a.problems << d->imageProblems[a.declared.repository];
                }
                if (a.runningKnown) {
                    const QString runningTag = a.runningVersion.section(u'@', 0, 0);
                    if (!a.declared.tag.isEmpty() && runningTag != a.declared.tag)
                        a.drift << Tr::tr("declares %1 but %2 runs %3 (%4)").arg(a.declared.tag, a.argoApplication, runningTag, a.sync);
                    if (a.health != u"Healthy")
                        a.drift << Tr::tr("health is %1%2").arg(a.health, a.healthMessage.isEmpty() ? QString() : u": " + a.healthMessage);
                }
            }
        }
        d->clients.clear();
        Q_EMIT finished();
    };

    // What each environment's nodes need (rendering the overlays): on a worker thread, so that
    // the thread this collector lives on (the GUI's, in the app) never waits for it.
    ++d->pending;
    d->platformsWatcher = new QFutureWatcher<QList<PlatformsByApp>>(this);
    connect(d->platformsWatcher, &QFutureWatcherBase::finished, this, [this, release] {
        const QList<PlatformsByApp> needs = d->platformsWatcher->result();
        for (qsizetype e = 0; e < needs.size() && e < m_status.environments.size(); ++e) {
            for (AppStatus &a : m_status.environments[e].apps)
                a.neededPlatforms = needs[e].value(a.app);
        }
        release();
    });
    d->platformsWatcher->setFuture(QtConcurrent::run(neededPlatforms, pipeline, d->cancelled));

    // Argo CD: what runs, per overlay path.
    if (pipeline.argoCd.isEmpty()) {
        for (EnvironmentStatus &env : m_status.environments)
            env.problems << ProblemTr::tr("no Argo CD is configured (endpoints.argocd in promenade.yaml): what runs is unknown");
    }
    const QString argoToken = d->options.argoCdToken.isEmpty() ? qEnvironmentVariable("ARGOCD_AUTH_TOKEN") : d->options.argoCdToken;
    LiveStatusCache *cache = d->options.cache.get();
    if (cache)
        cache->setResourceTreeMaxAge(d->options.resourceTreeInterval);
    for (const auto &argo : pipeline.argoCd) {
        ServiceEndpoint endpoint = d->endpoint(QStringLiteral("Argo CD"), QUrl(argo.url));
        endpoint.tls.insecureSkipVerify = argo.insecure;
        if (argo.insecure) {
            for (EnvironmentStatus &env : m_status.environments) {
                if (argo.clusters.isEmpty() || std::any_of(env.clusters.cbegin(), env.clusters.cend(), [&](const QString &c) { return argo.clusters.contains(c); }))
                    env.problems << ProblemTr::tr("TLS verification is off for %1 (the insecure option in the settings)").arg(endpoint.label());
            }
        }
        QString token = d->options.argoCdTokens.value(argo.url, argoToken);
        if (token.isEmpty()) {
            const auto cli = CredentialsDiscovery::argoCdConfig();
            if (cli) {
                for (const auto &context : cli->contexts) {
                    if (QUrl(argo.url).host() == QUrl(u"https://" + context.server).host())
                        token = context.authToken;
                }
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
        auto apply = [this, raw, argoUrl, release](const QList<ArgoApplication> &applications) {
            for (const ArgoApplication &app : applications) {
                for (const ArgoSource &source : app.sources) {
                    // Looked up, not searched: hundreds of apps × Applications add up on this thread.
                    for (const int e : d->environmentsByOverlay.value(QDir::cleanPath(source.path))) {
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
                                a.revision = app.syncedRevision();
                                a.argoApplication = app.name;
                                if (app.operationState) {
                                    a.operation = app.operationState->phase;
                                    a.lastSynced = app.operationState->finishedAt;
                                }
                            }
                        }
                        // Certificates from the resource tree where no cluster access is configured.
                        const QString cluster = env.clusters.value(0);
                        if (d->pipeline.clusterContexts.contains(cluster))
                            continue;
                        auto addCertificates = [this, e, cluster](const ArgoResourceTree &tree) {
                            for (const CertificateStatus &c : certificatesFromResourceTree(tree, cluster))
                                m_status.environments[e].certificates.append({c.cluster, c.certNamespace, c.name, c.issuerName, Clients::toString(c.state()), c.notAfter, c.readyMessage, c.source});
                        };
                        LiveStatusCache *cache = d->options.cache.get();
                        if (const auto known = cache ? cache->resourceTree(argoUrl, app.name, app.resourceVersion) : std::nullopt) {
                            addCertificates(*known);
                            continue;
                        }
                        ++d->pending;
                        raw->resourceTree(app.name, {}, this,
                                          [this, argoUrl, name = app.name, version = app.resourceVersion, addCertificates, release](Result<ArgoResourceTree> tree) {
                                              if (tree) {
                                                  if (d->options.cache)
                                                      d->options.cache->storeResourceTree(argoUrl, name, version, *tree);
                                                  addCertificates(*tree);
                                              }
                                              release();
                                          });
                    }
                }
            }
        };
        // While the watch stream is up, what it told is current: Argo CD is not asked.
        if (const auto watched = cache ? cache->watchedApplications(raw) : std::nullopt) {
            apply(*watched);
            continue;
        }
        ++d->pending;
        raw->listApplications({}, this, [this, raw, argo, apply, release](Result<ArgoApplicationList> list) {
            if (!list) {
                if (!m_status.unreachable.contains(QStringLiteral("Argo CD")))
                    m_status.unreachable << QStringLiteral("Argo CD");
                for (EnvironmentStatus &env : m_status.environments) {
                    if (argo.clusters.isEmpty() || std::any_of(env.clusters.cbegin(), env.clusters.cend(), [&](const QString &c) { return argo.clusters.contains(c); }))
                        env.problems << list.error().toString();
                }
                release();
                return;
            }
            apply(list->items);
            if (d->options.cache) // from now on its watch stream tells what changes
                d->options.cache->watchFrom(raw, *list);
            release();
        });
    }

    // Registries: tags and their images, per repository. Every tag an environment declares is
    // described (its digest, platforms and age are shown), and the first maxTagsDescribed of
    // the list (for the newest).
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
        const QString host = reference->registry;
        ServiceEndpoint endpoint = registryEndpoint(host);
        if (d->pipeline.registries.contains(host))
            endpoint.baseUrl = QUrl(d->pipeline.registries.value(host));
        endpoint.policy.timeout = d->options.timeout;
        endpoint.policy.maxRetries = d->options.maxRetries;
        ++d->pending;
        const QString name = reference->repository;
        const QStringList declared = declaredTags.value(repository);
        // The client is made, and the first request sent, when its turn comes (below).
        registryWork->push_back([this, cache, endpoint, host, repository, name, declared, release, &credentials = d->registryCredentials] {
            RegistryClient *raw = nullptr;
            if (cache) {
                raw = cache->registryClient(endpoint, host);
            } else {
                auto client = std::make_unique<RegistryClient>(endpoint);
                if (!credentials.contains(host)) {
                    const auto credential = CredentialsDiscovery::dockerCredential(host);
                    credentials.insert(host, credential ? std::optional(*credential) : std::nullopt);
                }
                if (const auto &credential = credentials.value(host))
                    client->setCredential(*credential);
                raw = client.get();
                d->clients.push_back(std::move(client));
            }
            raw->tags(
                name, 100, this,
                [this, raw, repository, name, declared, release](Result<QStringList> tags) {
                    if (!tags) {
                        d->imageProblems[repository] << tags.error().toString();
                        release();
                        return;
                    }
                    d->images[repository]; // known, even when empty
                    QStringList described = tags->mid(0, d->options.maxTagsDescribed);
                    for (const QString &tag : declared) {
                        if (!described.contains(tag) && tags->contains(tag))
                            described << tag;
                    }
                    for (const QString &tag : std::as_const(described)) {
                        ++d->pending;
                        raw->describe(name, tag, this, [this, repository, tag, release](Result<ImageDetails> details) {
                            if (details)
                                d->images[repository].insert(tag, *details);
                            release();
                        });
                    }
                    release();
                },
                declared);
        });
    }
    runInTurns(registryWork, 0);

    // Open pull requests of promotions, and their checks.
    const QString github = gitHubRepository(pipeline);
    if (!github.isEmpty()) {
        auto client = std::make_unique<GitHubClient>(d->endpoint(QStringLiteral("GitHub"), gitHubApi(pipeline)));
        client->setToken(d->options.gitHubToken.isEmpty() ? gitHubToken(pipeline) : d->options.gitHubToken);
        GitHubClient *raw = client.get();
        d->clients.push_back(std::move(client));
        ++d->pending;
        const QString owner = github.section(u'/', 0, 0);
        const QString name = github.section(u'/', 1, 1);
        raw->pullRequests(owner, name, {}, this, [this, raw, owner, name, release](Result<QList<GitHubPullRequest>> prs) {
            if (!prs) {
                m_status.problems << prs.error().toString();
                release();
                return;
            }
            m_status.pullRequestsKnown = true;
            for (const GitHubPullRequest &pr : *prs) {
                if (!pr.headRef.startsWith(u"promote/") && !pr.headRef.startsWith(u"rollback/"))
                    continue;
                const qsizetype index = m_status.pullRequests.size();
                m_status.pullRequests.append({pr.number, pr.title, pr.headRef, pr.htmlUrl, QStringLiteral("unknown"), {}, pr.headSha});
                ++d->pending;
                raw->checks(owner, name, pr.headSha, this, [this, index, release](Result<GitHubChecks> checks) {
                    if (checks) {
                        m_status.pullRequests[index].checks = Clients::toString(checks->state());
                        m_status.pullRequests[index].checksSummary = checks->summary();
                    }
                    release();
                });
            }
            release();
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
        const QString contextName = pipeline.clusterContexts.value(cluster).isEmpty() ? cluster : pipeline.clusterContexts.value(cluster);
        if (!kubeconfig)
            kubeconfig = d->options.kubeconfigPath.isEmpty() ? KubeConfig::loadDefault() : KubeConfig::loadFile(d->options.kubeconfigPath);
        const Result<KubeConfig> &config = *kubeconfig;
        auto access = config ? config->resolve(contextName) : Result<KubeAccess>(config.error());
        if (!access) {
            for (const int e : environments)
                m_status.environments[e].problems << ProblemTr::tr("certificates of %1: %2").arg(cluster, access.error().toString());
            continue;
        }
        if (access->endpoint.tls.insecureSkipVerify) {
            // The user's explicit choice in the kubeconfig; shown, never silent.
            for (const int e : environments)
                m_status.environments[e].problems << ProblemTr::tr("TLS verification is off for %1 (insecure-skip-tls-verify in the kubeconfig)").arg(cluster);
        }
        auto client = std::make_unique<KubernetesClient>(*access);
        KubernetesClient *raw = client.get();
        d->clients.push_back(std::move(client));
        ++d->pending;
        ++d->pending;
        raw->clusterIssuers(this, [this, environments, cluster, release](Result<QList<IssuerStatus>> issuers) {
            for (const int e : environments) {
                if (!issuers) {
                    m_status.environments[e].problems << issuers.error().toString();
                } else {
                    for (const IssuerStatus &i : *issuers)
                        m_status.environments[e].issuers.append({cluster, i.name, i.typeName(), i.acmeServer, i.ready.value_or(false), i.readyMessage});
                }
            }
            release();
        });
        raw->certificates({}, this, [this, environments, cluster, release](Result<QList<CertificateStatus>> certs) {
            for (const int e : environments) {
                if (!certs) {
                    m_status.environments[e].problems << certs.error().toString();
                } else {
                    for (const CertificateStatus &c : *certs)
                        m_status.environments[e].certificates.append({cluster, c.certNamespace, c.name, c.issuerName, Clients::toString(c.state()), c.notAfter, c.readyMessage, QStringLiteral("cluster")});
                }
            }
            release();
        });
    }
    release();
}

} // namespace Promenade
