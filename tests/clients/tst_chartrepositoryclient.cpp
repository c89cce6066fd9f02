#include "awaitresult.h"
#include "chartrepositoryclient.h"
#include "fakehttpserver.h"

#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {

ServiceEndpoint endpointOf(const FakeHttpServer &server, const QString &path)
{
    ServiceEndpoint e;
    e.serviceName = QStringLiteral("Chart repository");
    e.baseUrl = server.url(path);
    e.policy.timeout = std::chrono::milliseconds(3000);
    e.policy.maxRetries = 0;
    return e;
}

const QByteArray helmIndex = R"(apiVersion: v1
entries:
  cert-manager:
  - apiVersion: v2
    name: cert-manager
    version: v1.16.2
    urls:
    - https://charts.jetstack.io/charts/cert-manager-v1.16.2.tgz
  - apiVersion: v2
    name: cert-manager
    version: v1.15.4
    urls:
    - https://charts.jetstack.io/charts/cert-manager-v1.15.4.tgz
  trust-manager:
  - name: trust-manager
    version: v0.12.0
generated: "2026-11-30T10:00:00Z"
)";

} // namespace

// A Helm repository's index.yaml, asked over loopback HTTP: the chart's versions, a chart the
// helmIndex does not list, and answers that are not an helmIndex.
class TestChartRepositoryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheVersionsOfAChart()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeRequest &r) {
            if (r.path == QLatin1String("/repo/index.yaml"))
                return FakeResponse::text(helmIndex, 200);
            return FakeResponse::text("not found", 404);
        });
        QVERIFY(server.listen());
        ChartRepositoryClient client(endpointOf(server, QStringLiteral("/repo")));
        AWAIT_OK(versions, QStringList, [&](QObject *c, auto done) {
            client.versions(QStringLiteral("cert-manager"), c, done);
        });
        QCOMPARE(versionsOpt->value(),
                 (QStringList {QStringLiteral("v1.16.2"), QStringLiteral("v1.15.4")}));
        AWAIT_OK(none, QStringList, [&](QObject *c, auto done) {
            client.versions(QStringLiteral("ingress-nginx"), c, done);
        });
        QVERIFY(noneOpt->value().isEmpty());
        QCOMPARE(server.count(QStringLiteral("/repo/index.yaml")), 2);
    }

    void aMissingIndexOrNotAnIndexIsAnError()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeRequest &r) {
            if (r.path == QLatin1String("/html/index.yaml"))
                return FakeResponse::text("<html>hello</html>", 200);
            return FakeResponse::text("not found", 404);
        });
        QVERIFY(server.listen());
        ChartRepositoryClient missing(endpointOf(server, QStringLiteral("/nothing")));
        auto answer = awaitResult<QStringList>([&](QObject *c, auto done) {
            missing.versions(QStringLiteral("cert-manager"), c, done);
        });
        QVERIFY(answer && !answer->hasValue());
        QCOMPARE(answer->error().kind(), Error::Kind::NotFound);
        QVERIFY(answer->error().message().contains(QStringLiteral("404")));
        ChartRepositoryClient html(endpointOf(server, QStringLiteral("/html")));
        answer = awaitResult<QStringList>(
            [&](QObject *c, auto done) { html.versions(QStringLiteral("cert-manager"), c, done); });
        QVERIFY(answer && !answer->hasValue());
        QCOMPARE(answer->error().kind(), Error::Kind::BadInput);
    }

    void parsesAnIndexOffline()
    {
        auto parsed = ChartRepositoryClient::parseIndex(helmIndex, QStringLiteral("trust-manager"));
        QVERIFY(parsed);
        QCOMPARE(*parsed, QStringList {QStringLiteral("v0.12.0")});
        QVERIFY(!ChartRepositoryClient::parseIndex("entries: [", QStringLiteral("x")));
        QVERIFY(!ChartRepositoryClient::parseIndex("- a\n", QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestChartRepositoryClient)
#include "tst_chartrepositoryclient.moc"
