#include "argocdclient.h"
#include "awaitresult.h"
#include "fakehttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbjpsb2dpbiJ9.c2ln";
const QByteArray kExpiredToken = "eyJhbGciOiJIUzI1NiJ9.ZXhwaXJlZA.c2ln";

// Argo CD >= 3.0 as the reference shows it: Go encoding/json, struct fields always present
// (sourceHydrator: {}), multi-source apps with an empty `source` beside `sources`.

QByteArray kSingleSourceApp;
QByteArray kMultiSourceApp;

QJsonObject object(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray runtimeError(const QByteArray &message, int grpcCode)
{
    return "{\"error\":\"" + message + "\",\"code\":" + QByteArray::number(grpcCode)
        + ",\"message\":\"" + message + "\"}";
}

QByteArray frame(const char *type, const QJsonObject &app)
{
    return QJsonDocument(QJsonObject {{u"result"_qs,
                                       QJsonObject {{u"type"_qs, QString::fromLatin1(type)},
                                                    {u"application"_qs, app}}}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QJsonObject withSync(QJsonObject app, const QString &sync, const QString &rv)
{
    QJsonObject status = app.value(u"status").toObject();
    QJsonObject s = status.value(u"sync").toObject();
    s.insert(u"status"_qs, sync);
    status.insert(u"sync"_qs, s);
    app.insert(u"status"_qs, status);
    QJsonObject meta = app.value(u"metadata").toObject();
    meta.insert(u"resourceVersion"_qs, rv);
    app.insert(u"metadata"_qs, meta);
    return app;
}

} // namespace

// The Argo CD client against a loopback fake that speaks the documented REST API with its
// awkward corners, and against faults: timeouts, resets, 5xx, garbage, cut streams.
class TestArgoCdClient : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_server;
    QList<FakeResponse> m_streams; // answers to successive stream requests
    std::function<FakeResponse(const FakeRequest &)> m_override;
    bool m_operationRunning = false;

    bool authorized(const FakeRequest &r, FakeResponse *denied)
    {
        const QByteArray auth = r.header("Authorization");
        if (auth.isEmpty()) {
            *denied = FakeResponse::json(runtimeError("no session information", 16), 401);
            return false;
        }
        if (auth != "Bearer " + kToken) {
            *denied = FakeResponse::json(
                runtimeError("invalid session: token has invalid claims: token is expired", 16),
                401);
            return false;
        }
        return true;
    }

    FakeResponse handle(const FakeRequest &r)
    {
        if (m_override)
            return m_override(r);
        if (r.method != "GET" && r.header("Content-Type") != "application/json")
            return FakeResponse::text("Invalid content type", 415);
        if (r.path == u"/api/v1/session" && r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(u"username").toString() == u"admin"
                && body.value(u"password").toString() == u"s3cr3t")
                return FakeResponse::json(QByteArray("{\"token\":\"" + kToken + "\"}"));
            return FakeResponse::json(runtimeError("Invalid username or password", 16), 401);
        }
        if (r.path == u"/api/version")
            return FakeResponse::json(QByteArray("{\"Version\":\"v3.1.5+cfeed49\"}"));
        FakeResponse denied;
        if (!authorized(r, &denied))
            return denied;
        if (r.path == u"/api/v1/applications") {
            QJsonArray items {object(kSingleSourceApp), object(kMultiSourceApp)};
            if (r.query.hasQueryItem(QStringLiteral("fields"))) {
                // Projection: only the requested leaves (simplified: name + sync status).
                QJsonArray projected;
                for (const auto &i : items) {
                    const QJsonObject app = i.toObject();
                    projected.append(QJsonObject {
                        {u"metadata"_qs, QJsonObject {{u"name"_qs, app[u"metadata"][u"name"]}}},
                        {u"status"_qs,
                         QJsonObject {
                             {u"sync"_qs,
                              QJsonObject {{u"status"_qs, app[u"status"][u"sync"][u"status"]}}}}}});
                }
                items = projected;
            }
            return FakeResponse::json(QJsonDocument(QJsonObject {
                {u"metadata"_qs, QJsonObject {{u"resourceVersion"_qs, u"48212000"_qs}}},
                {u"items"_qs, items}}));
        }
        if (r.path == u"/api/v1/applications/web-prod")
            return FakeResponse::json(QByteArray(kSingleSourceApp));
        if (r.path.startsWith(u"/api/v1/applications/") && r.path.endsWith(u"/sync")) {
            if (r.path != u"/api/v1/applications/web-prod/sync")
                return FakeResponse::json(runtimeError("permission denied", 7), 403);
            if (m_operationRunning)
                return FakeResponse::json(
                    runtimeError("another operation is already in progress", 9), 400);
            m_operationRunning = true;
            QJsonObject app = object(kSingleSourceApp);
            app.insert(u"operation"_qs,
                       QJsonObject {{u"sync"_qs, QJsonObject {{u"revision"_qs, u"main"_qs}}}});
            return FakeResponse::json(QJsonDocument(app));
        }
        if (r.path == u"/api/v1/applications/web-prod/resource-tree") {
            return FakeResponse::json(readFile(dataPath(u"argocd/resource-tree.json"_qs)));
        }
        if (r.path == u"/api/v1/stream/applications") {
            if (m_streams.isEmpty())
                return FakeResponse::json(runtimeError("stream closed", 14), 503);
            return m_streams.takeFirst();
        }
        return FakeResponse::text("404 page not found", 404);
    }

    ServiceEndpoint endpoint() const
    {
        ServiceEndpoint e;
        e.baseUrl = m_server.url();
        e.policy.timeout = 400ms;
        e.policy.maxRetries = 1;
        e.policy.backoffBase = 10ms;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        kSingleSourceApp = readFile(dataPath(u"argocd/web-prod.json"_qs));
        kMultiSourceApp = readFile(dataPath(u"argocd/cert-manager.json"_qs));
        QVERIFY(!kSingleSourceApp.isEmpty() && !kMultiSourceApp.isEmpty());
        m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_override = nullptr;
        m_streams.clear();
        m_operationRunning = false;
        m_server.clearRequests();
    }

    void loginKeepsTheTokenAndWrongPasswordIsClear()
    {
        ArgoCdClient client(endpoint());
        AWAIT_ERROR(bad, void,
                    [&](QObject *c, auto cb) { client.login(u"admin"_qs, u"wrong"_qs, c, cb); });
        QCOMPARE(
            bad.message(),
            QString(m_server.url().toString(QUrl::StripTrailingSlash).prepend(u"Argo CD at "_qs)
                    + u": login failed (401): Invalid username or password"));
        QVERIFY(!bad.message().contains(u"wrong"));
        QVERIFY(!client.hasToken());

        AWAIT_OK(ok, void,
                 [&](QObject *c, auto cb) { client.login(u"admin"_qs, u"s3cr3t"_qs, c, cb); });
        QVERIFY(ok);
        QVERIFY(client.hasToken());
        AWAIT_OK(list, ArgoApplicationList,
                 [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(m_server.requests().last().header("Authorization"), "Bearer " + kToken);
    }

    void listParsesSingleAndMultiSourceApps()
    {
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        AWAIT_OK(list, ArgoApplicationList,
                 [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QCOMPARE(list.resourceVersion, u"48212000"_qs);
        const ArgoApplication &web = list.items.at(0);
        QCOMPARE(web.name, u"web-prod"_qs);
        QCOMPARE(web.project, u"default"_qs);
        QVERIFY(!web.multiSource);
        QCOMPARE(web.sources.size(), 1);
        QCOMPARE(web.sources[0].path, u"apps/web/overlays/prod"_qs);
        QCOMPARE(int(web.syncStatus), int(ArgoSyncStatus::Synced));
        QCOMPARE(int(web.health), int(ArgoHealth::Healthy));
        QCOMPARE(web.syncedRevision(), u"9c2f4e1b7a3d5f60812e4b9c0d7a6f5e4c3b2a19"_qs);
        QCOMPARE(web.images, QStringList {u"ghcr.io/acme/web:sha-9c2f4e1"_qs});
        QVERIFY(web.autoSync);
        QVERIFY(web.isHealthyAndSynced());
        QVERIFY(web.operationState.has_value());
        QCOMPARE(web.operationState->phase, u"Succeeded"_qs);
        QCOMPARE(web.operationState->syncedRevisions.value(0), web.syncedRevision());
        QCOMPARE(web.operationState->initiatedBy, u"admin"_qs);
        QCOMPARE(web.history.size(), 2);
        QCOMPARE(web.history[0].id, 17);
        QVERIFY(web.history[0].automated);
        QCOMPARE(web.history[1].initiatedBy, u"admin"_qs);
        QCOMPARE(web.history[1].deployedAt,
                 QDateTime(QDate(2026, 1, 14), QTime(10, 1, 55), Qt::UTC));
        QVERIFY(!web.operationRequested);

        const ArgoApplication &cm = list.items.at(1);
        QCOMPARE(cm.project, u"default"_qs); // "" means default
        QVERIFY(cm.multiSource);
        QCOMPARE(cm.sources.size(), 2);
        QCOMPARE(cm.sources[0].chart, u"cert-manager"_qs);
        QCOMPARE(cm.sources[1].ref, u"values"_qs);
        QCOMPARE(cm.syncedRevisions,
                 (QStringList {u"v1.19.1"_qs, u"1111111111111111111111111111111111111111"_qs}));
        QCOMPARE(int(cm.syncStatus), int(ArgoSyncStatus::OutOfSync));
        QCOMPARE(int(cm.health), int(ArgoHealth::Progressing));
        QVERIFY(cm.images.isEmpty()); // summary: {}
        QVERIFY(cm.operationRequested);
        QVERIFY(cm.operationState->isRunning());
        QVERIFY(cm.operationState->automated);
        QCOMPARE(cm.conditions.size(), 1);
        QVERIFY(cm.conditions[0].isError());
        QCOMPARE(int(worseHealth(web.health, cm.health)), int(ArgoHealth::Progressing));

        // What the status cache keeps reads back the same.
        const ArgoApplicationList again = parseArgoApplicationList(toJson(list));
        QCOMPARE(again.resourceVersion, list.resourceVersion);
        QCOMPARE(again.items.size(), 2);
        QCOMPARE(again.items[1].syncedRevisions, cm.syncedRevisions);
        QCOMPARE(again.items[0].history.size(), 2);
    }

    void fieldsProjectionIsSent()
    {
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        ArgoListOptions options;
        options.fields = {u"metadata.name"_qs, u"status.sync.status"_qs};
        options.projects = {u"default"_qs, u"infra"_qs};
        AWAIT_OK(list, ArgoApplicationList,
                 [&](QObject *c, auto cb) { client.listApplications(options, c, cb); });
        const FakeRequest &r = m_server.requests().last();
        QCOMPARE(r.query.queryItemValue(u"fields"_qs, QUrl::FullyDecoded),
                 u"items.metadata.name,items.status.sync.status,metadata.resourceVersion"_qs);
        QCOMPARE(r.query.allQueryItemValues(u"projects"_qs),
                 (QStringList {u"default"_qs, u"infra"_qs}));
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(int(list.items[1].syncStatus), int(ArgoSyncStatus::OutOfSync));
        QVERIFY(list.items[1].sources.isEmpty());
    }

    void renewedSessionTokenIsUsed()
    {
        const QByteArray renewed = "eyJhbGciOiJIUzI1NiJ9.cmVuZXdlZA.c2ln";
        m_override = [&](const FakeRequest &r) {
            if (r.header("Authorization") == "Bearer " + renewed)
                return FakeResponse::json(QByteArray("{\"Version\":\"v3.1.5\"}"));
            // A chunked cookie, as Argo CD sends long tokens.
            return FakeResponse::json(QByteArray("{\"Version\":\"v3.1.5+cfeed49\"}"))
                .header("Set-Cookie",
                        "argocd.token=2:" + renewed.left(20) + "; path=/; SameSite=lax; httpOnly")
                .header("Set-Cookie",
                        "argocd.token-1=" + renewed.mid(20) + "; path=/; SameSite=lax; httpOnly");
        };
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        QSignalSpy renewedSpy(&client, &ArgoCdClient::tokenRenewed);
        AWAIT_OK(first, ArgoVersion, [&](QObject *c, auto cb) { client.version(c, cb); });
        QCOMPARE(renewedSpy.size(), 1);
        QCOMPARE(client.token(), QString::fromLatin1(renewed));
        AWAIT_OK(second, ArgoVersion, [&](QObject *c, auto cb) { client.version(c, cb); });
        QCOMPARE(second.version, u"v3.1.5"_qs);
        QVERIFY(
            m_server.requests().last().header("Cookie").isEmpty()); // cookies are never replayed
        QCOMPARE(renewedSpy.size(), 1);
        QCOMPARE(first.semver, second.semver);
    }

    void tokenErrorsAreClear()
    {
        ArgoCdClient client(endpoint());
        AWAIT_ERROR(none, ArgoApplicationList,
                    [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QVERIFY2(none.message().endsWith(u": not logged in (401): log in or set an API token"),
                 qPrintable(none.message()));
        client.setToken(QString::fromLatin1(kExpiredToken));
        AWAIT_ERROR(expired, ArgoApplicationList,
                    [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QCOMPARE(expired.message(),
                 QString(client.endpoint().label() + u": the token expired or is invalid (401)"));
        QCOMPARE(expired.kind(), Error::Kind::Refused);
        QVERIFY(!expired.message().contains(QString::fromLatin1(kExpiredToken)));
        QVERIFY(!expired.detail().contains(QString::fromLatin1(kExpiredToken)));
    }

    void syncPostsJsonAndReportsServerRefusals()
    {
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        ArgoSyncRequest request;
        request.revision = u"main"_qs;
        request.prune = true;
        request.syncOptions = {u"CreateNamespace=true"_qs};
        AWAIT_OK(app, ArgoApplication,
                 [&](QObject *c, auto cb) { client.sync(u"web-prod"_qs, request, c, cb); });
        QVERIFY(app.operationRequested);
        const FakeRequest &r = m_server.requests().last();
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.header("Content-Type"), "application/json");
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"revision").toString(), u"main"_qs);
        QCOMPARE(body.value(u"prune").toBool(), true);
        QCOMPARE(body[u"syncOptions"][u"items"].toArray().at(0).toString(),
                 u"CreateNamespace=true"_qs);
        QVERIFY(!body.contains(u"revisions"));

        AWAIT_ERROR(busy, ArgoApplication,
                    [&](QObject *c, auto cb) { client.sync(u"web-prod"_qs, request, c, cb); });
        QVERIFY2(busy.message().endsWith(u"(400): another operation is already in progress"),
                 qPrintable(busy.message()));
        QCOMPARE(m_server.count(u"/api/v1/applications/web-prod/sync"_qs),
                 2); // POST is not retried

        AWAIT_ERROR(denied, ArgoApplication,
                    [&](QObject *c, auto cb) { client.sync(u"other"_qs, request, c, cb); });
        QVERIFY2(denied.message().contains(
                     u"access denied (403): permission denied (or the application does not exist)"),
                 qPrintable(denied.message()));

        // A proxy or server with other allowed content types answers 415 in plain text.
        m_override = [](const FakeRequest &) {
            return FakeResponse::text("Invalid content type", 415);
        };
        AWAIT_ERROR(type, ArgoApplication,
                    [&](QObject *c, auto cb) { client.sync(u"web-prod"_qs, request, c, cb); });
        QVERIFY2(type.message().endsWith(
                     u"the server refused the request's content type (415): Invalid content type"),
                 qPrintable(type.message()));
    }

    void resourceTreeAndVersion()
    {
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        AWAIT_OK(tree, ArgoResourceTree,
                 [&](QObject *c, auto cb) { client.resourceTree(u"web-prod"_qs, {}, c, cb); });
        QCOMPARE(tree.nodes.size(), 3);
        QCOMPARE(tree.nodes[0].info.value(0).second, u"Rev:7"_qs);
        QCOMPARE(tree.nodes[1].parents.value(0).kind, u"ReplicaSet"_qs);
        QCOMPARE(tree.nodes[1].images.value(0), u"ghcr.io/acme/web:sha-9c2f4e1"_qs);
        QCOMPARE(tree.nodes[2].health, u"Degraded"_qs);
        AWAIT_OK(version, ArgoVersion, [&](QObject *c, auto cb) { client.version(c, cb); });
        QCOMPARE(version.semver, u"3.1.5"_qs);
    }

    void faultsGiveClearErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("requests");
        QTest::addRow("timeout") << 0 << u"no answer within 0.4 s (timed out)"_qs << 2;
        QTest::addRow("reset mid-body")
            << 1 << u"the server closed the connection before the answer was complete"_qs << 2;
        QTest::addRow("500 twice") << 2 << u"the server failed (500): internal"_qs << 2;
        QTest::addRow("garbage") << 3 << u"the answer is not valid JSON"_qs << 1;
        QTest::addRow("gateway 404 plain text")
            << 4 << u"not found (404): 404 page not found"_qs << 1;
        QTest::addRow("refused") << 5 << u"the connection was refused"_qs << 2;
    }

    void faultsGiveClearErrors()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        QFETCH(int, requests);
        m_override = [fault](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(QByteArray("{\"metadata\":{},\"items\":[")
                                                + QByteArray(200, ' ') + "]}");
            switch (fault) {
            case 0:
                r.fault = FakeResponse::Fault::Hang;
                break;
            case 1:
                r.fault = FakeResponse::Fault::ResetMidBody;
                break;
            case 2:
                r = FakeResponse::json(runtimeError("internal", 13), 500);
                break;
            case 3:
                r = FakeResponse::json("<html>oops</html>");
                break;
            case 4:
                r = FakeResponse::text("404 page not found", 404);
                break;
            }
            return r;
        };
        ServiceEndpoint e = endpoint();
        if (fault == 5)
            e.baseUrl = QUrl(u"http://127.0.0.1:1"_qs);
        ArgoCdClient client(e);
        client.setToken(QString::fromLatin1(kToken));
        AWAIT_ERROR(error, ArgoApplicationList,
                    [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QVERIFY2(error.message().startsWith(client.endpoint().label() + u": "),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        // Qt itself may resend once on a dropped keep-alive connection: at least `requests`
        // for the retried faults, exactly one for answers that must not be retried.
        if (fault != 5 && requests == 1)
            QCOMPARE(m_server.count(u"/api/v1/applications"_qs), requests);
        else if (fault != 5)
            QVERIFY(m_server.count(u"/api/v1/applications"_qs) >= requests);
    }

    void retryAfterIsHonouredThenSucceeds()
    {
        int calls = 0;
        m_override = [&calls](const FakeRequest &) {
            if (++calls == 1)
                return FakeResponse::json(runtimeError("slow down", 8), 429)
                    .header("Retry-After", "0");
            return FakeResponse::json(
                QByteArray("{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":null}"));
        };
        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        AWAIT_OK(list, ArgoApplicationList,
                 [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QVERIFY(list.items.isEmpty()); // items: null is an empty list
        QCOMPARE(calls, 2);

        calls = 0;
        m_override = [&calls](const FakeRequest &) {
            ++calls;
            return FakeResponse::json(runtimeError("slow down", 8), 429)
                .header("Retry-After", "3600");
        };
        AWAIT_ERROR(limited, ArgoApplicationList,
                    [&](QObject *c, auto cb) { client.listApplications({}, c, cb); });
        QVERIFY2(limited.message().endsWith(
                     u"too many requests (rate limited) (429): slow down; retry after 3600 s"),
                 qPrintable(limited.message()));
        QCOMPARE(calls, 1); // an hour is not waited for
    }

    void watchFollowsTheStreamAndReconnects()
    {
        const QJsonObject web = object(kSingleSourceApp);
        // 1st stream: two events, then an error frame. 2nd: one event cut mid-object.
        FakeResponse first;
        first.streamed = true;
        first.pieces
            = {{10, frame("ADDED", web)},
               {10, frame("MODIFIED", withSync(web, u"OutOfSync"_qs, u"48212001"_qs)).left(40)},
               {10, frame("MODIFIED", withSync(web, u"OutOfSync"_qs, u"48212001"_qs)).mid(40)},
               {10,
                "{\"error\":{\"grpc_code\":14,\"http_code\":503,\"message\":\"transport is "
                "closing\",\"http_status\":\"Service Unavailable\"}}"
                "\n"}};
        FakeResponse second;
        second.streamed = true;
        second.pieces = {{10, frame("MODIFIED", withSync(web, u"Synced"_qs, u"48212002"_qs))},
                         {10, frame("DELETED", web).left(30)}};
        second.cutAtEnd = true;
        m_streams = {first, second};

        ArgoCdClient client(endpoint());
        client.setToken(QString::fromLatin1(kToken));
        QSignalSpy listed(&client, &ArgoCdClient::applicationsListed);
        QSignalSpy changed(&client, &ArgoCdClient::applicationChanged);
        QSignalSpy errors(&client, &ArgoCdClient::watchError);
        QSignalSpy states(&client, &ArgoCdClient::watchStateChanged);
        ArgoWatchOptions options;
        options.reconnectBase = 20ms;
        options.failuresBeforePolling = 3;
        options.pollInterval = 50ms;
        client.startWatch(options);

        // Signals come in order (one stream at a time); wait for the whole story, then read it.
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 3 && changed.size() >= 3, 10000);
        const auto e0 = changed.at(0).at(0).value<ArgoWatchEvent>();
        const auto e1 = changed.at(1).at(0).value<ArgoWatchEvent>();
        const auto e2 = changed.at(2).at(0).value<ArgoWatchEvent>();
        QCOMPARE(int(e0.type), int(ArgoWatchEventType::Added));
        QCOMPARE(int(e1.type), int(ArgoWatchEventType::Modified));
        QCOMPARE(int(e1.application.syncStatus),
                 int(ArgoSyncStatus::OutOfSync)); // a frame split over two chunks
        QCOMPARE(int(e2.application.syncStatus), int(ArgoSyncStatus::Synced));
        QCOMPARE(changed.size(), 3); // the DELETED frame was cut: never emitted half
        QVERIFY2(errors.at(0).at(0).value<Error>().message().endsWith(
                     u": the watch stream failed: transport is closing (503)"),
                 qPrintable(errors.at(0).at(0).value<Error>().message()));
        // Reconnect: list again, stream from the list's resourceVersion; the second stream is cut.
        QVERIFY2(
            errors.at(1).at(0).value<Error>().message().contains(u"cut in the middle of an event")
                || errors.at(1).at(0).value<Error>().message().contains(u"watch stream"),
            qPrintable(errors.at(1).at(0).value<Error>().message()));
        QVERIFY2(errors.at(2).at(0).value<Error>().message().contains(u"(503): stream closed"),
                 qPrintable(errors.at(2).at(0).value<Error>().message()));
        QVERIFY(listed.size() >= 2);
        const auto streamRequests = [&] {
            QList<FakeRequest> out;
            for (const auto &r : m_server.requests())
                if (r.path == u"/api/v1/stream/applications")
                    out.append(r);
            return out;
        }();
        QVERIFY(streamRequests.size() >= 2);
        QCOMPARE(streamRequests[0].query.queryItemValue(u"resourceVersion"_qs), u"48212000"_qs);

        // Further streams are refused (503): after 3 failures in a row the watch polls.
        QTRY_COMPARE_WITH_TIMEOUT(int(client.watchState()), int(ArgoWatchState::Polling), 5000);
        const int listsBefore = listed.size();
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= listsBefore + 2, 5000);
        client.stopWatch();
        QCOMPARE(int(client.watchState()), int(ArgoWatchState::Stopped));
    }

    void watchStopsOnAuthErrorFrame()
    {
        // Its own server, so that no late request of an earlier test takes the stream.
        FakeHttpServer server;
        server.setHandler([](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(
                    QByteArray("{\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[]}"));
            FakeResponse stream;
            stream.streamed = true;
            stream.pieces
                = {{10,
                    "{\"error\":{\"grpc_code\":16,\"http_code\":401,\"message\":\"invalid session: "
                    "token is expired\",\"http_status\":\"Unauthorized\"}}\n"}};
            return stream;
        });
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint();
        e.baseUrl = server.url();
        ArgoCdClient client(e);
        client.setToken(QString::fromLatin1(kToken));
        QSignalSpy errors(&client, &ArgoCdClient::watchError);
        client.startWatch({});
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(errors.at(0).at(0).value<Error>().kind(), Error::Kind::Refused);
        QVERIFY2(errors.at(0).at(0).value<Error>().message().endsWith(
                     u"the watch stream failed: invalid session: token is expired (401)"),
                 qPrintable(errors.at(0).at(0).value<Error>().message()));
        QTRY_COMPARE_WITH_TIMEOUT(int(client.watchState()), int(ArgoWatchState::Stopped), 2000);
        QCOMPARE(server.count(u"/api/v1/stream/applications"_qs), 1); // no reconnect after a 401
    }

    void watchToleratesSseFraming()
    {
        // What the server sends with Accept: text/event-stream: "data: {...} \n\n" plus ":\n"
        // keep-alives.
        FakeHttpServer server;
        const QJsonObject web = object(kSingleSourceApp);
        server.setHandler([&](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(
                    QByteArray("{\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[]}"));
            FakeResponse stream;
            stream.streamed = true;
            stream.contentType = "text/event-stream";
            stream.pieces = {{5, ":\n"},
                             {5, "data: " + frame("ADDED", web).trimmed() + " \n\n\n"},
                             {5, ":\n"},
                             {5, "data: " + frame("DELETED", web).trimmed() + " \n\n\n"}};
            stream.keepOpen = true;
            return stream;
        });
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint();
        e.baseUrl = server.url();
        ArgoCdClient client(e);
        client.setToken(QString::fromLatin1(kToken));
        QSignalSpy changed(&client, &ArgoCdClient::applicationChanged);
        QSignalSpy errors(&client, &ArgoCdClient::watchError);
        client.startWatch({});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QCOMPARE(int(changed.at(1).at(0).value<ArgoWatchEvent>().type),
                 int(ArgoWatchEventType::Deleted));
        QCOMPARE(changed.at(1).at(0).value<ArgoWatchEvent>().application.name, u"web-prod"_qs);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(int(client.watchState()), int(ArgoWatchState::Streaming));
        client.stopWatch();
    }

    void silentStreamIsRecycled()
    {
        // A stream that never says anything again (dead connection, no keep-alives).
        FakeHttpServer server;
        server.setHandler([](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(
                    QByteArray("{\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[]}"));
            FakeResponse stream;
            stream.streamed = true;
            stream.keepOpen = true;
            return stream;
        });
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint();
        e.baseUrl = server.url();
        ArgoCdClient client(e);
        client.setToken(QString::fromLatin1(kToken));
        QSignalSpy listed(&client, &ArgoCdClient::applicationsListed);
        QSignalSpy errors(&client, &ArgoCdClient::watchError);
        ArgoWatchOptions options;
        options.resyncInterval = 150ms;
        client.startWatch(options);
        QTRY_VERIFY_WITH_TIMEOUT(server.count(u"/api/v1/stream/applications"_qs) >= 3, 5000);
        QVERIFY(listed.size() >= 2);
        QCOMPARE(errors.size(), 0); // recycling is not an error
        QCOMPARE(int(client.watchState()), int(ArgoWatchState::Streaming));
        client.stopWatch();
    }

    void severalInstancesAreIndependent()
    {
        FakeHttpServer other;
        other.setHandler([](const FakeRequest &) {
            return FakeResponse::json(QByteArray("{\"Version\":\"v2.14.0+abc\"}"));
        });
        QVERIFY(other.listen());
        ServiceEndpoint e2 = endpoint();
        e2.baseUrl = other.url();
        ArgoCdClient a(endpoint());
        ArgoCdClient b(e2);
        AWAIT_OK(va, ArgoVersion, [&](QObject *c, auto cb) { a.version(c, cb); });
        AWAIT_OK(vb, ArgoVersion, [&](QObject *c, auto cb) { b.version(c, cb); });
        QCOMPARE(va.semver, u"3.1.5"_qs);
        QCOMPARE(vb.semver, u"2.14.0"_qs);
    }
};

QTEST_GUILESS_MAIN(TestArgoCdClient)
#include "tst_argocdclient.moc"
