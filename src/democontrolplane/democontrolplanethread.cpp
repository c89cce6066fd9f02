#include "democontrolplanethread.h"

#include "backgroundpriority.h"
#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "logging.h"

#include <QThread>

#include <memory>

namespace Promenade::Demo {

// What runs on the thread: the mirror and the control plane using it (the plane goes first).
class DemoControlPlaneThread::Host : public QObject
{
public:
    ~Host() override
    {
        controlPlane.reset(); // before the mirror its hooks use
        mirror.reset();
    }

    // On the thread: the endpoints, or why the demo's services could not start.
    Result<DemoEndpoints> start(const QString &origin, const QString &mirrorDirectory,
                                const QString &sourceDirectory,
                                const std::optional<std::pair<Pipeline, QString>> &known)
    {
        auto made = DemoOriginMirror::create(origin, mirrorDirectory);
        if (!made)
            return made.error();
        mirror = std::make_unique<DemoOriginMirror>(std::move(*made));
        qCDebug(lcDemo) << "demo control plane: origin cloned";
        if (known)
            mirror->assume(known->first, known->second);
        auto first = mirror->read();
        if (!first)
            return first.error();
        qCDebug(lcDemo) << "demo control plane: origin read";
        controlPlane
            = std::make_unique<DemoControlPlane>(first->first, first->second, mirror->hooks());
        controlPlane->setSourceDirectory(sourceDirectory);
        if (auto started = controlPlane->start(); !started)
            return started.error();
        qCDebug(lcDemo) << "demo control plane: listening";
        return controlPlane->endpoints();
    }

    std::unique_ptr<DemoOriginMirror> mirror;
    std::unique_ptr<DemoControlPlane> controlPlane;
};

DemoControlPlaneThread::DemoControlPlaneThread(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("demo control plane"));
    connect(
        m_thread, &QThread::started, m_thread, [] { runCurrentThreadInBackground(); },
        Qt::DirectConnection);
}

DemoControlPlaneThread::~DemoControlPlaneThread()
{
    if (m_host)
        m_host->deleteLater(); // on its thread, as the thread ends
    m_thread->quit();
    m_thread->wait();
}

void DemoControlPlaneThread::start(const QString &origin, const QString &mirrorDirectory,
                                   const QString &sourceDirectory,
                                   const std::optional<std::pair<Pipeline, QString>> &known)
{
    if (m_host)
        return; // one control plane per object
    m_host = new Host;
    m_host->moveToThread(m_thread);
    m_thread->start();
    Host *host = m_host;
    QMetaObject::invokeMethod(
        host,
        [this, host, origin, mirrorDirectory, sourceDirectory, known] {
            auto endpoints = host->start(origin, mirrorDirectory, sourceDirectory, known);
            // Back on this object's thread; dropped if it is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, endpoints = std::move(endpoints)] {
                    if (!endpoints) {
                        m_error = endpoints.error().toString();
                        Q_EMIT failed(m_error);
                        return;
                    }
                    m_endpoints = *endpoints;
                    m_started = true;
                    Q_EMIT started();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Promenade::Demo
