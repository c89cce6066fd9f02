#include "livestatusworker.h"

#include "argocdcollector.h"
#include "gitrepository.h"
#include "livestatuscache.h"
#include "logging.h"
#include "mutabletags.h"
#include "statuscache.h"
#include "statuscollector.h"
#include "verdictjudge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Promenade {

namespace {

// The window's sentences, under the context they always had (their translations stay).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineController)
};

QString headCommitOf(const QString &root)
{
    auto repo = Git::Repository::open(root);
    auto head = repo ? repo->headCommitId() : Result<QString>(QString());
    return head ? *head : QString();
}

// Why a collection is not the whole truth: the services that did not answer or refused.
QString problemOf(const PipelineStatus &status)
{
    QStringList why;
    if (!status.unreachable.isEmpty())
        why << Tr::tr("%1 unreachable").arg(status.unreachable.join(QStringLiteral(", ")));
    for (const RefusedService &refused : status.refused)
        why << Tr::tr("%1 refused the credentials").arg(refused.service);
    why.removeDuplicates();
    return why.join(QStringLiteral("; "));
}

// What runs comes from Argo CD: when it did not answer or refused, a fresh collection knows
// less than the one shown. A registry or cluster API that failed leaves Argo CD's fresh facts,
// which are shown (with the problem said, and the verdicts that needed the missing facts saying
// so) rather than withheld for as long as that service stays away.
bool argoCdFailed(const PipelineStatus &status)
{
    const QString argoCd = ArgoCdCollector::service();
    return status.unreachable.contains(argoCd)
        || std::any_of(status.refused.cbegin(), status.refused.cend(),
                       [&](const RefusedService &r) { return r.service == argoCd; });
}

} // namespace

LiveStatusWorker::LiveStatusWorker(LiveStatusSettings settings, int generation)
    : m_settings(std::move(settings))
    , m_generation(generation)
{
    if (m_settings.shown) {
        m_shown.status = *m_settings.shown;
        m_shown.cached = m_settings.shownIsCached;
        m_shown.verdicts = VerdictJudge(m_shown.status).verdictsByEnvironment();
    }
}

LiveStatusWorker::~LiveStatusWorker()
{
    delete m_collector; // aborts its requests, before the clients of the cache go
    m_collector = nullptr;
}

void LiveStatusWorker::start()
{
    // Kept from one refresh to the next: clients, the Argo CD watch, what registries told.
    m_cache = std::make_shared<LiveStatusCache>();
    m_settings.options.cache = m_cache;
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &LiveStatusWorker::refresh);
    m_timer->start(m_settings.interval);
    // A change Argo CD's watch stream reported shows within a second, not at the next poll.
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(1000);
    connect(m_watchTimer, &QTimer::timeout, this, &LiveStatusWorker::refresh);
    connect(m_cache.get(), &LiveStatusCache::applicationsChanged, this, [this] {
        if (!m_watchTimer->isActive())
            m_watchTimer->start();
    });
    refresh();
}

void LiveStatusWorker::setPipeline(const Pipeline &declared, const QString &headCommit)
{
    // What the repository declares now, with the endpoints chosen when live status started.
    Pipeline pipeline = declared;
    pipeline.argoCd = m_settings.pipeline.argoCd;
    pipeline.registries = m_settings.pipeline.registries;
    pipeline.clusterContexts = m_settings.pipeline.clusterContexts;
    pipeline.github = m_settings.pipeline.github;
    m_settings.pipeline = pipeline;
    m_settings.headCommit = headCommit;
    m_headMoved = false;
    refresh();
}

void LiveStatusWorker::refresh()
{
    if (m_collector) {
        m_refreshAgain = true;
        return;
    }
    if (m_headMoved || !m_cache)
        return; // the repository is read again, or not started
    // A commit since the repository was read: it is read again before anything is reported,
    // so that what is declared stays true.
    if (!m_settings.headCommit.isEmpty()
        && headCommitOf(m_settings.pipeline.root) != m_settings.headCommit) {
        m_headMoved = true;
        Q_EMIT headMoved(m_generation);
        return;
    }
    StatusCollector::Options options = m_settings.options;
    options.progressive
        = m_settings.progressive && m_collections == 0 && !m_shown.status.fetchedAt.isValid();
    m_collector = new StatusCollector(options, this);
    auto *collector = m_collector;
    connect(collector, &StatusCollector::partiallyCollected, this,
            [this, collector] { collectedInPart(collector->partialStatus()); });
    connect(collector, &StatusCollector::finished, this, [this, collector] {
        m_collector = nullptr;
        collected(collector);
        collector->deleteLater();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
    qCDebug(lcClients) << "live status: collection starts";
    collector->collect(m_settings.pipeline);
}

void LiveStatusWorker::collected(StatusCollector *collector)
{
    QElapsedTimer timer;
    timer.start();
    // A tag whose digest differs from the one the status before saw has moved: flagged.
    PipelineStatus fresh = collector->status();
    if (m_shown.status.fetchedAt.isValid())
        MutableTags::flag(fresh, &m_shown.status);
    const QString problem = problemOf(fresh);
    const bool withheldChanged = collector->withheldCredentials() != m_shown.withheld;
    m_shown.withheld = collector->withheldCredentials();
    if (argoCdFailed(fresh) && m_shown.status.knowsWhatRuns()) {
        // Keep what was known, with its age and why it is not newer, rather than blanking it.
        if (problem != m_shown.problem || withheldChanged) {
            m_shown.problem = problem;
            Q_EMIT snapshotReady(m_generation, m_shown);
        }
        return;
    }
    m_shown.status = fresh;
    m_shown.verdicts = VerdictJudge(m_shown.status).verdictsByEnvironment();
    m_shown.cached = false;
    m_shown.problem = problem;
    m_shown.collection = ++m_collections;
    Q_EMIT snapshotReady(m_generation, m_shown);
    if (problem.isEmpty())
        keep(fresh);
    qCDebug(lcClients).noquote()
        << QStringLiteral("live status: collection %1 handed over in %2 ms on the worker")
               .arg(m_collections)
               .arg(timer.elapsed());
}

// What came first, while the registries are asked: shown as it is (never kept, never the
// status a later collection is compared with), what is still loading said with it.
void LiveStatusWorker::collectedInPart(const PipelineStatus &partial)
{
    if (!problemOf(partial).isEmpty())
        return; // a service did not answer: the whole collection says so
    LiveStatusSnapshot snapshot;
    snapshot.status = partial;
    snapshot.verdicts = VerdictJudge(partial).verdictsByEnvironment();
    snapshot.problem = Tr::tr("still loading: %1").arg(partial.loading.join(QStringLiteral(", ")));
    snapshot.withheld = m_shown.withheld;
    snapshot.collection = ++m_collections;
    Q_EMIT snapshotReady(m_generation, snapshot);
    qCDebug(lcClients).noquote()
        << QStringLiteral("live status: collection %1 handed over in part").arg(m_collections);
}

// For the next session (the cache writes atomically).
void LiveStatusWorker::keep(const PipelineStatus &status) const
{
    if (m_settings.cacheKey.isEmpty())
        return;
    if (auto stored = Clients::StatusCache(m_settings.cacheDirectory)
                          .store(m_settings.cacheKey, status.toJson(), status.fetchedAt);
        !stored)
        qCWarning(lcClients).noquote() << "status cache:" << stored.error().toString();
}

} // namespace Promenade
