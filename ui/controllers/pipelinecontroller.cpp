#include "pipelinecontroller.h"

#include "asoftext.h"
#include "credentialskeychain.h"
#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "endpointoverrides.h"
#include "environmentlistmodel.h"
#include "gitrepository.h"
#include "livestatuscache.h"
#include "logging.h"
#include "repositorydiscovery.h"
#include "servicetokens.h"
#include "statuscache.h"

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
    std::optional<Promenade::PipelineStatus> cached; // the last live status of an earlier session
    qint64 workMs = 0; // on the worker (promenade.ui debug logs tell)
};

PipelineController::PipelineController(QObject *parent)
    : QObject(parent)
    , m_environments(new EnvironmentListModel(this))
    , m_matrix(new AppMatrixModel(this))
    , m_recent(new RecentRepositories(this))
    , m_keychain(new Promenade::Clients::CredentialsKeychain(QStringLiteral("Promenade"), this))
    , m_statusTimer(new QTimer(this))
    , m_statusAgeTimer(new QTimer(this))
    , m_watchRefreshTimer(new QTimer(this))
{
    connect(m_statusTimer, &QTimer::timeout, this, &PipelineController::refreshStatus);
    // A change Argo CD's watch stream reported shows within a second, not at the next poll.
    m_watchRefreshTimer->setSingleShot(true);
    m_watchRefreshTimer->setInterval(1000);
    connect(m_watchRefreshTimer, &QTimer::timeout, this, &PipelineController::refreshStatus);
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
                                    const QString &problem)
{
    m_lastStatus = status;
    m_statusIsCached = cached;
    m_statusProblem = problem;
    m_environments->setStatus(m_lastStatus);
    m_matrix->setStatus(m_lastStatus);
    if (m_lastStatus.fetchedAt.isValid())
        m_statusAgeTimer->start();
    else
        m_statusAgeTimer->stop();
    updateStatusAge();
}

void PipelineController::applyCollectedStatus(const Promenade::PipelineStatus &fresh)
{
    QStringList why;
    if (!fresh.unreachable.isEmpty())
        why << tr("%1 unreachable").arg(fresh.unreachable.join(QStringLiteral(", ")));
    for (const Promenade::RefusedService &refused : fresh.refused)
        why << tr("%1 refused the credentials").arg(refused.service);
    why.removeDuplicates();
    const QString problem = why.join(QStringLiteral("; "));
    if (!problem.isEmpty() && m_lastStatus.knowsWhatRuns()) {
        // Keep what was known, with its age and why it is not newer, rather than blanking it.
        if (problem != m_statusProblem) {
            m_statusProblem = problem;
            updateStatusAge();
        }
        return;
    }
    showStatus(fresh, false, problem);
    if (problem.isEmpty() && !m_isDemo) {
        // For the next session, written off the GUI thread (the cache writes atomically).
        const QString directory = m_statusCacheDirectory;
        const QJsonObject json = fresh.toJson();
        const QString key = statusCacheKey(fresh.root);
        const QDateTime fetchedAt = fresh.fetchedAt;
        (void)QtConcurrent::run([directory, json, key, fetchedAt] {
            if (auto stored
                = Promenade::Clients::StatusCache(directory).store(key, json, fetchedAt);
                !stored)
                qCWarning(lcUi).noquote() << "status cache:" << stored.error().toString();
        });
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
    m_statusTimer->stop();
    m_statusAgeTimer->stop();
    m_watchRefreshTimer->stop();
    delete m_collector;
    m_collector = nullptr;
    m_statusOptions.cache.reset(); // its watch and clients, before the services they talk to
    m_statusPipeline.reset();
    if (!m_withheld.isEmpty()) {
        m_withheld.clear();
        Q_EMIT withheldCredentialsChanged();
    }
    m_lastStatus = {};
    m_statusIsCached = false;
    m_statusProblem.clear();
    m_statusStamp.clear();
    m_demoControlPlane.reset(); // before the mirror its hooks use
    m_demoMirror.reset();
}

void PipelineController::startLiveStatus(std::optional<Promenade::PipelineStatus> shown,
                                         bool shownIsCached)
{
    stopLiveStatus();
    m_statusOptions = {};
    // Kept from one refresh to the next: clients, the Argo CD watch, what registries told.
    m_statusOptions.cache = std::make_shared<Promenade::LiveStatusCache>();
    connect(m_statusOptions.cache.get(), &Promenade::LiveStatusCache::applicationsChanged, this,
            [this] {
                if (!m_watchRefreshTimer->isActive())
                    m_watchRefreshTimer->start();
            });
    if (m_isDemo && m_demoDir) {
        // The embedded demo: a control plane that follows the demo's origin, on loopback.
        const QString origin = m_pipeline.root + QStringLiteral("-origin.git");
        auto mirror = Promenade::Demo::DemoOriginMirror::create(
            origin, m_demoDir->filePath(QStringLiteral("control-plane-mirror")));
        if (!mirror) {
            qCWarning(lcUi).noquote() << "demo control plane:" << mirror.error().toString();
            return;
        }
        m_demoMirror = std::make_unique<Promenade::Demo::DemoOriginMirror>(std::move(*mirror));
        auto first = m_demoMirror->read();
        if (!first) {
            qCWarning(lcUi).noquote() << "demo control plane:" << first.error().toString();
            return;
        }
        m_demoControlPlane = std::make_unique<Promenade::Demo::DemoControlPlane>(
            first->first, first->second, m_demoMirror->hooks());
        m_demoControlPlane->setSourceDirectory(m_pipeline.root + QStringLiteral("-sources"));
        if (auto started = m_demoControlPlane->start(); !started) {
            qCWarning(lcUi).noquote() << "demo control plane:" << started.error().toString();
            return;
        }
        const auto &endpoints = m_demoControlPlane->endpoints();
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
        m_statusTimer->start(2000); // the demo moves within seconds
    } else if (const Promenade::Pipeline pipeline
               = EndpointOverrides::load(m_pipeline.root).applied(m_pipeline);
               !pipeline.argoCd.isEmpty() || !pipeline.registries.isEmpty()
               || !pipeline.clusterContexts.isEmpty()) {
        m_statusPipeline = pipeline;
        m_statusTimer->start(30000);
        // What was known, at once, until the services answer (or if they cannot be reached).
        if (shown)
            showStatus(*shown, shownIsCached, {});
        Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
        readTokensThenRefresh();
        return;
    } else {
        Q_EMIT statusChanged();
        return;
    }
    Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
    refreshStatus();
}

// Tokens the user stored in the system keychain go ahead of the environment and the tools'
// config files; where no keychain answers, the collection goes on without waiting for it.
void PipelineController::readTokensThenRefresh()
{
    if (!m_keychain->available()) {
        refreshStatus();
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
                                 refreshStatus();
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
    if (!m_statusPipeline || m_collector || m_tokensPending > 0)
        return; // not live, a collection is still running, or the tokens are still read
    // A commit since the repository was read (a promotion from the command line, a pull):
    // read it again, so that what is declared stays true.
    if (!m_loading && !m_headCommit.isEmpty() && headCommitOf(m_pipeline.root) != m_headCommit) {
        reload();
        return;
    }
    m_collector = new Promenade::StatusCollector(m_statusOptions, this);
    connect(m_collector, &Promenade::StatusCollector::finished, this, [this] {
        auto *collector = m_collector;
        m_collector = nullptr;
        applyCollectedStatus(collector->status());
        if (collector->withheldCredentials() != m_withheld) {
            m_withheld = collector->withheldCredentials();
            Q_EMIT withheldCredentialsChanged();
        }
        collector->deleteLater();
    });
    // What the repository declares now, with the endpoints chosen when live status started.
    Promenade::Pipeline pipeline = m_pipeline;
    pipeline.argoCd = m_statusPipeline->argoCd;
    pipeline.registries = m_statusPipeline->registries;
    pipeline.clusterContexts = m_statusPipeline->clusterContexts;
    pipeline.github = m_statusPipeline->github;
    m_collector->collect(pipeline);
}

QString PipelineController::repositoryName() const
{
    return QDir(m_pipeline.root).dirName();
}

QString PipelineController::lastRepository() const
{
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
    }
    m_pipeline = *outcome->pipeline;
    QElapsedTimer applying;
    applying.start();
    m_isDemo = demo || (m_demoDir && m_pipeline.root.startsWith(m_demoDir->path()));
    if (!m_isDemo) {
        QSettings().setValue(lastRepositoryKey, m_pipeline.root);
        m_recent->add(m_pipeline.root);
    }
    m_environments->setEnvironments(m_pipeline.environments);
    m_matrix->setPipeline(m_pipeline);
    m_headCommit = headCommitOf(m_pipeline.root);
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
        refreshStatus();
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
