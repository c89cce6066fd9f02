#pragma once

#include "argocdtypes.h"
#include "httptransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

class QNetworkReply;

namespace Promenade::Clients {

struct ArgoListOptions
{
    QStringList projects;
    QString selector; // label selector on Applications
    QString name;
    QString appNamespace;
    QStringList fields; // `items.<path>` projection (see argocd.md §4.2); empty = everything
};

struct ArgoSyncRequest
{
    QString revision; // empty: the app's targetRevision
    QStringList revisions; // multi-source: one per entry of sourcePositions
    QList<int> sourcePositions; // 1-based indexes into spec.sources
    bool prune = false;
    bool dryRun = false;
    QStringList syncOptions; // e.g. CreateNamespace=true (sent wrapped in {"items": [...]})
    QString appNamespace;
    QString project;
};

struct ArgoWatchOptions
{
    ArgoListOptions list;
    std::chrono::milliseconds reconnectBase {1000}; // doubles per failure, with jitter
    std::chrono::milliseconds reconnectMax {60000};
    int failuresBeforePolling = 3; // consecutive stream failures before falling back to polling
    std::chrono::milliseconds pollInterval {30000};
    // 0: none (the NDJSON stream has no keep-alives, an idle stream is normal).
    std::chrono::milliseconds streamIdleTimeout {0};
    // Recycle the stream (re-list, reconnect) this often, so that a connection that died
    // silently (sleep, NAT timeout) cannot freeze the watch; 0: never.
    std::chrono::milliseconds resyncInterval {600000};
};

enum class ArgoWatchState { Stopped, Connecting, Streaming, Reconnecting, Polling };

// Client of one Argo CD API server (REST, /api/v1): login or a bearer token, applications
// with their sync/health/operation state, resource trees, sync, and a live watch.
//
// The watch lists the applications (signal applicationsListed), then follows
// /api/v1/stream/applications from the list's resourceVersion (applicationChanged per
// event). When the stream breaks (error frame, cut, refused) it re-lists and reconnects with
// exponential back-off; after failuresBeforePolling consecutive failures it polls the list
// every pollInterval, still trying the stream after each poll. A 401 stops the watch.
//
// Several instances: one ArgoCdClient per Argo CD endpoint. Threading: one thread (the one
// it lives in); callbacks run bound to the given context object.
class ArgoCdClient : public QObject
{
    Q_OBJECT

public:
    explicit ArgoCdClient(ServiceEndpoint endpoint, QObject *parent = nullptr);
    ~ArgoCdClient() override;

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_transport->endpoint(); }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }
    // The token in use (the app stores a renewed one in the keychain; never log it).
    [[nodiscard]] const QString &token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    // POST /api/v1/session; on success the session token is kept for later calls.
    void login(const QString &username, const QString &password, QObject *context,
               ResultCallback<void> done);
    void version(QObject *context, ResultCallback<ArgoVersion> done);
    void listApplications(const ArgoListOptions &options, QObject *context,
                          ResultCallback<ArgoApplicationList> done);
    void application(const QString &name, const QString &appNamespace, QObject *context,
                     ResultCallback<ArgoApplication> done);
    void resourceTree(const QString &name, const QString &appNamespace, QObject *context,
                      ResultCallback<ArgoResourceTree> done);
    // Asynchronous on the server: the answer is the app with its `operation` set; observe
    // the outcome through the watch or application().
    void sync(const QString &name, const ArgoSyncRequest &request, QObject *context,
              ResultCallback<ArgoApplication> done);

    void startWatch(const ArgoWatchOptions &options = {});
    // The same, from a list the caller already has (the stream starts at its resourceVersion;
    // applicationsListed is emitted with it): one list less.
    void startWatchFrom(const ArgoApplicationList &list, const ArgoWatchOptions &options = {});
    void stopWatch();
    [[nodiscard]] ArgoWatchState watchState() const { return m_watchState; }

    // The clear error for a non-2xx answer of this server (JSON runtimeError or plain text).
    [[nodiscard]] Error errorFor(const HttpResponse &response) const;

Q_SIGNALS:
    // Argo CD re-issued a session token about to expire (Set-Cookie: argocd.token=...); the
    // client uses it from now on. Store it where the old one was.
    void tokenRenewed();
    void applicationsListed(const Promenade::Clients::ArgoApplicationList &list);
    void applicationChanged(const Promenade::Clients::ArgoWatchEvent &event);
    void watchStateChanged(Promenade::Clients::ArgoWatchState state);
    void watchError(const Promenade::Error &error);

private:
    HttpRequest request(const QByteArray &verb, const QString &path,
                        const QUrlQuery &query = {}) const;
    template<typename T, typename Parse>
    void getJson(HttpRequest request, QObject *context, ResultCallback<T> done, Parse parse);

    void noteRenewedToken(const HttpResponse &response);
    void setWatchState(ArgoWatchState state);
    void relist();
    void openStream();
    void onStreamData();
    void onStreamFinished();
    void streamFailed(const Error &error, bool fatal);
    void dropStream();
    void handleFrame(const QByteArray &line);

    HttpTransport *m_transport = nullptr;
    QString m_token;

    ArgoWatchOptions m_watchOptions;
    ArgoWatchState m_watchState = ArgoWatchState::Stopped;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_streamBuffer;
    QString m_resourceVersion;
    int m_streamFailures = 0;
    bool m_streamGotEvent = false;
    bool m_streamFailedAlready = false;
    QTimer m_retryTimer;
    QTimer m_resyncTimer;
    QObject *m_watchContext = nullptr; // parent of in-flight watch requests; replaced on stop
};

} // namespace Promenade::Clients

Q_DECLARE_METATYPE(Promenade::Clients::ArgoWatchEvent)
Q_DECLARE_METATYPE(Promenade::Clients::ArgoApplicationList)
