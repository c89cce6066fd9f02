#include "demoargocd.h"

#include "demoargocdjson.h"
#include "demohttp.h"
#include "demoworld.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Promenade::Demo {

using namespace Http;

namespace {

QJsonObject argoError(const QString &message, int grpcCode)
{
    return {{QStringLiteral("error"), message},
            {QStringLiteral("code"), grpcCode},
            {QStringLiteral("message"), message}};
}

} // namespace

// One open watch stream (newline-delimited JSON over chunked transfer encoding).
struct DemoArgoCd::Stream
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QString nameFilter;

    void send(const QByteArray &line)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray payload = line + '\n';
        socket->write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
    }
};

DemoArgoCd::DemoArgoCd(DemoWorld &world, const DemoEndpoints &endpoints, DemoRequestCounts &counts,
                       QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_endpoints(endpoints)
    , m_counts(counts)
{
    connect(&m_world, &DemoWorld::applicationChanged, this, &DemoArgoCd::broadcast);
}

DemoArgoCd::~DemoArgoCd() = default;

void DemoArgoCd::route(QHttpServer &server)
{
    routeAll(
        server,
        [this](const QString &path, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) { handle(path, request, std::move(responder)); });
}

void DemoArgoCd::handle(const QString &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    m_counts.count(path == u"/api/v1/applications"              ? QStringLiteral("argocd list")
                       : path == u"/api/v1/stream/applications" ? QStringLiteral("argocd stream")
                       : path.endsWith(u"/resource-tree") ? QStringLiteral("argocd resource-tree")
                       : path.startsWith(u"/api/v1/applications/")
                       ? QStringLiteral("argocd application")
                       : QStringLiteral("argocd other"));
    if (method != Method::Get
        && header(request, "Content-Type").split(';').first().trimmed() != "application/json") {
        reply(responder, StatusCode::UnsupportedMediaType, "text/plain; charset=utf-8",
              "Invalid content type");
        return;
    }
    if (path == u"/api/v1/session" && method == Method::Post) {
        handleSession(request, responder);
        return;
    }
    const bool authenticated = bearer(request) == m_endpoints.argoCdToken;
    if (path == u"/api/version") {
        QJsonObject version {{QStringLiteral("Version"), QStringLiteral("v3.1.5+cfeed49")}};
        if (authenticated) {
            version.insert(QStringLiteral("BuildDate"), QStringLiteral("2025-08-01T15:02:11Z"));
            version.insert(QStringLiteral("KustomizeVersion"),
                           QStringLiteral("v5.7.0 2025-06-28T07:00:07Z"));
            version.insert(QStringLiteral("Platform"), QStringLiteral("linux/arm64"));
        }
        replyJson(responder, StatusCode::Ok, version);
        return;
    }
    if (!authenticated) {
        const QString message = bearer(request).isEmpty()
            ? QStringLiteral("no session information")
            : QStringLiteral("invalid session: token is malformed or expired");
        replyJson(responder, StatusCode::Unauthorized, argoError(message, 16));
        return;
    }
    if (path == u"/api/v1/applications" && method == Method::Get) {
        listApplications(request, responder);
        return;
    }
    if (path == u"/api/v1/stream/applications" && method == Method::Get) {
        openStream(request, std::move(responder));
        return;
    }
    static const QRegularExpression appPath(
        QStringLiteral("^/api/v1/applications/([^/]+)(/resource-tree|/sync)?$"));
    const QRegularExpressionMatch m = appPath.match(path);
    if (m.hasMatch()) {
        handleApplication(m.captured(1), m.captured(2), request, responder);
        return;
    }
    reply(responder, StatusCode::NotFound, "text/plain; charset=utf-8", "Not Found\n");
}

void DemoArgoCd::handleSession(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString user = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (user.isEmpty() || password.isEmpty()) {
        replyJson(responder, StatusCode::Unauthorized,
                  argoError(QStringLiteral("no credentials supplied"), 16));
    } else if (user != m_endpoints.argoCdUsername || password != m_endpoints.argoCdPassword) {
        replyJson(responder, StatusCode::Unauthorized,
                  argoError(QStringLiteral("Invalid username or password"), 16));
    } else {
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {{QStringLiteral("token"), m_endpoints.argoCdToken}},
                  {{"Set-Cookie",
                    "argocd.token=" + m_endpoints.argoCdToken.toUtf8()
                        + "; path=/; SameSite=lax; httpOnly"}});
    }
}

void DemoArgoCd::listApplications(const QHttpServerRequest &request,
                                  QHttpServerResponder &responder)
{
    const QUrlQuery query(request.url());
    const QStringList fields = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                   .split(u',', Qt::SkipEmptyParts);
    const QString name = query.queryItemValue(QStringLiteral("name"));
    const QJsonObject metadata {
        {QStringLiteral("resourceVersion"), QString::number(m_world.resourceVersion())}};
    if (fields.isEmpty()) {
        // Whole Applications: each one's bytes are kept until it changes (hundreds of them
        // would hold this thread, the GUI's in the app, at every list).
        QByteArray body = "{\"metadata\":" + QJsonDocument(metadata).toJson(QJsonDocument::Compact)
            + ",\"items\":[";
        bool first = true;
        for (const DemoWorld::Application &app : m_world.applications()) {
            if (!name.isEmpty() && app.name != name)
                continue;
            if (!first)
                body += ',';
            first = false;
            auto known = m_applicationBytes.find(app.name);
            if (known == m_applicationBytes.end())
                known = m_applicationBytes.insert(
                    app.name, QJsonDocument(applicationJson(app)).toJson(QJsonDocument::Compact));
            body += *known;
        }
        reply(responder, StatusCode::Ok, "application/json", body + "]}");
        return;
    }
    QJsonArray items;
    for (const DemoWorld::Application &app : m_world.applications()) {
        if (name.isEmpty() || app.name == name)
            items.append(projectFields(applicationJson(app), fields, QStringLiteral("items.")));
    }
    replyJson(
        responder, StatusCode::Ok,
        QJsonObject {{QStringLiteral("metadata"), metadata}, {QStringLiteral("items"), items}});
}

void DemoArgoCd::handleApplication(const QString &name, const QString &action,
                                   const QHttpServerRequest &request,
                                   QHttpServerResponder &responder)
{
    using Method = QHttpServerRequest::Method;
    const DemoWorld::Application *app = m_world.application(name);
    if (!app) {
        // Without a project parameter, Argo CD hides whether the app exists.
        if (QUrlQuery(request.url()).hasQueryItem(QStringLiteral("project")))
            replyJson(
                responder, StatusCode::NotFound,
                argoError(QStringLiteral("applications.argoproj.io \"%1\" not found").arg(name),
                          5));
        else
            replyJson(responder, StatusCode::Forbidden,
                      argoError(QStringLiteral("permission denied"), 7));
        return;
    }
    if (action.isEmpty() && request.method() == Method::Get) {
        replyJson(responder, StatusCode::Ok, applicationJson(*app));
        return;
    }
    if (action == u"/resource-tree" && request.method() == Method::Get) {
        replyJson(responder, StatusCode::Ok, resourceTreeJson(m_world, *app));
        return;
    }
    if (action == u"/sync" && request.method() == Method::Post) {
        auto synced = m_world.sync(name);
        if (!synced)
            replyJson(responder, StatusCode::BadRequest, argoError(synced.error().message(), 9));
        else
            replyJson(responder, StatusCode::Ok, applicationJson(*m_world.application(name)));
        return;
    }
    reply(responder, StatusCode::NotFound, "text/plain; charset=utf-8", "Not Found\n");
}

void DemoArgoCd::openStream(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    auto stream = std::make_unique<Stream>(
        Stream {std::move(responder), nullptr, query.queryItemValue(QStringLiteral("name"))});
    stream->socket = stream->responder.socket();
    stream->responder.writeStatusLine(StatusCode::Ok);
    stream->responder.writeHeader("Content-Type", "application/json");
    stream->responder.writeHeader("Transfer-Encoding", "chunked");
    stream->socket->write("\r\n"); // the end of the headers; chunks follow as events happen
    // Without a resourceVersion, the stream starts with an ADDED event for every app.
    if (!query.hasQueryItem(QStringLiteral("resourceVersion"))) {
        for (const DemoWorld::Application &app : m_world.applications()) {
            if (!stream->nameFilter.isEmpty() && stream->nameFilter != app.name)
                continue;
            const QJsonObject event {
                {QStringLiteral("result"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("ADDED")},
                              {QStringLiteral("application"), applicationJson(app)}}}};
            stream->send(QJsonDocument(event).toJson(QJsonDocument::Compact));
        }
    }
    m_streams.push_back(std::move(stream));
}

void DemoArgoCd::broadcast(const QString &application)
{
    m_applicationBytes.remove(application); // it changed
    const DemoWorld::Application *app = m_world.application(application);
    if (!app)
        return;
    const QByteArray line
        = QJsonDocument(
              QJsonObject {{QStringLiteral("result"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("MODIFIED")},
                                         {QStringLiteral("application"), applicationJson(*app)}}}})
              .toJson(QJsonDocument::Compact);
    std::erase_if(m_streams, [](const std::unique_ptr<Stream> &s) {
        return !s->socket || s->socket->state() != QAbstractSocket::ConnectedState;
    });
    for (const auto &stream : m_streams) {
        if (stream->nameFilter.isEmpty() || stream->nameFilter == application)
            stream->send(line);
    }
}

// ---------------------------------------------------------------------------------------
// OCI registry (GHCR's flavour: a token is needed even for public pulls)
} // namespace Promenade::Demo
