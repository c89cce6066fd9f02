#include "chartsourcegate.h"
#include "chartversiongate.h"
#include "chartversionlookup.h"
#include "fakehttpserver.h"
#include "livegates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Promenade;

namespace {

PromotionPlan chartPlan(const QString &from, const QString &version)
{
    PromotionPlan plan;
    plan.chart = true;
    plan.app = QStringLiteral("cert-manager");
    plan.image = plan.app;
    plan.from = from;
    plan.to = QStringLiteral("production");
    plan.newTag = version;
    return plan;
}

PipelineStatus statusWith(const QString &sync, const QString &health, const QString &version)
{
    PipelineStatus status;
    EnvironmentStatus staging;
    staging.name = QStringLiteral("staging");
    AppStatus chart;
    chart.app = QStringLiteral("cert-manager");
    chart.runningKnown = true;
    chart.runningVersion = version;
    chart.sync = sync;
    chart.health = health;
    staging.charts << chart;
    status.environments << staging;
    return status;
}

} // namespace

// A chart promotion's own gates: the source Application, and the chart repository asked for
// real (a loopback OCI registry and Helm repository); what cannot be asked is "could not
// check", never a pass.
class TestChartGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSourceApplicationMustRunTheVersionSyncedAndHealthy()
    {
        const PromotionPlan plan = chartPlan(QStringLiteral("staging"), QStringLiteral("v1.16.2"));
        using V = GateResult::Verdict;
        QCOMPARE(ChartSourceGate(statusWith(QStringLiteral("Synced"), QStringLiteral("Healthy"),
                                            QStringLiteral("v1.16.2")))
                     .judge(plan)
                     .verdict,
                 V::Pass);
        const GateResult degraded
            = ChartSourceGate(statusWith(QStringLiteral("Synced"), QStringLiteral("Degraded"),
                                         QStringLiteral("v1.16.2")))
                  .judge(plan);
        QCOMPARE(degraded.verdict, V::Fail);
        QVERIFY(degraded.reason.contains(QStringLiteral("Degraded")));
        QCOMPARE(ChartSourceGate(statusWith(QStringLiteral("Synced"), QStringLiteral("Healthy"),
                                            QStringLiteral("v1.15.4")))
                     .judge(plan)
                     .verdict,
                 V::Fail);
        const GateResult unknown = ChartSourceGate(std::nullopt).judge(plan);
        QCOMPARE(unknown.verdict, V::Unknown);
        QVERIFY(unknown.reason.startsWith(QStringLiteral("could not check")));
        QCOMPARE(ChartSourceGate(PipelineStatus()).judge(plan).verdict, V::Unknown);
        // The live re-evaluation of a chart plan keeps judging the chart, not an app.
        QList<GateResult> previous {unknown};
        const auto again
            = reevaluateLiveGates(previous, plan,
                                  statusWith(QStringLiteral("Synced"), QStringLiteral("Healthy"),
                                             QStringLiteral("v1.16.2")));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().verdict, V::Pass);
    }

    void theVersionIsAskedOfAnOciRegistryOrAHelmIndex()
    {
        TestSupport::FakeHttpServer server;
        server.setHandler([](const TestSupport::FakeRequest &r) {
            if (r.path == QLatin1String("/v2/jetstack/charts/cert-manager/tags/list"))
                return TestSupport::FakeResponse::json(QJsonDocument(QJsonObject {
                    {QStringLiteral("name"), QStringLiteral("jetstack/charts/cert-manager")},
                    {QStringLiteral("tags"),
                     QJsonArray {QStringLiteral("v1.16.2"), QStringLiteral("1.0.0_build.1")}}}));
            if (r.path == QLatin1String("/helm/index.yaml"))
                return TestSupport::FakeResponse::text(
                    "apiVersion: v1\nentries:\n  cert-manager:\n  - version: v1.15.4\n", 200);
            if (r.path == QLatin1String("/v2/") || r.path == QLatin1String("/v2"))
                return TestSupport::FakeResponse::json(QByteArray("{}"));
            return TestSupport::FakeResponse::text("no", 404);
        });
        QVERIFY(server.listen());
        Pipeline pipeline;
        pipeline.registries.insert(QStringLiteral("quay.io"), server.url().toString());
        const ChartVersionGate gate(chartVersionLookup(pipeline, std::chrono::seconds(5)));
        using V = GateResult::Verdict;

        PromotionPlan plan = chartPlan(QStringLiteral("staging"), QStringLiteral("v1.16.2"));
        plan.chartRepository = QStringLiteral("oci://quay.io/jetstack/charts");
        QCOMPARE(gate.judge(plan).verdict, V::Pass);
        plan.chartRepository = QStringLiteral("quay.io/jetstack/charts"); // Argo CD's spelling
        QCOMPARE(gate.judge(plan).verdict, V::Pass);
        plan.newTag = QStringLiteral("1.0.0+build.1"); // Helm writes '+' as '_' in OCI tags
        QCOMPARE(gate.judge(plan).verdict, V::Pass);
        plan.newTag = QStringLiteral("v1.17.0");
        const GateResult missing = gate.judge(plan);
        QCOMPARE(missing.verdict, V::Fail);
        QVERIFY(missing.reason.contains(QStringLiteral("v1.17.0")));

        plan.chartRepository = server.url(QStringLiteral("/helm")).toString();
        plan.newTag = QStringLiteral("v1.15.4");
        QCOMPARE(gate.judge(plan).verdict, V::Pass);
        plan.newTag = QStringLiteral("v1.16.2");
        QCOMPARE(gate.judge(plan).verdict, V::Fail);

        // Could not check: no repository, a Git URL, a repository that does not answer.
        plan.chartRepository.clear();
        QCOMPARE(gate.judge(plan).verdict, V::Unknown);
        plan.chartRepository = QStringLiteral("git@github.com:acme/charts.git");
        QCOMPARE(gate.judge(plan).verdict, V::Unknown);
        plan.chartRepository = server.url(QStringLiteral("/gone")).toString();
        const GateResult gone = gate.judge(plan);
        QCOMPARE(gone.verdict, V::Unknown);
        QVERIFY(gone.reason.startsWith(QStringLiteral("could not check")));
        QCOMPARE(ChartVersionGate({}).judge(plan).verdict, V::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestChartGates)
#include "tst_chartgates.moc"
