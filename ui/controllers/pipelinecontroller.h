#pragma once

#include "environmentlistmodel.h"
#include "recentrepositories.h"
#include "pipeline/pipeline.h"
#include "pipeline/statuscollector.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QDateTime>

#include <memory>
#include <optional>

class QTemporaryDir;
class QTimer;

namespace Promenade::Clients {
class CredentialsKeychain;
}

namespace Promenade::Demo {
class DemoControlPlane;
class DemoOriginMirror;
}

// Opens a GitOps repository (or generates the demo one) and exposes its pipeline to QML.
// Discovery and demo generation are blocking, so they run on a worker thread
// (QtConcurrent); the result is applied on the GUI thread. A newer request supersedes an
// older one that is still running.
class PipelineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(EnvironmentListModel *environments READ environments CONSTANT)
    Q_PROPERTY(QString repositoryPath READ repositoryPath NOTIFY repositoryChanged)
    Q_PROPERTY(QString repositoryName READ repositoryName NOTIFY repositoryChanged)
    Q_PROPERTY(bool hasRepository READ hasRepository NOTIFY repositoryChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY repositoryChanged)
    Q_PROPERTY(int appCount READ appCount NOTIFY repositoryChanged)
    Q_PROPERTY(int clusterCount READ clusterCount NOTIFY repositoryChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY repositoryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString lastRepository READ lastRepository CONSTANT)
    // The repositories opened lately (not the demo), newest first.
    Q_PROPERTY(RecentRepositories *recentRepositories READ recentRepositories CONSTANT)
    // Live status (Argo CD, registries, clusters) is followed when promenade.yaml names the
    // endpoints — or, for the demo, from the embedded demo control plane.
    Q_PROPERTY(bool liveStatus READ liveStatus NOTIFY statusChanged)
    Q_PROPERTY(QString statusTime READ statusTime NOTIFY statusChanged)

public:
    explicit PipelineController(QObject *parent = nullptr);
    ~PipelineController() override;

    [[nodiscard]] EnvironmentListModel *environments() const { return m_environments; }
    // The repository as discovered (plain data; empty when none is open).
    [[nodiscard]] const Promenade::Pipeline &pipeline() const { return m_pipeline; }
    [[nodiscard]] QString repositoryPath() const { return m_pipeline.root; }
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] bool hasRepository() const { return !m_pipeline.root.isEmpty(); }
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] int appCount() const { return static_cast<int>(m_pipeline.apps.size()); }
    [[nodiscard]] int clusterCount() const { return static_cast<int>(m_pipeline.clusters.size()); }
    [[nodiscard]] QStringList warnings() const { return m_pipeline.warnings; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // The repository opened last time (not the demo), from the settings.
    [[nodiscard]] QString lastRepository() const;
    [[nodiscard]] RecentRepositories *recentRepositories() const { return m_recent; }
    // The pipeline whose endpoints the live status uses: the embedded demo's, else the
    // repository's with the user's endpoint settings applied.
    [[nodiscard]] Promenade::Pipeline effectivePipeline() const;

    // Opens a repository: a local path or a file:// URL (from a folder dialog).
    Q_INVOKABLE void open(const QString &pathOrUrl);
    // Generates the demo repository into a temporary folder and opens it.
    Q_INVOKABLE void openDemo();
    Q_INVOKABLE void reload();
    // Asks the services again now (also done every few seconds while live).
    Q_INVOKABLE void refreshStatus();
    // Starts the live status again with the endpoint settings and keychain tokens as they are
    // now (after the settings changed). Not for the demo, whose services are its own.
    Q_INVOKABLE void applySettings();

    [[nodiscard]] bool liveStatus() const { return m_statusPipeline.has_value(); }
    [[nodiscard]] QString statusTime() const;

Q_SIGNALS:
    void repositoryChanged();
    void loadingChanged();
    void errorStringChanged();
    void statusChanged();

private:
    struct Outcome;
    void start(std::function<Outcome()> work);
    void finish();
    void setLoading(bool loading);
    void setErrorString(const QString &error);
    void startLiveStatus();
    void stopLiveStatus();
    void readTokensThenRefresh();

    EnvironmentListModel *m_environments;
    RecentRepositories *m_recent;
    Promenade::Clients::CredentialsKeychain *m_keychain;
    int m_tokensPending = 0; // keychain reads still running before the first collection
    int m_liveGeneration = 0; // answers from an earlier live status are ignored
    Promenade::Pipeline m_pipeline;
    bool m_isDemo = false;
    bool m_loading = false;
    QString m_errorString;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    // The embedded demo's services (the mirror must outlive the control plane using it).
    std::unique_ptr<Promenade::Demo::DemoOriginMirror> m_demoMirror;
    std::unique_ptr<Promenade::Demo::DemoControlPlane> m_demoControlPlane;
    std::optional<Promenade::Pipeline> m_statusPipeline; // set while live: its endpoints are used
    Promenade::StatusCollector::Options m_statusOptions;
    Promenade::StatusCollector *m_collector = nullptr;
    QTimer *m_statusTimer = nullptr;
    QDateTime m_statusTime;
    Promenade::PipelineStatus m_lastStatus; // re-applied when the repository is read again
    QString m_headCommit; // the repository's HEAD when it was last read
    QFutureWatcher<std::shared_ptr<Outcome>> *m_watcher = nullptr;
};
