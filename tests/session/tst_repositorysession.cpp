#include "demorepository.h"
#include "demosession.h"
#include "liverepository.h"
#include "repositorysession.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// The tag a pipeline declares for an app in an environment (empty: none).
QString declaredTag(const Promenade::Pipeline &pipeline, const QString &environment,
                    const QString &app)
{
    if (const Promenade::Environment *env = pipeline.environment(environment)) {
        for (const Promenade::DeclaredImage &image : env->images) {
            if (image.app == app)
                return image.tag;
        }
    }
    return {};
}

// A generated GitOps repository (a real Git repository with its origin) in scratch/name, and
// a session that keeps its disk cache in scratch: the work tree (empty when it cannot be made).
QString scratchRepository(const QTemporaryDir &scratch, const QString &name,
                          Promenade::RepositorySession *session = nullptr)
{
    if (session)
        session->setStatusCacheDirectory(scratch.filePath(QStringLiteral("cache")));
    const auto created = Promenade::Demo::DemoRepository::generate(scratch.filePath(name));
    return created ? created->workTree : QString();
}

} // namespace

// The open repository: opening on a worker, the newest request winning, a clear error, the
// HEAD followed, and the live status arriving through it.
class TestRepositorySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAScratchRepository()
    {
        QTemporaryDir scratch;
        Promenade::RepositorySession session;
        const QString repo = scratchRepository(scratch, QStringLiteral("repo"), &session);
        QVERIFY(!repo.isEmpty());
        QSignalSpy read(&session, &Promenade::RepositorySession::pipelineRead);
        QSignalSpy changed(&session, &Promenade::RepositorySession::repositoryChanged);
        QSignalSpy loading(&session, &Promenade::RepositorySession::loadingChanged);
        session.open(repo);
        QVERIFY(session.loading()); // read on a worker: the call returns at once
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(read.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
        QCOMPARE(session.repositoryPath(), repo);
        QCOMPARE(session.repositoryName(), QStringLiteral("repo"));
        QVERIFY(!session.isDemo());
        QCOMPARE(session.pipeline().environments.size(), 3);
        QCOMPARE(session.pipeline().apps.size(), 2);
        // promenade.yaml names no service: no live status, nothing shown.
        QVERIFY(!session.liveStatus());
        QVERIFY(!session.status().fetchedAt.isValid());
        QVERIFY(session.statusPipeline() == std::nullopt);
    }

    void aNewerOpenSupersedesAnOlderOne()
    {
        QTemporaryDir scratch;
        Promenade::RepositorySession session;
        const QString first = scratchRepository(scratch, QStringLiteral("first"), &session);
        const QString second = scratchRepository(scratch, QStringLiteral("second"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QSignalSpy changed(&session, &Promenade::RepositorySession::repositoryChanged);
        QSignalSpy error(&session, &Promenade::RepositorySession::errorStringChanged);
        session.open(scratch.filePath(QStringLiteral("missing"))); // would fail
        session.open(first); // would open the first
        session.open(second);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        // Let the older workers finish: their results are dropped, not shown after.
        QTest::qWait(500);
        QCOMPARE(session.repositoryPath(), second);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(error.count(), 0);
        QVERIFY(session.errorString().isEmpty());
    }

    void aMissingFolderGivesAClearError()
    {
        QTemporaryDir scratch;
        Promenade::RepositorySession session;
        const QString repo = scratchRepository(scratch, QStringLiteral("repo"), &session);
        QVERIFY(!repo.isEmpty());
        session.open(repo);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        QVERIFY(session.hasRepository());

        const QString missing = scratch.filePath(QStringLiteral("no/such/folder"));
        QSignalSpy error(&session, &Promenade::RepositorySession::errorStringChanged);
        QSignalSpy read(&session, &Promenade::RepositorySession::pipelineRead);
        session.open(missing);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        QCOMPARE(error.count(), 1);
        QCOMPARE(read.count(), 1);
        QVERIFY2(session.errorString().contains(QStringLiteral("no such folder")),
                 qPrintable(session.errorString()));
        QVERIFY2(session.errorString().contains(QStringLiteral("no/such/folder")),
                 qPrintable(session.errorString()));
        // Not beside the earlier repository: nothing is open any more.
        QVERIFY(!session.hasRepository());
        QVERIFY(session.pipeline().environments.isEmpty());
        QVERIFY(!session.liveStatus());
    }

    // A repository whose services answer: the status comes through the session, and a commit
    // made behind its back (the command line, a pull) is noticed and read again.
    void followsTheLiveStatusAndTheHead()
    {
        TestSupport::LiveRepository live;
        QVERIFY(live.start());
        QTemporaryDir cache;
        Promenade::RepositorySession session;
        session.setStatusCacheDirectory(cache.path());
        int judged = 0; // statuses shown with the verdicts the service judged
        connect(&session, &Promenade::RepositorySession::statusShown, this,
                [&judged](const Promenade::VerdictJudge::ByEnvironment *verdicts) {
                    judged += verdicts ? 1 : 0;
                });
        session.open(live.root);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        QVERIFY(session.liveStatus());
        QVERIFY(session.statusPipeline().has_value());
        QCOMPARE(session.statusPipeline()->argoCd.constFirst().url,
                 live.plane->endpoints().argoCd.toString());
        QTRY_VERIFY_WITH_TIMEOUT(session.status().fetchedAt.isValid(), 30000);
        // The first status comes in part (Argo CD's answer) while the registry is asked.
        QTRY_VERIFY_WITH_TIMEOUT(session.status().loading.isEmpty(), 30000);
        QVERIFY(!session.statusIsCached());
        QVERIFY2(session.statusProblem().isEmpty(), qPrintable(session.statusProblem()));
        QVERIFY(session.status().knowsWhatRuns());
        QVERIFY(judged >= 1);

        const Promenade::Environment *staging = session.pipeline().environment(u"staging"_qs);
        QVERIFY(staging && !staging->images.isEmpty());
        const QString app = staging->images.constFirst().app;
        const QString before = declaredTag(session.pipeline(), QStringLiteral("staging"), app);
        QVERIFY(!before.isEmpty());
        const QString overlay
            = live.root + QStringLiteral("/apps/overlays/staging/kustomization.yaml");
        QByteArray text = TestSupport::readFile(overlay);
        QVERIFY(text.contains(before.toUtf8()));
        text.replace(before.toUtf8(), "sha-5e55107");
        QVERIFY(TestSupport::writeFile(overlay, text));
        QCOMPARE(TestSupport::git(
                     live.root,
                     {QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                      QStringLiteral("user.email=t@example.invalid"), QStringLiteral("commit"),
                      QStringLiteral("-qam"), QStringLiteral("Behind the window's back")})
                     .exitCode,
                 0);
        QSignalSpy changed(&session, &Promenade::RepositorySession::repositoryChanged);
        session.refreshStatus(); // the next collection finds the HEAD moved
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1 && !session.loading(), 30000);
        QCOMPARE(declaredTag(session.pipeline(), QStringLiteral("staging"), app),
                 QStringLiteral("sha-5e55107"));
        // Read again, the same repository: its status stays shown, still live.
        QVERIFY(session.liveStatus());
        QVERIFY(session.status().fetchedAt.isValid());
    }

    // The demo through the session: its services, its kubeconfig, and a status from every
    // service (the clusters' certificates come through the kubeconfig DemoSession wrote).
    void theDemoIsLive()
    {
        Promenade::RepositorySession session;
        // Whenever the endpoints are said to be known, they are the demo's own (on loopback):
        // what waits for them (a release's changes, a promotion's gates) never asks the
        // registries and the GitHub its repository names.
        QStringList askedElsewhere;
        int knownSeen = 0;
        connect(&session, &Promenade::RepositorySession::statusChanged, &session, [&] {
            if (!session.isDemo() || !session.endpointsKnown())
                return;
            ++knownSeen;
            const Promenade::Pipeline &endpoints = *session.statusPipeline();
            for (const QString &mirror : endpoints.registries) {
                if (QUrl(mirror).host() != u"127.0.0.1")
                    askedElsewhere << mirror;
            }
            for (const auto &argo : endpoints.argoCd) {
                if (QUrl(argo.url).host() != u"127.0.0.1")
                    askedElsewhere << argo.url;
            }
        });
        session.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 60000);
        QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
        QVERIFY(session.isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(session.endpointsKnown(), 60000);
        QVERIFY(knownSeen > 0); // told by statusChanged
        QVERIFY(!session.statusPipeline()->registries.isEmpty());
        QVERIFY2(askedElsewhere.isEmpty(), qPrintable(askedElsewhere.join(u' ')));
        QVERIFY(session.demo());
        QVERIFY(session.demo()->contains(session.repositoryPath()));
        QVERIFY(session.liveStatus());
        QTRY_VERIFY_WITH_TIMEOUT(session.status().fetchedAt.isValid(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session.status().loading.isEmpty(), 60000);
        QVERIFY2(session.statusProblem().isEmpty(), qPrintable(session.statusProblem()));
        QVERIFY(session.status().unreachable.isEmpty());
        QVERIFY(session.status().refused.isEmpty());
        QVERIFY(session.demo()->contains(session.statusOptions().kubeconfigPath));
        int certificates = 0;
        for (const Promenade::EnvironmentStatus &env : session.status().environments)
            certificates += static_cast<int>(env.certificates.size());
        QVERIFY(certificates > 0);

        // Another repository: the demo's services stop (its folder stays until another demo).
        QTemporaryDir scratch;
        const QString repo = scratchRepository(scratch, QStringLiteral("repo"), &session);
        QVERIFY(!repo.isEmpty());
        session.open(repo);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loading(), 30000);
        QVERIFY(!session.isDemo());
        QVERIFY(!session.demo()->servicesRunning());
        QVERIFY(!session.liveStatus());
        QVERIFY(session.endpointsKnown()); // a repository's own: promenade.yaml's and the settings
    }
};

QTEST_GUILESS_MAIN(TestRepositorySession)
#include "tst_repositorysession.moc"
