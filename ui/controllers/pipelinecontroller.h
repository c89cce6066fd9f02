#pragma once

#include "appmatrixmodel.h"
#include "environmentlistmodel.h"
#include "pipeline.h"
#include "pipelinestatus.h"
#include "recentrepositories.h"
#include "repositorysession.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QTimer;

// The window's face of the open repository: a RepositorySession (opening on a worker, the
// demo, HEAD watching, the live status with its endpoints, tokens and disk cache) shown to QML
// as the pipeline's models (environments, the matrix), the recent repositories and the
// properties below. The other controllers take the session from it (session()) and depend on
// that, not on this.
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
    // The status shown is the first collection's part: Argo CD, the clusters and GitHub have
    // answered, the registries (and the overlays' rendering) not yet.
    Q_PROPERTY(bool statusPartial READ statusPartial NOTIFY statusChanged)
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

    // The open repository and its live status: what the other controllers work with.
    [[nodiscard]] Promenade::RepositorySession *session() const { return m_session; }

    [[nodiscard]] EnvironmentListModel *environments() const { return m_environments; }
    [[nodiscard]] AppMatrixModel *matrix() const { return m_matrix; }
    // The repository as discovered (plain data; empty when none is open).
    [[nodiscard]] const Promenade::Pipeline &pipeline() const { return m_session->pipeline(); }
    [[nodiscard]] QString repositoryPath() const { return m_session->repositoryPath(); }
    [[nodiscard]] QString repositoryName() const { return m_session->repositoryName(); }
    [[nodiscard]] bool hasRepository() const { return m_session->hasRepository(); }
    [[nodiscard]] bool isDemo() const { return m_session->isDemo(); }
    [[nodiscard]] int appCount() const { return static_cast<int>(pipeline().apps.size()); }
    [[nodiscard]] int stageCount() const
    {
        // Without stages (a pipeline built by hand): one environment per stage.
        return static_cast<int>(pipeline().stages.isEmpty() ? pipeline().environments.size()
                                                            : pipeline().stages.size());
    }
    [[nodiscard]] int clusterCount() const { return static_cast<int>(pipeline().clusters.size()); }
    [[nodiscard]] QStringList warnings() const { return pipeline().warnings; }
    [[nodiscard]] bool loading() const { return m_session->loading(); }
    [[nodiscard]] QString errorString() const { return m_session->errorString(); }
    // The repository opened last time (not the demo), from the settings.
    [[nodiscard]] QString lastRepository() const;
    [[nodiscard]] RecentRepositories *recentRepositories() const { return m_recent; }

    // Opens a repository: a local path or a file:// URL (from a folder dialog).
    Q_INVOKABLE void open(const QString &pathOrUrl);
    // Generates the demo repository into a temporary folder and opens it; apps above 2 adds
    // synthetic services (a large repository, with its Argo CD and registry in the demo).
    Q_INVOKABLE void openDemo(int apps = 2) { m_session->openDemo(apps); }
    Q_INVOKABLE void reload() { m_session->reload(); }
    // Asks the services again now (also done every few seconds while live).
    Q_INVOKABLE void refreshStatus() { m_session->refreshStatus(); }
    // Starts the live status again with the endpoint settings and keychain tokens as they are
    // now (after the settings changed). Not for the demo, whose services are its own.
    Q_INVOKABLE void applySettings() { m_session->applySettings(); }

    [[nodiscard]] bool liveStatus() const { return m_session->liveStatus(); }
    [[nodiscard]] bool statusLoading() const { return m_session->statusLoading(); }
    [[nodiscard]] QString statusTime() const;
    [[nodiscard]] bool statusPartial() const { return !m_session->status().loading.isEmpty(); }
    [[nodiscard]] QVariantList openPullRequests() const;
    [[nodiscard]] bool statusIsCached() const { return m_session->statusIsCached(); }
    [[nodiscard]] QString statusProblem() const { return m_session->statusProblem(); }
    [[nodiscard]] int statusAge() const;
    [[nodiscard]] QString statusStamp() const { return m_statusStamp; }
    // The status shown (cached or live; fetchedAt invalid when there is none).
    [[nodiscard]] const Promenade::PipelineStatus &status() const { return m_session->status(); }
    // Where live statuses are kept between sessions (tests point it at a scratch folder).
    void setStatusCacheDirectory(const QString &directory)
    {
        m_session->setStatusCacheDirectory(directory);
    }

Q_SIGNALS:
    void repositoryChanged();
    void loadingChanged();
    void errorStringChanged();
    void statusChanged();

private:
    void showPipeline();
    void showStatus(const Promenade::VerdictJudge::ByEnvironment *verdicts);
    void updateStatusAge();

    Promenade::RepositorySession *m_session;
    EnvironmentListModel *m_environments;
    AppMatrixModel *m_matrix;
    RecentRepositories *m_recent;
    QString m_statusStamp;
    QTimer *m_statusAgeTimer = nullptr; // keeps "(12 min ago)" true
};
