#include "clonecontroller.h"
#include "githttpserver.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Promenade;

namespace {
const Git::Signature robot {
    QStringLiteral("Test Robot"), QStringLiteral("robot@example.invalid"), {}};

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}
} // namespace

// The clone dialog's controller: the destination follows the URL, problems are told before
// starting, progress arrives on the GUI thread, errors say what to do, and a cancelled clone
// leaves nothing behind.
class TestCloneController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    QString m_bare;
    std::unique_ptr<TestSupport::GitHttpServer> m_server;
    int m_counter = 0;

    QString freshParent()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("parent%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    QString httpUrl(const QString &password)
    {
        QUrl url(m_server->url(QStringLiteral("gitops.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(password);
        return url.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clonecontroller"));
        QSettings().clear();
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");

        const QString served = m_scratch.filePath(QStringLiteral("served"));
        m_bare = served + QStringLiteral("/gitops.git");
        QVERIFY(Git::Repository::initBare(m_bare));
        const QString seed = m_scratch.filePath(QStringLiteral("seed"));
        auto repo = Git::Repository::init(seed);
        QVERIFY(repo);
        // Enough objects for several progress reports.
        for (int i = 0; i < 40; ++i)
            TestSupport::writeFile(seed + QStringLiteral("/apps/app%1/kustomization.yaml").arg(i),
                                   QByteArray("resources: []\n# ") + QByteArray::number(i) + '\n');
        QVERIFY(repo->commitAll(QStringLiteral("Seed"), robot, robot));
        QVERIFY(repo->addRemote(QStringLiteral("origin"), m_bare));
        QVERIFY(Git::Remote(*repo, QStringLiteral("origin"))
                    .push({QStringLiteral("refs/heads/main:refs/heads/main")}));

        m_server = std::make_unique<TestSupport::GitHttpServer>(served);
        QVERIFY(m_server->start());
        m_server->setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void theDestinationFollowsTheUrlUntilEdited()
    {
        CloneController clone;
        QCOMPARE(clone.parentFolder(), QDir::homePath()); // nothing remembered yet
        QVERIFY(!clone.canStart());
        QCOMPARE(clone.problem(), QStringLiteral("Enter the URL of the repository to clone."));
        clone.setParentFolder(
            QUrl::fromLocalFile(m_scratch.path()).toString()); // from a folder dialog
        QCOMPARE(clone.parentFolder(), QDir::cleanPath(m_scratch.path()));

        clone.setUrl(QStringLiteral("https://github.com/howdiggy/homelab-gitops.git"));
        QCOMPARE(clone.folderName(), QStringLiteral("homelab-gitops"));
        QCOMPARE(clone.destination(), m_scratch.filePath(QStringLiteral("homelab-gitops")));
        QVERIFY(clone.canStart());
        clone.setUrl(QStringLiteral("git@github.com:howdiggy/platform.git"));
        QCOMPARE(clone.folderName(), QStringLiteral("platform"));

        clone.setFolderName(QStringLiteral("my-platform"));
        clone.setUrl(QStringLiteral("git@github.com:howdiggy/other.git"));
        QCOMPARE(clone.folderName(), QStringLiteral("my-platform"));

        clone.setUrl(QStringLiteral("not a url"));
        QVERIFY(clone.problem().startsWith(QStringLiteral("This is not a Git URL")));
        QVERIFY(!clone.canStart());

        clone.setUrl(QUrl::fromLocalFile(m_bare).toString());
        clone.setFolderName(QStringLiteral("a/b"));
        QVERIFY(clone.problem().contains(QStringLiteral("cannot contain")));
        TestSupport::writeFile(m_scratch.filePath(QStringLiteral("taken/file.txt")), "x\n");
        clone.setFolderName(QStringLiteral("taken"));
        QVERIFY2(clone.problem().contains(QStringLiteral("already exists and is not empty")),
                 qPrintable(clone.problem()));
        QVERIFY(!clone.canStart());
        // Starting anyway says why, where the user looks.
        clone.start();
        QVERIFY(!clone.busy());
        QVERIFY(clone.errorString().contains(QStringLiteral("already exists")));
        QVERIFY(!clone.errorHint().isEmpty());
    }

    void clonesWithProgressAndRemembersTheParent()
    {
        const QString parent = freshParent();
        CloneController clone;
        clone.setParentFolder(parent);
        clone.setUrl(QUrl::fromLocalFile(m_bare).toString());
        QVERIFY(clone.canStart());
        QSignalSpy cloned(&clone, &CloneController::cloned);
        QList<double> fractions;
        QStringList texts;
        connect(&clone, &CloneController::progressChanged, this, [&] {
            fractions << clone.progress();
            texts << clone.progressText();
        });
        clone.start();
        QVERIFY(clone.busy());
        QVERIFY(!clone.canStart());
        QVERIFY(cloned.wait(30000));
        QVERIFY(!clone.busy());
        const QString path = parent + QStringLiteral("/gitops");
        QCOMPARE(cloned.first().first().toString(), path);
        QCOMPARE(clone.clonedPath(), path);
        QVERIFY(clone.errorString().isEmpty());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/apps/app39/kustomization.yaml")));
        QCOMPARE(entriesOf(parent), QStringList {QStringLiteral("gitops")});
        // Progress went forward to the end, in words as well.
        QCOMPARE(clone.progress(), 1.0);
        QVERIFY(texts.constFirst().startsWith(QStringLiteral("Connecting to ")));
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [](const QString &t) {
                                 return t.startsWith(QStringLiteral("Receiving objects "))
                                     || t.startsWith(QStringLiteral("Indexing objects "));
                             }),
                 qPrintable(texts.join(u'|')));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
            return t.startsWith(QStringLiteral("Checking out files "));
        }));
        double last = -1;
        for (double f : std::as_const(fractions)) {
            QVERIFY2(f >= last || f < 0, qPrintable(QString::number(f)));
            last = std::max(last, f);
        }
        // The next clone starts where this one went.
        QCOMPARE(CloneController().parentFolder(), parent);
        // The same destination again: now taken.
        QVERIFY(clone.problem().contains(QStringLiteral("already exists")));
    }

    void anAuthenticationFailureSaysWhatToDo()
    {
        const QString parent = freshParent();
        CloneController clone;
        clone.setParentFolder(parent);
        clone.setUrl(httpUrl(QStringLiteral("wrong")));
        QCOMPARE(clone.folderName(), QStringLiteral("gitops"));
        QSignalSpy state(&clone, &CloneController::stateChanged);
        clone.start();
        QTRY_VERIFY_WITH_TIMEOUT(!clone.busy(), 30000);
        QVERIFY2(clone.errorString().startsWith(
                     QStringLiteral("Authentication failed for http://alice@127.0.0.1:")),
                 qPrintable(clone.errorString()));
        QVERIFY(!clone.errorString().contains(QStringLiteral("wrong")));
        QVERIFY2(clone.errorHint().contains(QStringLiteral("Promenade tried url")),
                 qPrintable(clone.errorHint()));
        QVERIFY(clone.errorHint().contains(QStringLiteral("gh auth login")));
        QVERIFY(clone.clonedPath().isEmpty());
        QVERIFY(entriesOf(parent).isEmpty());

        // With the right password it works, and the error is gone.
        clone.setUrl(httpUrl(QStringLiteral("s3cret")));
        QSignalSpy cloned(&clone, &CloneController::cloned);
        clone.start();
        QVERIFY(clone.errorString().isEmpty());
        QVERIFY(cloned.wait(30000));
        QCOMPARE(entriesOf(parent), QStringList {QStringLiteral("gitops")});
    }

    void aMissingRepositoryIsNotFound()
    {
        const QString parent = freshParent();
        CloneController clone;
        clone.setParentFolder(parent);
        clone.setUrl(
            QUrl::fromLocalFile(m_scratch.filePath(QStringLiteral("nowhere.git"))).toString());
        clone.start();
        QTRY_VERIFY_WITH_TIMEOUT(!clone.busy(), 30000);
        QVERIFY2(clone.errorString().startsWith(QStringLiteral("There is no Git repository")),
                 qPrintable(clone.errorString()));
        QVERIFY(clone.errorHint().contains(QStringLiteral("“Code” button")));
        QVERIFY(entriesOf(parent).isEmpty());
    }

    void cancelLeavesNothingBehind()
    {
        const QString parent = freshParent();
        CloneController clone;
        clone.setParentFolder(parent);
        clone.setUrl(httpUrl(QStringLiteral("s3cret")));
        m_server->setDelayMs(300);
        QSignalSpy cloned(&clone, &CloneController::cloned);
        clone.start();
        QVERIFY(clone.busy());
        QTest::qWait(100);
        clone.cancel();
        QCOMPARE(clone.progressText(), QStringLiteral("Cancelling…"));
        QTRY_VERIFY_WITH_TIMEOUT(!clone.busy(), 30000);
        m_server->setDelayMs(0);
        QVERIFY(clone.cancelled());
        QVERIFY(clone.errorString().isEmpty()); // a cancel is not an error
        QCOMPARE(clone.progressText(), QStringLiteral("Cancelled: nothing was written."));
        QCOMPARE(cloned.count(), 0);
        QVERIFY(entriesOf(parent).isEmpty());

        // reset() clears the outcome and the request, not the parent folder.
        clone.reset();
        QVERIFY(!clone.cancelled());
        QVERIFY(clone.url().isEmpty());
        QCOMPARE(clone.parentFolder(), parent);
    }

    void destroyedWhileCloningLeavesNothing()
    {
        const QString parent = freshParent();
        {
            CloneController clone;
            clone.setParentFolder(parent);
            clone.setUrl(httpUrl(QStringLiteral("s3cret")));
            m_server->setDelayMs(300);
            clone.start();
            QTest::qWait(50);
        } // the window closes mid-clone
        m_server->setDelayMs(0);
        QVERIFY(entriesOf(parent).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloneController)
#include "tst_clonecontroller.moc"
