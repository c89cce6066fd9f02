#include "declaredimagelistmodel.h"
#include "democontrolplane.h"
#include "demorepository.h"
#include "environmentlistmodel.h"
#include "liverepository.h"
#include "pipelinecontroller.h"
#include "statuscache.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant imageData(PipelineController &controller, int environment, int image, int role)
{
    auto *images = qobject_cast<DeclaredImageListModel *>(
        controller.environments()
            ->data(controller.environments()->index(environment), EnvironmentListModel::ImagesRole)
            .value<QObject *>());
    return images ? images->data(images->index(image), role) : QVariant();
}

// The window's first live status comes in part (Argo CD's answer) while the registries are
// asked: the status line says so until the whole status is in.
bool stillLoading(const PipelineController &controller)
{
    return controller.statusProblem().startsWith(QStringLiteral("still loading"));
}

} // namespace

// The controller behind the window: opening a repository off the GUI thread, the demo, and
// a clear error for a folder that is not a GitOps repository.
class TestPipelineController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pipelinecontroller"));
        QSettings().clear();
    }

    void opensTheDemo()
    {
        PipelineController controller;
        QSignalSpy loading(&controller, &PipelineController::loadingChanged);
        controller.openDemo();
        QVERIFY(controller.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QCOMPARE(loading.count(), 2);
        QVERIFY2(controller.errorString().isEmpty(), qPrintable(controller.errorString()));
        QVERIFY(controller.hasRepository());
        QVERIFY(controller.isDemo());
        QCOMPARE(controller.repositoryName(), QStringLiteral("homelab-gitops"));
        QCOMPARE(controller.environments()->rowCount(), 3);
        QCOMPARE(controller.appCount(), 2);
        QCOMPARE(controller.clusterCount(), 3);
        // The demo is not remembered as the last repository, nor among the recent ones.
        QVERIFY(controller.lastRepository().isEmpty());
        QCOMPARE(controller.recentRepositories()->count(), 0);

        // Its embedded control plane answers like Argo CD and the registry: live status arrives.
        QVERIFY(controller.liveStatus());
        // Argo CD's part first, the registry's facts after: "still loading" until then.
        QTRY_VERIFY_WITH_TIMEOUT(!controller.statusTime().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!stillLoading(controller), 30000);
        auto *images = qobject_cast<DeclaredImageListModel *>(
            controller.environments()
                ->data(controller.environments()->index(1), EnvironmentListModel::ImagesRole)
                .value<QObject *>());
        QVERIFY(images);
        QVERIFY(images->data(images->index(0), DeclaredImageListModel::StatusKnownRole).toBool());
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::HealthRole).toString(),
                 QStringLiteral("Healthy"));
        QCOMPARE(
            images->data(images->index(0), DeclaredImageListModel::BehindRole).toString(),
            QStringLiteral("development runs sha-e7d1a48")); // staging's blog is ready to promote
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::VerdictRole).toString(),
                 QStringLiteral("ready"));

        // The matrix shows the same pipeline and the same verdicts; cert-manager's chart is a
        // row after the two apps.
        AppMatrixModel *matrix = controller.matrix();
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->chartCount(), 1);
        QCOMPARE(matrix->columnCount(), 3);
        // Three cells are behind their upstream; one of them cannot take it: development's
        // signconnect build has no linux/arm64 image, which staging's nodes need (blocked).
        // And staging's cert-manager: development pins v1.17.1.
        QTRY_COMPARE_WITH_TIMEOUT(matrix->readyCount(), 3, 10000);
        QVERIFY(matrix->isReady(2, 1));
        QVERIFY(matrix->data(matrix->index(0, 1), AppMatrixModel::ReadyToPromoteRole).toBool());
        QStringList blocked;
        for (int row = 0; row < matrix->rowCount(); ++row) {
            for (int column = 0; column < matrix->columnCount(); ++column) {
                const QModelIndex cell = matrix->index(row, column);
                if (matrix->data(cell, AppMatrixModel::VerdictRole).toString() == u"blocked")
                    blocked << matrix->data(cell, AppMatrixModel::VerdictTextRole).toString();
            }
        }
        QCOMPARE(blocked.size(), 1);
        QVERIFY2(blocked.first().contains(QStringLiteral("linux/arm64")),
                 qPrintable(blocked.first()));
        QVERIFY(matrix->data(matrix->index(0, 1), AppMatrixModel::StatusKnownRole).toBool());

        // Reading the repository again (as after a commit) and the next live status keep the
        // matrix's rows: a view on it keeps its place.
        QSignalSpy reset(matrix, &QAbstractItemModel::modelReset);
        QSignalSpy status(&controller, &PipelineController::statusChanged);
        controller.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(status.count() >= 1, 30000);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(matrix->readyCount(), 3);
    }

    void opensALargeDemoWithLiveStatusForEveryApp()
    {
        // promenade --demo --apps N: the embedded Argo CD and registry know every synthetic
        // service, so that each cell of the matrix has what runs and what is available.
        PipelineController controller;
        controller.openDemo(20);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 60000);
        QVERIFY2(controller.errorString().isEmpty(), qPrintable(controller.errorString()));
        QCOMPARE(controller.appCount(), 20);
        AppMatrixModel *matrix = controller.matrix();
        QCOMPARE(matrix->rowCount(), 20 + matrix->chartCount());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.statusTime().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!stillLoading(controller), 30000);
        QVERIFY2(controller.statusProblem().isEmpty(), qPrintable(controller.statusProblem()));
        for (int row = 0; row < matrix->rowCount(); ++row) {
            for (int column = 0; column < matrix->columnCount(); ++column) {
                const QModelIndex cell = matrix->index(row, column);
                const QString where = matrix->data(cell, AppMatrixModel::AppRole).toString() + u'/'
                    + matrix->data(cell, AppMatrixModel::EnvironmentRole).toString();
                QVERIFY2(matrix->data(cell, AppMatrixModel::StatusKnownRole).toBool(),
                         qPrintable(where));
                QCOMPARE(matrix->data(cell, AppMatrixModel::HealthRole).toString(),
                         QStringLiteral("Healthy"));
                QVERIFY2(matrix->data(cell, AppMatrixModel::ProblemRole).toString().isEmpty(),
                         qPrintable(where + u": "
                                    + matrix->data(cell, AppMatrixModel::ProblemRole).toString()));
            }
        }
    }

    void opensARepositoryAndRemembersIt()
    {
        QTemporaryDir scratch;
        const auto created
            = Promenade::Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("repo")));
        QVERIFY(created);
        PipelineController controller;
        controller.open(
            QUrl::fromLocalFile(created->workTree + QStringLiteral("/apps")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QCOMPARE(controller.repositoryPath(), created->workTree);
        QVERIFY(!controller.isDemo());
        QCOMPARE(controller.lastRepository(), created->workTree);
        QCOMPARE(controller.recentRepositories()->paths(), QStringList {created->workTree});
        // Another window (the next run) offers it as well.
        QCOMPARE(PipelineController().recentRepositories()->paths(),
                 QStringList {created->workTree});
    }

    void aFolderThatIsNotARepositoryGivesAClearError()
    {
        QTemporaryDir empty;
        PipelineController controller;
        controller.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QVERIFY(controller.hasRepository());

        QSignalSpy error(&controller, &PipelineController::errorStringChanged);
        controller.open(empty.path());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QCOMPARE(error.count(), 1);
        QVERIFY(controller.errorString().contains(QStringLiteral("not a GitOps repository")));
        QVERIFY(!controller.hasRepository());
        QCOMPARE(controller.environments()->rowCount(), 0);
    }

    // The last live status is kept on disk; the next session shows it at once, marked cached,
    // until the services answer.
    void opensOnTheCachedStatusUntilTheServicesAnswer()
    {
        TestSupport::LiveRepository live;
        QVERIFY(live.start());
        QTemporaryDir cache;
        {
            PipelineController first;
            first.setStatusCacheDirectory(cache.path());
            first.open(live.root);
            QTRY_VERIFY_WITH_TIMEOUT(!first.loading(), 30000);
            QVERIFY(first.liveStatus());
            QVERIFY(!first.statusIsCached());
            QTRY_VERIFY_WITH_TIMEOUT(!first.statusTime().isEmpty(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(!stillLoading(first), 30000);
            QVERIFY2(first.statusProblem().isEmpty(), qPrintable(first.statusProblem()));
            QCOMPARE(first.statusStamp(), QStringLiteral("as of %1").arg(first.statusTime()));
            QTRY_VERIFY_WITH_TIMEOUT(Promenade::Clients::StatusCache(cache.path())
                                         .load(QStringLiteral("status:") + live.root)
                                         .has_value(),
                                     10000);
        }
        // No credential is in the cache.
        const QStringList files = QDir(cache.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(!TestSupport::readFile(cache.filePath(files.first()))
                     .contains(live.plane->endpoints().argoCdToken.toUtf8()));

        PipelineController second;
        second.setStatusCacheDirectory(cache.path());
        // What the window would show at each change: cached first, then live.
        QList<std::pair<bool, QString>> shown;
        connect(&second, &PipelineController::statusChanged, &second, [&] {
            if (!second.statusTime().isEmpty())
                shown.append({second.statusIsCached(), second.statusStamp()});
        });
        second.open(live.root);
        QTRY_VERIFY_WITH_TIMEOUT(!second.loading(), 30000);
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.first().first);
        QVERIFY2(shown.first().second.endsWith(QStringLiteral(", cached")),
                 qPrintable(shown.first().second));
        QTRY_VERIFY_WITH_TIMEOUT(!second.statusIsCached(), 30000);
        QVERIFY(second.statusProblem().isEmpty());
        QVERIFY(!second.statusStamp().contains(QStringLiteral("cached")));
        QVERIFY(imageData(second, 1, 0, DeclaredImageListModel::StatusKnownRole).toBool());
    }

    // When the services cannot be reached, the last status stays with its age and the reason,
    // rather than blanking the pipeline.
    void keepsTheLastStatusWhenArgoCdIsUnreachable()
    {
        TestSupport::LiveRepository live;
        QVERIFY(live.start());
        QTemporaryDir cache;
        PipelineController controller;
        controller.setStatusCacheDirectory(cache.path());
        controller.open(live.root);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading() && !controller.statusTime().isEmpty(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!Promenade::Clients::StatusCache(cache.path()).keys().isEmpty(),
                                 10000);
        const QString time = controller.statusTime();
        QCOMPARE(imageData(controller, 1, 0, DeclaredImageListModel::HealthRole).toString(),
                 QStringLiteral("Healthy"));

        live.plane.reset(); // Argo CD and the registry go away
        controller.refreshStatus();
        // Argo CD first, then the registry when its tag list was asked again (not when the
        // window's registry cache still held it).
        const auto unreachable = [](const QString &problem) {
            return problem == u"Argo CD unreachable" || problem == u"Argo CD, Registry unreachable";
        };
        QTRY_VERIFY2_WITH_TIMEOUT(unreachable(controller.statusProblem()),
                                  qPrintable(controller.statusProblem()), 30000);
        QCOMPARE(controller.statusTime(), time);
        QVERIFY(!controller.statusIsCached());
        QCOMPARE(controller.statusStamp(),
                 QStringLiteral("as of %1 — %2").arg(time, controller.statusProblem()));
        QVERIFY(controller.statusAge() >= 0);
        QVERIFY(imageData(controller, 1, 0, DeclaredImageListModel::StatusKnownRole).toBool());
        QCOMPARE(imageData(controller, 1, 0, DeclaredImageListModel::HealthRole).toString(),
                 QStringLiteral("Healthy"));

        // A new session, still offline: the cached status, saying both why and that it is cached.
        PipelineController offline;
        offline.setStatusCacheDirectory(cache.path());
        offline.open(live.root);
        QTRY_VERIFY_WITH_TIMEOUT(!offline.loading(), 30000);
        QVERIFY(offline.statusIsCached());
        QCOMPARE(offline.statusTime(), time);
        QTRY_VERIFY2_WITH_TIMEOUT(unreachable(offline.statusProblem()),
                                  qPrintable(offline.statusProblem()), 30000);
        QVERIFY(offline.statusIsCached());
        QCOMPARE(offline.statusStamp(),
                 QStringLiteral("as of %1, cached — %2").arg(time, offline.statusProblem()));
        QVERIFY(imageData(offline, 1, 0, DeclaredImageListModel::StatusKnownRole).toBool());
    }

    // A repository that names no services has no live status, and shows no stamp.
    void noStampWithoutServices()
    {
        QTemporaryDir scratch;
        const auto created
            = Promenade::Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("repo")));
        QVERIFY(created);
        PipelineController controller;
        controller.setStatusCacheDirectory(scratch.filePath(QStringLiteral("cache")));
        controller.open(created->workTree);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QVERIFY(!controller.liveStatus());
        QVERIFY(controller.statusStamp().isEmpty());
        QCOMPARE(controller.statusAge(), -1);
    }

    void aNewerRequestWins()
    {
        QTemporaryDir empty;
        PipelineController controller;
        controller.open(empty.path());
        controller.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QVERIFY(controller.errorString().isEmpty());
        QVERIFY(controller.isDemo());
    }
};

QTEST_GUILESS_MAIN(TestPipelineController)
#include "tst_pipelinecontroller.moc"
