#include "pipeline/statuscollector.h"

#include "clients/argocdclient.h"
#include "clients/certificatetypes.h"
#include "clients/credentialsdiscovery.h"
#include "clients/githubclient.h"
#include "git/gitrepository.h"
#include "clients/kubeconfig.h"
#include "clients/kubernetesclient.h"
#include "clients/registryclient.h"
#include "kustomize/renderer.h"

#include <QDir>
#include <QPointer>
#include <QRegularExpression>

#include <map>

namespace Promenade {

using namespace Promenade::Clients;

struct StatusCollector::Private
{
    Options options;
    Pipeline pipeline;
    int pending = 0;
    std::vector<std::unique_ptr<QObject>> clients; // alive until finished
    std::map<QString, QMap<QString, ImageDetails>> images; // repository → tag → details
    std::map<QString, QStringList> imageProblems;           // repository → why unknown

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

StatusCollector::~StatusCollector() = default;

namespace {

// The platforms an environment's nodes need for an app: its workloads' node selectors.
QStringList neededPlatforms(const QString &root, const Environment &env, const QString &app)
{
    if (env.appsOverlay.isEmpty())
        return {};
    Kustomize::Renderer::Options options;
    options.repositoryRoot = root;
    Kustomize::Renderer renderer(options);
    auto resources = renderer.render(QDir(root).filePath(env.appsOverlay));
    if (!resources)
        return {};
    QStringList platforms;
    for (const auto &r : std::as_const(*resources)) {
        const QByteArray name = app.toUtf8();
        const bool belongs = r.document().textAt({"metadata", "labels", "app.kubernetes.io/name"}) == name || r.nameSpace() == name;
        if (!belongs)
            continue;
        const QByteArray arch = r.document().textAt({"spec", "template", "spec", "nodeSelector", "kubernetes.io/arch"});
        if (!arch.isEmpty() && !platforms.contains(u"linux/" + QString::fromUtf8(arch)))
            platforms << u"linux/" + QString::fromUtf8(arch);
    }
    return platforms;
}

QString versionOf(const QString &image, const QString &repository)
{
    // "ghcr.io/x/y:tag@sha256:…" → "tag@sha256:…"
    if (!image.startsWith(repository))
        return {};
    QString rest = image.mid(repository.size());
    if (rest.startsWith(u':'))
        return rest.mid(1);
    return rest.startsWith(u'@') ? rest : QString();
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
    m_status.fetchedAt = QDateTime::currentDateTimeUtc();
    for (const Environment &env : pipeline.environments) {
        EnvironmentStatus e{env.name, env.clusters, {}, {}, {}};
        for (const DeclaredImage &image : env.images) {
            AppStatus a;
            a.app = image.app;
            a.declared = image;
            a.neededPlatforms = neededPlatforms(pipeline.root, env, image.app);
            e.apps.append(a);
        }
        m_status.environments.append(e);
    }

    auto release = [this] {
        if (--d->pending > 0)
            return;
        // Everything is in: the verdicts that need several sources.
        for (qsizetype e = 1; e < m_status.environments.size(); ++e) {
            // Behind: the previous environment runs (or declares) a newer build.
            const EnvironmentStatus &source = m_status.environments[e - 1];
            for (AppStatus &a : m_status.environments[e].apps) {
                const AppStatus *s = source.app(a.app);
                if (!s || s->declared.tag.isEmpty() || s->declared.tag == a.declared.tag)
                    continue;
                const auto known = d->images.find(a.declared.repository);
                const bool newer = known == d->images.end()
                                   || known->second.value(s->declared.tag).created > known->second.value(a.declared.tag).created;
                if (newer)
                    a.behind = QStringLiteral("%1 runs %2").arg(source.name, s->declared.tag);
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
                        a.drift << QStringLiteral("%1 is not in the registry").arg(a.declared.tag);
                    for (const QString &needed : std::as_const(a.neededPlatforms)) {
                        if (known->second.contains(a.declared.tag) && !a.declaredPlatforms.contains(needed))
                            a.drift << QStringLiteral("%1 has no %2 image, which %3's nodes need").arg(a.declared.tag, needed, env.name);
                        else if (!a.newestTag.isEmpty() && a.newestTag != a.declared.tag && !a.newestPlatforms.contains(needed))
                            a.drift << QStringLiteral("the newest tag %1 has no %2 image: it cannot run in %3").arg(a.newestTag, needed, env.name);
                    }
                } else if (d->imageProblems.count(a.declared.repository)) {
                    a.problems << d->imageProblems[a.declared.repository];
                }
                if (a.runningKnown) {
                    const QString runningTag = a.runningVersion.section(u'@', 0, 0);
                    if (!a.declared.tag.isEmpty() && runningTag != a.declared.tag)
                        a.drift << QStringLiteral("declares %1 but %2 runs %3 (%4)").arg(a.declared.tag, a.argoApplication, runningTag, a.sync);
                    if (a.health != u"Healthy")
                        a.drift << QStringLiteral("health is %1%2").arg(a.health, a.healthMessage.isEmpty() ? QString() : u": " + a.healthMessage);
                }
            }
        }
        d->clients.clear();
        Q_EMIT finished();
    };

    // Argo CD: what runs, per overlay path.
    if (pipeline.argoCd.isEmpty()) {
        for (EnvironmentStatus &env : m_status.environments)
            env.problems << QStringLiteral("no Argo CD is configured (endpoints.argocd in promenade.yaml): what runs is unknown");
    }
    const QString argoToken = d->options.argoCdToken.isEmpty() ? qEnvironmentVariable("ARGOCD_AUTH_TOKEN") : d->options.argoCdToken;
    for (const auto &argo : pipeline.argoCd) {
        ServiceEndpoint endpoint = d->endpoint(QStringLiteral("Argo CD"), QUrl(argo.url));
        endpoint.tls.insecureSkipVerify = argo.insecure;
        if (argo.insecure) {
            for (EnvironmentStatus &env : m_status.environments) {
                if (argo.clusters.isEmpty() || std::any_of(env.clusters.cbegin(), env.clusters.cend(), [&](const QString &c) { return argo.clusters.contains(c); }))
                    env.problems << QStringLiteral("TLS verification is off for %1 (the insecure option in the settings)").arg(endpoint.label());
            }
        }
        auto client = std::make_unique<ArgoCdClient>(endpoint);
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
        client->setToken(token);
        ArgoCdClient *raw = client.get();
        d->clients.push_back(std::move(client));
        ++d->pending;
        raw->listApplications({}, this, [this, raw, argo, release](Result<ArgoApplicationList> list) {
            if (!list) {
                for (EnvironmentStatus &env : m_status.environments) {
                    if (argo.clusters.isEmpty() || std::any_of(env.clusters.cbegin(), env.clusters.cend(), [&](const QString &c) { return argo.clusters.contains(c); }))
                        env.problems << list.error().toString();
                }
                release();
                return;
            }
            for (const ArgoApplication &app : list->items) {
                for (const ArgoSource &source : app.sources) {
                    for (int e = 0; e < d->pipeline.environments.size(); ++e) {
                        const Environment &env = d->pipeline.environments[e];
                        if (QDir::cleanPath(source.path) != env.appsOverlay && !env.appOverlays.contains(QDir::cleanPath(source.path)))
                            continue;
                        for (AppStatus &a : m_status.environments[e].apps) {
                            for (const QString &image : app.images) {
                                const QString version = versionOf(image, a.declared.repository);
                                if (version.isEmpty())
                                    continue;
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
                        if (!d->pipeline.clusterContexts.contains(cluster)) {
                            ++d->pending;
                            raw->resourceTree(app.name, {}, this, [this, e, cluster, release](Result<ArgoResourceTree> tree) {
                                if (tree) {
                                    for (const CertificateStatus &c : certificatesFromResourceTree(*tree, cluster))
                                        m_status.environments[e].certificates.append({c.cluster, c.certNamespace, c.name, c.issuerName, Clients::toString(c.state()), c.notAfter, c.readyMessage, c.source});
                                }
                                release();
                            });
                        }
                    }
                }
            }
            release();
        });
    }

    // Registries: tags and their images, per repository.
    QStringList repositories;
    for (const Environment &env : pipeline.environments) {
        for (const DeclaredImage &image : env.images) {
            if (!repositories.contains(image.repository))
                repositories << image.repository;
        }
    }
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
        auto client = std::make_unique<RegistryClient>(endpoint);
        const auto credential = CredentialsDiscovery::dockerCredential(host);
        if (credential)
            client->setCredential(*credential);
        RegistryClient *raw = client.get();
        d->clients.push_back(std::move(client));
        ++d->pending;
        const QString name = reference->repository;
        raw->tags(name, 100, this, [this, raw, repository, name, release](Result<QStringList> tags) {
            if (!tags) {
                d->imageProblems[repository] << tags.error().toString();
                release();
                return;
            }
            d->images[repository]; // known, even when empty
            for (const QString &tag : tags->mid(0, d->options.maxTagsDescribed)) {
                ++d->pending;
                raw->describe(name, tag, this, [this, repository, tag, release](Result<ImageDetails> details) {
                    if (details)
                        d->images[repository].insert(tag, *details);
                    release();
                });
            }
            release();
        });
    }

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
                m_status.pullRequests.append({pr.number, pr.title, pr.headRef, pr.htmlUrl, QStringLiteral("unknown"), {}});
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

    // Certificates through the Kubernetes API, where a kubeconfig context is named.
    for (int e = 0; e < pipeline.environments.size(); ++e) {
        for (const QString &cluster : pipeline.environments[e].clusters) {
            if (!pipeline.clusterContexts.contains(cluster))
                continue;
            const QString contextName = pipeline.clusterContexts.value(cluster).isEmpty() ? cluster : pipeline.clusterContexts.value(cluster);
            auto config = d->options.kubeconfigPath.isEmpty() ? KubeConfig::loadDefault() : KubeConfig::loadFile(d->options.kubeconfigPath);
            auto access = config ? config->resolve(contextName) : Result<KubeAccess>(config.error());
            if (!access) {
                m_status.environments[e].problems << QStringLiteral("certificates of %1: %2").arg(cluster, access.error().toString());
                continue;
            }
            if (access->endpoint.tls.insecureSkipVerify) {
                // The user's explicit choice in the kubeconfig; shown, never silent.
                m_status.environments[e].problems << QStringLiteral("TLS verification is off for %1 (insecure-skip-tls-verify in the kubeconfig)").arg(cluster);
            }
            auto client = std::make_unique<KubernetesClient>(*access);
            KubernetesClient *raw = client.get();
            d->clients.push_back(std::move(client));
            ++d->pending;
            ++d->pending;
            raw->clusterIssuers(this, [this, e, cluster, release](Result<QList<IssuerStatus>> issuers) {
                if (!issuers) {
                    m_status.environments[e].problems << issuers.error().toString();
                } else {
                    for (const IssuerStatus &i : *issuers)
                        m_status.environments[e].issuers.append({cluster, i.name, i.typeName(), i.acmeServer, i.ready.value_or(false), i.readyMessage});
                }
                release();
            });
            raw->certificates({}, this, [this, e, cluster, release](Result<QList<CertificateStatus>> certs) {
                if (!certs) {
                    m_status.environments[e].problems << certs.error().toString();
                } else {
                    for (const CertificateStatus &c : *certs)
                        m_status.environments[e].certificates.append({cluster, c.certNamespace, c.name, c.issuerName, Clients::toString(c.state()), c.notAfter, c.readyMessage, QStringLiteral("cluster")});
                }
                release();
            });
        }
    }
    release();
}

} // namespace Promenade
