#include "gitrepository.h"
#include "pipelinestatus.h"
#include "promotiongates.h"
#include "promotionplanner.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

// What discovery declares, as a status snapshot: Argo CD and the registries asked nothing.
PipelineStatus declaredStatus(const Pipeline &pipeline)
{
    PipelineStatus status;
    for (const Environment &env : pipeline.environments)
        status.environments << EnvironmentStatus::declaredBy(env);
    return status;
}

const QString GitGates[] {QStringLiteral("Working tree clean"), QStringLiteral("Branch up to date"),
                          QStringLiteral("New version")};

} // namespace

// Which gates a promotion runs, by the version it moves (an image's tag, an infrastructure
// chart's version, an app deployed as a chart — its chart alone or with its values' image):
// the gates' names, and which repositories they ask (an image's registry, a chart's
// repository), on the pin-form fixtures as Git repositories, planned by PromotionPlanner.
class TestPromotionGates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    int m_count = 0;

private Q_SLOTS:
    void gatesFollowTheVersionMoved_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("edit"); // "file\nold\nnew" or empty
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("withStatus");
        QTest::addColumn<QStringList>("expected"); // beyond the Git gates
        QTest::addColumn<int>("imageLookups");
        QTest::addColumn<int>("chartLookups");

        const int promote = int(PromotionPlan::Action::Promote);
        const int rollback = int(PromotionPlan::Action::Rollback);
        const QString source = QStringLiteral("Source healthy and synced");
        const QString chart = QStringLiteral("Chart version exists");
        const QString image = QStringLiteral("Image and platforms");
        const QString checks = QStringLiteral("Pull request checks");
        const QString certificates = QStringLiteral("Certificates ready");
        const QString images = QStringLiteral("pin-forms/images-entry/repo");
        const QString infrastructure = QStringLiteral("pin-forms/chart-target-revision/repo");
        const QString podinfo = QStringLiteral("repositories/argocd-multisource-helm-values");
        const QByteArray prodImageAsStaging
            = "environments/prod/values.yaml\ntag: \"6.6.3\"\ntag: \"6.7.0\"";

        QTest::newRow("image, live status")
            << images << QByteArray() << promote << "web"
            << "development"
            << "staging"
            << "" << true << QStringList {checks, source, image, certificates} << 1 << 0;
        QTest::newRow("image, no status") << images << QByteArray() << promote << "web"
                                          << "development"
                                          << "staging"
                                          << "" << false << QStringList {} << 0 << 0;
        QTest::newRow("image rollback, live status")
            << images << QByteArray() << rollback << "web"
            << ""
            << "staging"
            << "1.1.0" << true << QStringList {checks, source, image, certificates} << 1 << 0;
        QTest::newRow("infrastructure chart, live status")
            << infrastructure << QByteArray() << promote << "cert-manager"
            << "staging"
            << "production"
            << "" << true << QStringList {source, chart, checks, certificates} << 0 << 1;
        QTest::newRow("infrastructure chart, no status")
            << infrastructure << QByteArray() << promote << "cert-manager"
            << "staging"
            << "production"
            << "" << false << QStringList {source, chart} << 0 << 1;
        QTest::newRow("infrastructure chart rollback")
            << infrastructure << QByteArray() << rollback << "cert-manager"
            << ""
            << "production"
            << "v1.15.3" << true << QStringList {source, chart, checks, certificates} << 0 << 1;
        QTest::newRow("app chart alone, live status")
            << podinfo << prodImageAsStaging << promote << "podinfo"
            << "staging"
            << "prod"
            << "" << true << QStringList {source, chart, checks, certificates} << 0 << 1;
        QTest::newRow("app chart alone, no status")
            << podinfo << prodImageAsStaging << promote << "podinfo"
            << "staging"
            << "prod"
            << "" << false << QStringList {source, chart} << 0 << 1;
        QTest::newRow("app chart and its image, live status")
            << podinfo << QByteArray() << promote << "podinfo"
            << "staging"
            << "prod"
            << "" << true
            << QStringList {source,
                            chart,
                            checks,
                            certificates,
                            source + QStringLiteral(" (image 6.7.0)"),
                            image + QStringLiteral(" (image 6.7.0)")}
            << 1 << 1;
        QTest::newRow("app chart and its image, no status")
            << podinfo << QByteArray() << promote << "podinfo"
            << "staging"
            << "prod"
            << "" << false << QStringList {source, chart} << 0 << 1;
        QTest::newRow("app chart rollback")
            << podinfo << QByteArray() << rollback << "podinfo"
            << ""
            << "prod"
            << "6.6.2" << true << QStringList {source, chart, checks, certificates} << 0 << 1;
        QTest::newRow("app chart's image alone, live status")
            << podinfo << QByteArray() << promote << "podinfo"
            << "dev"
            << "staging"
            << "" << true << QStringList {checks, source, image, certificates} << 1 << 0;
    }

    void gatesFollowTheVersionMoved()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, edit);
        QFETCH(int, action);
        QFETCH(QString, app);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, tag);
        QFETCH(bool, withStatus);
        QFETCH(QStringList, expected);
        QFETCH(int, imageLookups);
        QFETCH(int, chartLookups);

        const QString repo = m_scratch.filePath(QString::number(++m_count));
        QVERIFY(TestSupport::copyTree(TestSupport::dataPath(fixture), repo));
        if (!edit.isEmpty()) {
            const QList<QByteArray> parts = edit.split('\n');
            const QString file = QDir(repo).filePath(QString::fromUtf8(parts.at(0)));
            QByteArray text = TestSupport::readFile(file);
            QVERIFY(text.contains(parts.at(1)));
            QVERIFY(TestSupport::writeFile(file, text.replace(parts.at(1), parts.at(2))));
        }
        for (const QStringList &args :
             {QStringList {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("main")},
              QStringList {QStringLiteral("add"), QStringLiteral("-A")},
              QStringList {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                           QStringLiteral("-c"), QStringLiteral("user.email=t@example.invalid"),
                           QStringLiteral("commit"), QStringLiteral("-qm"),
                           QStringLiteral("fixture")}})
            QCOMPARE(TestSupport::git(repo, args).exitCode, 0);

        auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        PromotionPlanner::Request request;
        request.action = PromotionPlan::Action(action);
        request.app = app;
        request.from = from;
        request.to = to;
        request.tag = tag;
        request.mode = PromotionMode::Commit;
        auto plan = PromotionPlanner::plan(*pipeline, request);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        auto repository = Git::Repository::open(repo);
        QVERIFY(repository);

        QStringList askedImages, askedCharts;
        const RegistryTagLookup images = [&](const QString &image, const QString &t) {
            askedImages << image + u':' + t;
            return Result<RegistryTag>(RegistryTag {true, {QStringLiteral("linux/amd64")}});
        };
        const ChartVersionLookup charts = [&](const QString &repository, const QString &c) {
            askedCharts << repository + u' ' + c;
            return Result<QStringList>(
                QStringList {QStringLiteral("v1.15.3"), QStringLiteral("v1.16.2"),
                             QStringLiteral("6.6.2"), QStringLiteral("6.7.1")});
        };
        const std::optional<PipelineStatus> status
            = withStatus ? std::optional(declaredStatus(*pipeline)) : std::nullopt;
        const QList<GateResult> results
            = PromotionGates::evaluate(*plan, *pipeline, status, *repository, charts, images);
        QStringList names;
        QString verdicts;
        for (const GateResult &r : results) {
            names << r.gate;
            verdicts += r.gate + QStringLiteral(": ") + GateResult::verdictName(r.verdict)
                + QStringLiteral(" — ") + r.reason + u'\n';
        }
        QStringList want(std::begin(GitGates), std::end(GitGates));
        want += expected;
        std::sort(names.begin(), names.end());
        std::sort(want.begin(), want.end());
        QVERIFY2(names == want, qPrintable(verdicts));
        QVERIFY2(askedImages.size() == imageLookups, qPrintable(askedImages.join(u',')));
        QVERIFY2(askedCharts.size() == chartLookups, qPrintable(askedCharts.join(u',')));
        // A chart's version is never asked of an image registry, nor an image of a chart's.
        for (const QString &asked : std::as_const(askedImages))
            QVERIFY2(!asked.endsWith(u':' + plan->newTag) || !plan->pinKind.startsWith(u"chart"),
                     qPrintable(asked));
        // What could not be checked says so: no silent pass of a chart's gates.
        for (const GateResult &r : results) {
            if (r.gate == QLatin1String("Source healthy and synced") && !status
                && !plan->from.isEmpty())
                QCOMPARE(r.verdict, GateResult::Verdict::Unknown);
            if (r.gate == QLatin1String("Chart version exists"))
                QCOMPARE(r.verdict, GateResult::Verdict::Pass);
        }
    }
};

QTEST_GUILESS_MAIN(TestPromotionGates)
#include "tst_promotiongates.moc"
