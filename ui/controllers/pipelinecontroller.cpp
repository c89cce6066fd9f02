#include "pipelinecontroller.h"

#include "asoftext.h"
#include "credentialskeychain.h"
#include "democontrolplanethread.h"
#include "demorepository.h"
#include "endpointoverrides.h"
#include "environmentlistmodel.h"
#include "gitrepository.h"
#include "logging.h"
#include "repositorydiscovery.h"
#include "servicetokens.h"
#include "settingswriter.h"
#include "statuscache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const auto lastRepositoryKey = QStringLiteral("repositories/last");

// The key `promenade status` stores under too: the window opens on what the command line saw.
QString statusCacheKey(const QString &root)
{
    return QStringLiteral("status:") + root;
}
} // namespace

// What a worker hands back to the GUI thread.
struct PipelineController::Outcome
{
    Promenade::Result<Promenade::Pipeline> pipeline = Promenade::Error();
    std::unique_ptr<QTemporaryDir> demoDir;
    // The demo's services, started as soon as its origin exists (while the work tree is read).
    std::unique_ptr<Promenade::Demo::DemoControlPlaneThread> demoServices;
    std::optional<Promenade::PipelineStatus> cached; // the last live status of an earlier session
    QString headCommit; // the repository's HEAD as it was read (libgit2, on the worker)
    qint64 workMs = 0; // on the worker (promenade.ui debug logs tell)
};

PipelineController::PipelineController(QObject *parent)
    : QObject(parent)
    , m_environments(new EnvironmentListModel(this))
    , m_matrix(new AppMatrixModel(this))
    , m_recent(new RecentRepositories(this))
    , m_keychain(new Promenade::Clients::CredentialsKeychain(QStringLiteral("Promenade"), this))
    , m_service(new Promenade::LiveStatusService(this))
    , m_statusAgeTimer(new QTimer(this))
{
    connect(m_service, &Promenade::LiveStatusService::snapshotChanged, this,
            &PipelineController::applySnapshot);
    // A commit since the repository was read (a promotion from the command line, a pull): read
    // it again, so that what is declared stays true.
    connect(m_service, &Promenade::LiveStatusService::headMoved, this, [this] {
        if (!m_loading)
            reload();
    });
    m_statusAgeTimer->setInterval(30000);
    connect(m_statusAgeTimer, &QTimer::timeout, this, &PipelineController::updateStatusAge);
}

PipelineController::~PipelineController()
{
    if (m_watcher)
        m_watcher->waitForFinished();
    stopLiveStatus();
}

QString PipelineController::statusTime() const
{
    return m_lastStatus.fetchedAt.isValid()
        ? m_lastStatus.fetchedAt.toLocalTime().toString(QStringLiteral("HH:mm"))
        : QString();
}

int PipelineController::statusAge() const
{
    return m_lastStatus.fetchedAt.isValid()
        ? int(m_lastStatus.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()))
        : -1;
}

QString PipelineController::statusStamp() const
{
    return m_statusStamp;
}

void PipelineController::updateStatusAge()
{
    m_statusStamp
        = Promenade::Export::asOfText({m_lastStatus.fetchedAt, m_statusIsCached, m_statusProblem});
    Q_EMIT statusChanged();
}

void PipelineController::showStatus(const Promenade::PipelineStatus &status, bool cached,
                                    const QString &problem,
                                    const Promenade::VerdictJudge::ByEnvironment *verdicts)
{
    m_lastStatus = status;
    m_statusIsCached = cached;
    m_statusProblem = problem;
    if (verdicts) {
        m_environments->setStatus(m_lastStatus, *verdicts);
        m_matrix->setStatus(m_lastStatus, *verdicts);
    } else {
        m_environments->setStatus(m_lastStatus);
        m_matrix->setStatus(m_lastStatus);
    }
    if (m_lastStatus.fetchedAt.isValid())
        m_statusAgeTimer->start();
    else
        m_statusAgeTimer->stop();
    updateStatusAge();
}

// What the service hands over: a new status for the models, or only why it is not newer (the
// keep-last rule is the service's) and the credentials it withheld.
void PipelineController::applySnapshot()
{
    const Promenade::LiveStatusSnapshot &snapshot = m_service->snapshot();
    if (snapshot.withheld != m_withheld) {
        m_withheld = snapshot.withheld;
        Q_EMIT withheldCredentialsChanged();
    }
    if (snapshot.collection != m_shownCollection) {
        m_shownCollection = snapshot.collection;
        QElapsedTimer applying;
        applying.start();
        // Judged on the service's thread: only the rows that changed are told.
        showStatus(snapshot.status, snapshot.cached, snapshot.problem, &snapshot.verdicts);
        qCDebug(lcUi).noquote() << QStringLiteral("live status %1 applied in %2 ms")
                                       .arg(snapshot.collection)
                                       .arg(applying.elapsed());
    } else if (snapshot.problem != m_statusProblem || snapshot.cached != m_statusIsCached) {
        m_statusProblem = snapshot.problem;
        m_statusIsCached = snapshot.cached;
        updateStatusAge();
    }
}

QVariantList PipelineController::openPullRequests() const
{
    QVariantList list;
    for (const Promenade::PullRequestInfo &pr : m_lastStatus.pullRequests) {
        list.append(QVariantMap {{QStringLiteral("number"), pr.number},
                                 {QStringLiteral("title"), pr.title},
                                 {QStringLiteral("branch"), pr.branch},
                                 {QStringLiteral("url"), pr.url},
                                 {QStringLiteral("checks"), pr.checks},
                                 {QStringLiteral("checksSummary"), pr.checksSummary},
                                 {QStringLiteral("headSha"), pr.headSha}});
    }
    return list;
}

void PipelineController::stopLiveStatus()
{
    ++m_liveGeneration;
    m_tokensPending = 0;
    m_statusAgeTimer->stop();
    m_service->stop(); // its collection, watch and clients, before the services they talk to
    m_shownCollection = -1;
    m_statusPipeline.reset();
    if (!m_withheld.isEmpty()) {
        m_withheld.clear();
        Q_EMIT withheldCredentialsChanged();
    }
    m_lastStatus = {};
    m_statusIsCached = false;
    m_statusProblem.clear();
    m_statusStamp.clear();
    m_demoControlPlane.reset();
}

void PipelineController::startLiveStatus(std::optional<Promenade::PipelineStatus> shown,
                                         bool shownIsCached)
{
    stopLiveStatus();
    m_statusOptions = {};
    if (m_isDemo && m_demoDir) {
        startDemoLiveStatus();
    } else if (const Promenade::Pipeline pipeline
               = EndpointOverrides::load(m_pipeline.root).applied(m_pipeline);
               !pipeline.argoCd.isEmpty() || !pipeline.registries.isEmpty()
               || !pipeline.clusterContexts.isEmpty()) {
        m_statusPipeline = pipeline;
        m_statusInterval = std::chrono::seconds(30);
        // What was known, at once, until the services answer (or if they cannot be reached).
        if (shown) {
            showStatus(*shown, shownIsCached, {});
            m_shownCollection = 0;
        }
        Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
        readTokensThenStart();
        return;
    }
    Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
}

// The embedded demo: a control plane that follows the demo's origin, on loopback and on a
// thread of its own; live status starts once it listens.
void PipelineController::startDemoLiveStatus()
{
    // Live until the demo's endpoints are known, without any yet.
    m_statusPipeline = m_pipeline;
    const bool starting = m_demoStarting != nullptr; // started while the demo was read
    m_demoControlPlane = starting ? std::move(m_demoStarting)
                                  : std::make_unique<Promenade::Demo::DemoControlPlaneThread>();
    auto *demo = m_demoControlPlane.get();
    auto failed = [](const QString &error) {
        qCWarning(lcUi).noquote() << "demo control plane:" << error;
    };
    auto started = [this, demo] {
        const auto &endpoints = demo->endpoints();
        Promenade::Pipeline pipeline = m_pipeline;
        pipeline.argoCd = {{endpoints.argoCd.toString(), {}}};
        pipeline.registries = {{QStringLiteral("ghcr.io"), endpoints.registry.toString()}};
        pipeline.github = {QStringLiteral("howdiggy/homelab-gitops"), endpoints.github.toString()};
        QByteArray kubeconfig
            = "apiVersion: v1\nkind: Config\nusers:\n- name: demo\n  user:\n    token: "
            + endpoints.kubernetesToken.toUtf8() + "\nclusters:\n";
        QByteArray contexts = "contexts:\n";
        for (auto it = endpoints.kubernetes.cbegin(); it != endpoints.kubernetes.cend(); ++it) {
            kubeconfig += "- name: " + it.key().toUtf8()
                + "\n  cluster:\n    server: " + it.value().toString().toUtf8() + "\n";
            contexts += "- name: " + it.key().toUtf8()
                + "\n  context: {cluster: " + it.key().toUtf8() + ", user: demo}\n";
            pipeline.clusterContexts.insert(it.key(), it.key());
        }
        QSaveFile file(m_demoDir->filePath(QStringLiteral("kubeconfig")));
        if (file.open(QIODevice::WriteOnly) && file.write(kubeconfig + contexts) >= 0
            && file.commit())
            m_statusOptions.kubeconfigPath = file.fileName();
        m_statusOptions.argoCdToken = endpoints.argoCdToken;
        m_statusOptions.gitHubToken = endpoints.githubToken;
        m_statusOptions.timeout = std::chrono::seconds(5);
        m_statusPipeline = pipeline;
        m_statusInterval = std::chrono::seconds(2); // the demo moves within seconds
        startService();
    };
    if (demo->isStarted()) {
        started();
        return;
    }
    if (!demo->errorString().isEmpty()) {
        failed(demo->errorString());
        return;
    }
    connect(demo, &Promenade::Demo::DemoControlPlaneThread::failed, this, failed);
    connect(demo, &Promenade::Demo::DemoControlPlaneThread::started, this, started);
    if (!starting)
        demo->start(m_pipeline.root + QStringLiteral("-origin.git"),
                    m_demoDir->filePath(QStringLiteral("control-plane-mirror")),
                    m_pipeline.root + QStringLiteral("-sources"));
}

// Live status from now on, on the service's thread: the endpoints chosen, the tokens read,
// what is shown now until the first collection.
void PipelineController::startService()
{
    Promenade::LiveStatusSettings settings;
    settings.pipeline = *m_statusPipeline;
    settings.options = m_statusOptions;
    settings.interval = m_statusInterval;
    settings.headCommit = m_headCommit;
    if (m_lastStatus.fetchedAt.isValid()) {
        settings.shown = m_lastStatus;
        settings.shownIsCached = m_statusIsCached;
    }
    // The demo's status is not kept for another session (its folder goes with it).
    if (!m_isDemo) {
        settings.cacheDirectory = m_statusCacheDirectory;
        settings.cacheKey = statusCacheKey(m_pipeline.root);
    }
    m_service->start(std::move(settings));
}

// Tokens the user stored in the system keychain go ahead of the environment and the tools'
// config files; where no keychain answers, the collection goes on without waiting for it.
void PipelineController::readTokensThenStart()
{
    if (!m_keychain->available()) {
        startService();
        return;
    }
    QList<std::pair<QString, QString>> wanted; // keychain key → Argo CD URL (empty: GitHub)
    for (const auto &argo : std::as_const(m_statusPipeline->argoCd))
        wanted.append({ServiceTokens::argoCdKey(argo.url), argo.url});
    wanted.append({ServiceTokens::gitHubKey(*m_statusPipeline), QString()});
    m_tokensPending = static_cast<int>(wanted.size());
    const int generation = m_liveGeneration;
    for (const auto &[key, argoUrl] : std::as_const(wanted)) {
        m_keychain->read(key, this,
                         [this, generation, argoUrl = argoUrl](Promenade::Result<QString> token) {
                             if (generation != m_liveGeneration)
                                 return; // the live status was stopped or started again meanwhile
                             if (token && !token->isEmpty()) {
                                 if (argoUrl.isEmpty())
                                     m_statusOptions.gitHubToken = *token;
                                 else
                                     m_statusOptions.argoCdTokens.insert(argoUrl, *token);
                             }
                             if (--m_tokensPending == 0)
                                 startService();
                         });
    }
}

void PipelineController::applySettings()
{
    if (!hasRepository() || m_isDemo)
        return;
    // New endpoints: what is shown stays (marked as it was) until they answer.
    std::optional<Promenade::PipelineStatus> shown;
    if (m_lastStatus.fetchedAt.isValid())
        shown = m_lastStatus;
    startLiveStatus(shown, m_statusIsCached);
}

Promenade::Pipeline PipelineController::effectivePipeline() const
{
    if (m_statusPipeline)
        return *m_statusPipeline;
    return EndpointOverrides::load(m_pipeline.root).applied(m_pipeline);
}

namespace {
QString headCommitOf(const QString &root)
{
    auto repo = Promenade::Git::Repository::open(root);
    auto head = repo ? repo->headCommitId() : Promenade::Result<QString>(QString());
    return head ? *head : QString();
}
} // namespace

void PipelineController::refreshStatus()
{
    m_service->refresh(); // not while not live, a collection runs, or the tokens are read
}

QString PipelineController::repositoryName() const
{
    return QDir(m_pipeline.root).dirName();
}

QString PipelineController::lastRepository() const
{
    SettingsWriter::waitForWrites();
    return QSettings().value(lastRepositoryKey).toString();
}

void PipelineController::open(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    start([path] {
        Outcome outcome;
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(path);
        return outcome;
    });
}

void PipelineController::openDemo(int apps)
{
    start([apps] {
        Outcome outcome;
        auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                   + QStringLiteral("/promenade-demo-XXXXXX"));
        if (!dir->isValid()) {
            outcome.pipeline = Promenade::Error(
                Promenade::Error::Kind::Failed,
                tr("cannot create a temporary folder for the demo: %1").arg(dir->errorString()));
            return outcome;
        }
        Promenade::Demo::DemoRepository::Options options;
        options.apps = std::clamp(apps, 2, 5000);
        const auto created = Promenade::Demo::DemoRepository::generate(
            dir->filePath(QStringLiteral("homelab-gitops")), options);
        if (!created) {
            outcome.pipeline = created.error();
            return outcome;
        }
        // Approving a promotion in the demo commits: where no Git identity is set (a fresh
        // machine), the demo repository gets one of its own rather than failing.
        if (auto repo = Promenade::Git::Repository::open(created->workTree);
            repo && !repo->defaultSignature()) {
            (void)repo->setLocalConfig(QStringLiteral("user.name"),
                                       QStringLiteral("Demo Release Manager"));
            (void)repo->setLocalConfig(QStringLiteral("user.email"),
                                       QStringLiteral("release-manager@demo.invalid"));
        }
        // The demo's services read its origin on their own thread meanwhile; their signals go
        // to the GUI thread.
        outcome.demoServices = std::make_unique<Promenade::Demo::DemoControlPlaneThread>();
        outcome.demoServices->moveToThread(QCoreApplication::instance()->thread());
        outcome.demoServices->start(created->workTree + QStringLiteral("-origin.git"),
                                    dir->filePath(QStringLiteral("control-plane-mirror")),
                                    created->workTree + QStringLiteral("-sources"));
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(created->workTree);
        outcome.demoDir = std::move(dir);
        return outcome;
    });
}

void PipelineController::reload()
{
    if (!hasRepository())
        return;
    const QString root = m_pipeline.root;
    start([root] {
        Outcome outcome;
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(root);
        return outcome;
    });
}

void PipelineController::start(std::function<Outcome()> work)
{
    if (m_watcher) {
        // A newer request wins: the older result is dropped when it arrives.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PipelineController::finish);
    setLoading(true);
    m_watcher->setFuture(
        QtConcurrent::run([work = std::move(work), cacheDirectory = m_statusCacheDirectory] {
            QElapsedTimer timer;
            timer.start();
            auto outcome = std::make_shared<Outcome>(work());
            if (outcome->pipeline)
                outcome->headCommit = headCommitOf(outcome->pipeline->root);
            outcome->workMs = timer.elapsed();
            if (outcome->pipeline && !outcome->demoDir) {
                const auto entry = Promenade::Clients::StatusCache(cacheDirectory)
                                       .load(statusCacheKey(outcome->pipeline->root));
                if (entry && entry->value.isObject())
                    outcome->cached = Promenade::PipelineStatus::fromJson(entry->value.toObject());
            }
            return outcome;
        }));
}

void PipelineController::finish()
{
    auto *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    const std::shared_ptr<Outcome> outcome = watcher->result();
    setLoading(false);
    if (!outcome->pipeline) {
        qCWarning(lcUi).noquote() << "cannot open repository:"
                                  << outcome->pipeline.error().toString();
        // The window shows the error in place of the pipeline, not beside a stale one.
        stopLiveStatus();
        m_pipeline = {};
        m_isDemo = false;
        m_environments->setEnvironments({});
        m_matrix->setPipeline({});
        setErrorString(outcome->pipeline.error().toString());
        Q_EMIT repositoryChanged();
        return;
    }
    const bool demo = outcome->demoDir != nullptr;
    // Read again (a reload, a new commit): what is shown stays until the services answer.
    const bool sameRepository
        = !demo && m_pipeline.root == outcome->pipeline->root && m_lastStatus.fetchedAt.isValid();
    if (demo) {
        stopLiveStatus(); // the old demo's services go with its folder
        m_demoDir = std::move(outcome->demoDir);
        m_demoStarting = std::move(outcome->demoServices);
    }
    m_pipeline = *outcome->pipeline;
    QElapsedTimer applying;
    applying.start();
    m_isDemo = demo || (m_demoDir && m_pipeline.root.startsWith(m_demoDir->path()));
    if (!m_isDemo) {
        SettingsWriter::write([root = m_pipeline.root](QSettings &settings) {
            settings.setValue(lastRepositoryKey, root);
        });
        m_recent->add(m_pipeline.root);
    }
    m_environments->setEnvironments(m_pipeline.environments);
    m_matrix->setPipeline(m_pipeline);
    m_headCommit = outcome->headCommit;
    setErrorString({});
    Q_EMIT repositoryChanged();
    qCDebug(lcUi).noquote() << QStringLiteral(
                                   "read %1 (%2 apps) in %3 ms on a worker, shown in %4 ms")
                                   .arg(m_pipeline.root)
                                   .arg(m_pipeline.apps.size())
                                   .arg(outcome->workMs)
                                   .arg(applying.elapsed());
    // A reload keeps the demo's services (they follow the origin themselves).
    if (!(m_isDemo && m_demoControlPlane)) {
        if (sameRepository)
            startLiveStatus(m_lastStatus, m_statusIsCached);
        else
            startLiveStatus(outcome->cached, true);
    } else {
        m_environments->setStatus(m_lastStatus);
        m_matrix->setStatus(m_lastStatus);
        // What it declares now, for the next collection (which it asks for).
        m_service->setPipeline(m_pipeline, m_headCommit);
    }
}

void PipelineController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void PipelineController::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
