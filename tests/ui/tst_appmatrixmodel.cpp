#include "appmatrixfiltermodel.h"
#include "appmatrixmodel.h"
#include "demorepository.h"
#include "repositorydiscovery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

namespace {

Environment environment(const QString &name, const QList<std::pair<QString, QString>> &tags,
                        PromotionMode promotion = PromotionMode::Commit)
{
    Environment env;
    env.name = name;
    env.promotion = promotion;
    for (const auto &[app, tag] : tags)
        env.images.append({app, u"ghcr.io/acme/" + app, tag, {}, true});
    return env;
}

// Three environments, three apps (listed unsorted); "web" is not deployed to production.
Pipeline smallPipeline()
{
    Pipeline p;
    p.root = QStringLiteral("/repo");
    for (const QString &app :
         {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("Billing")})
        p.apps.append({app, u"apps/" + app + u"/base", u"ghcr.io/acme/" + app});
    p.environments = {
        environment(QStringLiteral("development"),
                    {{QStringLiteral("web"), QStringLiteral("sha-3")},
                     {QStringLiteral("api"), QStringLiteral("sha-b2")},
                     {QStringLiteral("Billing"), QStringLiteral("1.4.0")}}),
        environment(QStringLiteral("staging"),
                    {{QStringLiteral("web"), QStringLiteral("sha-2")},
                     {QStringLiteral("api"), QStringLiteral("sha-b2")},
                     {QStringLiteral("Billing"), QStringLiteral("1.3.0")}}),
        environment(QStringLiteral("production"),
                    {{QStringLiteral("api"), QStringLiteral("sha-b1")},
                     {QStringLiteral("Billing"), QStringLiteral("1.3.0")}},
                    PromotionMode::PullRequest),
    };
    return p;
}

AppStatus running(const QString &app, const QString &tag, const QString &behind = {})
{
    AppStatus a;
    a.app = app;
    a.runningKnown = true;
    a.runningVersion = tag + QStringLiteral("@sha256:0123");
    a.sync = QStringLiteral("Synced");
    a.health = QStringLiteral("Healthy");
    a.lastSynced = QDateTime(QDate(2026, 11, 20), QTime(11, 58), QTimeZone::utc());
    a.behind = behind;
    return a;
}

// What the status collector reports for smallPipeline(): web and api behind in staging and
// production, everything running what it declares except api in production.
PipelineStatus smallStatus()
{
    PipelineStatus status;
    EnvironmentStatus dev {QStringLiteral("development"), {}, {}, {}, {}, {}};
    dev.apps = {running(QStringLiteral("web"), QStringLiteral("sha-3")),
                running(QStringLiteral("api"), QStringLiteral("sha-b2")),
                running(QStringLiteral("Billing"), QStringLiteral("1.4.0"))};
    EnvironmentStatus staging {QStringLiteral("staging"), {}, {}, {}, {}, {}};
    staging.apps = {running(QStringLiteral("web"), QStringLiteral("sha-2"),
                            QStringLiteral("development runs sha-3")),
                    running(QStringLiteral("api"), QStringLiteral("sha-b2")),
                    running(QStringLiteral("Billing"), QStringLiteral("1.3.0"),
                            QStringLiteral("development runs 1.4.0"))};
    EnvironmentStatus prod {QStringLiteral("production"), {}, {}, {}, {}, {}};
    AppStatus api = running(QStringLiteral("api"), QStringLiteral("sha-b0"),
                            QStringLiteral("staging runs sha-b2"));
    api.sync = QStringLiteral("OutOfSync");
    api.drift = {QStringLiteral("declares sha-b1 but apps-production runs sha-b0 (OutOfSync)")};
    prod.apps = {api, running(QStringLiteral("Billing"), QStringLiteral("1.3.0"))};
    status.environments = {dev, staging, prod};
    return status;
}

// A status as the collector makes it: each app with what its environment declares.
PipelineStatus declaring(PipelineStatus status, const Pipeline &pipeline)
{
    for (EnvironmentStatus &env : status.environments) {
        for (AppStatus &a : env.apps) {
            for (const Environment &e : pipeline.environments) {
                if (e.name != env.name)
                    continue;
                if (const DeclaredImage *image = e.imageFor(a.app))
                    a.declared = *image;
            }
        }
    }
    return status;
}

} // namespace

// The apps × environments matrix: its shape and header data, cells from the pipeline and the
// live status, "ready to promote", and updates that never reset the view.
class TestAppMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterOnTheDemo()
    {
        QTemporaryDir scratch;
        const auto created
            = Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created);
        const auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);

        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPipeline(*pipeline);
        // The two apps, then the infrastructure chart.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.appAt(2), QStringLiteral("cert-manager"));
        QVERIFY(model.data(model.index(2, 0), AppMatrixModel::ChartRole).toBool());
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("paulojauregui-com"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("production"));
        QStringList row;
        for (int column = 0; column < 3; ++column)
            row << model.data(model.index(1, column), AppMatrixModel::DeclaredVersionRole)
                       .toString();
        QCOMPARE(row,
                 (QStringList {QStringLiteral("sha-5b8c3a2"), QStringLiteral("sha-9d2e6f0"),
                               QStringLiteral("sha-41c07be")}));
        QCOMPARE(model.data(model.index(1, 2), AppMatrixModel::PromotionRole).toString(),
                 QStringLiteral("pull-request"));

        model.setStatus(smallStatus()); // other apps: every cell stays unknown
        QVERIFY(!model.data(model.index(0, 0), AppMatrixModel::StatusKnownRole).toBool());
        model.setPipeline({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // An infrastructure chart is a row after the apps: the version each environment pins, its
    // Application's sync and health, and "↑ promote" where the upstream pins another version
    // (no live status needed, as on the card).
    void chartRowsOfferPromotion()
    {
        Pipeline p = smallPipeline();
        const QStringList versions {QStringLiteral("v1.17.1"), QStringLiteral("v1.16.2"),
                                    QStringLiteral("v1.16.2")};
        for (qsizetype e = 0; e < p.environments.size(); ++e)
            p.environments[e].infrastructure.append(
                {QStringLiteral("cert-manager"), versions.at(e), QStringLiteral("Helm chart"),
                 VersionPin {VersionPin::Kind::ChartVersion,
                             QStringLiteral("infrastructure/%1.yaml").arg(p.environments[e].name),
                             7, QStringLiteral("spec.source.targetRevision")},
                 QStringLiteral("https://charts.jetstack.io")});
        // An issuer is no chart: no row.
        p.environments[1].infrastructure.append(
            {QStringLiteral("letsencrypt-staging"), {}, QStringLiteral("ClusterIssuer"), {}, {}});
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPipeline(p);
        QCOMPARE(model.appCount(), 4);
        QCOMPARE(model.appAt(2), QStringLiteral("web"));
        QCOMPARE(model.appAt(3), QStringLiteral("cert-manager"));
        const auto at = [&](int column, int role) {
            return model.data(model.index(3, column), role);
        };
        QVERIFY(at(0, AppMatrixModel::ChartRole).toBool());
        QVERIFY(!model.data(model.index(0, 0), AppMatrixModel::ChartRole).toBool());
        QCOMPARE(at(1, AppMatrixModel::DeclaredVersionRole).toString(), QStringLiteral("v1.16.2"));
        // staging: development pins v1.17.1 — ready; production pins what staging does — not.
        QVERIFY(!at(0, AppMatrixModel::ReadyToPromoteRole).toBool());
        QVERIFY(at(1, AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(at(1, AppMatrixModel::PromoteFromRole).toString(), QStringLiteral("development"));
        QCOMPARE(at(1, AppMatrixModel::PromoteVersionRole).toString(), QStringLiteral("v1.17.1"));
        QCOMPARE(at(1, AppMatrixModel::VerdictRole).toString(), QStringLiteral("ready"));
        QVERIFY(at(1, AppMatrixModel::StatesRole).toStringList().contains(QStringLiteral("ready")));
        QVERIFY(!at(2, AppMatrixModel::ReadyToPromoteRole).toBool());
        QVERIFY(at(1, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral(
                        "Click or press Enter to promote v1.17.1 from development")));
        QVERIFY(!at(1, AppMatrixModel::MutableTagRole).toBool());
        QVERIFY(model.isReady(3, 1));

        // The chart's Application, as Argo CD reports it.
        PipelineStatus status;
        for (const Environment &env : p.environments) {
            EnvironmentStatus e;
            e.name = env.name;
            AppStatus chart;
            chart.app = QStringLiteral("cert-manager");
            chart.runningKnown = true;
            chart.runningVersion = env.infrastructure.first().version;
            chart.sync = env.name == u"production" ? QStringLiteral("OutOfSync")
                                                   : QStringLiteral("Synced");
            chart.health = QStringLiteral("Healthy");
            e.charts = {chart};
            status.environments.append(e);
        }
        model.setStatus(status);
        QVERIFY(at(0, AppMatrixModel::StatusKnownRole).toBool());
        QCOMPARE(at(0, AppMatrixModel::SyncRole).toString(), QStringLiteral("Synced"));
        QCOMPARE(at(0, AppMatrixModel::RunningVersionRole).toString(), QStringLiteral("v1.17.1"));
        QVERIFY(
            at(2, AppMatrixModel::StatesRole).toStringList().contains(QStringLiteral("outOfSync")));
        QVERIFY(at(1, AppMatrixModel::ReadyToPromoteRole).toBool()); // still ready
        // The apps' cells are not the chart's: an app named like nothing in the status stays
        // unknown.
        QVERIFY(!model.data(model.index(0, 0), AppMatrixModel::StatusKnownRole).toBool());
    }

    void cellsFollowThePipelineSortedByApp()
    {
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shape(&model, &AppMatrixModel::shapeChanged);
        model.setPipeline(smallPipeline());
        QCOMPARE(shape.count(), 1);
        QCOMPARE(model.appCount(), 3);
        QCOMPARE(model.environmentCount(), 3);
        QCOMPARE(model.appAt(0), QStringLiteral("api"));
        QCOMPARE(model.appAt(1), QStringLiteral("Billing"));
        QCOMPARE(model.appAt(2), QStringLiteral("web"));
        QCOMPARE(model.rowOf(QStringLiteral("web")), 2);
        QCOMPARE(model.environmentAt(1), QStringLiteral("staging"));
        QCOMPARE(model.environmentAt(3), QString());

        const QModelIndex webProd = model.index(2, 2);
        QVERIFY(!model.data(webProd, AppMatrixModel::DeployedRole).toBool());
        QCOMPARE(model.data(webProd, AppMatrixModel::DeclaredVersionRole).toString(), QString());
        QVERIFY(model.data(webProd, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("do not deploy")));
        const QModelIndex webDev = model.index(2, 0);
        QCOMPARE(model.data(webDev, AppMatrixModel::AppRole).toString(), QStringLiteral("web"));
        QCOMPARE(model.data(webDev, AppMatrixModel::EnvironmentRole).toString(),
                 QStringLiteral("development"));
        QCOMPARE(model.data(webDev, AppMatrixModel::DeclaredVersionRole).toString(),
                 QStringLiteral("sha-3"));
        QCOMPARE(model.data(webDev, Qt::DisplayRole).toString(), QStringLiteral("sha-3"));
        QVERIFY(!model.data(webDev, AppMatrixModel::StatusKnownRole).toBool());
        QCOMPARE(model.data(webDev, AppMatrixModel::PromoteFromRole).toString(), QString());
        QCOMPARE(model.data(model.index(2, 1), AppMatrixModel::PromoteFromRole).toString(),
                 QStringLiteral("development"));
        QVERIFY(model.data(webDev, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("Running: no live status")));
    }

    // A mutable tag is a warning in its cell: by the tag's name without live status, and as the
    // live status says (a moved tag) with it.
    void mutableTagsAreCalledOut()
    {
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Pipeline pipeline = smallPipeline();
        for (DeclaredImage &image : pipeline.environments[1].images) {
            if (image.app == u"web")
                image.tag = QStringLiteral("latest");
        }
        model.setPipeline(pipeline);
        int webRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), AppMatrixModel::AppRole).toString() == u"web")
                webRow = row;
        }
        QVERIFY(webRow >= 0);
        const QModelIndex webStaging = model.index(webRow, 1);
        QVERIFY(model.data(webStaging, AppMatrixModel::MutableTagRole).toBool());
        QVERIFY(model.data(webStaging, AppMatrixModel::MutableTagWarningRole)
                    .toString()
                    .contains(QStringLiteral("latest")));
        QVERIFY(model.data(webStaging, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(
                        model.data(webStaging, AppMatrixModel::MutableTagWarningRole).toString()));
        const QModelIndex webDevelopment = model.index(webRow, 0);
        QVERIFY(!model.data(webDevelopment, AppMatrixModel::MutableTagRole).toBool());
        QCOMPARE(model.data(webDevelopment, AppMatrixModel::MutableTagWarningRole).toString(),
                 QString());

        // With live status: the collector's verdict (here, sha-3 moved in the registry).
        PipelineStatus status = smallStatus();
        for (AppStatus &a : status.environments[0].apps) {
            if (a.app == u"web") {
                a.mutableTag = true;
                a.tagMoved = true;
                a.mutableTagWarning = QStringLiteral("The tag sha-3 has moved in the registry");
            }
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(status);
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.data(webDevelopment, AppMatrixModel::MutableTagRole).toBool());
        QCOMPARE(model.data(webDevelopment, AppMatrixModel::MutableTagWarningRole).toString(),
                 QStringLiteral("The tag sha-3 has moved in the registry"));
    }

    void statusUpdatesAreDataChangedNotResets()
    {
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPipeline(smallPipeline());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setStatus(smallStatus());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 1); // all three rows at once
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, 2));

        const QModelIndex apiProd = model.index(0, 2);
        QVERIFY(model.data(apiProd, AppMatrixModel::StatusKnownRole).toBool());
        QCOMPARE(model.data(apiProd, AppMatrixModel::RunningVersionRole).toString(),
                 QStringLiteral("sha-b0"));
        QCOMPARE(model.data(apiProd, AppMatrixModel::SyncRole).toString(),
                 QStringLiteral("OutOfSync"));
        QCOMPARE(model.data(apiProd, AppMatrixModel::HealthRole).toString(),
                 QStringLiteral("Healthy"));
        QCOMPARE(model.data(apiProd, AppMatrixModel::LastSyncRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 20), QTime(11, 58), QTimeZone::utc()));
        QVERIFY(model.data(apiProd, AppMatrixModel::DriftRole)
                    .toString()
                    .startsWith(QStringLiteral("declares sha-b1")));
        QVERIFY(model.data(apiProd, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("⚠ declares sha-b1")));

        // The same status again (the 2-second refresh with nothing new): no signal at all.
        changed.clear();
        model.setStatus(smallStatus());
        QCOMPARE(changed.count(), 0);

        // One cell moves on: only its row changes.
        PipelineStatus next = smallStatus();
        next.environments[2].apps[0].sync = QStringLiteral("Synced");
        next.environments[2].apps[0].runningVersion = QStringLiteral("sha-b1");
        model.setStatus(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, 2));
        QCOMPARE(model.data(apiProd, AppMatrixModel::RunningVersionRole).toString(),
                 QStringLiteral("sha-b1"));

        // Rows that are not adjacent are signalled separately; an environment that vanished
        // from the status makes its cells unknown again.
        changed.clear();
        next.environments[0].apps[0].health = QStringLiteral("Degraded"); // web, row 2
        next.environments[2].apps[1].health = QStringLiteral("Degraded"); // Billing, row 1
        next.environments[1].apps.removeAt(1); // api in staging, row 0
        model.setStatus(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, 2));
        QVERIFY(!model.data(model.index(0, 1), AppMatrixModel::StatusKnownRole).toBool());
        changed.clear();
        next.environments[0].apps[0].health = QStringLiteral("Healthy"); // web only: row 2
        next.environments[0].apps[1].health = QStringLiteral("Missing"); // api: row 0
        model.setStatus(next);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void readyToPromoteIsTheVerdictJudges()
    {
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPipeline(smallPipeline());
        QSignalSpy ready(&model, &AppMatrixModel::readyCountChanged);
        // Without live status nothing is judged ready, even where the tags differ.
        QVERIFY(!model.data(model.index(2, 1), AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(model.readyCount(), 0);

        model.setStatus(declaring(smallStatus(), smallPipeline()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(model.readyCount(), 3);
        const QModelIndex webStaging = model.index(2, 1);
        QVERIFY(model.data(webStaging, AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(model.data(webStaging, AppMatrixModel::PromoteFromRole).toString(),
                 QStringLiteral("development"));
        QCOMPARE(model.data(webStaging, AppMatrixModel::PromoteVersionRole).toString(),
                 QStringLiteral("sha-3"));
        QVERIFY(model.data(webStaging, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("ready to promote: development runs sha-3")));
        QCOMPARE(model.data(webStaging, AppMatrixModel::VerdictRole).toString(),
                 QStringLiteral("ready"));
        const QModelIndex apiProd = model.index(0, 2);
        QVERIFY(model.data(apiProd, AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(model.data(apiProd, AppMatrixModel::PromoteFromRole).toString(),
                 QStringLiteral("staging"));
        QCOMPARE(model.data(apiProd, AppMatrixModel::PromoteVersionRole).toString(),
                 QStringLiteral("sha-b2"));
        QVERIFY(model.data(apiProd, AppMatrixModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("pull request")));
        // Same tags: not ready; the first environment never is; nor a cell that is not deployed.
        QVERIFY(!model.data(model.index(0, 1), AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(model.data(model.index(0, 1), AppMatrixModel::PromoteVersionRole).toString(),
                 QString());
        for (int row = 0; row < 3; ++row)
            QVERIFY(!model.data(model.index(row, 0), AppMatrixModel::ReadyToPromoteRole).toBool());
        QVERIFY(!model.data(model.index(2, 2), AppMatrixModel::ReadyToPromoteRole).toBool());

        // Promoted: staging now declares and runs what development has.
        Pipeline promoted = smallPipeline();
        promoted.environments[1].images[0].tag = QStringLiteral("sha-3");
        PipelineStatus after = smallStatus();
        after.environments[1].apps[0] = running(QStringLiteral("web"), QStringLiteral("sha-3"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPipeline(promoted);
        QCOMPARE(reset.count(), 0); // same apps and environments: the view keeps its place
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.data(webStaging, AppMatrixModel::DeclaredVersionRole).toString(),
                 QStringLiteral("sha-3"));
        model.setStatus(declaring(after, promoted));
        QVERIFY(!model.data(webStaging, AppMatrixModel::ReadyToPromoteRole).toBool());
        QCOMPARE(model.data(webStaging, AppMatrixModel::VerdictRole).toString(),
                 QStringLiteral("up-to-date"));
        QCOMPARE(model.readyCount(), 2);
    }

    void aNewShapeResets()
    {
        AppMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPipeline(smallPipeline());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Pipeline more = smallPipeline();
        more.apps.append({QStringLiteral("worker"), {}, QStringLiteral("ghcr.io/acme/worker")});
        model.setPipeline(more);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.data(model.index(3, 0), AppMatrixModel::DeployedRole).toBool());
        Pipeline renamed = smallPipeline();
        renamed.environments[1].name = QStringLiteral("qa");
        model.setPipeline(renamed);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("qa"));
    }

    void filterNarrowsTheAppsAndPassesUpdatesThrough()
    {
        AppMatrixModel model;
        model.setPipeline(smallPipeline());
        AppMatrixFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setMatrix(&model);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.columnCount(), 3);
        filter.setFilterText(QStringLiteral(" BILL "));
        QCOMPARE(filter.filterText(), QStringLiteral("BILL"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Billing"));
        QCOMPARE(filter.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("staging"));
        QCOMPARE(filter.sourceRow(0), 1);
        QCOMPARE(filter.sourceRow(1), -1);
        filter.setFilterText(QStringLiteral("i"));
        QCOMPARE(filter.rowCount(), 2); // api, Billing
        filter.setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText({});
        QCOMPARE(filter.rowCount(), 3);

        QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
        model.setStatus(declaring(smallStatus(), smallPipeline()));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(filter.data(filter.index(2, 1), AppMatrixModel::ReadyToPromoteRole).toBool());
        // The filter's count of ready cells follows the rows it shows.
        QCOMPARE(filter.readyCount(), 3);
        filter.setFilterText(QStringLiteral("web"));
        QCOMPARE(filter.readyCount(), 1);
        filter.setFilterText({});
        filter.setStateFilter(QStringLiteral("drift"));
        QCOMPARE(filter.rowCount(), 1); // api (production runs sha-b0)
        QCOMPARE(filter.readyCount(), 1); // api in production
        filter.setStateFilter({});
        QCOMPARE(filter.readyCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAppMatrixModel)
#include "tst_appmatrixmodel.moc"
