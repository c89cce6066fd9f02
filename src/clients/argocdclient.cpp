#include "argocdclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArgoCd)
};

QString pathSegment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QUrlQuery namespaceQuery(const QString &appNamespace)
{
    QUrlQuery q;
    if (!appNamespace.isEmpty())
        q.addQueryItem(QStringLiteral("appNamespace"), appNamespace);
    return q;
}

QUrlQuery listQuery(const ArgoListOptions &options, bool withFields)
{
    QUrlQuery q;
    for (const QString &p : options.projects)
        q.addQueryItem(QStringLiteral("projects"), p);
    if (!options.selector.isEmpty())
        q.addQueryItem(QStringLiteral("selector"), options.selector);
    if (!options.name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), options.name);
    if (!options.appNamespace.isEmpty())
        q.addQueryItem(QStringLiteral("appNamespace"), options.appNamespace);
    if (withFields && !options.fields.isEmpty()) {
        QStringList fields = options.fields;
        if (!fields.contains(u"metadata.resourceVersion"))
            fields.append(QStringLiteral("metadata.resourceVersion"));
        q.addQueryItem(QStringLiteral("fields"), fields.join(u','));
    }
    return q;
}
} // namespace

ArgoCdClient::ArgoCdClient(ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ArgoWatchEvent>();
    qRegisterMetaType<ArgoApplicationList>();
    if (endpoint.serviceName.isEmpty())
        endpoint.serviceName = QStringLiteral("Argo CD");
    m_transport = new HttpTransport(std::move(endpoint), this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ArgoCdClient::relist);
    m_resyncTimer.setSingleShot(true);
    connect(&m_resyncTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcClients) << this->endpoint().label() << "recycling the watch stream";
        dropStream();
        relist();
    });
}

ArgoCdClient::~ArgoCdClient()
{
    stopWatch();
}

HttpRequest ArgoCdClient::request(const QByteArray &verb, const QString &path,
                                  const QUrlQuery &query) const
{
    HttpRequest r;
    r.verb = verb;
    r.url = endpoint().resolve(path);
    if (!query.isEmpty())
        r.url.setQuery(query);
    r.setHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        r.setHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (verb != "GET" && verb != "HEAD")
        r.setHeader("Content-Type", "application/json");
    return r;
}

Error ArgoCdClient::errorFor(const HttpResponse &response) const
{
    // grpc-gateway runtimeError {"error","code","message"}; routing errors and 415 are plain text.
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        message = o.value(u"message").toString();
        if (message.isEmpty())
            message = o.value(u"error").toString();
    } else {
        message = QString::fromUtf8(response.body).trimmed();
    }
    if (response.status == 401) {
        if (m_token.isEmpty())
            return Error(Error::Kind::Refused,
                         Tr::tr("%1: not logged in (401): log in or set an API token")
                             .arg(endpoint().label()));
        return Error(Error::Kind::Refused,
                     Tr::tr("%1: the token expired or is invalid (401)").arg(endpoint().label()))
            .withDetail(message);
    }
    if (response.status == 403 && message == u"permission denied")
        message = Tr::tr("permission denied (or the application does not exist)");
    return httpStatusError(endpoint(), response, message);
}

void ArgoCdClient::noteRenewedToken(const HttpResponse &response)
{
    // Set-Cookie: argocd.token=<jwt>; path=/; ...  Long tokens are split: argocd.token=<N>:<chunk>,
    // argocd.token-1=<chunk>, ... (util/http/http.go splitCookie).
    if (m_token.isEmpty())
        return;
    QMap<int, QByteArray> chunks;
    for (const auto &h : response.headers) {
        if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &line : h.second.split('\n')) {
            const QByteArray pair = line.split(';').value(0).trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray name = pair.left(eq);
            if (name == "argocd.token")
                chunks.insert(0, pair.mid(eq + 1));
            else if (name.startsWith("argocd.token-"))
                chunks.insert(name.mid(13).toInt(), pair.mid(eq + 1));
        }
    }
    if (!chunks.contains(0) || chunks.value(0).isEmpty())
        return;
    QByteArray token = chunks.value(0);
    const qsizetype colon = token.indexOf(':');
    if (colon > 0 && chunks.size() > 1) {
        token = token.mid(colon + 1);
        for (auto it = std::next(chunks.begin()); it != chunks.end(); ++it)
            token += it.value();
    }
    if (token.count('.') != 2 || QString::fromLatin1(token) == m_token)
        return;
    m_token = QString::fromLatin1(token);
    qCInfo(lcClients) << endpoint().label() << "renewed the session token";
    Q_EMIT tokenRenewed();
}

template<typename T, typename Parse>
void ArgoCdClient::getJson(HttpRequest req, QObject *context, ResultCallback<T> done, Parse parse)
{
    m_transport->send(
        std::move(req), context, [this, done = std::move(done), parse](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            if (r->isSuccess())
                noteRenewedToken(*r);
            if (!r->isSuccess())
                return done(errorFor(*r));
            const auto doc = parseJsonResponse(endpoint(), *r);
            if (!doc)
                return done(doc.error());
            if (!doc->isObject())
                return done(
                    Error(Error::Kind::Failed,
                          Tr::tr("%1: the answer is not a JSON object").arg(endpoint().label())));
            done(parse(doc->object()));
        });
}

void ArgoCdClient::login(const QString &username, const QString &password, QObject *context,
                         ResultCallback<void> done)
{
    HttpRequest r = request("POST", QStringLiteral("/api/v1/session"));
    r.body = QJsonDocument(QJsonObject {{u"username"_qs, username}, {u"password"_qs, password}})
                 .toJson(QJsonDocument::Compact);
    m_transport->send(
        std::move(r), context, [this, done = std::move(done)](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            if (!r->isSuccess()) {
                if (r->status == 401) {
                    const QString msg
                        = QJsonDocument::fromJson(r->body).object().value(u"message").toString();
                    return done(Error(Error::Kind::Refused,
                                      Tr::tr("%1: login failed (401)").arg(endpoint().label())
                                          + (msg.isEmpty() ? QString() : u": " + msg)));
                }
                return done(errorFor(*r));
            }
            const auto doc = parseJsonResponse(endpoint(), *r);
            if (!doc)
                return done(doc.error());
            const QString token = doc->object().value(u"token").toString();
            if (token.isEmpty())
                return done(
                    Error(Error::Kind::Failed,
                          Tr::tr("%1: the login answer carries no token").arg(endpoint().label())));
            m_token = token;
            done(Status());
        });
}

void ArgoCdClient::version(QObject *context, ResultCallback<ArgoVersion> done)
{
    getJson<ArgoVersion>(
        request("GET", QStringLiteral("/api/version")), context, std::move(done),
        [](const QJsonObject &o) { return Result<ArgoVersion>(parseArgoVersion(o)); });
}

void ArgoCdClient::listApplications(const ArgoListOptions &options, QObject *context,
                                    ResultCallback<ArgoApplicationList> done)
{
    QStringList fields;
    for (const QString &f : options.fields)
        fields.append(f.startsWith(u"items.") || f == u"metadata.resourceVersion" ? f
                                                                                  : u"items." + f);
    ArgoListOptions o = options;
    o.fields = fields;
    getJson<ArgoApplicationList>(
        request("GET", QStringLiteral("/api/v1/applications"), listQuery(o, true)), context,
        std::move(done), [](const QJsonObject &obj) {
            return Result<ArgoApplicationList>(parseArgoApplicationList(obj));
        });
}

void ArgoCdClient::application(const QString &name, const QString &appNamespace, QObject *context,
                               ResultCallback<ArgoApplication> done)
{
    getJson<ArgoApplication>(
        request("GET", u"/api/v1/applications/" + pathSegment(name), namespaceQuery(appNamespace)),
        context, std::move(done),
        [](const QJsonObject &o) { return Result<ArgoApplication>(parseArgoApplication(o)); });
}

void ArgoCdClient::resourceTree(const QString &name, const QString &appNamespace, QObject *context,
                                ResultCallback<ArgoResourceTree> done)
{
    getJson<ArgoResourceTree>(
        request("GET", u"/api/v1/applications/" + pathSegment(name) + u"/resource-tree",
                namespaceQuery(appNamespace)),
        context, std::move(done),
        [](const QJsonObject &o) { return Result<ArgoResourceTree>(parseArgoResourceTree(o)); });
}

void ArgoCdClient::sync(const QString &name, const ArgoSyncRequest &syncRequest, QObject *context,
                        ResultCallback<ArgoApplication> done)
{
    HttpRequest r = request("POST", u"/api/v1/applications/" + pathSegment(name) + u"/sync");
    QJsonObject body;
    body.insert(u"name"_qs, name);
    if (!syncRequest.revision.isEmpty())
        body.insert(u"revision"_qs, syncRequest.revision);
    if (!syncRequest.revisions.isEmpty()) {
        body.insert(u"revisions"_qs, QJsonArray::fromStringList(syncRequest.revisions));
        QJsonArray positions;
        for (int p : syncRequest.sourcePositions)
            positions.append(p);
        body.insert(u"sourcePositions"_qs, positions);
    }
    body.insert(u"prune"_qs, syncRequest.prune);
    body.insert(u"dryRun"_qs, syncRequest.dryRun);
    if (!syncRequest.syncOptions.isEmpty())
        body.insert(
            u"syncOptions"_qs,
            QJsonObject {{u"items"_qs, QJsonArray::fromStringList(syncRequest.syncOptions)}});
    if (!syncRequest.appNamespace.isEmpty())
        body.insert(u"appNamespace"_qs, syncRequest.appNamespace);
    if (!syncRequest.project.isEmpty())
        body.insert(u"project"_qs, syncRequest.project);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    getJson<ArgoApplication>(std::move(r), context, std::move(done), [](const QJsonObject &o) {
        return Result<ArgoApplication>(parseArgoApplication(o));
    });
}

// --- watch -------------------------------------------------------------------------------

void ArgoCdClient::setWatchState(ArgoWatchState state)
{
    if (m_watchState == state)
        return;
    m_watchState = state;
    Q_EMIT watchStateChanged(state);
}

void ArgoCdClient::startWatch(const ArgoWatchOptions &options)
{
    stopWatch();
    m_watchOptions = options;
    m_watchContext = new QObject(this);
    m_streamFailures = 0;
    setWatchState(ArgoWatchState::Connecting);
    relist();
}

void ArgoCdClient::startWatchFrom(const ArgoApplicationList &list, const ArgoWatchOptions &options)
{
    stopWatch();
    m_watchOptions = options;
    m_watchContext = new QObject(this);
    m_streamFailures = 0;
    setWatchState(ArgoWatchState::Connecting);
    m_resourceVersion = list.resourceVersion;
    Q_EMIT applicationsListed(list);
    openStream();
}

void ArgoCdClient::dropStream()
{
    m_resyncTimer.stop();
    if (!m_stream)
        return;
    QNetworkReply *stream = m_stream;
    m_stream = nullptr;
    stream->disconnect(this);
    // Outlives the watch context; deleted later (we may be inside one of its signals).
    stream->setParent(nullptr);
    stream->abort();
    stream->deleteLater();
}

void ArgoCdClient::stopWatch()
{
    m_retryTimer.stop();
    dropStream();
    delete m_watchContext; // drops callbacks of in-flight list requests
    m_watchContext = nullptr;
    m_streamBuffer.clear();
    setWatchState(ArgoWatchState::Stopped);
}

void ArgoCdClient::relist()
{
    if (!m_watchContext)
        return;
    listApplications(m_watchOptions.list, m_watchContext, [this](Result<ArgoApplicationList> r) {
        if (!r) {
            streamFailed(r.error(), r.error().message().contains(u"(401)"));
            return;
        }
        m_resourceVersion = r->resourceVersion;
        Q_EMIT applicationsListed(*r);
        openStream();
    });
}

void ArgoCdClient::openStream()
{
    ArgoListOptions o = m_watchOptions.list;
    QUrlQuery q = listQuery(o, false);
    if (!m_resourceVersion.isEmpty())
        q.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    HttpRequest r = request("GET", QStringLiteral("/api/v1/stream/applications"), q);
    r.timeout = m_watchOptions.streamIdleTimeout;
    m_streamBuffer.clear();
    m_streamGotEvent = false;
    m_streamFailedAlready = false;
    m_stream = m_transport->open(r);
    m_stream->setParent(m_watchContext);
    connect(m_stream, &QNetworkReply::readyRead, this, &ArgoCdClient::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &ArgoCdClient::onStreamFinished);
    if (m_watchState != ArgoWatchState::Polling)
        setWatchState(ArgoWatchState::Streaming);
    if (m_watchOptions.resyncInterval.count() > 0)
        m_resyncTimer.start(m_watchOptions.resyncInterval);
}

void ArgoCdClient::onStreamData()
{
    QNetworkReply *stream = m_stream;
    if (!stream)
        return;
    const int status = stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error answer: read whole in onStreamFinished
    m_streamBuffer += stream->readAll();
    qsizetype newline;
    while ((newline = m_streamBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_streamBuffer.left(newline).trimmed();
        m_streamBuffer.remove(0, newline + 1);
        handleFrame(line);
        if (!m_stream || m_streamFailedAlready)
            return;
    }
}

void ArgoCdClient::handleFrame(const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    if (line.isEmpty() || line.startsWith(':'))
        return; // SSE keep-alive or blank separator
    if (line.startsWith("data:"))
        line = line.mid(5).trimmed();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        streamFailed(Error(Error::Kind::Failed,
                           Tr::tr("%1: the watch stream sent a malformed frame (%2)")
                               .arg(endpoint().label(), parseError.errorString())),
                     false);
        return;
    }
    const QJsonObject frame = doc.object();
    if (frame.value(u"error").isObject()) {
        const QJsonObject e = frame.value(u"error").toObject();
        const int httpCode = e.value(u"http_code").toInt();
        const QString message = e.value(u"message").toString();
        QString text = Tr::tr("%1: the watch stream failed: %2").arg(endpoint().label(), message);
        if (httpCode > 0)
            text += u" (" + QString::number(httpCode) + u')';
        streamFailed(Error(httpCode == 401 ? Error::Kind::Refused : Error::Kind::Failed, text),
                     httpCode == 401);
        return;
    }
    const auto event = parseArgoWatchResult(frame.value(u"result").toObject());
    if (!event) {
        streamFailed(
            Error(Error::Kind::Failed,
                  endpoint().label() + u": the watch stream sent " + event.error().message()),
            false);
        return;
    }
    if (!event->application.resourceVersion.isEmpty())
        m_resourceVersion = event->application.resourceVersion;
    if (!m_streamGotEvent) {
        m_streamGotEvent = true;
        m_streamFailures = 0;
        setWatchState(ArgoWatchState::Streaming);
    }
    Q_EMIT applicationChanged(*event);
}

void ArgoCdClient::onStreamFinished()
{
    QNetworkReply *stream = m_stream;
    if (!stream)
        return;
    m_stream = nullptr;
    stream->setParent(nullptr);
    stream->deleteLater();
    if (m_streamFailedAlready)
        return;
    const int status = stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = stream->error();
    if (status != 0 && (status < 200 || status >= 300)) {
        HttpResponse response;
        response.status = status;
        response.body = stream->readAll();
        response.headers = stream->rawHeaderPairs();
        response.url = stream->url();
        response.verb = "GET";
        // A stream refused up front answers like a unary call, or with a {"error":{...}} frame.
        const QJsonObject frame = QJsonDocument::fromJson(response.body).object();
        if (frame.value(u"error").isObject()) {
            handleFrame(response.body.trimmed());
            return;
        }
        streamFailed(errorFor(response), status == 401);
        return;
    }
    if (status != 0) {
        // Frames that arrived together with the end of the stream.
        m_streamBuffer += stream->readAll();
        m_stream = stream;
        qsizetype newline;
        while ((newline = m_streamBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_streamBuffer.left(newline).trimmed();
            m_streamBuffer.remove(0, newline + 1);
            handleFrame(line);
            if (m_streamFailedAlready || !m_watchContext)
                return;
        }
        m_stream = nullptr;
    }
    if (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError) {
        const Error e = m_transport->networkError(stream, false);
        streamFailed(Error(Error::Kind::Failed, Tr::tr("%1 (watch stream)").arg(e.message())),
                     false);
        return;
    }
    if (error == QNetworkReply::OperationCanceledError) {
        streamFailed(Error(Error::Kind::Failed,
                           Tr::tr("%1: the watch stream was idle too long (timed out)")
                               .arg(endpoint().label())),
                     false);
        return;
    }
    if (!m_streamBuffer.trimmed().isEmpty()) {
        streamFailed(Error(Error::Kind::Failed,
                           Tr::tr("%1: the watch stream was cut in the middle of an event")
                               .arg(endpoint().label())),
                     false);
        return;
    }
    // A clean end (server restart, proxy timeout): reconnect, not an error worth showing.
    qCInfo(lcClients) << endpoint().label() << "watch stream ended; reconnecting";
    streamFailed(Error(), false);
}

void ArgoCdClient::streamFailed(const Error &error, bool fatal)
{
    if (!m_watchContext)
        return;
    m_streamFailedAlready = true;
    dropStream();
    m_streamBuffer.clear();
    if (!error.message().isEmpty()) {
        qCWarning(lcClients) << error.message();
        Q_EMIT watchError(error);
    }
    if (fatal) {
        stopWatch();
        return;
    }
    ++m_streamFailures;
    std::chrono::milliseconds delay;
    if (m_streamFailures >= m_watchOptions.failuresBeforePolling) {
        delay = m_watchOptions.pollInterval;
        setWatchState(ArgoWatchState::Polling);
    } else {
        qint64 d = m_watchOptions.reconnectBase.count() << std::min(m_streamFailures - 1, 20);
        d = std::min<qint64>(d, m_watchOptions.reconnectMax.count());
        const qint64 half = std::max<qint64>(1, d / 2);
        delay = std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half));
        setWatchState(ArgoWatchState::Reconnecting);
    }
    m_retryTimer.start(delay);
}

} // namespace Promenade::Clients
