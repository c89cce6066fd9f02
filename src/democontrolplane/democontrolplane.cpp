#include "democontrolplane.h"

#include "demoargocd.h"
#include "demogithub.h"
#include "demohttp.h"
#include "demokubernetes.h"
#include "demooriginpoller.h"
#include "demoregistry.h"

#include <QHttpServer>

namespace Promenade::Demo {

int DemoRequestCounts::total() const
{
    int sum = 0;
    for (const int n : byKind)
        sum += n;
    return sum;
}

int DemoRequestCounts::of(const QString &service) const
{
    int sum = 0;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        if (it.key().startsWith(service + u' '))
            sum += it.value();
    }
    return sum;
}

DemoControlPlane::DemoControlPlane(const Pipeline &pipeline, const QString &revision,
                                   OriginHooks hooks, QObject *parent)
    : QObject(parent)
    , m_world(std::make_unique<DemoWorld>(pipeline, revision, QDateTime::currentDateTimeUtc()))
    , m_hooks(std::move(hooks))
{
    const QString argoToken = Http::randomToken(QStringLiteral("demo.argocd."));
    // Argo CD only takes a bearer token that looks like a JWT (three dot-separated parts).
    m_endpoints.argoCdToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + argoToken.section(u'.', 2)
        + QStringLiteral(".demo");
    m_endpoints.kubernetesToken = Http::randomToken(QStringLiteral("demo-kube-"));
    m_endpoints.githubToken = Http::randomToken(QStringLiteral("ghp_demo"));
    m_endpoints.argoCdUsername = QStringLiteral("admin");
    m_endpoints.argoCdPassword = QStringLiteral("demo");

    m_origin = new DemoOriginPoller(*m_world, m_hooks.readOrigin, revision, this);
    m_argoCd = new DemoArgoCd(*m_world, m_endpoints, m_requestCounts, this);
    m_registry = std::make_unique<DemoRegistry>(pipeline, m_endpoints, m_requestCounts);
    m_kubernetes = std::make_unique<DemoKubernetes>(*m_world, m_endpoints, m_requestCounts);
    DemoGitHub::Hooks github;
    github.resolveBranch = m_hooks.resolveBranch;
    github.mergeBranch = m_hooks.mergeBranch;
    github.originRevision = [this] {
        return m_origin->revision();
    };
    github.merged = [this] {
        checkOrigin();
    };
    m_github = std::make_unique<DemoGitHub>(*m_world, m_endpoints, m_requestCounts, github);
    // PROMENADE_DEMO_CHECK_SECONDS: how long the validate check runs (-1: forever), so that a
    // window's merge confirmation can be tried (and tested) at leisure.
    bool numeric = false;
    const int seconds = qEnvironmentVariableIntValue("PROMENADE_DEMO_CHECK_SECONDS", &numeric);
    if (numeric)
        m_github->setCheckDuration(seconds < 0 ? -1 : seconds * 1000);
}

DemoControlPlane::~DemoControlPlane() = default;

void DemoControlPlane::setTiming(int originPollMilliseconds, int syncStepMilliseconds)
{
    m_origin->setInterval(originPollMilliseconds);
    m_world->setStepDelay(syncStepMilliseconds);
}

Promenade::Status DemoControlPlane::start()
{
    auto listen = [this](const std::function<void(QHttpServer &)> &route) -> Result<QUrl> {
        auto server = std::make_unique<QHttpServer>();
        route(*server);
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return Error(Error::Kind::Failed,
                         QStringLiteral("the demo control plane cannot listen on 127.0.0.1"));
        m_servers.push_back(std::move(server));
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    };
    auto argo = listen([this](QHttpServer &s) { m_argoCd->route(s); });
    if (!argo)
        return argo.error();
    m_endpoints.argoCd = *argo;
    auto registry = listen([this](QHttpServer &s) { m_registry->route(s); });
    if (!registry)
        return registry.error();
    m_endpoints.registry = *registry;
    auto github = listen([this](QHttpServer &s) { m_github->route(s); });
    if (!github)
        return github.error();
    m_endpoints.github = *github;
    for (const QString &cluster : m_world->clusters()) {
        auto kube = listen([this, cluster](QHttpServer &s) { m_kubernetes->route(s, cluster); });
        if (!kube)
            return kube.error();
        m_endpoints.kubernetes.insert(cluster, *kube);
    }
    m_origin->start();
    return {};
}

void DemoControlPlane::setSourceDirectory(const QString &dir)
{
    m_github->setSourceDirectory(dir);
}

void DemoControlPlane::setCheckDuration(int milliseconds)
{
    m_github->setCheckDuration(milliseconds);
}

void DemoControlPlane::checkOrigin()
{
    m_origin->check();
}

} // namespace Promenade::Demo
