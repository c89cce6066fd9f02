#include "githttpserver.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "systemgitpush.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Promenade;
using Git::Remote;
using Git::Repository;
using Git::SystemGitPush;
using TestSupport::writeFile;

namespace {

const Git::Signature robot {
    QStringLiteral("Test Robot"), QStringLiteral("robot@example.invalid"), {}};
const QString mainSpec = QStringLiteral("refs/heads/main:refs/heads/main");

QString gitOut(const QString &dir, const QStringList &args)
{
    return QString::fromUtf8(TestSupport::git(dir, args).out).trimmed();
}

template<typename T>
QByteArray errorText(const T &r)
{
    return r ? QByteArray() : (r.error().toString() + u" (" + r.error().detail() + u')').toUtf8();
}

// A pre-receive hook that prints a reason and refuses every push.
void installRefusingHook(const QString &bareRepository)
{
    const QString hook = bareRepository + QStringLiteral("/hooks/pre-receive");
    writeFile(hook,
              "#!/bin/sh\necho 'promotions to main need a change ticket (CHG-42)' >&2\nexit 1\n");
    QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner | QFile::ExeUser);
}

} // namespace

// Pushes that cannot lose work, against real remotes: a bare repository on this disk (the
// demo's layout, pushed through the installed git) and a smart-HTTP server (git http-backend).
// Two pushes racing into one local origin: exactly one lands, the other is told the remote
// moved on. A hook's refusal is a refusal with the hook's reason, not "the remote moved on".
class TestSystemGitPush : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_counter = 0;

    // A bare origin with one commit on main.
    QString newOrigin()
    {
        const QString bare = m_scratch.filePath(QStringLiteral("origin%1.git").arg(++m_counter));
        if (!Repository::initBare(bare))
            return {};
        const QString seed = m_scratch.filePath(QStringLiteral("seed%1").arg(m_counter));
        auto repo = Repository::init(seed);
        writeFile(seed + QStringLiteral("/README.md"), "seed\n");
        if (!repo || !repo->commitAll(QStringLiteral("Seed"), robot, robot)
            || !repo->addRemote(QStringLiteral("origin"), bare)
            || !Remote(*repo, QStringLiteral("origin")).push({mainSpec}))
            return {};
        return bare;
    }

    QString cloneOf(const QString &url)
    {
        const QString path = m_scratch.filePath(QStringLiteral("clone%1").arg(++m_counter));
        if (TestSupport::git(m_scratch.path(),
                             {QStringLiteral("clone"), QStringLiteral("-q"), url, path})
                .exitCode
            != 0)
            return {};
        return path;
    }

    static Result<QString> commitFile(Repository &repo, const QString &path, const QString &name)
    {
        writeFile(path + u'/' + name, name.toUtf8() + '\n');
        return repo.commitPaths({name}, name, robot, robot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QVERIFY2(!SystemGitPush::executable().isEmpty(), "git is installed");
    }

    void localUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::addRow("absolute") << QStringLiteral("/srv/git/repo.git") << true;
        QTest::addRow("relative") << QStringLiteral("../origin.git") << true;
        QTest::addRow("file") << QStringLiteral("file:///srv/repo.git") << true;
        QTest::addRow("bare word") << QStringLiteral("origin.git") << true;
        QTest::addRow("https") << QStringLiteral("https://github.com/o/r.git") << false;
        QTest::addRow("git") << QStringLiteral("git://host/r.git") << false;
        QTest::addRow("scp") << QStringLiteral("git@github.com:o/r.git") << false;
        QTest::addRow("ssh") << QStringLiteral("ssh://git@host/r.git") << false;
        QTest::addRow("path with colon") << QStringLiteral("./a:b.git") << true;
    }

    void localUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QCOMPARE(SystemGitPush::isLocalUrl(url), local);
    }

    void parsesPorcelainOutput()
    {
        const auto outcome = SystemGitPush::parse(
            "To /srv/origin.git\n"
            "!\trefs/heads/main:refs/heads/main\t[remote rejected] (pre-receive hook declined)\n"
            " \trefs/heads/a:refs/heads/a\t1111111..2222222\n"
            "!\trefs/heads/b:refs/heads/b\t[rejected] (fetch first)\n"
            "Done\n",
            "remote: no pushes on Fridays        \nremote: \nerror: failed to push some refs to "
            "'/srv/origin.git'\n");
        QCOMPARE(outcome.updates.size(), 3);
        QVERIFY(outcome.updates[0].rejected());
        QCOMPARE(outcome.updates[0].to, QStringLiteral("refs/heads/main"));
        QCOMPARE(outcome.updates[0].summary, QStringLiteral("[remote rejected]"));
        QCOMPARE(outcome.updates[0].reason, QStringLiteral("pre-receive hook declined"));
        QVERIFY(!outcome.updates[1].rejected());
        QCOMPARE(outcome.updates[1].summary, QStringLiteral("1111111..2222222"));
        QCOMPARE(outcome.updates[2].reason, QStringLiteral("fetch first"));
        QCOMPARE(outcome.remoteMessages, QStringList {QStringLiteral("no pushes on Fridays")});
    }

    // Two clones push to one local origin at the same moment, several times: every time exactly
    // one push lands, the other is PushRejected, and the origin holds the winner's commit (the
    // loser's is kept in its clone). libgit2's local transport used to let both "succeed".
    void racingPushesIntoOneLocalOrigin_data()
    {
        QTest::addColumn<bool>("withGit");
        QTest::addRow("through git-receive-pack") << true;
        QTest::addRow("no git installed: compare-and-swap") << false;
    }

    void racingPushesIntoOneLocalOrigin()
    {
        QFETCH(bool, withGit);
        const QByteArray path = qgetenv("PATH");
        const QString origin = newOrigin();
        QVERIFY(!origin.isEmpty());
        const QString aPath = cloneOf(origin);
        const QString bPath = cloneOf(origin);
        QVERIFY(!aPath.isEmpty() && !bPath.isEmpty());
        for (int round = 0; round < 4; ++round) {
            for (const QString &path : {aPath, bPath})
                QCOMPARE(TestSupport::git(path,
                                          {QStringLiteral("pull"), QStringLiteral("-q"),
                                           QStringLiteral("--ff-only")})
                             .exitCode,
                         0);
            auto a = Repository::open(aPath);
            auto b = Repository::open(bPath);
            QVERIFY(a && b);
            const auto aCommit = commitFile(*a, aPath, QStringLiteral("a%1.txt").arg(round));
            const auto bCommit = commitFile(*b, bPath, QStringLiteral("b%1.txt").arg(round));
            QVERIFY(aCommit && bCommit);

            QSemaphore start;
            auto push = [&start](const QString &path) -> Status {
                auto repo = Repository::open(path); // one Repository per thread
                if (!repo)
                    return repo.error();
                start.acquire();
                return Remote(*repo, QStringLiteral("origin")).push({mainSpec});
            };
            if (!withGit)
                qputenv("PATH", "/nonexistent");
            QCOMPARE(SystemGitPush::executable().isEmpty(), !withGit);
            auto aFuture = QtConcurrent::run(push, aPath);
            auto bFuture = QtConcurrent::run(push, bPath);
            start.release(2);
            const Status aPushed = aFuture.result();
            const Status bPushed = bFuture.result();
            qputenv("PATH", path);
            QVERIFY2(bool(aPushed) != bool(bPushed),
                     QByteArray(errorText(aPushed) + " / " + errorText(bPushed)).constData());
            const Status &lost = aPushed ? bPushed : aPushed;
            QCOMPARE(lost.error().kind(), Error::Kind::PushRejected);
            const QString winner = aPushed ? *aCommit : *bCommit;
            QCOMPARE(gitOut(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}), winner);
            // The loser's commit is still in its clone.
            const QString loserPath = aPushed ? bPath : aPath;
            const QString loserCommit = aPushed ? *bCommit : *aCommit;
            QCOMPARE(gitOut(loserPath, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
                     loserCommit);
            // Put the loser back on the origin's main for the next round (not part of the check).
            TestSupport::git(loserPath, {QStringLiteral("fetch"), QStringLiteral("-q")});
            TestSupport::git(loserPath,
                             {QStringLiteral("reset"), QStringLiteral("-q"),
                              QStringLiteral("--hard"), QStringLiteral("origin/main")});
        }
    }

    void hookRefusalOnALocalOriginIsShownWithItsReason()
    {
        const QString origin = newOrigin();
        const QString path = cloneOf(origin);
        QVERIFY(!origin.isEmpty() && !path.isEmpty());
        const QString before
            = gitOut(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        installRefusingHook(origin);
        auto repo = Repository::open(path);
        QVERIFY(repo);
        QVERIFY(commitFile(*repo, path, QStringLiteral("change.txt")));
        const Status pushed = Remote(*repo, QStringLiteral("origin")).push({mainSpec});
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().kind(), Error::Kind::Refused);
        QVERIFY2(pushed.error().message().contains(
                     QStringLiteral("promotions to main need a change ticket (CHG-42)")),
                 errorText(pushed));
        QVERIFY2(pushed.error().message().contains(QStringLiteral("pre-receive hook declined")),
                 errorText(pushed).constData());
        QCOMPARE(gitOut(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}), before);
    }

    void hookRefusalOverSmartHttpIsShownWithItsReason()
    {
        const QString projectRoot = m_scratch.filePath(QStringLiteral("served"));
        QDir().mkpath(projectRoot);
        const QString origin = newOrigin();
        QVERIFY(!origin.isEmpty());
        QVERIFY(QDir().rename(origin, projectRoot + QStringLiteral("/repo.git")));
        TestSupport::git(
            projectRoot + QStringLiteral("/repo.git"),
            {QStringLiteral("config"), QStringLiteral("http.receivepack"), QStringLiteral("true")});
        installRefusingHook(projectRoot + QStringLiteral("/repo.git"));
        TestSupport::GitHttpServer server(projectRoot);
        server.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(server.start());
        QUrl url(server.url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));

        const QString path = m_scratch.filePath(QStringLiteral("http-clone"));
        auto repo = Repository::init(path);
        QVERIFY(repo);
        QVERIFY(repo->addRemote(QStringLiteral("origin"), url.toString()));
        QVERIFY(Remote(*repo, QStringLiteral("origin")).fetch());
        QCOMPARE(TestSupport::git(path,
                                  {QStringLiteral("checkout"), QStringLiteral("-q"),
                                   QStringLiteral("-B"), QStringLiteral("main"),
                                   QStringLiteral("--track"), QStringLiteral("origin/main")})
                     .exitCode,
                 0);
        QVERIFY(commitFile(*repo, path, QStringLiteral("change.txt")));
        const Status pushed = Remote(*repo, QStringLiteral("origin")).push({mainSpec});
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().kind(), Error::Kind::Refused); // not "the remote moved on"
        QVERIFY2(pushed.error().message().contains(QStringLiteral("CHG-42")),
                 errorText(pushed).constData());
        QVERIFY2(!pushed.error().toString().contains(QStringLiteral("s3cret")),
                 errorText(pushed).constData());
    }

    void verifiedPushUpdatesTheRemoteTrackingRef()
    {
        const QString origin = newOrigin();
        const QString path = cloneOf(origin);
        auto repo = Repository::open(path);
        QVERIFY(repo);
        const auto id = commitFile(*repo, path, QStringLiteral("new.txt"));
        QVERIFY(id);
        const Status pushed = Remote(*repo, QStringLiteral("origin")).push({mainSpec});
        QVERIFY2(pushed, errorText(pushed).constData());
        QCOMPARE(gitOut(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}), *id);
        QCOMPARE(*repo->resolve(QStringLiteral("origin/main")), *id);
        const auto heads = Remote(*repo, QStringLiteral("origin")).heads();
        QVERIFY2(heads, errorText(heads).constData());
        QCOMPARE(heads->value(QStringLiteral("refs/heads/main")), *id);
    }
};

QTEST_GUILESS_MAIN(TestSystemGitPush)
#include "tst_systemgitpush.moc"
