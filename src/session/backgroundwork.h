#pragma once

#include "backgroundpriority.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

// The one way the session and the window's controllers do blocking work (Git, discovery,
// files, HTTP with a wait): the work runs on Qt's thread pool and its result comes back to the
// owner's thread, so the GUI never waits. The work runs at background priority
// (runCurrentThreadInBackground): the GUI thread gets a core first.

template<typename T>
QFuture<T> runAtBackgroundPriority(std::function<T()> work)
{
    return QtConcurrent::run([work = std::move(work)] {
        Promenade::runCurrentThreadInBackground();
        return work();
    });
}

// Runs work on the thread pool; done(result) runs on owner's thread afterwards, unless owner
// is gone by then. Several may run at once: done decides whether its result still matters
// (the controllers compare a generation number).
template<typename T>
void runInBackground(QObject *owner, std::function<T()> work, std::function<void(T)> done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(runAtBackgroundPriority(std::move(work)));
}

// One kind of request of a controller where the newest wins (open a repository, compare two
// environments, load the history): start() drops the result of a request still running, whose
// work goes on to its end unseen. A member of its owner, which it must not outlive.
template<typename T>
class LatestBackgroundJob
{
public:
    explicit LatestBackgroundJob(QObject *owner)
        : m_owner(owner)
    { }
    LatestBackgroundJob(const LatestBackgroundJob &) = delete;
    LatestBackgroundJob &operator=(const LatestBackgroundJob &) = delete;

    // done(result) runs on the owner's thread, unless start() or cancel() came again first.
    void start(std::function<T()> work, std::function<void(T)> done)
    {
        auto *watcher = new QFutureWatcher<T>(m_owner);
        m_current = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, done = std::move(done)] {
                             watcher->deleteLater();
                             if (watcher != m_current)
                                 return; // superseded or cancelled
                             m_current = nullptr;
                             done(watcher->result());
                         });
        watcher->setFuture(runAtBackgroundPriority(std::move(work)));
    }

    // The running request's result is dropped (its work still runs to its end).
    void cancel() { m_current = nullptr; }

    [[nodiscard]] bool isRunning() const { return m_current != nullptr; }

    // Blocks until the running request's work ended: for owners whose work must not outlive
    // them (a clone removing its staging folder, an export writing its file).
    void waitForFinished()
    {
        if (m_current)
            m_current->waitForFinished();
    }

private:
    QObject *m_owner;
    QFutureWatcher<T> *m_current = nullptr;
};
