#pragma once

#include "result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Promenade::Clients {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Every asynchronous client call ends in exactly one call of such a callback (unless the
// context object passed with it was destroyed first).
template<typename T>
using ResultCallback = std::function<void(Result<T>)>;

// How the TLS peer is checked. Verification is on by default; a custom CA (kubeconfig) adds to
// the system store; skipping verification is an explicit per-endpoint choice the UI must show.
struct TlsOptions
{
    QList<QSslCertificate> extraCaCertificates;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    bool insecureSkipVerify = false;
};

// Timeouts and retries for one endpoint (tests use short values).
struct RequestPolicy
{
    std::chrono::milliseconds timeout {15000}; // no bytes for this long: the request fails
    int maxRetries = 3; // idempotent requests (GET/HEAD) only
    std::chrono::milliseconds backoffBase {500}; // first retry delay; doubles, with jitter
    std::chrono::milliseconds backoffMax {30000};
    std::chrono::milliseconds maxRetryAfter {60000}; // a longer Retry-After is reported, not waited
    // When every request of this endpoint must be over, answer or not (a status collection's
    // total deadline): a transfer still running then is aborted, a retry or a Retry-After that
    // would end later is not waited for. Forever: only the timeouts above apply.
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
    // The largest answer read (after decompression); a longer one is aborted as it arrives
    // and reported, never held in memory.
    qint64 maxResponseBytes = defaultMaxResponseBytes;

    static constexpr qint64 defaultMaxResponseBytes = qint64(64) * 1024 * 1024;
};

// Where a service lives and how to reach it. One client object per endpoint.
struct ServiceEndpoint
{
    QString serviceName; // "Argo CD", "Registry", "Kubernetes cluster prod", "GitHub"
    QUrl baseUrl;
    TlsOptions tls;
    RequestPolicy policy;
    QUrl proxy; // http://, https:// or socks5:// (kubeconfig proxy-url); empty: the system's

    // "Argo CD at https://argocd.example.com" (never with user info or query).
    [[nodiscard]] QString label() const;
    // baseUrl with path appended (path starts with '/'); keeps a base path such as /argocd.
    [[nodiscard]] QUrl resolve(const QString &path) const;
};

struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    RawHeaders headers;
    QByteArray body;
    std::optional<bool> idempotent; // default: GET and HEAD
    std::optional<std::chrono::milliseconds> timeout; // 0 = none (streams)

    [[nodiscard]] bool isIdempotent() const;
    // Sets (replaces) a header.
    void setHeader(const QByteArray &name, const QByteArray &value);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    RawHeaders headers;
    QUrl url;
    QByteArray verb;

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

// Retry-After (seconds or HTTP-date) of a response, if present and parseable.
[[nodiscard]] std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse &response);
// The URL of the Link header entry with rel="next", resolved against base; empty when none.
[[nodiscard]] QUrl nextLink(const QByteArray &linkHeader, const QUrl &base);
// "Authorization: Basic base64(user:secret)" value.
// (HttpTransport never sends Authorization or Cookie over plain http to a host that is not
// loopback: such headers are dropped, whichever client set them.)
[[nodiscard]] QByteArray basicAuthorization(const QString &user, const QString &secret);

// The HTTP machinery every client shares: one QNetworkAccessManager per endpoint, TLS
// settings, transfer timeouts, manual redirects (Authorization is dropped when the host
// changes), and retries with exponential back-off and jitter for idempotent requests
// (network failures, 429, 5xx; Retry-After respected up to a cap and within the deadline),
// answers capped in size (RequestPolicy::maxResponseBytes), credentials never over plain http
// except to loopback. Non-2xx answers are
// returned as responses: each client turns them into its own clear error.
//
// Threading: lives in the thread that created it; callbacks run there, bound to a context
// object (no callback once the context is destroyed; the request is then aborted).
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpTransport(ServiceEndpoint endpoint, QObject *parent = nullptr);
    ~HttpTransport() override;

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }
    void setPolicy(const RequestPolicy &policy) { m_endpoint.policy = policy; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    void send(HttpRequest request, QObject *context, Callback done);

    // Opens a long-lived request (a watch stream): TLS as configured, no retries, the caller
    // owns the reply. The transfer timeout is request.timeout (0 = none).
    [[nodiscard]] QNetworkReply *open(const HttpRequest &request);

    // A clear sentence for a failed reply (timeout, refused, reset, TLS...).
    [[nodiscard]] Error networkError(QNetworkReply *reply, bool timedOut) const;

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay);
    [[nodiscard]] QNetworkRequest buildRequest(const HttpRequest &request) const;
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;

    ServiceEndpoint m_endpoint;
    QNetworkAccessManager *m_network = nullptr;
};

// Builds the user-facing error for a non-2xx answer: "<label>: <what> (<status>)[: detail]".
[[nodiscard]] Error httpStatusError(const ServiceEndpoint &endpoint, const HttpResponse &response,
                                    const QString &serverMessage);
// Parses a JSON answer, or a clear error naming the server and the request.
[[nodiscard]] Result<QJsonDocument> parseJsonResponse(const ServiceEndpoint &endpoint,
                                                      const HttpResponse &response);

} // namespace Promenade::Clients
