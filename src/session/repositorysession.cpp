#include "repositorysession.h"

#include "cachedstatus.h"
#include "credentialskeychain.h"
#include "demosession.h"
#include "endpointoverrides.h"
#include "gitrepository.h"
#include "livestatusservice.h"
#include "logging.h"
#include "repositorydiscovery.h"
#include "servicetokens.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace Promenade {

// What a worker hands back to the GUI thread.
struct RepositorySession::Outcome
{
    Result<Pipeline> pipeline = Error();
    // The demo, its services started as soon as its origin exists (while the work tree is read).
    std::unique_ptr<DemoSession> demo;
    std::optional<PipelineStatus> cached; // the last live status of an earlier session
    QString headCommit; // the repository's HEAD as it was read (libgit2, on the worker)
    qint64 workMs = 0; // on the worker (promenade.ui debug logs tell)
};

namespace {
QString headCommitOf(const QString &root)
{
    auto repo = Git::Repository::open(root);
    auto head = repo ? repo->headCommitId() : Result<QString>(QString());
    return head ? *head : QString();
}
} // namespace

RepositorySession::RepositorySession(QObject *parent)
    : QObject(parent)
    , m_keychain(new Clients::CredentialsKeychain(QStringLiteral("Promenade"), this))
    , m_service(new LiveStatusService(this))
{
    connect(m_service, &LiveStatusService::snapshotChanged, this,
            &RepositorySession::applySnapshot);
    // A commit since the repository was read (a promotion from the command line, a pull): read
    // it again, so that what is declared stays true.
    connect(m_service, &LiveStatusService::headMoved, this, [this] {
        if (!m_loading)
            reload();
    });
}

RepositorySession::~RepositorySession()
{
    m_reading.waitForFinished();
    // The live status's clients go first, their thread joined, while the demo's services they
    // may be talking to still answer: a request cut off by its server closing would be
    // reported twice on the way out.
    delete m_service;
    m_service = nullptr;
    stopLiveStatus();
}

QString RepositorySession::repositoryName() const
{
    return QDir(m_pipeline.root).dirName();
}

void RepositorySession::showStatus(const PipelineStatus &status, bool cached,
                                   const QString &problem,
                                   const VerdictJudge::ByEnvironment *verdicts)
{
    m_status = status;
    m_statusIsCached = cached;
    m_statusProblem = problem;
    Q_EMIT statusShown(verdicts);
    Q_EMIT statusChanged();
}

// What the service hands over: a new status to show, or only why it is not newer (the
// keep-last rule is the service's) and the credentials it withheld.
void RepositorySession::applySnapshot()
{
    const LiveStatusSnapshot &snapshot = m_service->snapshot();
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
        Q_EMIT statusChanged();
    }
}

void RepositorySession::stopLiveStatus(bool demoServices)
{
    ++m_liveGeneration;
    m_tokensPending = 0;
    if (m_service)
        m_service->stop(); // its collection, watch and clients, before the services they talk to
    m_shownCollection = -1;
    m_statusPipeline.reset();
    m_demoEndpointsKnown = false;
    if (!m_withheld.isEmpty()) {
        m_withheld.clear();
        Q_EMIT withheldCredentialsChanged();
    }
    m_status = {};
    m_statusIsCached = false;
    m_statusProblem.clear();
    if (m_demo) {
        m_demo->disconnect(this);
        if (demoServices)
            m_demo->stopServices();
    }
}

void RepositorySession::startLiveStatus(std::optional<PipelineStatus> shown, bool shownIsCached)
{
    stopLiveStatus(!m_isDemo); // a new demo's services were started while it was read
    m_statusOptions = {};
    if (m_isDemo && m_demo) {
        startDemoLiveStatus();
    } else if (const Pipeline pipeline
               = EndpointOverrides::load(m_pipeline.root).applied(m_pipeline);
               !pipeline.argoCd.isEmpty() || !pipeline.registries.isEmpty()
               || !pipeline.clusterContexts.isEmpty()) {
        m_statusPipeline = pipeline;
        m_statusInterval = std::chrono::seconds(30);
        // What was known, at once, until the services answer (or if they cannot be reached).
        if (shown) {
            m_shownCollection = 0;
            showStatus(*shown, shownIsCached, {});
        }
        Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
        readTokensThenStart();
        return;
    }
    Q_EMIT statusChanged(); // live status configured: the views say "loading", not "none"
}

// The embedded demo: its control plane follows the demo's origin, on loopback and on a thread
// of its own; live status starts once it listens.
void RepositorySession::startDemoLiveStatus()
{
    // Live until the demo's endpoints are known, without any yet.
    m_statusPipeline = m_pipeline;
    m_demo->startServices(); // nothing when they run (started while the demo was read)
    if (m_demo->servicesListening()) {
        demoServicesStarted();
        return;
    }
    auto failed = [](const QString &error) {
        qCWarning(lcUi).noquote() << "demo control plane:" << error;
    };
    if (!m_demo->servicesError().isEmpty()) {
        failed(m_demo->servicesError());
        return;
    }
    connect(m_demo.get(), &DemoSession::servicesFailed, this, failed);
    connect(m_demo.get(), &DemoSession::servicesStarted, this,
            &RepositorySession::demoServicesStarted);
}

void RepositorySession::demoServicesStarted()
{
    auto live = m_demo->live(m_pipeline);
    if (!live) {
        qCWarning(lcUi).noquote() << "demo control plane:" << live.error().toString();
        return;
    }
    m_statusOptions = live->options;
    m_statusOptions.timeout = std::chrono::seconds(5);
    m_statusPipeline = live->pipeline;
    m_statusInterval = std::chrono::seconds(2); // the demo moves within seconds
    m_demoEndpointsKnown = true;
    startService();
    Q_EMIT statusChanged(); // what waited for the demo's endpoints asks them now
}

// Live status from now on, on the service's thread: the endpoints chosen, the tokens read,
// what is shown now until the first collection.
void RepositorySession::startService()
{
    LiveStatusSettings settings;
    settings.pipeline = *m_statusPipeline;
    settings.options = m_statusOptions;
    settings.interval = m_statusInterval;
    settings.headCommit = m_headCommit;
    settings.progressive = true; // Argo CD's answer shown while the registries are asked
    if (m_status.fetchedAt.isValid()) {
        settings.shown = m_status;
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
void RepositorySession::readTokensThenStart()
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
        m_keychain->read(key, this, [this, generation, argoUrl = argoUrl](Result<QString> token) {
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

void RepositorySession::applySettings()
{
    if (!hasRepository() || m_isDemo)
        return;
    // New endpoints: what is shown stays (marked as it was) until they answer.
    std::optional<PipelineStatus> shown;
    if (m_status.fetchedAt.isValid())
        shown = m_status;
    startLiveStatus(shown, m_statusIsCached);
}

Pipeline RepositorySession::effectivePipeline() const
{
    if (m_statusPipeline)
        return *m_statusPipeline;
    return EndpointOverrides::load(m_pipeline.root).applied(m_pipeline);
}

void RepositorySession::refreshStatus()
{
    m_service->refresh(); // not while not live, a collection runs, or the tokens are read
}

void RepositorySession::open(const QString &path)
{
    start([path] {
        Outcome outcome;
        outcome.pipeline = RepositoryDiscovery::discover(path);
        return outcome;
    });
}

void RepositorySession::openDemo(int apps)
{
    start([apps, owner = thread()] {
        Outcome outcome;
        auto demo = DemoSession::generate(apps, owner);
        if (!demo) {
            outcome.pipeline = demo.error();
            return outcome;
        }
        outcome.pipeline = (*demo)->pipelineAsGenerated();
        outcome.demo = std::move(*demo);
        return outcome;
    });
}

void RepositorySession::reload()
{
    if (!hasRepository())
        return;
    open(m_pipeline.root);
}

void RepositorySession::start(std::function<Outcome()> work)
{
    setLoading(true);
    // A newer request wins: the older result is dropped when it arrives.
    m_reading.start(
        [work = std::move(work), cacheDirectory = m_statusCacheDirectory] {
            QElapsedTimer timer;
            timer.start();
            auto outcome = std::make_shared<Outcome>(work());
            if (outcome->pipeline)
                outcome->headCommit = headCommitOf(outcome->pipeline->root);
            outcome->workMs = timer.elapsed();
            if (outcome->pipeline && !outcome->demo)
                outcome->cached = cachedStatus(outcome->pipeline->root, cacheDirectory);
            return outcome;
        },
        [this](const std::shared_ptr<Outcome> &outcome) { finish(outcome); });
}

void RepositorySession::fail(const Error &error)
{
    qCWarning(lcUi).noquote() << "cannot open repository:" << error.toString();
    // The error shows in place of the pipeline, not beside a stale one.
    stopLiveStatus();
    m_pipeline = {};
    m_isDemo = false;
    Q_EMIT pipelineRead();
    setErrorString(error.toString());
    Q_EMIT repositoryChanged();
    Q_EMIT statusChanged(); // none any more
}

void RepositorySession::finish(const std::shared_ptr<Outcome> &outcome)
{
    setLoading(false);
    if (!outcome->pipeline) {
        fail(outcome->pipeline.error());
        return;
    }
    const bool demo = outcome->demo != nullptr;
    // Read again (a reload, a new commit): what is shown stays until the services answer.
    const bool sameRepository
        = !demo && m_pipeline.root == outcome->pipeline->root && m_status.fetchedAt.isValid();
    if (demo) {
        stopLiveStatus(); // the old demo's services go with its folder
        m_demo = std::move(outcome->demo);
    }
    // A reload keeps the demo's services (they follow the origin themselves).
    const bool demoRunning = m_isDemo && !demo && m_demo && m_demo->servicesRunning()
        && m_demo->contains(outcome->pipeline->root);
    m_pipeline = *outcome->pipeline;
    QElapsedTimer applying;
    applying.start();
    m_isDemo = m_demo && m_demo->contains(m_pipeline.root);
    m_headCommit = outcome->headCommit;
    Q_EMIT pipelineRead();
    setErrorString({});
    Q_EMIT repositoryChanged();
    qCDebug(lcUi).noquote() << QStringLiteral(
                                   "read %1 (%2 apps) in %3 ms on a worker, shown in %4 ms")
                                   .arg(m_pipeline.root)
                                   .arg(m_pipeline.apps.size())
                                   .arg(outcome->workMs)
                                   .arg(applying.elapsed());
    if (!demoRunning) {
        if (sameRepository)
            startLiveStatus(m_status, m_statusIsCached);
        else
            startLiveStatus(outcome->cached, true);
    } else {
        Q_EMIT statusShown(nullptr); // the pipeline was read again: its status with it
        // What it declares now, for the next collection (which it asks for).
        m_service->setPipeline(m_pipeline, m_headCommit);
    }
}

void RepositorySession::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void RepositorySession::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

} // namespace Promenade
