#include "demosession.h"

#include "democontrolplanethread.h"
#include "demorepository.h"
#include "gitrepository.h"
#include "repositorydiscovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

namespace Promenade {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoSession)
};

QString originOf(const QString &workTree)
{
    return workTree + QStringLiteral("-origin.git");
}

QString sourcesOf(const QString &workTree)
{
    return workTree + QStringLiteral("-sources");
}
} // namespace

DemoSession::DemoSession() = default;

DemoSession::~DemoSession()
{
    stopServices(); // the servers and their thread, before the folder they read goes
}

Result<std::unique_ptr<DemoSession>> DemoSession::generate(int apps, QThread *owner)
{
    std::unique_ptr<DemoSession> session(new DemoSession);
    session->m_dir = std::make_unique<QTemporaryDir>(Demo::DemoRepository::scratchFolder()
                                                     + QStringLiteral("/promenade-demo-XXXXXX"));
    if (!session->m_dir->isValid())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot create a temporary folder for the demo: %1")
                         .arg(session->m_dir->errorString()));
    Demo::DemoRepository::Options options;
    options.apps = std::clamp(apps, 2, 5000);
    const auto created = Demo::DemoRepository::generate(
        session->m_dir->filePath(QStringLiteral("homelab-gitops")), options);
    if (!created)
        return created.error();
    session->m_workTree = created->workTree;
    // Approving a promotion in the demo commits: where no Git identity is set (a fresh
    // machine), the demo repository gets one of its own rather than failing.
    auto repo = Git::Repository::open(created->workTree);
    if (repo && !repo->defaultSignature()) {
        (void)repo->setLocalConfig(QStringLiteral("user.name"),
                                   QStringLiteral("Demo Release Manager"));
        (void)repo->setLocalConfig(QStringLiteral("user.email"),
                                   QStringLiteral("release-manager@demo.invalid"));
    }
    session->m_generated = RepositoryDiscovery::discover(created->workTree);
    // The services start on their own thread from what was just read (the origin's main is
    // this HEAD); their signals go to owner's (made here, with the session, which takes them
    // along to owner's thread).
    const auto head = repo ? repo->headCommitId() : Result<QString>(QString());
    std::optional<std::pair<Pipeline, QString>> known;
    if (session->m_generated && head && !head->isEmpty())
        known = std::pair {*session->m_generated, *head};
    session->m_services = new Demo::DemoControlPlaneThread(session.get());
    session->adoptServices();
    session->moveToThread(owner);
    session->startAdopted(known);
    return session;
}

bool DemoSession::contains(const QString &path) const
{
    return m_dir && path.startsWith(m_dir->path());
}

void DemoSession::startServices()
{
    if (m_services)
        return;
    m_services = new Demo::DemoControlPlaneThread(this);
    adoptServices();
    startAdopted();
}

void DemoSession::startAdopted(const std::optional<std::pair<Pipeline, QString>> &known)
{
    // A mirror of its own each time (the services clone the origin into a new folder).
    const QString mirror
        = m_dir->filePath(QStringLiteral("control-plane-mirror")
                          + (m_starts > 0 ? QString::number(m_starts) : QString()));
    ++m_starts;
    m_services->start(originOf(m_workTree), mirror, sourcesOf(m_workTree), known);
}

void DemoSession::adoptServices()
{
    connect(m_services, &Demo::DemoControlPlaneThread::started, this,
            &DemoSession::servicesStarted);
    connect(m_services, &Demo::DemoControlPlaneThread::failed, this, &DemoSession::servicesFailed);
}

void DemoSession::stopServices()
{
    delete m_services; // stops the servers and joins their thread
    m_services = nullptr;
}

bool DemoSession::servicesRunning() const
{
    return m_services != nullptr;
}

bool DemoSession::servicesListening() const
{
    return m_services && m_services->isStarted();
}

QString DemoSession::servicesError() const
{
    return m_services ? m_services->errorString() : QString();
}

const Demo::DemoEndpoints &DemoSession::endpoints() const
{
    static const Demo::DemoEndpoints none;
    return m_services ? m_services->endpoints() : none;
}

Result<DemoSession::Live> DemoSession::live(const Pipeline &declared) const
{
    if (!servicesListening())
        return Error(Error::Kind::Failed, Tr::tr("the demo's services are not running"));
    return live(declared, endpoints(), m_dir->filePath(QStringLiteral("kubeconfig")));
}

Result<DemoSession::Live> DemoSession::live(const Pipeline &declared,
                                            const Demo::DemoEndpoints &endpoints,
                                            const QString &kubeconfigPath)
{
    Live live;
    live.pipeline = declared;
    live.pipeline.argoCd = {{endpoints.argoCd.toString(), {}}};
    live.pipeline.registries = {{QStringLiteral("ghcr.io"), endpoints.registry.toString()}};
    live.pipeline.github = {QStringLiteral("howdiggy/homelab-gitops"), endpoints.github.toString()};
    for (auto it = endpoints.kubernetes.cbegin(); it != endpoints.kubernetes.cend(); ++it)
        live.pipeline.clusterContexts.insert(it.key(), it.key());
    QSaveFile file(kubeconfigPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(kubeconfig(endpoints)) < 0 || !file.commit())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot write the demo's kubeconfig %1: %2")
                         .arg(kubeconfigPath, file.errorString()));
    // It holds the demo's token: for the user only.
    QFile::setPermissions(kubeconfigPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    live.options.kubeconfigPath = kubeconfigPath;
    live.options.argoCdToken = endpoints.argoCdToken;
    live.options.gitHubToken = endpoints.githubToken;
    return live;
}

QByteArray DemoSession::kubeconfig(const Demo::DemoEndpoints &endpoints)
{
    QStringList names = endpoints.kubernetes.keys();
    names.sort(); // the same file for the same services
    QJsonArray clusters;
    QJsonArray contexts;
    for (const QString &name : std::as_const(names)) {
        clusters.append(
            QJsonObject {{QStringLiteral("name"), name},
                         {QStringLiteral("cluster"),
                          QJsonObject {{QStringLiteral("server"),
                                        endpoints.kubernetes.value(name).toString()}}}});
        contexts.append(
            QJsonObject {{QStringLiteral("name"), name},
                         {QStringLiteral("context"),
                          QJsonObject {{QStringLiteral("cluster"), name},
                                       {QStringLiteral("user"), QStringLiteral("demo")}}}});
    }
    const QJsonObject user {{QStringLiteral("name"), QStringLiteral("demo")},
                            {QStringLiteral("user"),
                             QJsonObject {{QStringLiteral("token"), endpoints.kubernetesToken}}}};
    const QJsonObject config {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                              {QStringLiteral("kind"), QStringLiteral("Config")},
                              {QStringLiteral("users"), QJsonArray {user}},
                              {QStringLiteral("clusters"), clusters},
                              {QStringLiteral("contexts"), contexts}};
    return QJsonDocument(config).toJson();
}

} // namespace Promenade
