#include "declaredimagelistmodel.h"
#include "demorepository.h"
#include "environmentlistmodel.h"
#include "infrastructurelistmodel.h"
#include "repositorydiscovery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

// The environment model and its nested image and infrastructure models, on the demo pipeline.
class TestEnvironmentListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    Pipeline m_pipeline;

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created);
        const auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);
        m_pipeline = *pipeline;
    }

    void passesTheModelTester()
    {
        EnvironmentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnvironments(m_pipeline.environments);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            auto *images = qobject_cast<DeclaredImageListModel *>(
                model.data(model.index(row), EnvironmentListModel::ImagesRole).value<QObject *>());
            auto *infra = qobject_cast<InfrastructureListModel *>(
                model.data(model.index(row), EnvironmentListModel::InfrastructureRole)
                    .value<QObject *>());
            QVERIFY(images && infra);
            QAbstractItemModelTester imagesTester(
                images, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester infraTester(
                infra, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(images->rowCount(), 2);
            QVERIFY(infra->rowCount() >= 2);
        }
        // Live status reaches the nested models as data changes, under the tester too.
        auto *devImages = qobject_cast<DeclaredImageListModel *>(
            model.data(model.index(0), EnvironmentListModel::ImagesRole).value<QObject *>());
        QAbstractItemModelTester devTester(devImages,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        PipelineStatus status;
        EnvironmentStatus dev;
        dev.name = QStringLiteral("development");
        AppStatus blog;
        blog.app = QStringLiteral("paulojauregui-com");
        blog.runningKnown = true;
        blog.runningVersion = QStringLiteral("sha-c52e9f3");
        blog.sync = QStringLiteral("OutOfSync");
        blog.health = QStringLiteral("Progressing");
        blog.drift = {QStringLiteral("one"), QStringLiteral("two")};
        dev.apps = {blog};
        status.environments = {dev};
        model.setStatus(status);
        QCOMPARE(devImages->data(devImages->index(0), DeclaredImageListModel::RunningVersionRole)
                     .toString(),
                 QStringLiteral("sha-c52e9f3"));
        QCOMPARE(devImages->data(devImages->index(0), DeclaredImageListModel::DriftRole).toString(),
                 QStringLiteral("one\ntwo"));
        QVERIFY(!devImages->data(devImages->index(1), DeclaredImageListModel::StatusKnownRole)
                     .toBool()); // signconnect: unknown

        model.setEnvironments({});
        QCOMPARE(model.rowCount(), 0);
        model.setEnvironments(m_pipeline.environments);
        QCOMPARE(model.rowCount(), 3);
    }

    // The edge into an environment offers what the previous one declares differently, with the
    // promotion verdict the cards show too (VerdictJudge): before live status, not ready (what
    // runs upstream is unknown); then ready, blocked (not healthy, a platform missing), behind,
    // or waiting for its open pull request.
    void candidatesFollowTheDeclaredVersionsAndTheLiveStatus()
    {
        EnvironmentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnvironments(m_pipeline.environments);
        const auto candidates = [&](int row) {
            return model.data(model.index(row), EnvironmentListModel::CandidatesRole).toList();
        };
        QVERIFY(candidates(0).isEmpty()); // nothing flows into the first environment
        const QVariantList intoStaging = candidates(1);
        QCOMPARE(intoStaging.size(), 2);
        const QVariantMap blog = intoStaging.at(0).toMap();
        QCOMPARE(blog.value(u"app"_qs).toString(), u"paulojauregui-com"_qs);
        QCOMPARE(blog.value(u"fromVersion"_qs).toString(), u"sha-e7d1a48"_qs);
        QCOMPARE(blog.value(u"toVersion"_qs).toString(), u"sha-c52e9f3"_qs);
        QVERIFY(!blog.value(u"ready"_qs).toBool()); // what development runs is not known yet
        QCOMPARE(blog.value(u"verdict"_qs).toString(), u"behind"_qs);
        QCOMPARE(blog.value(u"reason"_qs).toString(), u"what development runs is unknown"_qs);
        QCOMPARE(candidates(2).size(),
                 1); // only signconnect differs between staging and production
        QCOMPARE(candidates(2).at(0).toMap().value(u"app"_qs).toString(), u"signconnect"_qs);

        // The live status, as the collector reports it: what each environment declares, runs,
        // and what the registry has.
        PipelineStatus status;
        for (const Environment &env : m_pipeline.environments) {
            EnvironmentStatus e = EnvironmentStatus::declaredBy(env);
            for (AppStatus &a : e.apps) {
                a.runningKnown = true;
                a.runningVersion = a.declared.tag + u"@sha256:abc"_qs;
                a.sync = u"Synced"_qs;
                a.health = u"Healthy"_qs;
            }
            status.environments << e;
        }
        status.environments[0].apps[0].sync = u"OutOfSync"_qs; // development's blog
        status.environments[0].apps[0].health = u"Progressing"_qs;
        for (EnvironmentStatus &e : status.environments) {
            for (AppStatus &a : e.apps) {
                if (a.app != u"signconnect")
                    continue;
                a.availableKnown = true;
                a.declaredPlatforms = {u"linux/amd64"_qs};
                if (e.name == u"staging")
                    a.neededPlatforms = {u"linux/arm64"_qs};
            }
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(status);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(
            EnvironmentListModel::CandidatesRole));
        const QVariantList live = candidates(1);
        QVERIFY(!live.at(0).toMap().value(u"ready"_qs).toBool());
        QCOMPARE(live.at(0).toMap().value(u"verdict"_qs).toString(), u"blocked"_qs);
        QCOMPARE(live.at(0).toMap().value(u"reason"_qs).toString(),
                 u"development runs sha-e7d1a48 but is OutOfSync and Progressing"_qs);
        QVERIFY(!live.at(1).toMap().value(u"ready"_qs).toBool());
        QCOMPARE(live.at(1).toMap().value(u"reason"_qs).toString(),
                 u"sha-5b8c3a2 has no linux/arm64 image, and staging's nodes need it (it has "
                 u"linux/amd64)"_qs);
        // Production can take staging's signconnect (its nodes need nothing in particular).
        QVERIFY(candidates(2).at(0).toMap().value(u"ready"_qs).toBool());

        // An open pull request for the same promotion: waiting for its merge, not "ready".
        status.pullRequests = {{12,
                                u"Promote signconnect sha-9d2e6f0 to production"_qs,
                                u"promote/signconnect/production/sha-9d2e6f0"_qs,
                                {},
                                u"success"_qs,
                                {},
                                {}}};
        model.setStatus(status);
        QVERIFY(!candidates(2).at(0).toMap().value(u"ready"_qs).toBool());
        QCOMPARE(candidates(2).at(0).toMap().value(u"reason"_qs).toString(),
                 u"pull request #12 promotes sha-9d2e6f0 and waits for a merge"_qs);
    }

    // A chart the upstream environment pins at another version is offered for promotion on
    // the lane (development's cert-manager v1.17.1 into staging's v1.16.2); where both pin the
    // same version (staging → production), nothing is.
    void chartPinnedDifferentlyUpstreamIsPromotable()
    {
        EnvironmentListModel model;
        model.setEnvironments(m_pipeline.environments);
        QCOMPARE(model.rowCount(), 3);
        const auto chartRow = [&](int environment) -> QPair<InfrastructureListModel *, int> {
            auto *infra = qobject_cast<InfrastructureListModel *>(
                model.data(model.index(environment), EnvironmentListModel::InfrastructureRole)
                    .value<QObject *>());
            for (int r = 0; infra && r < infra->rowCount(); ++r) {
                if (infra->data(infra->index(r), InfrastructureListModel::NameRole).toString()
                    == u"cert-manager")
                    return {infra, r};
            }
            return {infra, -1};
        };
        const auto promoteFrom = [&](int environment) {
            const auto [infra, r] = chartRow(environment);
            return r < 0
                ? QStringLiteral("<no chart>")
                : infra->data(infra->index(r), InfrastructureListModel::PromoteFromRole).toString();
        };
        const auto promoteVersion = [&](int environment) {
            const auto [infra, r] = chartRow(environment);
            return infra->data(infra->index(r), InfrastructureListModel::PromoteVersionRole)
                .toString();
        };
        QCOMPARE(promoteFrom(0), QString()); // development has no upstream
        QCOMPARE(promoteFrom(1), u"development"_qs);
        QCOMPARE(promoteVersion(1), u"v1.17.1"_qs);
        QCOMPARE(promoteFrom(2), QString()); // staging and production both pin v1.16.2
        QCOMPARE(promoteVersion(2), QString());
        // Issuers are never offered.
        const auto [staging, chart] = chartRow(1);
        for (int r = 0; r < staging->rowCount(); ++r) {
            if (r != chart)
                QVERIFY(staging->data(staging->index(r), InfrastructureListModel::PromoteFromRole)
                            .toString()
                            .isEmpty());
        }
    }

    // A chart's Application as Argo CD reports it shows on its row like an app's: synced and
    // healthy, out of sync, degraded (with the message), running another version.
    void chartShowsItsApplicationsSyncAndHealth()
    {
        InfrastructureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComponents(m_pipeline.environments.at(1).infrastructure); // staging
        int row = -1;
        QString version;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.data(model.index(r), InfrastructureListModel::NameRole).toString()
                == u"cert-manager") {
                row = r;
                version
                    = model.data(model.index(r), InfrastructureListModel::VersionRole).toString();
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(!version.isEmpty());
        const auto state = [&] {
            return model.data(model.index(row), InfrastructureListModel::StateRole).toString();
        };
        const auto detail = [&] {
            return model.data(model.index(row), InfrastructureListModel::DetailRole).toString();
        };
        QCOMPARE(state(), QString()); // nothing asked yet
        EnvironmentStatus status;
        AppStatus chart;
        chart.app = u"cert-manager"_qs;
        chart.runningKnown = true;
        chart.runningVersion = version;
        chart.sync = u"Synced"_qs;
        chart.health = u"Healthy"_qs;
        status.charts = {chart};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(status);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state(), u"ok"_qs);
        QCOMPARE(detail(), u"synced · healthy"_qs);
        status.charts[0].sync = u"OutOfSync"_qs;
        status.charts[0].health = u"Progressing"_qs;
        status.charts[0].runningVersion = u"v1.15.4"_qs;
        model.setStatus(status);
        QCOMPARE(state(), u"warning"_qs);
        QCOMPARE(detail(), u"running v1.15.4 · OutOfSync · Progressing"_qs);
        status.charts[0].sync = u"Synced"_qs;
        status.charts[0].health = u"Degraded"_qs;
        status.charts[0].runningVersion = version;
        status.charts[0].healthMessage = u"Deployment cert-manager-webhook has 0 ready pods"_qs;
        model.setStatus(status);
        QCOMPARE(state(), u"failed"_qs);
        QCOMPARE(detail(),
                 u"Synced · Degraded: Deployment cert-manager-webhook has 0 ready pods"_qs);
        // Argo CD does not report it: nothing is claimed.
        status.charts[0].runningKnown = false;
        model.setStatus(status);
        QCOMPARE(state(), QString());
        QCOMPARE(detail(), QString());
    }

    // The infrastructure lane gets the clusters' answer: issuers ready or not, certificates
    // with their expiry, one close to expiry (or failing) called out.
    void infrastructureShowsCertificatesAndIssuers()
    {
        InfrastructureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComponents(m_pipeline.environments.at(1).infrastructure); // staging
        const int components = model.rowCount();
        QVERIFY(components >= 2);
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        EnvironmentStatus status;
        status.issuers = {{u"oci-staging"_qs,
                           u"letsencrypt-prod"_qs,
                           u"ACME"_qs,
                           {},
                           false,
                           u"account not registered"_qs}};
        CertificateInfo soon {u"oci-staging"_qs,
                              u"signconnect"_qs,
                              u"signconnect-tls"_qs,
                              u"letsencrypt-prod"_qs,
                              u"Ready"_qs,
                              now.addDays(6),
                              {},
                              u"cluster"_qs};
        CertificateInfo later = soon;
        later.name = u"blog-tls"_qs;
        later.notAfter = now.addDays(60);
        CertificateInfo failing = soon;
        failing.name = u"api-tls"_qs;
        failing.state = u"NotReady"_qs;
        failing.message = u"challenge failed"_qs;
        status.certificates = {soon, later, failing};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStatus(status, now);
        QCOMPARE(reset.size(), 1); // new rows: the certificates
        QCOMPARE(model.rowCount(), components + 3);
        const auto row = [&](const QString &name) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.data(model.index(r), InfrastructureListModel::NameRole).toString()
                    == name)
                    return model.index(r);
            }
            return QModelIndex();
        };
        QCOMPARE(
            model.data(row(u"letsencrypt-prod"_qs), InfrastructureListModel::StateRole).toString(),
            u"failed"_qs);
        QCOMPARE(
            model.data(row(u"letsencrypt-prod"_qs), InfrastructureListModel::DetailRole).toString(),
            u"not ready: account not registered"_qs);
        QCOMPARE(
            model.data(row(u"signconnect-tls"_qs), InfrastructureListModel::StateRole).toString(),
            u"warning"_qs);
        QVERIFY(model.data(row(u"signconnect-tls"_qs), InfrastructureListModel::DetailRole)
                    .toString()
                    .startsWith(u"expires in 6 days"));
        QCOMPARE(model.data(row(u"blog-tls"_qs), InfrastructureListModel::StateRole).toString(),
                 u"ok"_qs);
        QCOMPARE(model.data(row(u"api-tls"_qs), InfrastructureListModel::StateRole).toString(),
                 u"failed"_qs);
        QCOMPARE(model.data(row(u"api-tls"_qs), InfrastructureListModel::DetailRole).toString(),
                 u"NotReady: challenge failed"_qs);

        // The next refresh with the same certificates: data changes, no reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(status, now.addDays(7));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.data(row(u"signconnect-tls"_qs), InfrastructureListModel::DetailRole)
                    .toString()
                    .startsWith(u"expired"));
    }

    void rolesCarryTheEnvironment()
    {
        EnvironmentListModel model;
        model.setEnvironments(m_pipeline.environments);
        const QModelIndex prod = model.index(2);
        QCOMPARE(model.data(prod, EnvironmentListModel::NameRole).toString(),
                 QStringLiteral("production"));
        QCOMPARE(model.data(prod, EnvironmentListModel::StageRole).toInt(), 3);
        QCOMPARE(model.data(prod, EnvironmentListModel::ClustersRole).toStringList(),
                 QStringList {QStringLiteral("oci-prod")});
        QCOMPARE(model.data(prod, EnvironmentListModel::PromotionRole).toString(),
                 QStringLiteral("pull-request"));
        QCOMPARE(model.data(model.index(1), EnvironmentListModel::PromotionRole).toString(),
                 QStringLiteral("commit"));
        QVERIFY(model.data(prod, EnvironmentListModel::IsLastRole).toBool());
        QVERIFY(!model.data(model.index(0), EnvironmentListModel::IsLastRole).toBool());
        QCOMPARE(model.roleNames().value(EnvironmentListModel::AppsOverlayRole),
                 QByteArray("appsOverlay"));

        auto *images = qobject_cast<DeclaredImageListModel *>(
            model.data(model.index(0), EnvironmentListModel::ImagesRole).value<QObject *>());
        QStringList versions;
        for (int row = 0; row < images->rowCount(); ++row) {
            versions << images->data(images->index(row), DeclaredImageListModel::AppRole).toString()
                    + u'='
                    + images->data(images->index(row), DeclaredImageListModel::VersionRole)
                          .toString();
        }
        QCOMPARE(versions,
                 (QStringList {QStringLiteral("paulojauregui-com=sha-e7d1a48"),
                               QStringLiteral("signconnect=sha-5b8c3a2")}));
    }

    void resetIsSignalled()
    {
        EnvironmentListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEnvironments(m_pipeline.environments);
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentListModel)
#include "tst_environmentlistmodel.moc"
