#include "awaitresult.h"
#include "fakehttpserver.h"
#include "hostilehttpserver.h"
#include "httptransport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

// The shared HTTP machinery: TLS verification with a custom CA (as kubeconfig gives it) and
// the explicit skip, redirects that never carry credentials to another origin, retries of
// idempotent requests only, and a destroyed context that silences its callback.
class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslServer m_tls;
    QSslCertificate m_ca;

    bool openssl(const QStringList &args)
    {
        const auto r = runProcess(u"openssl"_qs, args, m_dir.path());
        if (r.exitCode != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), r.err.constData());
        return r.exitCode == 0;
    }

    HttpRequest get(const QUrl &url) const
    {
        HttpRequest r;
        r.url = url;
        return r;
    }

    ServiceEndpoint endpoint(const QUrl &url) const
    {
        ServiceEndpoint e;
        e.serviceName = u"Test"_qs;
        e.baseUrl = url;
        e.policy.timeout = 2000ms;
        e.policy.maxRetries = 2;
        e.policy.backoffBase = 10ms;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A throwaway CA and a server certificate for 127.0.0.1 signed by it.
        QVERIFY(openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                         u"ec_paramgen_curve:P-256"_qs, u"-nodes"_qs, u"-keyout"_qs, u"ca.key"_qs,
                         u"-out"_qs, u"ca.pem"_qs, u"-days"_qs, u"2"_qs, u"-subj"_qs,
                         u"/CN=Promenade Test CA"_qs, u"-addext"_qs,
                         u"basicConstraints=critical,CA:TRUE"_qs, u"-addext"_qs,
                         u"keyUsage=critical,keyCertSign,cRLSign"_qs}));
        QVERIFY(
            openssl({u"req"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                     u"ec_paramgen_curve:P-256"_qs, u"-nodes"_qs, u"-keyout"_qs, u"server.key"_qs,
                     u"-out"_qs, u"server.csr"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs}));
        writeFile(m_dir.filePath(u"ext.cnf"_qs),
                  "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage="
                  "serverAuth\n");
        QVERIFY(
            openssl({u"x509"_qs, u"-req"_qs, u"-in"_qs, u"server.csr"_qs, u"-CA"_qs, u"ca.pem"_qs,
                     u"-CAkey"_qs, u"ca.key"_qs, u"-CAcreateserial"_qs, u"-out"_qs,
                     u"server.pem"_qs, u"-days"_qs, u"2"_qs, u"-extfile"_qs, u"ext.cnf"_qs}));
        m_ca = QSslCertificate::fromData(readFile(m_dir.filePath(u"ca.pem"_qs))).value(0);
        QVERIFY(!m_ca.isNull());

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(
            QSslCertificate::fromData(readFile(m_dir.filePath(u"server.pem"_qs))).value(0));
        config.setPrivateKey(QSslKey(readFile(m_dir.filePath(u"server.key"_qs)), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls.setSslConfiguration(config);
        connect(&m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tls.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                  "application/json\r\nContent-Length: 11\r\n\r\n{\"tls\":true}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_tls.listen(QHostAddress::LocalHost));
    }

    void customCaIsHonouredAndSkipIsExplicit()
    {
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(m_tls.serverPort()));
        {
            HttpTransport untrusted(endpoint(url));
            AWAIT_ERROR(error, HttpResponse,
                        [&](QObject *c, auto cb) { untrusted.send(get(url), c, cb); });
            QVERIFY2(error.message().startsWith(
                         u"Test at " + url.toString(QUrl::StripTrailingSlash)
                         + u": the server's TLS certificate could not be verified"),
                     qPrintable(error.message()));
        }
        {
            ServiceEndpoint e = endpoint(url);
            e.tls.extraCaCertificates = {m_ca};
            HttpTransport trusted(e);
            AWAIT_OK(response, HttpResponse,
                     [&](QObject *c, auto cb) { trusted.send(get(url), c, cb); });
            QCOMPARE(response.status, 200);
        }
        {
            ServiceEndpoint e = endpoint(url);
            e.tls.insecureSkipVerify = true;
            HttpTransport skipping(e);
            AWAIT_OK(response, HttpResponse,
                     [&](QObject *c, auto cb) { skipping.send(get(url), c, cb); });
            QCOMPARE(response.status, 200);
        }
    }

    void redirectsNeverCarryCredentialsElsewhere()
    {
        FakeHttpServer cdn;
        FakeHttpServer registry;
        QVERIFY(cdn.listen());
        QVERIFY(registry.listen());
        cdn.setHandler([](const FakeRequest &) { return FakeResponse::text("blob", 200); });
        registry.setHandler([&](const FakeRequest &r) {
            if (r.path == u"/same")
                return FakeResponse::text("", 307).header("Location", "/final");
            if (r.path == u"/other")
                return FakeResponse::text("", 307).header("Location",
                                                          cdn.url(u"/blob"_qs).toEncoded());
            return FakeResponse::text("final", 200);
        });
        HttpTransport transport(endpoint(registry.url()));
        HttpRequest same = get(registry.url(u"/same"_qs));
        same.setHeader("Authorization", "Bearer secret");
        AWAIT_OK(a, HttpResponse, [&](QObject *c, auto cb) { transport.send(same, c, cb); });
        QCOMPARE(a.body, "final");
        QCOMPARE(registry.requests().last().header("Authorization"), "Bearer secret");

        HttpRequest other = get(registry.url(u"/other"_qs));
        other.setHeader("Authorization", "Bearer secret");
        AWAIT_OK(b, HttpResponse, [&](QObject *c, auto cb) { transport.send(other, c, cb); });
        QCOMPARE(b.body, "blob");
        QCOMPARE(cdn.requests().size(), 1);
        QVERIFY(cdn.requests().last().header("Authorization").isEmpty());
    }

    void onlyIdempotentRequestsAreRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const FakeRequest &) {
            return ++calls < 3 ? FakeResponse::text("busy", 503) : FakeResponse::text("ok", 200);
        });
        HttpTransport transport(endpoint(server.url()));
        AWAIT_OK(ok, HttpResponse,
                 [&](QObject *c, auto cb) { transport.send(get(server.url(u"/x"_qs)), c, cb); });
        QCOMPARE(calls, 3);
        QCOMPARE(ok.status, 200);

        calls = 0;
        HttpRequest post = get(server.url(u"/x"_qs));
        post.verb = "POST";
        AWAIT_OK(refused, HttpResponse, [&](QObject *c, auto cb) { transport.send(post, c, cb); });
        QCOMPARE(calls, 1);
        QCOMPARE(refused.status, 503);
        QVERIFY2(httpStatusError(transport.endpoint(), refused, u"busy"_qs)
                     .message()
                     .endsWith(u": the server failed (503): busy"),
                 qPrintable(httpStatusError(transport.endpoint(), refused, u"busy"_qs).message()));
    }

    void destroyedContextGetsNoCallback()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) {
            FakeResponse r = FakeResponse::text("late", 200);
            r.fault = FakeResponse::Fault::Delay;
            r.delayMs = 100;
            return r;
        });
        HttpTransport transport(endpoint(server.url()));
        bool called = false;
        {
            QObject context;
            transport.send(get(server.url(u"/slow"_qs)), &context,
                           [&called](Result<HttpResponse>) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void linkHeadersAndRetryAfter()
    {
        const QUrl base(u"https://ghcr.io/v2/acme/web/tags/list?n=2"_qs);
        QCOMPARE(nextLink("</v2/acme/web/tags/list?last=b&n=2>; rel=\"next\"", base),
                 QUrl(u"https://ghcr.io/v2/acme/web/tags/list?last=b&n=2"_qs));
        QCOMPARE(nextLink("<https://api.github.com/x?page=1>; rel=\"prev\", "
                          "<https://api.github.com/x?page=3>; rel=\"next\"",
                          base),
                 QUrl(u"https://api.github.com/x?page=3"_qs));
        QVERIFY(nextLink("<https://api.github.com/x?page=1>; rel=\"prev\"", base).isEmpty());
        HttpResponse r;
        r.headers = {{"retry-after", "7"}};
        QCOMPARE(retryAfter(r).value_or(0ms), 7000ms);
        r.headers
            = {{"Retry-After",
                QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1()}};
        QVERIFY(retryAfter(r).value_or(0ms) > 25000ms);
    }

    // --- Limits against hostile servers: the deadline ends any transfer, Retry-After is
    // waited only within it, answers are capped. Upper bounds are generous (deadline + 3 s):
    // behaviour, not a benchmark.

    void theDeadlineEndsAnAnswer_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addRow("drips a byte at a time") << int(HostileHttpServer::Behaviour::Drip);
        QTest::addRow("streams chunks without end")
            << int(HostileHttpServer::Behaviour::EndlessChunks);
        QTest::addRow("never answers") << int(HostileHttpServer::Behaviour::Silent);
    }
    void theDeadlineEndsAnAnswer()
    {
        QFETCH(int, behaviour);
        HostileHttpServer server {HostileHttpServer::Behaviour(behaviour)};
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint(server.url());
        e.policy.timeout = 1500ms; // silent: three of these would be 4.5 s and more
        e.policy.maxRetries = 3;
        e.policy.deadline = QDeadlineTimer(2500ms);
        HttpTransport transport(e);
        QElapsedTimer elapsed;
        elapsed.start();
        AWAIT_ERROR(error, HttpResponse, ([&](QObject *ctx, auto done) {
                        transport.send(get(server.url(u"/x"_qs)), ctx, done);
                    }));
        QVERIFY2(elapsed.elapsed() < 2500 + 3000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(error.message().contains(u"deadline"_qs)
                     || error.message().contains(u"timed out"_qs),
                 qPrintable(error.message()));
        QVERIFY2(error.message().startsWith(u"Test at http://127.0.0.1"_qs),
                 qPrintable(error.message()));
    }

    void aRetryAfterBeyondTheDeadlineIsNotWaited()
    {
        HostileHttpServer server(HostileHttpServer::Behaviour::RetryAfter);
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint(server.url());
        e.policy.deadline = QDeadlineTimer(5000ms);
        HttpTransport transport(e);
        QElapsedTimer elapsed;
        elapsed.start();
        AWAIT_OK(response, HttpResponse, ([&](QObject *ctx, auto done) {
                     transport.send(get(server.url(u"/x"_qs)), ctx, done);
                 }));
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(response.status, 503);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(httpStatusError(e, response, {}).message().contains(u"retry after 50 s"_qs));
    }

    void aRetryAfterWithinTheDeadlineIsWaited()
    {
        int calls = 0;
        FakeHttpServer server;
        server.setHandler([&calls](const FakeRequest &) {
            return ++calls == 1 ? FakeResponse::text("busy", 503).header("Retry-After", "1")
                                : FakeResponse::json(QByteArray("{}"));
        });
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint(server.url());
        e.policy.deadline = QDeadlineTimer(8000ms);
        HttpTransport transport(e);
        AWAIT_OK(response, HttpResponse, ([&](QObject *ctx, auto done) {
                     transport.send(get(server.url(u"/x"_qs)), ctx, done);
                 }));
        QCOMPARE(response.status, 200);
        QCOMPARE(calls, 2);
    }

    void answersAreCapped_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addRow("1 GiB, chunked") << int(HostileHttpServer::Behaviour::Huge);
        QTest::addRow("1 GiB, announced") << int(HostileHttpServer::Behaviour::HugeAnnounced);
    }
    void answersAreCapped()
    {
        QFETCH(int, behaviour);
        HostileHttpServer server {HostileHttpServer::Behaviour(behaviour)};
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint(server.url());
        e.policy.maxResponseBytes = 8 * 1024 * 1024;
        e.policy.deadline = QDeadlineTimer(15000ms);
        HttpTransport transport(e);
        QElapsedTimer elapsed;
        elapsed.start();
        AWAIT_ERROR(error, HttpResponse, ([&](QObject *ctx, auto done) {
                        transport.send(get(server.url(u"/x"_qs)), ctx, done);
                    }));
        QVERIFY2(error.message().contains(u"larger than 8 MiB"_qs), qPrintable(error.message()));
        QVERIFY2(elapsed.elapsed() < 15000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(server.requestCount(), 1); // not retried
        // Reading stopped at the cap: the server could not push the gigabyte through.
        QVERIFY2(server.bytesSent() < 256 * 1024 * 1024,
                 qPrintable(QString::number(server.bytesSent())));
    }

    // What ends a status collection is often its last answer: the collection then deletes its
    // clients, transports and managers from inside that answer's callback, which runs inside
    // the reply's own signal (for an answer over the cap, inside the reply's abort()). The reply
    // must outlive that signal: deleted under it, the process crashed on the way back into Qt
    // (`promenade status` against a server sending 1 GiB died by a signal now and then).
    void aTransportDeletedByItsOwnAnswerLeavesTheReplyAlone_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addRow("an answer") << int(HostileHttpServer::Behaviour::Ok);
        QTest::addRow("an answer over the cap") << int(HostileHttpServer::Behaviour::Huge);
        QTest::addRow("a refusal with Retry-After")
            << int(HostileHttpServer::Behaviour::RetryAfter);
    }
    void aTransportDeletedByItsOwnAnswerLeavesTheReplyAlone()
    {
        QFETCH(int, behaviour);
        HostileHttpServer server {HostileHttpServer::Behaviour(behaviour)};
        QVERIFY(server.listen());
        ServiceEndpoint e = endpoint(server.url());
        e.policy.maxResponseBytes = 1024 * 1024;
        e.policy.maxRetries = 0;
        auto *transport = new HttpTransport(e);
        QObject context;
        QPointer<QNetworkReply> reply;
        bool answered = false;
        bool replyOutlivedTheDelete = false;
        transport->send(get(server.url(u"/x"_qs)), &context, [&](Result<HttpResponse>) {
            answered = true;
            delete transport; // what a collection does when this was the answer it waited for
            replyOutlivedTheDelete = !reply.isNull();
        });
        reply = transport->network()->findChild<QNetworkReply *>();
        QVERIFY(reply);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QVERIFY2(replyOutlivedTheDelete, "the reply was deleted under its own signal");
        QTRY_VERIFY(reply.isNull()); // and it is gone on a later turn of the event loop
    }

    void noCredentialsOverPlainHttpExceptToLoopback()
    {
        // An http proxy on loopback sees what would go to a remote http:// host.
        HostileHttpServer proxy(HostileHttpServer::Behaviour::Ok);
        QVERIFY(proxy.listen());
        ServiceEndpoint e = endpoint(QUrl(u"http://promenade.invalid"_qs));
        e.proxy = proxy.url();
        HttpTransport transport(e);
        HttpRequest request = get(QUrl(u"http://promenade.invalid/api"_qs));
        request.setHeader("Authorization", "Bearer secret-token");
        request.setHeader("Cookie", "argocd.token=secret-token");
        AWAIT_OK(response, HttpResponse,
                 ([&](QObject *ctx, auto done) { transport.send(request, ctx, done); }));
        QCOMPARE(response.status, 200);
        QCOMPARE(proxy.requestCount(), 1);
        QVERIFY2(proxy.requestLines().first().contains("promenade.invalid"),
                 proxy.requestLines().first().constData());
        QCOMPARE(proxy.authorizations().first(), QByteArray());

        // To loopback over http, and over https anywhere, it goes.
        HostileHttpServer local(HostileHttpServer::Behaviour::Ok);
        QVERIFY(local.listen());
        HttpTransport direct(endpoint(local.url()));
        HttpRequest toLocal = get(local.url().resolved(QUrl(u"/api"_qs)));
        toLocal.setHeader("Authorization", "Bearer local-token");
        AWAIT_OK(localResponse, HttpResponse,
                 ([&](QObject *ctx, auto done) { direct.send(toLocal, ctx, done); }));
        QCOMPARE(localResponse.status, 200);
        QCOMPARE(local.authorizations(), QList<QByteArray> {QByteArray("Bearer local-token")});
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
