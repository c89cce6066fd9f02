#pragma once

#include "livestatussettings.h"
#include "livestatussnapshot.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Promenade {

class LiveStatusCache;
class StatusCollector;

// The part of a LiveStatusService that runs on its thread: the schedule (a refresh timer, a
// refresh soon after Argo CD's watch told a change), the collections (one StatusCollector at a
// time, sharing one LiveStatusCache), the repository's HEAD (libgit2), the keep-last rule and
// the disk cache. Everything blocking that live status needs (credential helpers, the tools'
// config files, libgit2, parsing hundreds of answers) happens here, never on the GUI thread.
// Made on the caller's thread, then moved to the service's; start() runs there.
class LiveStatusWorker : public QObject
{
    Q_OBJECT

public:
    LiveStatusWorker(LiveStatusSettings settings, int generation);
    ~LiveStatusWorker() override;

    // The cache, the timers and the first collection (on the worker's thread).
    void start();
    // A collection now, unless one runs or the repository's HEAD moved (until setPipeline).
    void refresh();
    // The repository read again: what it declares now (its endpoints are kept) and its HEAD.
    void setPipeline(const Promenade::Pipeline &declared, const QString &headCommit);

Q_SIGNALS:
    // What to show changed (generation: the start this worker serves).
    void snapshotReady(int generation, const Promenade::LiveStatusSnapshot &snapshot);
    // The repository has a commit since it was read: read it again, then setPipeline().
    void headMoved(int generation);

private:
    void collected(StatusCollector *collector);
    void collectedInPart(const PipelineStatus &partial);
    void keep(const PipelineStatus &status) const;

    LiveStatusSettings m_settings;
    const int m_generation;
    std::shared_ptr<LiveStatusCache> m_cache;
    QTimer *m_timer = nullptr;
    QTimer *m_watchTimer = nullptr;
    StatusCollector *m_collector = nullptr;
    bool m_headMoved = false;
    // A refresh asked for while a collection ran (the services may have changed since it
    // started): run once more when it ends, rather than drop it.
    bool m_refreshAgain = false;
    int m_collections = 0;
    LiveStatusSnapshot m_shown;
};

} // namespace Promenade
