#pragma once

#include "demoendpoints.h"
#include "pipeline.h"
#include "result.h"
#include "statuscollector.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QTemporaryDir;

namespace Promenade::Demo {
class DemoControlPlaneThread;
}

namespace Promenade {

// The embedded demo, whole: its repository generated into a temporary folder (with the Git
// identity its promotions commit with), its services (a DemoControlPlaneThread over the
// origin, on a thread of their own) and how the live status reaches them (the endpoints, the
// tokens and the one kubeconfig written for the demo). Destroying it stops the services and
// removes the folder.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    // The endpoints the live status asks in the demo: the pipeline pointed at the services and
    // the collection's options (tokens, the kubeconfig).
    struct Live
    {
        Pipeline pipeline;
        StatusCollector::Options options;
    };

    ~DemoSession() override;

    // Generates the demo repository of `apps` apps (2…5000) into a new temporary folder (a
    // memory-backed one where there is room: DemoRepository::scratchFolder), reads it, and
    // starts its services from what was read (they need not read their clone a second time).
    // Blocking (disk, libgit2): call it on a worker. The session is handed to `owner`'s
    // thread, where its signals arrive.
    static Result<std::unique_ptr<DemoSession>> generate(int apps, QThread *owner);

    // The demo repository's work tree.
    [[nodiscard]] QString workTree() const { return m_workTree; }
    // The work tree as discovery read it when it was generated (an error where it could not).
    [[nodiscard]] const Result<Pipeline> &pipelineAsGenerated() const { return m_generated; }
    // True when path lies in the demo's temporary folder.
    [[nodiscard]] bool contains(const QString &path) const;

    // Starts the services again after stopServices() (nothing while they run or start).
    void startServices();
    // Stops the services (the folder stays).
    void stopServices();
    [[nodiscard]] bool servicesRunning() const;
    [[nodiscard]] bool servicesListening() const;
    // Why the services could not start (after servicesFailed()); empty otherwise.
    [[nodiscard]] QString servicesError() const;
    // Where the services listen (once listening).
    [[nodiscard]] const Demo::DemoEndpoints &endpoints() const;

    // The declared pipeline pointed at the running services, with the tokens and a kubeconfig
    // for their clusters written into the demo's folder (once the services listen).
    [[nodiscard]] Result<Live> live(const Pipeline &declared) const;

    // The same for any demo control plane (tests start one of their own): the kubeconfig is
    // written to kubeconfigPath.
    static Result<Live> live(const Pipeline &declared, const Demo::DemoEndpoints &endpoints,
                             const QString &kubeconfigPath);
    // A kubeconfig (JSON, which kubeconfig readers take as YAML) with one cluster and context
    // per demo cluster, named after it, and the demo's token as the one user.
    [[nodiscard]] static QByteArray kubeconfig(const Demo::DemoEndpoints &endpoints);

Q_SIGNALS:
    void servicesStarted();
    void servicesFailed(const QString &error);

private:
    DemoSession();
    void adoptServices();
    void startAdopted(const std::optional<std::pair<Pipeline, QString>> &known = std::nullopt);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workTree;
    Result<Pipeline> m_generated {Pipeline {}};
    Demo::DemoControlPlaneThread *m_services = nullptr; // a child; nullptr while stopped
    int m_starts = 0;
};

} // namespace Promenade
