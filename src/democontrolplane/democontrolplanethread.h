#pragma once

#include "demoendpoints.h"
#include "pipeline.h"

#include <QObject>
#include <QString>

class QThread;

namespace Promenade::Demo {

// The embedded demo's services on a thread of their own: a DemoOriginMirror of the demo
// repository's origin and a DemoControlPlane over it, made, started and served there, so that
// serving hundreds of apps (and reading the origin with libgit2) never holds up the thread
// that owns this object (the GUI's). start() returns at once; started() or failed() follows on
// this object's thread (which may be moved to another first: made on a worker, started there,
// handed to the GUI thread). Destroying it stops the servers and the thread.
class DemoControlPlaneThread : public QObject
{
    Q_OBJECT

public:
    explicit DemoControlPlaneThread(QObject *parent = nullptr);
    ~DemoControlPlaneThread() override;

    // Clones the origin (a bare repository) into mirrorDirectory and starts the control plane
    // on its main branch; the applications' sources are in sourceDirectory (DemoSources).
    // known: the pipeline already read at the origin's main commit (the demo repository's, as
    // generated), which the control plane then starts from without reading its clone again.
    void start(const QString &origin, const QString &mirrorDirectory,
               const QString &sourceDirectory,
               const std::optional<std::pair<Pipeline, QString>> &known = std::nullopt);
    // Where the services listen (after started()).
    [[nodiscard]] const DemoEndpoints &endpoints() const { return m_endpoints; }
    [[nodiscard]] bool isStarted() const { return m_started; }
    // Why it could not start (after failed()); empty otherwise.
    [[nodiscard]] const QString &errorString() const { return m_error; }

Q_SIGNALS:
    void started();
    void failed(const QString &error);

private:
    class Host;
    QThread *m_thread;
    Host *m_host = nullptr;
    DemoEndpoints m_endpoints;
    bool m_started = false;
    QString m_error;
};

} // namespace Promenade::Demo
