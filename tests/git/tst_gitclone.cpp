#include "githttpserver.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Promenade;
using Git::Remote;
using Git::Repository;
using TestSupport::writeFile;

namespace {

const Git::Signature robot {
    QStringLiteral("Test Robot"), QStringLiteral("robot@example.invalid"), {}};

template<typename T>
QString errorText(const T &r)
{
    return r ? QString() : r.error().toString() + u" (" + r.error().detail() + u')';
}

// Everything in a folder, hidden entries included: a failed clone must leave nothing.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// A clone on a worker thread hands back only its outcome (a Repository stays on its thread).
Status cloneStatus(const QString &url, const QString &path, const Git::NetworkOptions &options)
{
    auto repo = Remote::clone(url, path, options);
    if (!repo)
        return repo.error();
    return {};
}

} // namespace

// Cloning with libgit2: from a local bare repository (file://) and over a real smart-HTTP
// server with basic authentication; progress, clear errors, and never a half-written folder.
class TestGitClone : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    QString m_projectRoot;
    QString m_bare;
    QString m_seedHead;
    std::unique_ptr<TestSupport::GitHttpServer> m_server;
    int m_counter = 0;

    // A fresh, empty parent folder for one clone.
    QString freshParent()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("clones%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    QString httpUrl(const QString &password)
    {
        QUrl url(m_server->url(QStringLiteral("repo.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(password);
        return url.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_scratch.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");

        m_projectRoot = m_scratch.filePath(QStringLiteral("served"));
        m_bare = m_projectRoot + QStringLiteral("/repo.git");
        QVERIFY(Repository::initBare(m_bare));
        const QString seed = m_scratch.filePath(QStringLiteral("seed"));
        auto seedRepo = Repository::init(seed);
        QVERIFY(seedRepo);
        writeFile(seed + QStringLiteral("/README.md"), "seed\n");
        writeFile(seed + QStringLiteral("/apps/base/kustomization.yaml"), "resources: []\n");
        auto head = seedRepo->commitAll(QStringLiteral("Seed"), robot, robot);
        QVERIFY(head);
        m_seedHead = *head;
        QVERIFY(seedRepo->addRemote(QStringLiteral("origin"), m_bare));
        QVERIFY(Remote(*seedRepo, QStringLiteral("origin"))
                    .push({QStringLiteral("refs/heads/main:refs/heads/main")}));

        m_server = std::make_unique<TestSupport::GitHttpServer>(m_projectRoot);
        QVERIFY(m_server->start());
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void clonesALocalBareRepositoryOverFileUrl()
    {
        const QString parent = freshParent();
        const QString path = parent + QStringLiteral("/checkout");
        QList<Git::TransferProgress::Stage> stages;
        quint64 filesTotal = 0;
        Git::NetworkOptions options;
        options.progress = [&](const Git::TransferProgress &p) {
            stages.append(p.stage);
            if (p.stage == Git::TransferProgress::Stage::CheckingOut)
                filesTotal = p.total;
        };
        auto repo = Remote::clone(QUrl::fromLocalFile(m_bare).toString(), path, options);
        QVERIFY2(repo, qPrintable(errorText(repo)));
        QCOMPARE(QDir::cleanPath(repo->workTree()), QDir::cleanPath(path));
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/README.md")), QByteArray("seed\n"));
        QCOMPARE(*repo->headCommitId(), m_seedHead);
        QCOMPARE(*repo->currentBranch(), QStringLiteral("main"));
        QCOMPARE(*repo->upstreamOf(QStringLiteral("main")), QStringLiteral("origin/main"));
        QCOMPARE(*repo->remoteUrl(QStringLiteral("origin")),
                 QUrl::fromLocalFile(m_bare).toString());
        // Git itself agrees that the clone is whole.
        QCOMPARE(TestSupport::git(path, {QStringLiteral("fsck")}).exitCode, 0);
        QCOMPARE(
            TestSupport::git(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QByteArray());
        // Progress: objects arrived, files were checked out (README + kustomization), then done.
        QVERIFY(stages.contains(Git::TransferProgress::Stage::CheckingOut));
        QCOMPARE(filesTotal, quint64(2));
        QCOMPARE(stages.last(), Git::TransferProgress::Stage::Done);
        // Only the clone is left in the parent: the staging folder became it.
        QCOMPARE(entriesOf(parent), QStringList {QStringLiteral("checkout")});
    }

    void clonesIntoAnExistingEmptyFolderAndCreatesParents()
    {
        const QString parent = freshParent();
        QVERIFY(QDir().mkpath(parent + QStringLiteral("/empty")));
        auto repo = Remote::clone(m_bare, parent + QStringLiteral("/empty"));
        QVERIFY2(repo, qPrintable(errorText(repo)));
        QVERIFY(QFileInfo::exists(parent + QStringLiteral("/empty/README.md")));

        auto nested = Remote::clone(QUrl::fromLocalFile(m_bare).toString(),
                                    parent + QStringLiteral("/a/b/c"));
        QVERIFY2(nested, qPrintable(errorText(nested)));
        QVERIFY(QFileInfo::exists(parent + QStringLiteral("/a/b/c/README.md")));
        QCOMPARE(entriesOf(parent + QStringLiteral("/a/b")), QStringList {QStringLiteral("c")});
    }

    void refusesADestinationThatIsNotEmpty()
    {
        const QString parent = freshParent();
        writeFile(parent + QStringLiteral("/taken/notes.txt"), "mine\n");
        auto repo = Remote::clone(QUrl::fromLocalFile(m_bare).toString(),
                                  parent + QStringLiteral("/taken"));
        QVERIFY(!repo);
        QCOMPARE(repo.error().kind(), Error::Kind::Refused);
        QVERIFY2(repo.error().message().contains(QStringLiteral("is not empty")),
                 qPrintable(repo.error().message()));
        QCOMPARE(entriesOf(parent + QStringLiteral("/taken")),
                 QStringList {QStringLiteral("notes.txt")});
        QCOMPARE(entriesOf(parent), QStringList {QStringLiteral("taken")});

        writeFile(parent + QStringLiteral("/file"), "x\n");
        auto onFile = Remote::clone(QUrl::fromLocalFile(m_bare).toString(),
                                    parent + QStringLiteral("/file"));
        QVERIFY(!onFile);
        QCOMPARE(onFile.error().kind(), Error::Kind::Refused);
    }

    void rejectsWhatIsNotAGitUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("empty") << QString();
        QTest::addRow("words") << QStringLiteral("my repository");
        QTest::addRow("ftp") << QStringLiteral("ftp://example.com/repo.git");
        QTest::addRow("no path") << QStringLiteral("https://example.com");
        QTest::addRow("relative") << QStringLiteral("some/folder");
    }

    void rejectsWhatIsNotAGitUrl()
    {
        QFETCH(QString, url);
        QVERIFY(!Remote::isCloneUrl(url));
        const QString parent = freshParent();
        auto repo = Remote::clone(url, parent + QStringLiteral("/x"));
        QVERIFY(!repo);
        QCOMPARE(repo.error().kind(), Error::Kind::BadInput);
        QVERIFY(repo.error().message().contains(QStringLiteral("is not a Git URL")));
        QVERIFY(entriesOf(parent).isEmpty());
    }

    void recognisesGitUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("folder");
        QTest::addRow("https") << QStringLiteral("https://github.com/howdiggy/homelab-gitops.git")
                               << QStringLiteral("homelab-gitops");
        QTest::addRow("https, no .git")
            << QStringLiteral("https://github.com/howdiggy/homelab-gitops/")
            << QStringLiteral("homelab-gitops");
        QTest::addRow("scp-like") << QStringLiteral("git@github.com:howdiggy/gitops.git")
                                  << QStringLiteral("gitops");
        QTest::addRow("ssh") << QStringLiteral("ssh://git@example.com:2222/team/deploy.git")
                             << QStringLiteral("deploy");
        QTest::addRow("file") << QStringLiteral("file:///srv/git/release.git")
                              << QStringLiteral("release");
    }

    void recognisesGitUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, folder);
        QVERIFY(Remote::isCloneUrl(url));
        QCOMPARE(Remote::cloneFolderName(url), folder);
    }

    void aMissingRepositoryIsNotFound()
    {
        const QString parent = freshParent();
        auto local = Remote::clone(
            QUrl::fromLocalFile(m_scratch.filePath(QStringLiteral("nothing.git"))).toString(),
            parent + QStringLiteral("/x"));
        QVERIFY(!local);
        QVERIFY2(local.error().kind() == Error::Kind::NotFound, qPrintable(errorText(local)));
        QVERIFY(entriesOf(parent).isEmpty());

        QUrl url(m_server->url(QStringLiteral("missing.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        auto remote = Remote::clone(url.toString(), parent + QStringLiteral("/y"));
        QVERIFY(!remote);
        QCOMPARE(remote.error().kind(), Error::Kind::NotFound);
        QVERIFY2(remote.error().message().contains(QStringLiteral("check the URL")),
                 qPrintable(remote.error().message()));
        QVERIFY(!remote.error().toString().contains(QStringLiteral("s3cret")));
        QVERIFY(entriesOf(parent).isEmpty());
    }

    void clonesOverSmartHttpWithBasicAuthentication()
    {
        const QString parent = freshParent();
        QList<Git::TransferProgress::Stage> stages;
        Git::NetworkOptions options;
        options.progress = [&](const Git::TransferProgress &p) {
            stages.append(p.stage);
        };
        const int served = m_server->servedCount();
        auto repo = Remote::clone(httpUrl(QStringLiteral("s3cret")),
                                  parent + QStringLiteral("/over-http"), options);
        QVERIFY2(repo, qPrintable(errorText(repo)));
        QVERIFY(m_server->servedCount() > served);
        QCOMPARE(*repo->headCommitId(), m_seedHead);
        QCOMPARE(TestSupport::readFile(parent
                                       + QStringLiteral("/over-http/apps/base/kustomization.yaml")),
                 QByteArray("resources: []\n"));
        QVERIFY(stages.contains(Git::TransferProgress::Stage::Receiving)
                || stages.contains(Git::TransferProgress::Stage::Indexing));
        QCOMPARE(stages.last(), Git::TransferProgress::Stage::Done);
        QCOMPARE(entriesOf(parent), QStringList {QStringLiteral("over-http")});
    }

    void anAuthenticationFailureLeavesNothing()
    {
        const QString parent = freshParent();
        const int before = m_server->unauthorizedCount();
        auto repo = Remote::clone(httpUrl(QStringLiteral("wrong-password")),
                                  parent + QStringLiteral("/denied"));
        QVERIFY(!repo);
        QCOMPARE(repo.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY(repo.error().message().startsWith(
            QStringLiteral("authentication failed for http://alice@127.0.0.1:")));
        QVERIFY(!repo.error().toString().contains(QStringLiteral("wrong-password")));
        QVERIFY(!repo.error().detail().contains(QStringLiteral("wrong-password")));
        QVERIFY(m_server->unauthorizedCount() > before);
        QVERIFY(entriesOf(parent).isEmpty());

        // No credentials at all: the same, clearly.
        auto anonymous = Remote::clone(m_server->url(QStringLiteral("repo.git")),
                                       parent + QStringLiteral("/anonymous"));
        QVERIFY(!anonymous);
        QCOMPARE(anonymous.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY(entriesOf(parent).isEmpty());
    }

    void cancelDuringTheTransferLeavesNothing()
    {
        const QString parent = freshParent();
        const QString path = parent + QStringLiteral("/cancelled");
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
        const QString url = httpUrl(QStringLiteral("s3cret"));
        QFuture<Status> future
            = QtConcurrent::run([url, path, options] { return cloneStatus(url, path, options); });
        QVERIFY(receiving->tryAcquire(1, 20000));
        // Mid-transfer, the clone is only in the hidden staging folder.
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entriesOf(parent).size(), 1);
        QVERIFY(entriesOf(parent).constFirst().startsWith(QStringLiteral(".cancelled.cloning-")));
        options.cancel.cancel();
        cancelled->release();
        future.waitForFinished();
        const Status result = future.result();
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
        QVERIFY(entriesOf(parent).isEmpty());
    }

    void cancelWhileConnectingLeavesNothing()
    {
        const QString parent = freshParent();
        const QString path = parent + QStringLiteral("/slow");
        std::atomic_int progressCalls = 0;
        Git::NetworkOptions options;
        options.progress = [&progressCalls](const Git::TransferProgress &) {
            ++progressCalls;
        };
        m_server->setDelayMs(400);
        const QString url = httpUrl(QStringLiteral("s3cret"));
        QFuture<Status> future
            = QtConcurrent::run([url, path, options] { return cloneStatus(url, path, options); });
        QTRY_VERIFY_WITH_TIMEOUT(progressCalls >= 1, 10000);
        options.cancel.cancel();
        future.waitForFinished();
        m_server->setDelayMs(0);
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().kind(), Error::Kind::Cancelled);
        QVERIFY(entriesOf(parent).isEmpty());

        // Cancelled before it starts: fails at once, creates nothing.
        Git::NetworkOptions early;
        early.cancel.cancel();
        auto never = Remote::clone(QUrl::fromLocalFile(m_bare).toString(), path, early);
        QVERIFY(!never);
        QCOMPARE(never.error().kind(), Error::Kind::Cancelled);
        QVERIFY(entriesOf(parent).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitClone)
#include "tst_gitclone.moc"
