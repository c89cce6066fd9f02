#pragma once

#include "backgroundwork.h"
#include "endpointtrust.h"
#include "livestatussnapshot.h"
#include "pipeline.h"
#include "pipelinestatus.h"
#include "statuscollector.h"
#include "verdictjudge.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Promenade::Clients {
class CredentialsKeychain;
}

namespace Promenade {

class DemoSession;
class LiveStatusService;

// The open repository, whole: opening a path (or generating the demo, a DemoSession) and
// discovering it on a worker, where a newer request supersedes an older one still running;
// reading it again when its HEAD moves; and its live status — the endpoints it uses
// (promenade.yaml's with the user's EndpointOverrides, or the demo's), the tokens from the
// system keychain, the LiveStatusService's snapshots and the disk cache they start from.
// Whatever shows a repository (the window's controllers) depends on this, not on each other.
// Lives on the GUI thread and never blocks it.
class RepositorySession : public QObject
{
    Q_OBJECT

public:
    explicit RepositorySession(QObject *parent = nullptr);
    ~RepositorySession() override;

    // Opens a repository at a local path (read on a worker).
    void open(const QString &path);
    // Generates the demo repository into a temporary folder and opens it; apps above 2 adds
    // synthetic services (a large repository, with its Argo CD and registry in the demo).
    void openDemo(int apps = 2);
    // Reads the open repository again (nothing when none is open).
    void reload();
    // Asks the services again now (also done every few seconds while live).
    void refreshStatus();
    // Starts the live status again with the endpoint settings and keychain tokens as they are
    // now (after the settings changed). Not for the demo, whose services are its own.
    void applySettings();

    // The repository as discovered (plain data; empty when none is open).
    [[nodiscard]] const Pipeline &pipeline() const { return m_pipeline; }
    [[nodiscard]] QString repositoryPath() const { return m_pipeline.root; }
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] bool hasRepository() const { return !m_pipeline.root.isEmpty(); }
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // The demo (nullptr when none was opened); it stays until another demo is opened.
    [[nodiscard]] DemoSession *demo() const { return m_demo.get(); }

    // The pipeline whose endpoints the live status uses: the embedded demo's, else the
    // repository's with the user's endpoint settings applied.
    [[nodiscard]] Pipeline effectivePipeline() const;
    [[nodiscard]] bool liveStatus() const { return m_statusPipeline.has_value(); }
    // The services to ask are known: false for the demo until its embedded services listen
    // (its repository names real registries and GitHub, never to be asked for it); statusChanged
    // tells when that changes.
    [[nodiscard]] bool endpointsKnown() const { return !m_isDemo || m_demoEndpointsKnown; }
    [[nodiscard]] bool statusLoading() const
    {
        return m_statusPipeline.has_value() && !m_status.fetchedAt.isValid();
    }
    // The status shown (cached or live; fetchedAt invalid when there is none) and how to reach
    // the services (the endpoints in use, the tokens): promotions judge their live gates and
    // open pull requests with these.
    [[nodiscard]] const PipelineStatus &status() const { return m_status; }
    [[nodiscard]] bool statusIsCached() const { return m_statusIsCached; }
    // Why the status shown is not fresh ("Argo CD unreachable"); empty while live answers come.
    [[nodiscard]] QString statusProblem() const { return m_statusProblem; }
    [[nodiscard]] const std::optional<Pipeline> &statusPipeline() const { return m_statusPipeline; }
    [[nodiscard]] const StatusCollector::Options &statusOptions() const { return m_statusOptions; }
    // The credentials the last collection did not send, and why (EndpointTrustController
    // asks the user about the untrusted ones).
    [[nodiscard]] const QList<Clients::WithheldCredential> &withheldCredentials() const
    {
        return m_withheld;
    }
    // Where live statuses are kept between sessions (tests point it at a scratch folder).
    void setStatusCacheDirectory(const QString &directory) { m_statusCacheDirectory = directory; }

Q_SIGNALS:
    // The pipeline as read changed (a new repository, a reload, an error that empties it):
    // said first, for whoever shows it whole (the models), then repositoryChanged().
    void pipelineRead();
    void repositoryChanged();
    void loadingChanged();
    void errorStringChanged();
    // The status shown was replaced: verdicts are its promotion verdicts when the service
    // judged them (nullptr: judge them where shown). statusChanged() follows.
    void statusShown(const Promenade::VerdictJudge::ByEnvironment *verdicts);
    // Anything about the live status changed (the status, whether it is live, cached, why).
    void statusChanged();
    void withheldCredentialsChanged();

private:
    struct Outcome;
    void start(std::function<Outcome()> work);
    void finish(const std::shared_ptr<Outcome> &outcome);
    void fail(const Error &error);
    void setLoading(bool loading);
    void setErrorString(const QString &error);
    void startLiveStatus(std::optional<PipelineStatus> shown, bool shownIsCached);
    // demoServices: the demo's services stop too (they go when another repository opens).
    void stopLiveStatus(bool demoServices = true);
    void startDemoLiveStatus();
    void demoServicesStarted();
    void startService();
    void applySnapshot();
    void showStatus(const PipelineStatus &status, bool cached, const QString &problem,
                    const VerdictJudge::ByEnvironment *verdicts = nullptr);
    void readTokensThenStart();

    Clients::CredentialsKeychain *m_keychain;
    LiveStatusService *m_service;
    int m_tokensPending = 0; // keychain reads still running before the first collection
    int m_liveGeneration = 0; // answers from an earlier live status are ignored
    Pipeline m_pipeline;
    bool m_isDemo = false;
    bool m_demoEndpointsKnown = false; // its services listen, the live status asks them
    bool m_loading = false;
    QString m_errorString;
    std::unique_ptr<DemoSession> m_demo;
    std::optional<Pipeline> m_statusPipeline; // set while live: its endpoints are used
    StatusCollector::Options m_statusOptions;
    std::chrono::milliseconds m_statusInterval {30000};
    QList<Clients::WithheldCredential> m_withheld;
    int m_shownCollection = -1; // the service's collection shown
    PipelineStatus m_status; // shown; re-applied when the repository is read again
    bool m_statusIsCached = false;
    QString m_statusProblem;
    QString m_statusCacheDirectory; // empty: the user's cache folder
    QString m_headCommit; // the repository's HEAD when it was last read
    LatestBackgroundJob<std::shared_ptr<Outcome>> m_reading {this}; // the newest read wins
};

} // namespace Promenade
