#pragma once

#include "appmatrixmodel.h"
#include "environmentlistmodel.h"
#include "livestatusservice.h"
#include "pipeline.h"
#include "recentrepositories.h"
#include "statuscollector.h"

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
class DemoControlPlaneThread;
} // namespace Promenade::Demo

// Opens a GitOps repository (or generates the demo one) and exposes its pipeline to QML.
// Discovery and demo generation are blocking, so they run on a worker thread
// (QtConcurrent); the result is applied on the GUI thread. A newer request supersedes an
// older one that is still running. Live status comes from a LiveStatusService (its own thread)
// as snapshots, applied to the models; the embedded demo's services run on a thread of their
// own (DemoControlPlaneThread).
class PipelineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(EnvironmentListModel *environments READ environments CONSTANT)
    // The same pipeline as apps × environments, for repositories with many apps.
    Q_PROPERTY(AppMatrixModel *matrix READ matrix CONSTANT)
    Q_PROPERTY(QString repositoryPath READ repositoryPath NOTIFY repositoryChanged)
    Q_PROPERTY(QString repositoryName READ repositoryName NOTIFY repositoryChanged)
    Q_PROPERTY(bool hasRepository READ hasRepository NOTIFY repositoryChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY repositoryChanged)
    Q_PROPERTY(int appCount READ appCount NOTIFY repositoryChanged)
    // The stages of the pipeline's DAG: columns of the graph (parallel environments share one).
    Q_PROPERTY(int stageCount READ stageCount NOTIFY repositoryChanged)
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
    // Live status is configured and its first answer is not in yet: "loading", not "none".
    Q_PROPERTY(bool statusLoading READ statusLoading NOTIFY statusChanged)
    Q_PROPERTY(QString statusTime READ statusTime NOTIFY statusChanged)
    // The open promotion / rollback pull requests GitHub reported last: a list of
    // {number, title, branch, url, checks, checksSummary, headSha}.
    Q_PROPERTY(QVariantList openPullRequests READ openPullRequests NOTIFY statusChanged)
    // The status shown came from the disk cache (the last live one of an earlier session):
    // the services have not answered yet, or cannot be reached.
    Q_PROPERTY(bool statusIsCached READ statusIsCached NOTIFY statusChanged)
    // Why the status shown is not fresh ("Argo CD unreachable"); empty while live answers come.
    Q_PROPERTY(QString statusProblem READ statusProblem NOTIFY statusChanged)
    // Seconds since the status shown was fetched (-1: none), kept current while shown.
    Q_PROPERTY(int statusAge READ statusAge NOTIFY statusChanged)
    // One line for people: "as of 14:02", "as of 14:02, cached", "as of 14:02 — Argo CD
    // unreachable".
    Q_PROPERTY(QString statusStamp READ statusStamp NOTIFY statusChanged)

public:
    explicit PipelineController(QObject *parent = nullptr);
    ~PipelineController() override;

    [[nodiscard]] EnvironmentListModel *environments() const { return m_environments; }
    [[nodiscard]] AppMatrixModel *matrix() const { return m_matrix; }
    // The repository as discovered (plain data; empty when none is open).
    [[nodiscard]] const Promenade::Pipeline &pipeline() const { return m_pipeline; }
    [[nodiscard]] QString repositoryPath() const { return m_pipeline.root; }
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] bool hasRepository() const { return !m_pipeline.root.isEmpty(); }
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] int appCount() const { return static_cast<int>(m_pipeline.apps.size()); }
    [[nodiscard]] int stageCount() const
    {
        // Without stages (a pipeline built by hand): one environment per stage.
        return static_cast<int>(m_pipeline.stages.isEmpty() ? m_pipeline.environments.size()
                                                            : m_pipeline.stages.size());
    }
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
    // Generates the demo repository into a temporary folder and opens it; apps above 2 adds
    // synthetic services (a large repository, with its Argo CD and registry in the demo).
    Q_INVOKABLE void openDemo(int apps = 2);
    Q_INVOKABLE void reload();
    // Asks the services again now (also done every few seconds while live).
    Q_INVOKABLE void refreshStatus();
    // Starts the live status again with the endpoint settings and keychain tokens as they are
    // now (after the settings changed). Not for the demo, whose services are its own.
    Q_INVOKABLE void applySettings();

    [[nodiscard]] bool liveStatus() const { return m_statusPipeline.has_value(); }
    [[nodiscard]] bool statusLoading() const
    {
        return m_statusPipeline.has_value() && !m_lastStatus.fetchedAt.isValid();
    }
    // What the services said last (empty when not live) and how to reach them (the endpoints
    // in use, the demo's tokens): promotions judge their live gates and open pull requests
    // with these.
    [[nodiscard]] const Promenade::PipelineStatus &lastStatus() const { return m_lastStatus; }
    [[nodiscard]] const std::optional<Promenade::Pipeline> &statusPipeline() const
    {
        return m_statusPipeline;
    }
    [[nodiscard]] const Promenade::StatusCollector::Options &statusOptions() const
    {
        return m_statusOptions;
    }
    // The credentials the last collection did not send, and why (EndpointTrustController
    // asks the user about the untrusted ones).
    [[nodiscard]] const QList<Promenade::Clients::WithheldCredential> &withheldCredentials() const
    {
        return m_withheld;
    }
    [[nodiscard]] QString statusTime() const;
    [[nodiscard]] QVariantList openPullRequests() const;
    [[nodiscard]] bool statusIsCached() const { return m_statusIsCached; }
    [[nodiscard]] QString statusProblem() const { return m_statusProblem; }
    [[nodiscard]] int statusAge() const;
    [[nodiscard]] QString statusStamp() const;
    // The status shown (cached or live; fetchedAt invalid when there is none).
    [[nodiscard]] const Promenade::PipelineStatus &status() const { return m_lastStatus; }
    // Where live statuses are kept between sessions (tests point it at a scratch folder).
    void setStatusCacheDirectory(const QString &directory) { m_statusCacheDirectory = directory; }

Q_SIGNALS:
    void repositoryChanged();
    void loadingChanged();
    void errorStringChanged();
    void statusChanged();
    void withheldCredentialsChanged();

private:
    struct Outcome;
    void start(std::function<Outcome()> work);
    void finish();
    void setLoading(bool loading);
    void setErrorString(const QString &error);
    void startLiveStatus(std::optional<Promenade::PipelineStatus> shown, bool shownIsCached);
    void stopLiveStatus();
    void startDemoLiveStatus();
    void startService();
    void applySnapshot();
    void showStatus(const Promenade::PipelineStatus &status, bool cached, const QString &problem,
                    const Promenade::VerdictJudge::ByEnvironment *verdicts = nullptr);
    void updateStatusAge();
    void readTokensThenStart();

    EnvironmentListModel *m_environments;
    AppMatrixModel *m_matrix;
    RecentRepositories *m_recent;
    Promenade::Clients::CredentialsKeychain *m_keychain;
    Promenade::LiveStatusService *m_service;
    int m_tokensPending = 0; // keychain reads still running before the first collection
    int m_liveGeneration = 0; // answers from an earlier live status are ignored
    Promenade::Pipeline m_pipeline;
    bool m_isDemo = false;
    bool m_loading = false;
    QString m_errorString;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    // The embedded demo's services, on their own thread.
    std::unique_ptr<Promenade::Demo::DemoControlPlaneThread> m_demoControlPlane;
    // Started while a new demo was read, until its live status starts.
    std::unique_ptr<Promenade::Demo::DemoControlPlaneThread> m_demoStarting;
    std::optional<Promenade::Pipeline> m_statusPipeline; // set while live: its endpoints are used
    Promenade::StatusCollector::Options m_statusOptions;
    std::chrono::milliseconds m_statusInterval {30000};
    QList<Promenade::Clients::WithheldCredential> m_withheld;
    int m_shownCollection = -1; // the service's collection the models show
    Promenade::PipelineStatus m_lastStatus; // shown; re-applied when the repository is read again
    bool m_statusIsCached = false;
    QString m_statusProblem;
    QString m_statusStamp;
    QTimer *m_statusAgeTimer = nullptr; // keeps "(12 min ago)" true
    QString m_statusCacheDirectory; // empty: the user's cache folder
    QString m_headCommit; // the repository's HEAD when it was last read
    QFutureWatcher<std::shared_ptr<Outcome>> *m_watcher = nullptr;
};
