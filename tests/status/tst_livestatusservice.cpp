#include "fakehttpserver.h"
#include "gitrepository.h"
#include "livedemo.h"
#include "livestatusservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Promenade;

namespace {

QString headOf(const QString &root)
{
    auto repo = Git::Repository::open(root);
    auto head = repo ? repo->headCommitId() : Result<QString>(QString());
    return head ? *head : QString();
}

// The GUI thread's view of a thread: the largest gap between two ticks of a 10 ms timer.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_sinceTick.start();
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longestGap = std::max(m_longestGap, m_sinceTick.restart()); });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(10);
    }
    [[nodiscard]] qint64 longestGap() const { return m_longestGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestGap = 0;
};

} // namespace

// The live status service (the window's): collections on a thread of its own, snapshots on the
// caller's, the keep-last rule, and the repository's HEAD followed.
class TestLiveStatusService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::LiveDemo> m_demo;

    LiveStatusSettings settings() const
    {
        LiveStatusSettings s;
        s.pipeline = m_demo->pipeline;
        s.options = m_demo->options;
        s.interval = std::chrono::minutes(10); // refreshed by the tests only
        return s;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_demo = TestSupport::LiveDemo::create(4, &error);
        QVERIFY2(m_demo, qPrintable(error));
    }

    void cleanup() { m_demo.reset(); }

    // A Docker credential helper that takes seconds (as one asking for a password may): the
    // caller's thread goes on meanwhile, and the snapshot comes to it.
    void aBlockingCredentialHelperDoesNotBlockTheCaller()
    {
        QTemporaryDir tools;
        const QString marker = tools.filePath(QStringLiteral("asked"));
        const QString helper = tools.filePath(QStringLiteral("docker-credential-slow"));
        QVERIFY(TestSupport::writeFile(
            helper,
            "#!/bin/sh\ncat >/dev/null\ntouch '" + marker.toUtf8()
                + "'\nsleep 3\necho 'credentials not found in native keychain'\nexit 1\n"));
        QVERIFY(QFile::setPermissions(helper, QFile::permissions(helper) | QFile::ExeOwner));
        QVERIFY(TestSupport::writeFile(tools.filePath(QStringLiteral("config.json")),
                                       R"({"credsStore": "slow"})"));
        const QByteArray path = qgetenv("PATH");
        const QByteArray dockerConfig = qgetenv("DOCKER_CONFIG");
        qputenv("PATH", tools.path().toUtf8() + ':' + path);
        qputenv("DOCKER_CONFIG", tools.path().toUtf8());

        LiveStatusService service;
        QList<QThread *> deliveredOn;
        connect(&service, &LiveStatusService::snapshotChanged, this,
                [&] { deliveredOn << QThread::currentThread(); });
        Watchdog watchdog;
        service.start(settings());
        QVERIFY(service.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot().status.fetchedAt.isValid(), 60000);
        qputenv("PATH", path);
        qputenv("DOCKER_CONFIG", dockerConfig);

        QVERIFY2(QFile::exists(marker), "the credential helper was not asked");
        // The helper slept 3 s on the service's thread; this one kept ticking.
        QVERIFY2(watchdog.longestGap() < 1500, qPrintable(QString::number(watchdog.longestGap())));
        QVERIFY(!deliveredOn.isEmpty());
        for (QThread *thread : std::as_const(deliveredOn))
            QCOMPARE(thread, QThread::currentThread());
        const LiveStatusSnapshot &snapshot = service.snapshot();
        QCOMPARE(snapshot.collection, 1);
        QVERIFY(!snapshot.cached);
        QVERIFY2(snapshot.problem.isEmpty(), qPrintable(snapshot.problem));
        QVERIFY(snapshot.status.knowsWhatRuns());
        // The verdicts come with it, judged on the service's thread: one per environment × app.
        qsizetype verdicts = 0;
        for (const auto &byApp : snapshot.verdicts)
            verdicts += byApp.size();
        qsizetype cells = 0;
        for (const EnvironmentStatus &env : snapshot.status.environments)
            cells += env.apps.size();
        QVERIFY(cells > 0);
        QCOMPARE(verdicts, cells);
    }

    // While Argo CD cannot be reached, the last status that knew what runs stays, with why.
    void keepsTheLastStatusWhenAServiceIsUnreachable()
    {
        LiveStatusService service;
        service.start(settings());
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot().status.fetchedAt.isValid(), 60000);
        const LiveStatusSnapshot first = service.snapshot();
        QVERIFY(first.status.knowsWhatRuns());
        QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));

        m_demo->plane.reset(); // every service goes away
        // A collection started before the services went away may still answer first (the
        // demo's watch asks again after a change): wait for the one that finds them gone.
        service.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(
            service.snapshot().problem.startsWith(QStringLiteral("Argo CD, "))
                && service.snapshot().problem.contains(QStringLiteral(" unreachable")),
            qPrintable(service.snapshot().problem + u" / collection "
                       + QString::number(service.snapshot().collection)),
            20000);
        const LiveStatusSnapshot &kept = service.snapshot();
        // What is shown is the last status that knew what runs, not the failed collection.
        QVERIFY(kept.collection >= first.collection);
        QVERIFY(kept.status.fetchedAt.isValid());
        QVERIFY(kept.status.knowsWhatRuns());
    }

    // A commit since the repository was read: the service says so rather than report on what
    // is no longer declared, and goes on once it is given the repository again.
    void tellsWhenTheRepositoryHasANewCommit()
    {
        const QString root = m_demo->pipeline.root;
        LiveStatusSettings s = settings();
        s.headCommit = headOf(root);
        QVERIFY(!s.headCommit.isEmpty());
        LiveStatusService service;
        QSignalSpy moved(&service, &LiveStatusService::headMoved);
        service.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().collection, 1, 60000);
        QCOMPARE(moved.count(), 0);

        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-C"), root, QStringLiteral("-c"),
                   QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                   QStringLiteral("user.email=test@example.invalid"), QStringLiteral("commit"),
                   QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                   QStringLiteral("a promotion from the command line")});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(git.exitCode(), 0);
        const QString newHead = headOf(root);
        QVERIFY(newHead != s.headCommit);

        service.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 1, 30000);
        service.refresh(); // nothing is collected until the repository is given again
        QTest::qWait(200);
        QCOMPARE(service.snapshot().collection, 1);
        service.setPipeline(m_demo->pipeline, newHead);
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().collection, 2, 60000);
        QCOMPARE(moved.count(), 1);
    }
    // Progressive (the window's first collection): Argo CD's answer is shown while the registry
    // is asked — here one that answers only after 1.5 s — with what is still loading said, no
    // registry fact and no verdict that needs one; then the whole status.
    void aFirstCollectionComesInPartWhileTheRegistryIsAsked()
    {
        TestSupport::FakeHttpServer slowRegistry;
        slowRegistry.setHandler([](const TestSupport::FakeRequest &) {
            auto r = TestSupport::FakeResponse::json(
                R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]})",
                404);
            r.fault = TestSupport::FakeResponse::Fault::Delay;
            r.delayMs = 1500;
            return r;
        });
        QVERIFY(slowRegistry.listen());
        LiveStatusSettings s = settings();
        s.progressive = true;
        s.pipeline.registries.insert(QStringLiteral("ghcr.io"), slowRegistry.url().toString());
        LiveStatusService service;
        QList<LiveStatusSnapshot> seen;
        connect(&service, &LiveStatusService::snapshotChanged, this,
                [&] { seen << service.snapshot(); });
        service.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last().status.loading.isEmpty()
                                     && seen.last().collection >= 2,
                                 60000);

        const LiveStatusSnapshot &part = seen.first();
        QCOMPARE(part.collection, 1);
        QVERIFY(!part.status.loading.isEmpty());
        QVERIFY2(part.problem.startsWith(QStringLiteral("still loading: ")),
                 qPrintable(part.problem));
        QVERIFY(part.problem.contains(QStringLiteral("Registry ghcr.io")));
        QVERIFY(part.status.knowsWhatRuns()); // Argo CD's answer is there
        int waiting = 0;
        for (const EnvironmentStatus &env : part.status.environments) {
            for (const AppStatus &a : env.apps) {
                QVERIFY2(!a.availableKnown, qPrintable(env.name + u' ' + a.app));
                QVERIFY(a.problems.isEmpty() || !a.problems.join(u' ').contains(u"registry"));
                const PromotionVerdict v = part.verdicts.value(env.name).value(a.app);
                // Ready and blocked need the registry: neither is claimed before it answered.
                QVERIFY2(v.kind != PromotionVerdict::Kind::Ready
                             && v.kind != PromotionVerdict::Kind::Blocked,
                         qPrintable(v.sentence));
                if (v.kind == PromotionVerdict::Kind::Unknown) {
                    QVERIFY2(v.sentence.contains(QStringLiteral("still loading")),
                             qPrintable(v.sentence));
                    ++waiting;
                }
            }
        }
        QVERIFY2(waiting > 0, "the demo has promotions waiting for the registry's facts");

        const LiveStatusSnapshot &whole = seen.last();
        QCOMPARE(whole.collection, 2);
        QVERIFY(whole.status.loading.isEmpty());
        QVERIFY(!whole.problem.startsWith(QStringLiteral("still loading")));
        bool registryProblem = false; // what the registry said is in the whole status
        for (const EnvironmentStatus &env : whole.status.environments) {
            for (const AppStatus &a : env.apps)
                registryProblem = registryProblem || !a.problems.isEmpty();
        }
        QVERIFY(registryProblem);
    }

    // In the end the progressive collection tells the same truth as one that waits for all.
    void theWholeStatusAfterThePartIsTheSame()
    {
        LiveStatusSettings s = settings();
        LiveStatusService waiting;
        waiting.start(s);
        s.progressive = true;
        LiveStatusService progressive;
        int snapshots = 0;
        connect(&progressive, &LiveStatusService::snapshotChanged, this, [&] { ++snapshots; });
        progressive.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(waiting.snapshot().collection == 1
                                     && progressive.snapshot().status.fetchedAt.isValid()
                                     && progressive.snapshot().status.loading.isEmpty(),
                                 60000);
        const LiveStatusSnapshot &a = waiting.snapshot();
        const LiveStatusSnapshot &b = progressive.snapshot();
        QVERIFY(a.status.loading.isEmpty());
        QCOMPARE(b.problem, a.problem);
        QStringList left = a.verdicts.keys();
        QStringList right = b.verdicts.keys();
        left.sort();
        right.sort();
        QCOMPARE(right, left);
        for (auto env = a.verdicts.cbegin(); env != a.verdicts.cend(); ++env) {
            for (auto app = env->cbegin(); app != env->cend(); ++app) {
                const PromotionVerdict other = b.verdicts.value(env.key()).value(app.key());
                QCOMPARE(other.toJson(), app->toJson());
            }
        }
        QJsonObject waited = a.status.toJson();
        QJsonObject followed = b.status.toJson();
        waited.remove(QStringLiteral("fetchedAt"));
        followed.remove(QStringLiteral("fetchedAt"));
        QCOMPARE(followed, waited);
    }
};

QTEST_GUILESS_MAIN(TestLiveStatusService)
#include "tst_livestatusservice.moc"
