#include "demo/demorepository.h"
#include "declaredimagelistmodel.h"
#include "environmentlistmodel.h"
#include "pipelinecontroller.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        QTRY_VERIFY_WITH_TIMEOUT(!controller.statusTime().isEmpty(), 30000);
        auto *images = qobject_cast<DeclaredImageListModel *>(
            controller.environments()->data(controller.environments()->index(1), EnvironmentListModel::ImagesRole).value<QObject *>());
        QVERIFY(images);
        QVERIFY(images->data(images->index(0), DeclaredImageListModel::StatusKnownRole).toBool());
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::HealthRole).toString(), QStringLiteral("Healthy"));
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::BehindRole).toString(),
                 QStringLiteral("development runs sha-e7d1a48")); // staging's blog is ready to promote
    }

    void opensARepositoryAndRemembersIt()
    {
        QTemporaryDir scratch;
        const auto created = Promenade::Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("repo")));
        QVERIFY(created);
        PipelineController controller;
        controller.open(QUrl::fromLocalFile(created->workTree + QStringLiteral("/apps")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QCOMPARE(controller.repositoryPath(), created->workTree);
        QVERIFY(!controller.isDemo());
        QCOMPARE(controller.lastRepository(), created->workTree);
        QCOMPARE(controller.recentRepositories()->paths(), QStringList {created->workTree});
        // Another window (the next run) offers it as well.
        QCOMPARE(PipelineController().recentRepositories()->paths(), QStringList {created->workTree});
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
