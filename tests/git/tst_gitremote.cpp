#include "gitcredentials.h"
#include "githttpserver.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Promenade;
using Git::Remote;
using Git::Repository;
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
QString errorText(const T &r)
{
    return r ? QString() : r.error().toString() + u" (" + r.error().detail() + u')';
}

QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines().append(message);
}

} // namespace

// Fetch and push over a real smart-HTTP server (git http-backend behind basic authentication
// on loopback), through each credential source Git users have: user info in the URL, a
// GitHub-style token in the environment, the GitHub CLI's hosts.yml, `git credential fill`.
class TestGitRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    QString m_projectRoot;
    std::unique_ptr<TestSupport::GitHttpServer> m_server;
    int m_counter = 0;

    // A fresh clone-like repository: `git init`, the origin remote at url, main tracking
    // origin/main.
    Result<Repository> cloneOf(const QString &url, QString *path)
    {
        *path = m_scratch.filePath(QStringLiteral("work%1").arg(++m_counter));
        auto repo = Repository::init(*path);
        if (!repo)
            return repo.error();
        if (Status s = repo->addRemote(QStringLiteral("origin"), url); !s)
            return s.error();
        return repo;
    }

    // Fetches origin, then makes main the remote's main (a fresh repository has no commit yet).
    Status fetchAndTrack(Repository &repo, const QString &path)
    {
        if (Status s = Remote(repo, QStringLiteral("origin")).fetch(); !s)
            return s;
        if (TestSupport::git(path,
                             {QStringLiteral("checkout"), QStringLiteral("-q"),
                              QStringLiteral("-B"), QStringLiteral("main"),
                              QStringLiteral("--track"), QStringLiteral("origin/main")})
                .exitCode
            != 0)
            return Error(Error::Kind::Failed, QStringLiteral("git checkout failed"));
        return {};
    }

    // Commits a change and pushes it; returns the remote's main afterwards.
    Status commitAndPush(Repository &repo, const QString &path, const QString &what)
    {
        writeFile(path + u'/' + what + QStringLiteral(".txt"), what.toUtf8() + '\n');
        auto id = repo.commitPaths({what + QStringLiteral(".txt")}, what, robot, robot);
        if (!id)
            return id.error();
        return Remote(repo, QStringLiteral("origin")).push({mainSpec});
    }

    QString remoteHead()
    {
        return gitOut(m_projectRoot + QStringLiteral("/repo.git"),
                      {QStringLiteral("rev-parse"), QStringLiteral("main")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_scratch.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("GH_CONFIG_DIR");
        // Every log line of the git category is kept, to check that no secret ever reaches one.
        QLoggingCategory::setFilterRules(QStringLiteral("promenade.git.debug=true"));
        qInstallMessageHandler(&collectLog);

        m_projectRoot = m_scratch.filePath(QStringLiteral("served"));
        const QString bare = m_projectRoot + QStringLiteral("/repo.git");
        QVERIFY(Repository::initBare(bare));
        const QString seed = m_scratch.filePath(QStringLiteral("seed"));
        auto seedRepo = Repository::init(seed);
        QVERIFY(seedRepo);
        writeFile(seed + QStringLiteral("/README.md"), "seed\n");
        QVERIFY(seedRepo->commitAll(QStringLiteral("Seed"), robot, robot));
        QVERIFY(seedRepo->addRemote(QStringLiteral("origin"), bare));
        QVERIFY(Remote(*seedRepo, QStringLiteral("origin")).push({mainSpec}));

        m_server = std::make_unique<TestSupport::GitHttpServer>(m_projectRoot);
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        m_server.reset();
    }

    void init()
    {
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");
        qunsetenv("GH_HOST");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GITHUB_ENTERPRISE_TOKEN");
        QFile::remove(m_home.filePath(QStringLiteral(".config/gh/hosts.yml")));
    }

    void redactsSecretsFromUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::addRow("password") << QStringLiteral("https://alice:s3cret@example.com/r.git")
                                  << QStringLiteral("https://alice@example.com/r.git");
        QTest::addRow("token as user")
            << QStringLiteral("https://ghp_0123456789abcdefghijklmnop@github.com/o/r.git")
            << QStringLiteral("https://***@github.com/o/r.git");
        QTest::addRow("plain") << QStringLiteral("https://github.com/o/r.git")
                               << QStringLiteral("https://github.com/o/r.git");
        QTest::addRow("scp-like") << QStringLiteral("git@github.com:o/r.git")
                                  << QStringLiteral("git@github.com:o/r.git");
    }

    void redactsSecretsFromUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Git::CredentialProvider::redactedUrl(url), expected);
    }

    void userInfoInTheUrl()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString path;
        auto repo = cloneOf(url.toString(), &path);
        QVERIFY(repo);
        Status s = fetchAndTrack(*repo, path);
        QVERIFY2(s, qPrintable(errorText(s)));
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/README.md")), QByteArray("seed\n"));
        s = commitAndPush(*repo, path, QStringLiteral("alice"));
        QVERIFY2(s, qPrintable(errorText(s)));
        QCOMPARE(remoteHead(), *repo->headCommitId());
        QCOMPARE(
            TestSupport::git(m_projectRoot + QStringLiteral("/repo.git"), {QStringLiteral("fsck")})
                .exitCode,
            0);
    }

    void wrongPasswordFailsClearlyAndBoundedly()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("not-the-password"));
        QString path;
        auto repo = cloneOf(url.toString(), &path);
        QVERIFY(repo);
        const int before = m_server->unauthorizedCount();
        const Status s = Remote(*repo, QStringLiteral("origin")).fetch();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::AuthenticationFailed);
        const QString expected
            = QStringLiteral("authentication failed for http://alice@127.0.0.1:%1/repo.git")
                  .arg(m_server->port());
        QCOMPARE(s.error().message(), expected);
        QVERIFY(!s.error().toString().contains(QStringLiteral("not-the-password")));
        QVERIFY(!s.error().detail().contains(QStringLiteral("not-the-password")));
        const int refused = m_server->unauthorizedCount() - before;
        QVERIFY2(refused >= 1 && refused <= 4, qPrintable(QString::number(refused)));
    }

    void noCredentialsAtAll()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QString path;
        auto repo = cloneOf(m_server->url(QStringLiteral("repo.git")), &path);
        QVERIFY(repo);
        const Status s = Remote(*repo, QStringLiteral("origin")).fetch();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY(s.error().message().startsWith(
            QStringLiteral("authentication failed for http://127.0.0.1:")));
    }

    void tokenFromTheEnvironment()
    {
        m_server->setCredentials(QStringLiteral("x-access-token"), QStringLiteral("ghs_envtoken"));
        // A GitHub Enterprise host GH_HOST names: the enterprise token, as gh reads it
        // (GITHUB_TOKEN is github.com's).
        qputenv("GH_HOST", QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toUtf8());
        qputenv("GITHUB_TOKEN", "ghs_envtoken");
        QString path;
        auto repo = cloneOf(m_server->url(QStringLiteral("repo.git")), &path);
        QVERIFY(repo);
        Status s = Remote(*repo, QStringLiteral("origin")).fetch();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::AuthenticationFailed);
        qunsetenv("GITHUB_TOKEN");
        qputenv("GH_ENTERPRISE_TOKEN", "ghs_envtoken");
        s = fetchAndTrack(*repo, path);
        QVERIFY2(s, qPrintable(errorText(s)));
        s = commitAndPush(*repo, path, QStringLiteral("token"));
        QVERIFY2(s, qPrintable(errorText(s)));
        QCOMPARE(remoteHead(), *repo->headCommitId());

        // The token is only for its host: without GH_HOST this host gets nothing.
        qunsetenv("GH_HOST");
        s = Remote(*repo, QStringLiteral("origin")).fetch();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY(!s.error().toString().contains(QStringLiteral("ghs_envtoken")));
    }

    void tokenFromGitHubCliHosts()
    {
        m_server->setCredentials(QStringLiteral("bob"), QStringLiteral("gho_hoststoken"));
        QVERIFY(
            writeFile(m_home.filePath(QStringLiteral(".config/gh/hosts.yml")),
                      QStringLiteral("github.com:\n    oauth_token: gho_other\n    user: someone\n"
                                     "127.0.0.1:%1:\n    oauth_token: gho_hoststoken\n    user: "
                                     "bob\n    git_protocol: https\n")
                          .arg(m_server->port())
                          .toUtf8()));
        QString path;
        auto repo = cloneOf(m_server->url(QStringLiteral("repo.git")), &path);
        QVERIFY(repo);
        Status s = fetchAndTrack(*repo, path);
        QVERIFY2(s, qPrintable(errorText(s)));
        s = commitAndPush(*repo, path, QStringLiteral("hosts"));
        QVERIFY2(s, qPrintable(errorText(s)));
        QCOMPARE(remoteHead(), *repo->headCommitId());
    }

    void gitCredentialHelper()
    {
        m_server->setCredentials(QStringLiteral("carol"), QStringLiteral("helper-pw"));
        const QString store = m_scratch.filePath(QStringLiteral("credentials-store"));
        QVERIFY(writeFile(store,
                          QStringLiteral("http://carol:helper-pw@127.0.0.1:%1\n")
                              .arg(m_server->port())
                              .toUtf8()));
        QString path;
        auto repo = cloneOf(m_server->url(QStringLiteral("repo.git")), &path);
        QVERIFY(repo);
        QCOMPARE(TestSupport::git(path,
                                  {QStringLiteral("config"), QStringLiteral("credential.helper"),
                                   QStringLiteral("store --file=") + store})
                     .exitCode,
                 0);
        Status s = fetchAndTrack(*repo, path);
        QVERIFY2(s, qPrintable(errorText(s)));
        s = commitAndPush(*repo, path, QStringLiteral("helper"));
        QVERIFY2(s, qPrintable(errorText(s)));
        QCOMPARE(remoteHead(), *repo->headCommitId());
        QVERIFY(TestSupport::readFile(store).contains("carol"));

        // The server changes the password: the helper's answer is refused, then rejected
        // (git credential reject erases it from the store), and the fetch fails clearly.
        m_server->setCredentials(QStringLiteral("carol"), QStringLiteral("rotated"));
        s = Remote(*repo, QStringLiteral("origin")).fetch();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY(!s.error().toString().contains(QStringLiteral("helper-pw")));
        QVERIFY2(!TestSupport::readFile(store).contains("carol"),
                 TestSupport::readFile(store).constData());
    }

    void rejectedPushOverHttp()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString aPath;
        QString bPath;
        auto a = cloneOf(url.toString(), &aPath);
        auto b = cloneOf(url.toString(), &bPath);
        QVERIFY(a && b);
        QVERIFY(fetchAndTrack(*a, aPath));
        QVERIFY(fetchAndTrack(*b, bPath));
        QVERIFY(commitAndPush(*b, bPath, QStringLiteral("first")));
        const QString bHead = remoteHead();
        const Status rejected = commitAndPush(*a, aPath, QStringLiteral("second"));
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind(), Error::Kind::PushRejected);
        QCOMPARE(remoteHead(), bHead);
        QVERIFY(Remote(*a, QStringLiteral("origin")).fetch());
        QVERIFY(a->resetToUpstream(QStringLiteral("promenade/rejected")));
        const Status retried = commitAndPush(*a, aPath, QStringLiteral("second"));
        QVERIFY2(retried, qPrintable(errorText(retried)));
        QCOMPARE(gitOut(aPath, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), bHead);
    }

    void fetchCancelledFromAnotherThread()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString path;
        auto created = cloneOf(url.toString(), &path);
        QVERIFY(created);
        Git::NetworkOptions options;
        std::atomic_int progressCalls = 0;
        options.progress = [&progressCalls](const Git::TransferProgress &) {
            ++progressCalls;
        };
        m_server->setDelayMs(400);
        progressCalls = 0;
        // The worker opens its own Repository: one per thread.
        QFuture<Status> future = QtConcurrent::run([path, options]() -> Status {
            auto repo = Repository::open(path);
            if (!repo)
                return repo.error();
            return Remote(*repo, QStringLiteral("origin")).fetch(options);
        });
        // Cancel once the fetch is under way (it has reported that it is connecting).
        QTRY_VERIFY_WITH_TIMEOUT(progressCalls >= 1, 10000);
        options.cancel.cancel();
        future.waitForFinished();
        m_server->setDelayMs(0);
        const Status s = future.result();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::Cancelled);
        QVERIFY(s.error().message().contains(QStringLiteral("cancelled")));
        QVERIFY(progressCalls >= 1);
        // Nothing was fetched.
        QVERIFY(TestSupport::git(path,
                                 {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                  QStringLiteral("-q"), QStringLiteral("origin/main")})
                    .exitCode
                != 0);

        // Cancelled before it starts: fails at once.
        Git::NetworkOptions early;
        early.cancel.cancel();
        QCOMPARE(Remote(*created, QStringLiteral("origin")).fetch(early).error().kind(),
                 Error::Kind::Cancelled);
        QCOMPARE(Remote(*created, QStringLiteral("origin")).push({mainSpec}, early).error().kind(),
                 Error::Kind::Cancelled);
    }

    void fetchCancelledDuringTheTransfer()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString path;
        QVERIFY(cloneOf(url.toString(), &path));
        // The first "receiving" report waits until the test thread has cancelled.
        auto receiving = std::make_shared<QSemaphore>();
        auto cancelled = std::make_shared<QSemaphore>();
        Git::NetworkOptions options;
        options.progress = [receiving, cancelled,
                            first = std::make_shared<bool>(true)](const Git::TransferProgress &p) {
            if (*first
                && (p.stage == Git::TransferProgress::Stage::Receiving
                    || p.stage == Git::TransferProgress::Stage::Indexing)) {
                *first = false;
                receiving->release();
                cancelled->tryAcquire(1, 10000);
            }
        };
        QFuture<Status> future = QtConcurrent::run([path, options]() -> Status {
            auto repo = Repository::open(path);
            if (!repo)
                return repo.error();
            return Remote(*repo, QStringLiteral("origin")).fetch(options);
        });
        QVERIFY(receiving->tryAcquire(1, 20000));
        options.cancel.cancel();
        cancelled->release();
        future.waitForFinished();
        const Status s = future.result();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::Cancelled);
        QVERIFY(TestSupport::git(path,
                                 {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                  QStringLiteral("-q"), QStringLiteral("origin/main")})
                    .exitCode
                != 0);
    }

    void pushCancelledDuringTheTransfer()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString path;
        auto repo = cloneOf(url.toString(), &path);
        QVERIFY(repo);
        QVERIFY(fetchAndTrack(*repo, path));
        writeFile(path + QStringLiteral("/cancelled.txt"), "never pushed\n");
        QVERIFY(repo->commitPaths({QStringLiteral("cancelled.txt")}, QStringLiteral("cancelled"),
                                  robot, robot));
        const QString before = remoteHead();
        auto sending = std::make_shared<QSemaphore>();
        auto cancelled = std::make_shared<QSemaphore>();
        Git::NetworkOptions options;
        options.progress = [sending, cancelled,
                            first = std::make_shared<bool>(true)](const Git::TransferProgress &p) {
            if (*first
                && (p.stage == Git::TransferProgress::Stage::Packing
                    || p.stage == Git::TransferProgress::Stage::Sending)) {
                *first = false;
                sending->release();
                cancelled->tryAcquire(1, 10000);
            }
        };
        QFuture<Status> future = QtConcurrent::run([path, options]() -> Status {
            auto worker = Repository::open(path);
            if (!worker)
                return worker.error();
            return Remote(*worker, QStringLiteral("origin")).push({mainSpec}, options);
        });
        QVERIFY(sending->tryAcquire(1, 20000));
        options.cancel.cancel();
        cancelled->release();
        future.waitForFinished();
        const Status s = future.result();
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(remoteHead(), before);
    }

    void progressIsReported()
    {
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QString path;
        auto repo = cloneOf(url.toString(), &path);
        QVERIFY(repo);
        QList<Git::TransferProgress::Stage> stages;
        Git::NetworkOptions options;
        options.progress = [&stages](const Git::TransferProgress &p) {
            stages.append(p.stage);
        };
        QVERIFY(Remote(*repo, QStringLiteral("origin")).fetch(options));
        QVERIFY(stages.contains(Git::TransferProgress::Stage::Receiving)
                || stages.contains(Git::TransferProgress::Stage::Indexing));
        QCOMPARE(stages.last(), Git::TransferProgress::Stage::Done);
    }

    // Last: nothing logged so far names a password or a token.
    void noSecretInAnyLogLine()
    {
        QVERIFY(logLines().size() > 10);
        QVERIFY(logLines().join(u'\n').contains(QStringLiteral("offering credentials from")));
        for (const char *secret : {"s3cret", "not-the-password", "ghs_envtoken", "gho_hoststoken",
                                   "gho_other", "helper-pw", "rotated"}) {
            for (const QString &line : std::as_const(logLines()))
                QVERIFY2(!line.contains(QLatin1String(secret)), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestGitRemote)
#include "tst_gitremote.moc"
