#include "livestatusservice.h"

#include "backgroundpriority.h"
#include "livestatusworker.h"

#include <QThread>

namespace Promenade {

LiveStatusService::LiveStatusService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<Promenade::LiveStatusSnapshot>();
    m_thread->setObjectName(QStringLiteral("live status"));
    // Its network thread, made from it, inherits the background priority.
    connect(
        m_thread, &QThread::started, m_thread, [] { runCurrentThreadInBackground(); },
        Qt::DirectConnection);
    m_thread->start();
}

LiveStatusService::~LiveStatusService()
{
    stop();
    // Its deferred deletions (the last worker) are done as the thread ends.
    m_thread->quit();
    m_thread->wait();
}

void LiveStatusService::start(LiveStatusSettings settings)
{
    stop();
    const int generation = ++m_generation;
    m_snapshot = {};
    if (settings.shown) {
        m_snapshot.status = *settings.shown;
        m_snapshot.cached = settings.shownIsCached;
    }
    m_worker = new LiveStatusWorker(std::move(settings), generation);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &LiveStatusWorker::snapshotReady, this,
            [this](int from, const LiveStatusSnapshot &snapshot) {
                if (from != m_generation || !m_worker)
                    return; // an earlier start's, queued before it was stopped
                m_snapshot = snapshot;
                Q_EMIT snapshotChanged();
            });
    connect(m_worker, &LiveStatusWorker::headMoved, this, [this](int from) {
        if (from == m_generation && m_worker)
            Q_EMIT headMoved();
    });
    QMetaObject::invokeMethod(m_worker, &LiveStatusWorker::start, Qt::QueuedConnection);
}

void LiveStatusService::stop()
{
    if (!m_worker)
        return;
    ++m_generation;
    m_worker->disconnect(this);
    m_worker->deleteLater(); // on its thread: its collection and clients go there
    m_worker = nullptr;
}

void LiveStatusService::refresh()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &LiveStatusWorker::refresh, Qt::QueuedConnection);
}

void LiveStatusService::setPipeline(const Pipeline &declared, const QString &headCommit)
{
    if (!m_worker)
        return;
    LiveStatusWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, declared, headCommit] { worker->setPipeline(declared, headCommit); },
        Qt::QueuedConnection);
}

} // namespace Promenade
