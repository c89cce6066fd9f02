#pragma once

#include "livestatussettings.h"
#include "livestatussnapshot.h"

#include <QObject>

class QThread;

namespace Promenade {

class LiveStatusWorker;

// The one live-status service: follows a repository's services (Argo CD, registries,
// Kubernetes, GitHub) and hands whoever shows them immutable snapshots (LiveStatusSnapshot).
// It owns the collections (StatusCollector, one collector per service), the LiveStatusCache
// kept between them, the schedule, the keep-last rule (while a service cannot be reached,
// the last status that knew what runs stays, with why it is not newer) and the disk cache;
// the promotion verdicts are judged from its status by VerdictJudge, wherever they are shown.
//
// Threading: the service object lives on the caller's thread (the GUI's) and never blocks it;
// everything runs on a thread of its own (LiveStatusWorker there), and snapshots come back
// through queued signals. A snapshot of an earlier start() never arrives after a newer one.
class LiveStatusService : public QObject
{
    Q_OBJECT

public:
    explicit LiveStatusService(QObject *parent = nullptr);
    ~LiveStatusService() override;

    // Follows settings.pipeline from now on (an earlier start is stopped): settings.shown is the
    // snapshot at once, then the collections' come.
    void start(LiveStatusSettings settings);
    // Stops following (what runs is aborted; no snapshot comes after).
    void stop();
    [[nodiscard]] bool isRunning() const { return m_worker != nullptr; }
    // A collection now (unless one runs); also done every settings.interval.
    void refresh();
    // The repository was read again (after headMoved(), a reload): what it declares now and
    // its HEAD; the endpoints stay those of start().
    void setPipeline(const Promenade::Pipeline &declared, const QString &headCommit);
    // The last snapshot handed over (empty before start()).
    [[nodiscard]] const LiveStatusSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    // snapshot() changed: a collection came in, or only why it is not fresh (the keep-last
    // rule), or the withheld credentials.
    void snapshotChanged();
    // The repository has a commit since it was read: read it again and call setPipeline().
    void headMoved();

private:
    QThread *m_thread;
    LiveStatusWorker *m_worker = nullptr;
    int m_generation = 0;
    LiveStatusSnapshot m_snapshot;
};

} // namespace Promenade
