#include "httptransport.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Http)
};

} // namespace

using namespace std::chrono_literals;

namespace {
constexpr int kMaxRedirects = 5;
constexpr char kCancelledProperty[] = "promenadeCancelled";
constexpr char kTooLargeProperty[] = "promenadeTooLarge";
constexpr char kDeadlineProperty[] = "promenadeDeadline";

bool isLoopbackHost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Secrets never travel in clear text over a network: over http to anything but this computer,
// Authorization and Cookie headers are dropped (a repository may name an http:// endpoint).
bool mayCarryCredentials(const QUrl &url)
{
    return url.scheme() != u"http" || isLoopbackHost(url);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3) + QStringLiteral(" MiB");
}

// Points the request at a redirect's target: kept apart from finishAttempt so that the
// credential rule of a redirect reads on its own.
void redirectRequest(HttpRequest &request, const QUrl &target, int status)
{
    const bool sameOrigin = target.host() == request.url.host()
        && target.port() == request.url.port() && target.scheme() == request.url.scheme();
    request.url = target;
    if (!sameOrigin) {
        // Never forward credentials to another host (OCI spec; CDN blob redirects).
        RawHeaders kept;
        for (const auto &h : request.headers) {
            if (h.first.compare("Authorization", Qt::CaseInsensitive) != 0)
                kept.append(h);
        }
        request.headers = kept;
    }
    if (status == 303) {
        request.verb = "GET";
        request.body.clear();
    }
}

QString shortText(const QString &text, int max = 300)
{
    const QString simplified = text.simplified();
    return simplified.size() > max ? simplified.left(max) + u"…" : simplified;
}
} // namespace

QString ServiceEndpoint::label() const
{
    const QString where = baseUrl.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return Tr::tr("%1 at %2", "a service and its address").arg(serviceName, where);
}

QUrl ServiceEndpoint::resolve(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype q = path.indexOf(u'?');
    if (q >= 0) {
        url.setPath(basePath + path.left(q));
        url.setQuery(path.mid(q + 1));
    } else {
        url.setPath(basePath + path);
    }
    return url;
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return verb == "GET" || verb == "HEAD";
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append(qMakePair(name, value));
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse &response)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::milliseconds(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::milliseconds(
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return std::nullopt;
}

QUrl nextLink(const QByteArray &linkHeader, const QUrl &base)
{
    // <url>; rel="next", <url>; rel="last"  (url may contain commas only inside <...>)
    static const QRegularExpression entry(QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]+)*))"));
    auto it = entry.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        static const QRegularExpression rel(QStringLiteral(R"re(rel\s*=\s*"?([^";]*)"?)re"));
        const auto r = rel.match(m.captured(2));
        if (r.hasMatch() && r.captured(1).split(u' ').contains(u"next"))
            return base.resolved(QUrl(m.captured(1)));
    }
    return {};
}

QByteArray basicAuthorization(const QString &user, const QString &secret)
{
    return "Basic " + (user + u':' + secret).toUtf8().toBase64();
}

struct HttpTransport::Call
{
    HttpRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempt = 0;
    int redirects = 0;
    QUrl originalUrl;
    QByteArray body; // read as it arrives, so that the cap holds
};

HttpTransport::HttpTransport(ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_endpoint.proxy.isValid() && !m_endpoint.proxy.host().isEmpty()) {
        const bool socks = m_endpoint.proxy.scheme().startsWith(u"socks");
        m_network->setProxy(QNetworkProxy(
            socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, m_endpoint.proxy.host(),
            quint16(m_endpoint.proxy.port(socks ? 1080 : 3128)), m_endpoint.proxy.userName(),
            m_endpoint.proxy.password()));
    }
    if (m_endpoint.tls.insecureSkipVerify)
        qCWarning(lcClients) << "TLS verification is disabled for" << m_endpoint.label();
}

HttpTransport::~HttpTransport()
{
    // A transport is often deleted from inside one of its replies' own signals: the answer that
    // completes a status collection releases the collection's clients, and an answer over the
    // cap arrives inside the reply's abort(). Deleting the manager now would delete that reply
    // under its own signal (a crash on the way back into Qt). The manager and its replies go on
    // the next turn of the event loop instead, and nothing of theirs reaches this object again.
    const auto replies = m_network->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        reply->disconnect();
        reply->setProperty(kCancelledProperty, true);
    }
    m_network->setParent(nullptr);
    m_network->deleteLater();
}

QNetworkRequest HttpTransport::buildRequest(const HttpRequest &request) const
{
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // No automatic cookies: a session cookie (argocd.token) must never authenticate a client
    // whose token was cleared, and credentials live only where the client puts them.
    r.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    auto timeout = request.timeout.value_or(m_endpoint.policy.timeout);
    if (!m_endpoint.policy.deadline.isForever()) {
        const auto left = std::max<qint64>(1, m_endpoint.policy.deadline.remainingTime());
        if (timeout.count() == 0 || timeout.count() > left)
            timeout = std::chrono::milliseconds(left);
    }
    r.setTransferTimeout(int(timeout.count()));
    const bool credentialsAllowed = mayCarryCredentials(request.url);
    for (const auto &h : request.headers) {
        if (!credentialsAllowed
            && (h.first.compare("Authorization", Qt::CaseInsensitive) == 0
                || h.first.compare("Cookie", Qt::CaseInsensitive) == 0)) {
            qCWarning(lcClients) << "not sending" << h.first << "over plain http to"
                                 << request.url.toDisplayString(QUrl::RemoveUserInfo
                                                                | QUrl::RemovePath
                                                                | QUrl::RemoveQuery);
            continue;
        }
        r.setRawHeader(h.first, h.second);
    }
    if (!r.hasRawHeader("User-Agent"))
        r.setRawHeader("User-Agent", "Promenade");
    if (request.url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_endpoint.tls.extraCaCertificates.isEmpty()) {
            auto cas = ssl.caCertificates();
            cas += m_endpoint.tls.extraCaCertificates;
            ssl.setCaCertificates(cas);
        }
        if (!m_endpoint.tls.clientCertificate.isNull()) {
            ssl.setLocalCertificate(m_endpoint.tls.clientCertificate);
            ssl.setPrivateKey(m_endpoint.tls.clientKey);
        }
        if (m_endpoint.tls.insecureSkipVerify)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        r.setSslConfiguration(ssl);
    }
    return r;
}

void HttpTransport::send(HttpRequest request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->originalUrl = request.url;
    call->request = std::move(request);
    call->context = context;
    call->done = std::move(done);
    attempt(call);
}

QNetworkReply *HttpTransport::open(const HttpRequest &request)
{
    const QNetworkRequest r = buildRequest(request);
    if (request.verb == "GET")
        return m_network->get(r);
    return m_network->sendCustomRequest(r, request.verb, request.body);
}

void HttpTransport::attempt(const std::shared_ptr<Call> &call)
{
    if (!call->context)
        return;
    const QDeadlineTimer deadline = m_endpoint.policy.deadline;
    if (deadline.hasExpired()) {
        call->done(Error(Error::Kind::Failed,
                         Tr::tr("%1: no answer before the deadline").arg(m_endpoint.label()))
                       .withDetail(QString::fromLatin1(call->request.verb) + u' '
                                   + call->request.url.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    call->body.clear();
    const QNetworkRequest r = buildRequest(call->request);
    QNetworkReply *reply = nullptr;
    if (call->request.verb == "GET")
        reply = m_network->get(r);
    else if (call->request.verb == "HEAD")
        reply = m_network->head(r);
    else
        reply = m_network->sendCustomRequest(r, call->request.verb, call->request.body);
    qCDebug(lcClients) << call->request.verb
                       << call->request.url.toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                       << call->attempt + 1;
    // The answer is read as it arrives and given up beyond the cap: a server cannot make this
    // process hold more than maxResponseBytes of one answer.
    const qint64 cap = m_endpoint.policy.maxResponseBytes;
    reply->setReadBufferSize(std::min<qint64>(cap + 1, 1024 * 1024));
    auto overCap = [reply, cap](qint64 size) {
        if (cap <= 0 || size <= cap || reply->property(kTooLargeProperty).toBool())
            return false;
        reply->setProperty(kTooLargeProperty, true);
        // Queued: aborting inside the reply's own metaDataChanged/readyRead emission is not safe
        // in Qt 6.4 (the reply finishes and is torn down under its own signal).
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        return true;
    };
    connect(reply, &QNetworkReply::metaDataChanged, call->context.data(), [call, reply, overCap] {
        if (call->request.verb == "HEAD")
            return; // its Content-Length is of an answer that does not come
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && reply->rawHeader("Content-Encoding").isEmpty())
            overCap(length);
    });
    connect(reply, &QNetworkReply::readyRead, call->context.data(), [call, reply, overCap] {
        if (reply->property(kTooLargeProperty).toBool())
            return;
        call->body += reply->readAll();
        if (overCap(call->body.size()))
            call->body.clear();
    });
    // Answer or not, the transfer ends at the deadline: a server that drips a byte a second,
    // or streams without end, keeps the inactivity timeout from ever firing.
    if (!deadline.isForever()) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [reply] {
            reply->setProperty(kDeadlineProperty, true);
            reply->abort();
        });
        timer->start(std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
    connect(reply, &QNetworkReply::finished, call->context.data(),
            [this, call, reply] { finishAttempt(call, reply); });
    // A destroyed context aborts its request; nobody is left to hear the answer.
    connect(call->context.data(), &QObject::destroyed, reply, [reply] {
        reply->setProperty(kCancelledProperty, true);
        reply->abort();
        reply->deleteLater();
    });
}

std::chrono::milliseconds HttpTransport::backoff(int attempt) const
{
    const auto &p = m_endpoint.policy;
    qint64 delay = p.backoffBase.count() << std::min(attempt, 20);
    delay = std::min<qint64>(delay, p.backoffMax.count());
    // "Equal jitter": half fixed, half random, so retries of many clients spread out.
    const qint64 half = std::max<qint64>(1, delay / 2);
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half));
}

void HttpTransport::retryLater(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay)
{
    ++call->attempt;
    qCInfo(lcClients) << m_endpoint.label() << "retrying" << call->request.verb
                      << call->request.url.path() << "in" << delay.count() << "ms";
    // Bound to this transport (a destroyed client never retries) and to the context.
    QTimer::singleShot(delay, this, [this, call] {
        if (call->context)
            attempt(call);
    });
}

void HttpTransport::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->property(kCancelledProperty).toBool())
        return;
    const QString where = QString::fromLatin1(call->request.verb) + u' '
        + call->request.url.toDisplayString(QUrl::RemoveUserInfo);
    if (reply->property(kTooLargeProperty).toBool()) {
        call->done(
            Error(Error::Kind::Failed,
                  Tr::tr("%1: the answer is larger than %2, the most Promenade reads of one "
                         "answer; not read")
                      .arg(m_endpoint.label(), mebibytes(m_endpoint.policy.maxResponseBytes)))
                .withDetail(where));
        return;
    }
    if (reply->property(kDeadlineProperty).toBool()) {
        call->done(
            Error(Error::Kind::Failed,
                  Tr::tr("%1: no complete answer before the deadline (the server is too slow or "
                         "never ends its answer)")
                      .arg(m_endpoint.label()))
                .withDetail(where));
        return;
    }
    const auto error = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool canRetry
        = call->request.isIdempotent() && call->attempt < m_endpoint.policy.maxRetries;
    // A wait that would end after the deadline is not started: what is known is reported now.
    const auto fitsDeadline = [this](std::chrono::milliseconds delay) {
        const QDeadlineTimer &deadline = m_endpoint.policy.deadline;
        return deadline.isForever() || delay.count() < deadline.remainingTime();
    };

    if (!statusAttr.isValid()
        || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
            && error != QNetworkReply::ProtocolInvalidOperationError)) {
        // No HTTP answer (or a broken one): a network failure.
        const bool timedOut = error == QNetworkReply::OperationCanceledError
            || error == QNetworkReply::TimeoutError;
        Error e = networkError(reply, timedOut);
        const bool tlsFailure = error == QNetworkReply::SslHandshakeFailedError;
        if (canRetry && !tlsFailure) {
            const auto delay = backoff(call->attempt);
            if (fitsDeadline(delay)) {
                qCInfo(lcClients) << e.message();
                retryLater(call, delay);
                return;
            }
        }
        call->done(std::move(e));
        return;
    }

    HttpResponse response;
    response.status = statusAttr.toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = call->body + reply->readAll();
    call->body.clear();
    response.url = reply->url();
    response.verb = call->request.verb;

    // A body shorter than its Content-Length: the connection dropped mid-answer, whatever
    // QNetworkReply made of it (it does not always report an error).
    const QByteArray contentLength = response.header("Content-Length");
    if (!contentLength.isEmpty() && response.verb != "HEAD"
        && response.header("Content-Encoding").isEmpty()
        && response.body.size() < contentLength.toLongLong()) {
        Error e(Error::Kind::Failed,
                Tr::tr("%1: the server closed the connection before the answer was complete")
                    .arg(m_endpoint.label()));
        e.withDetail(QStringLiteral("%1 of %2 bytes")
                         .arg(response.body.size())
                         .arg(QString::fromLatin1(contentLength)));
        if (canRetry && fitsDeadline(backoff(call->attempt))) {
            retryLater(call, backoff(call->attempt));
            return;
        }
        call->done(std::move(e));
        return;
    }

    if (response.status >= 300 && response.status < 400 && response.status != 304) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid() && call->redirects < kMaxRedirects) {
            ++call->redirects;
            redirectRequest(call->request, reply->url().resolved(location), response.status);
            attempt(call);
            return;
        }
    }

    const bool retryableStatus = response.status == 429 || response.status == 502
        || response.status == 503 || response.status == 504 || response.status == 500;
    if (canRetry && retryableStatus) {
        const auto after = retryAfter(response);
        if (!after) {
            const auto delay = backoff(call->attempt);
            if (fitsDeadline(delay)) {
                retryLater(call, delay);
                return;
            }
        } else if (*after <= m_endpoint.policy.maxRetryAfter && fitsDeadline(*after)) {
            retryLater(call, std::max(*after, 1ms));
            return;
        }
    }
    call->done(std::move(response));
}

Error HttpTransport::networkError(QNetworkReply *reply, bool timedOut) const
{
    const QString label = m_endpoint.label();
    const QString detail = reply->errorString();
    QString what;
    if (timedOut) {
        const auto seconds = double(m_endpoint.policy.timeout.count()) / 1000.0;
        what = Tr::tr("no answer within %1 s (timed out)").arg(seconds);
    } else {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            what = Tr::tr(
                "the connection was refused (is the address right and the server running?)");
            break;
        case QNetworkReply::HostNotFoundError:
            what = Tr::tr("the host name could not be resolved");
            break;
        case QNetworkReply::RemoteHostClosedError:
            what = Tr::tr("the server closed the connection before the answer was complete");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            what = Tr::tr("the server's TLS certificate could not be verified (%1)")
                       .arg(shortText(detail, 160));
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            what = Tr::tr("the network is unavailable");
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            what = Tr::tr("the proxy failed (%1)").arg(shortText(detail, 160));
            break;
        default:
            what = Tr::tr("the connection failed (%1)").arg(shortText(detail, 160));
            break;
        }
    }
    return Error(Error::Kind::Failed, label + u": " + what).withDetail(detail);
}

Error httpStatusError(const ServiceEndpoint &endpoint, const HttpResponse &response,
                      const QString &serverMessage)
{
    QString what;
    Error::Kind kind = Error::Kind::Failed;
    const int s = response.status;
    if (s == 401) {
        what = Tr::tr("the token expired or is invalid");
        kind = Error::Kind::Refused;
    } else if (s == 403) {
        what = Tr::tr("access denied");
        kind = Error::Kind::Refused;
    } else if (s == 404) {
        what = Tr::tr("not found");
        kind = Error::Kind::NotFound;
    } else if (s == 409) {
        what = Tr::tr("conflict");
    } else if (s == 415) {
        what = Tr::tr("the server refused the request's content type");
    } else if (s == 422) {
        what = Tr::tr("the request was rejected");
        kind = Error::Kind::Refused;
    } else if (s == 429) {
        what = Tr::tr("too many requests (rate limited)");
    } else if (s >= 500) {
        what = Tr::tr("the server failed");
    } else if (s >= 400) {
        what = Tr::tr("the request was refused");
        kind = Error::Kind::BadInput;
    } else {
        what = Tr::tr("unexpected answer");
    }
    QString message = endpoint.label() + u": " + what + u" (" + QString::number(s) + u')';
    const QString server = shortText(serverMessage);
    if (!server.isEmpty())
        message += u": " + server;
    if (s == 429 || s == 503) {
        if (const auto after = retryAfter(response))
            message += Tr::tr("; retry after %1 s").arg((after->count() + 999) / 1000);
    }
    return Error(kind, message)
        .withDetail(QString::fromLatin1(response.verb) + u' '
                    + response.url.toDisplayString(QUrl::RemoveUserInfo));
}

Result<QJsonDocument> parseJsonResponse(const ServiceEndpoint &endpoint,
                                        const HttpResponse &response)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString what = response.body.trimmed().isEmpty()
            ? Tr::tr("the answer is empty where JSON was expected")
            : Tr::tr("the answer is not valid JSON (%1 at offset %2)")
                  .arg(error.errorString())
                  .arg(error.offset);
        return Error(Error::Kind::Failed, endpoint.label() + u": " + what)
            .withDetail(QString::fromLatin1(response.verb) + u' '
                        + response.url.toDisplayString(QUrl::RemoveUserInfo));
    }
    return doc;
}

} // namespace Promenade::Clients
