#include "gitremote.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using Git::Remote;
using Git::Repository;
using TestSupport::writeFile;

namespace {

const Git::Signature robot {
    QStringLiteral("Test Robot"), QStringLiteral("robot@example.invalid"), {}};

// `git <args>` in dir; its trimmed stdout (the test fails on a non-zero exit).
QString gitOut(const QString &dir, const QStringList &args)
{
    const auto r = TestSupport::git(dir, args);
    if (r.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(args.join(u' ')), r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

int gitRc(const QString &dir, const QStringList &args)
{
    return TestSupport::git(dir, args).exitCode;
}

QString errorText(const Status &s)
{
    return s ? QString() : s.error().toString();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

// The libgit2 wrapper, checked against what the git command line sees.
class TestGitRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    int m_counter = 0;

    QString newDir(const QString &name)
    {
        return m_scratch.filePath(name + QString::number(++m_counter));
    }

    // A repository with a.txt, b.txt and dir/c.txt committed (by the test robot).
    Result<Repository> seeded(QString *path)
    {
        *path = newDir(QStringLiteral("seeded"));
        auto repo = Repository::init(*path);
        if (!repo)
            return repo.error();
        writeFile(*path + QStringLiteral("/a.txt"), "a\n");
        writeFile(*path + QStringLiteral("/b.txt"), "b\n");
        writeFile(*path + QStringLiteral("/dir/c.txt"), "c\n");
        auto id = repo->commitAll(QStringLiteral("Seed"), robot, robot);
        if (!id)
            return id.error();
        return repo;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_scratch.isValid());
        // A HOME of our own, before libgit2 first looks for ~/.gitconfig.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    // Runs first, while ~/.gitconfig does not exist yet.
    void identityUnsetIsAClearError()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY2(repo, qPrintable(errorText(repo)));
        writeFile(path + QStringLiteral("/a.txt"), "changed\n");
        const auto id = repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Change a"));
        QVERIFY(!id);
        QCOMPARE(id.error().kind(), Error::Kind::BadInput);
        QVERIFY2(id.error().message().contains(QStringLiteral("user.name")),
                 qPrintable(id.error().message()));
        QVERIFY(id.error().message().contains(QStringLiteral("user.email")));
        QCOMPARE(
            gitOut(path,
                   {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
            QStringLiteral("1"));
    }

    void identityFromGlobalThenRepositoryConfig()
    {
        QVERIFY(writeFile(m_home.filePath(QStringLiteral(".gitconfig")),
                          "[user]\n\tname = Global Person\n\temail = global@example.invalid\n"));
        QString path;
        auto repo = seeded(&path);
        QVERIFY2(repo, qPrintable(errorText(repo)));
        writeFile(path + QStringLiteral("/a.txt"), "one\n");
        auto id = repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Change a"));
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(
            gitOut(path,
                   {QStringLiteral("log"), QStringLiteral("-1"),
                    QStringLiteral("--format=%an <%ae>|%cn <%ce>")}),
            QStringLiteral(
                "Global Person <global@example.invalid>|Global Person <global@example.invalid>"));

        QCOMPARE(gitRc(path,
                       {QStringLiteral("config"), QStringLiteral("user.name"),
                        QStringLiteral("Repo Person")}),
                 0);
        QCOMPARE(gitRc(path,
                       {QStringLiteral("config"), QStringLiteral("user.email"),
                        QStringLiteral("repo@example.invalid")}),
                 0);
        auto reopened = Repository::open(path);
        QVERIFY(reopened);
        writeFile(path + QStringLiteral("/a.txt"), "two\n");
        id = reopened->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Change a again"));
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(gitOut(path,
                        {QStringLiteral("log"), QStringLiteral("-1"),
                         QStringLiteral("--format=%an <%ae>")}),
                 QStringLiteral("Repo Person <repo@example.invalid>"));
    }

    void commitsSelectedPathsOnly()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY2(repo, qPrintable(errorText(repo)));
        writeFile(path + QStringLiteral("/a.txt"), "a changed\n");
        writeFile(path + QStringLiteral("/b.txt"), "b staged\n");
        QCOMPARE(gitRc(path, {QStringLiteral("add"), QStringLiteral("b.txt")}), 0);
        writeFile(path + QStringLiteral("/d.txt"), "untracked\n");
        writeFile(path + QStringLiteral("/dir/c.txt"), "c changed\n");
        writeFile(path + QStringLiteral("/dir/new.txt"), "new in dir\n");

        const auto id = repo->commitPaths({QStringLiteral("a.txt"), QStringLiteral("dir")},
                                          QStringLiteral("Change a and dir"), robot, robot);
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(gitOut(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), *id);
        QCOMPARE(gitOut(path,
                        {QStringLiteral("show"), QStringLiteral("--name-only"),
                         QStringLiteral("--format="), QStringLiteral("HEAD")})
                     .split(u'\n'),
                 (QStringList {QStringLiteral("a.txt"), QStringLiteral("dir/c.txt"),
                               QStringLiteral("dir/new.txt")}));
        // b.txt stays staged and uncommitted, d.txt stays untracked.
        QCOMPARE(
            gitOut(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}).split(u'\n'),
            (QStringList {QStringLiteral("M  b.txt"), QStringLiteral("?? d.txt")}));
        QCOMPARE(gitOut(path, {QStringLiteral("show"), QStringLiteral("HEAD:b.txt")}),
                 QStringLiteral("b"));
        QCOMPARE(gitOut(path, {QStringLiteral("show"), QStringLiteral("HEAD:dir/c.txt")}),
                 QStringLiteral("c changed"));
        QCOMPARE(gitRc(path, {QStringLiteral("fsck"), QStringLiteral("--strict")}), 0);
    }

    void commitsADeletion()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        QVERIFY(QFile::remove(path + QStringLiteral("/dir/c.txt")));
        QFile::remove(path + QStringLiteral("/a.txt"));
        const auto id = repo->commitPaths({QStringLiteral("dir/c.txt")}, QStringLiteral("Remove c"),
                                          robot, robot);
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(gitOut(path,
                        {QStringLiteral("show"), QStringLiteral("--name-status"),
                         QStringLiteral("--format="), QStringLiteral("HEAD")}),
                 QStringLiteral("D\tdir/c.txt"));
        QCOMPARE(gitOut(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("D a.txt"));
    }

    void nothingToCommitIsRefused()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        writeFile(path + QStringLiteral("/b.txt"), "dirty elsewhere\n");
        const auto id
            = repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Nothing"), robot, robot);
        QVERIFY(!id);
        QCOMPARE(id.error().kind(), Error::Kind::Refused);
        QVERIFY(id.error().message().contains(QStringLiteral("nothing to commit")));
        const auto outside = repo->commitPaths({QStringLiteral("../elsewhere")},
                                               QStringLiteral("x"), robot, robot);
        QVERIFY(!outside);
        QCOMPARE(outside.error().kind(), Error::Kind::BadInput);
    }

    void trailersRoundTripThroughGit()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        writeFile(path + QStringLiteral("/a.txt"), "promoted\n");
        const QList<Git::Trailer> trailers {
            {QStringLiteral("Promenade-Action"), QStringLiteral("promote")},
            {QStringLiteral("Promenade-App"), QStringLiteral("blog")},
            {QStringLiteral("Promenade-To"), QStringLiteral("staging")}};
        const QString message = Git::Trailers::format(
            QStringLiteral("Promote blog to staging\n\nVerified."), trailers);
        const auto id = repo->commitPaths({QStringLiteral("a.txt")}, message, robot, robot);
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(gitOut(path,
                        {QStringLiteral("log"), QStringLiteral("-1"),
                         QStringLiteral("--format=%(trailers:key=Promenade-App,valueonly)")}),
                 QStringLiteral("blog"));
        const auto info = repo->commit(*id);
        QVERIFY(info);
        QCOMPARE(info->message, message);
        QCOMPARE(info->summary, QStringLiteral("Promote blog to staging"));
        QCOMPARE(Git::Trailers::parse(info->message), trailers);
    }

    void readsFilesAtRevisions()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        const QString first = *repo->headCommitId();
        writeFile(path + QStringLiteral("/dir/c.txt"), "c v2\n");
        QVERIFY(
            repo->commitPaths({QStringLiteral("dir/c.txt")}, QStringLiteral("v2"), robot, robot));
        writeFile(path + QStringLiteral("/dir/c.txt"), "c in the work tree\n");

        QCOMPARE(*repo->readFile(QStringLiteral("HEAD"), QStringLiteral("dir/c.txt")),
                 QByteArray("c v2\n"));
        QCOMPARE(*repo->readFile(QStringLiteral("main"), QStringLiteral("dir/c.txt")),
                 QByteArray("c v2\n"));
        QCOMPARE(*repo->readFile(first, QStringLiteral("dir/c.txt")), QByteArray("c\n"));
        QCOMPARE(*repo->readFile(first.left(10), QStringLiteral("dir/c.txt")), QByteArray("c\n"));
        QCOMPARE(*repo->readFile(QStringLiteral("HEAD~1"), QStringLiteral("a.txt")),
                 QByteArray("a\n"));

        const auto missing = repo->readFile(QStringLiteral("HEAD"), QStringLiteral("nope.txt"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
        const auto badRevision
            = repo->readFile(QStringLiteral("no-such-branch"), QStringLiteral("a.txt"));
        QVERIFY(!badRevision);
        QCOMPARE(badRevision.error().kind(), Error::Kind::NotFound);
        QCOMPARE(*repo->resolve(QStringLiteral("HEAD~1")), first);
    }

    void statusReportsEveryKind()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        QCOMPARE(*repo->isDirty(), false);
        // A conflict, made with git itself.
        QCOMPARE(gitRc(path,
                       {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                        QStringLiteral("other")}),
                 0);
        writeFile(path + QStringLiteral("/dir/c.txt"), "other\n");
        QVERIFY(repo->commitPaths({QStringLiteral("dir/c.txt")}, QStringLiteral("other"), robot,
                                  robot));
        QCOMPARE(
            gitRc(path, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}),
            0);
        writeFile(path + QStringLiteral("/dir/c.txt"), "main\n");
        QVERIFY(
            repo->commitPaths({QStringLiteral("dir/c.txt")}, QStringLiteral("main"), robot, robot));
        QVERIFY(gitRc(path,
                      {QStringLiteral("-c"), QStringLiteral("user.name=x"), QStringLiteral("-c"),
                       QStringLiteral("user.email=x@x"), QStringLiteral("merge"),
                       QStringLiteral("other")})
                != 0);

        writeFile(path + QStringLiteral("/a.txt"), "modified\n");
        writeFile(path + QStringLiteral("/b.txt"), "staged\n");
        QCOMPARE(gitRc(path, {QStringLiteral("add"), QStringLiteral("b.txt")}), 0);
        writeFile(path + QStringLiteral("/new/u.txt"), "untracked\n");

        const auto entries = repo->status();
        QVERIFY2(entries, qPrintable(errorText(entries)));
        QHash<QString, Git::StatusEntry> byPath;
        for (const Git::StatusEntry &e : *entries)
            byPath.insert(e.path, e);
        QCOMPARE(byPath.size(), 4);
        QVERIFY(byPath.value(QStringLiteral("a.txt")).modified
                && !byPath.value(QStringLiteral("a.txt")).staged);
        QVERIFY(byPath.value(QStringLiteral("b.txt")).staged
                && !byPath.value(QStringLiteral("b.txt")).modified);
        QVERIFY(byPath.value(QStringLiteral("new/u.txt")).untracked);
        QVERIFY(byPath.value(QStringLiteral("dir/c.txt")).conflicted);

        QCOMPARE(*repo->isDirty({QStringLiteral("a.txt")}), true);
        QCOMPARE(*repo->isDirty({QStringLiteral("new")}), true);
        QCOMPARE(*repo->isDirty({QStringLiteral("dir")}), true);
        QCOMPARE(*repo->isDirty({QStringLiteral("nothing-here"), QStringLiteral("other.txt")}),
                 false);
        const auto refused
            = repo->commitPaths({QStringLiteral("dir/c.txt")}, QStringLiteral("x"), robot, robot);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("conflict")));
    }

    void discoversFromInside()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        const auto found = Repository::discover(path + QStringLiteral("/dir"));
        QVERIFY2(found, qPrintable(errorText(found)));
        QCOMPARE(found->workTree(), QDir(path).canonicalPath());
        QCOMPARE(*Repository::discoverWorkTree(path + QStringLiteral("/dir/c.txt")),
                 QDir(path).canonicalPath());
        const auto none = Repository::discover(m_scratch.path());
        QVERIFY(!none);
        QCOMPARE(none.error().kind(), Error::Kind::NotFound);
        QVERIFY(none.error().message().contains(QStringLiteral("not inside a Git repository")));
    }

    void branchesCheckoutKeepsLocalChanges()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        QVERIFY(repo->createBranch(QStringLiteral("feature")));
        QCOMPARE(repo->createBranch(QStringLiteral("feature")).error().kind(),
                 Error::Kind::Refused);
        QVERIFY(repo->checkout(QStringLiteral("feature")));
        QCOMPARE(*repo->currentBranch(), QStringLiteral("feature"));
        QCOMPARE(gitOut(path, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
                 QStringLiteral("feature"));
        writeFile(path + QStringLiteral("/a.txt"), "feature a\n");
        QVERIFY(repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("feature a"), robot,
                                  robot));

        // An unrelated local change travels along.
        writeFile(path + QStringLiteral("/b.txt"), "local b\n");
        QVERIFY2(repo->checkout(QStringLiteral("main")), "checkout main");
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/b.txt")), QByteArray("local b\n"));
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/a.txt")), QByteArray("a\n"));

        // A local change to a file the switch rewrites: refused, nothing touched.
        writeFile(path + QStringLiteral("/a.txt"), "local a\n");
        const Status refused = repo->checkout(QStringLiteral("feature"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("a.txt")),
                 qPrintable(refused.error().message()));
        QCOMPARE(*repo->currentBranch(), QStringLiteral("main"));
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/a.txt")), QByteArray("local a\n"));

        const auto branches = repo->branches();
        QVERIFY(branches);
        QCOMPARE(branches->size(), 2);
        for (const Git::BranchInfo &b : *branches) {
            QCOMPARE(b.isHead, b.name == u"main");
            QCOMPARE(b.commitId, gitOut(path, {QStringLiteral("rev-parse"), b.name}));
        }
        QCOMPARE(repo->upstreamOf(QStringLiteral("main")).error().kind(), Error::Kind::NotFound);
    }

    void revertMatchesGitRevert()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        writeFile(path + QStringLiteral("/dir/c.txt"), "promoted\n");
        const auto promoted = repo->commitPaths({QStringLiteral("dir/c.txt")},
                                                QStringLiteral("Promote c"), robot, robot);
        QVERIFY(promoted);
        writeFile(path + QStringLiteral("/a.txt"), "later\n");
        QVERIFY(
            repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Later"), robot, robot));

        const QString copy = newDir(QStringLiteral("copy"));
        QCOMPARE(
            TestSupport::runProcess(QStringLiteral("git"),
                                    {QStringLiteral("clone"), QStringLiteral("-q"), path, copy})
                .exitCode,
            0);
        QCOMPARE(gitRc(copy,
                       {QStringLiteral("-c"), QStringLiteral("user.name=x"), QStringLiteral("-c"),
                        QStringLiteral("user.email=x@x"), QStringLiteral("revert"),
                        QStringLiteral("--no-edit"), *promoted}),
                 0);

        writeFile(path + QStringLiteral("/b.txt"), "unrelated local edit\n");
        const auto reverted = repo->revert(*promoted, {}, robot, robot);
        QVERIFY2(reverted, qPrintable(errorText(reverted)));
        QCOMPARE(gitOut(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}),
                 gitOut(copy, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
        QCOMPARE(
            gitOut(path,
                   {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
            gitOut(copy,
                   {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}));
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/dir/c.txt")), QByteArray("c\n"));
        QCOMPARE(gitOut(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M b.txt"));
        QCOMPARE(gitRc(path, {QStringLiteral("fsck"), QStringLiteral("--strict")}), 0);

        // With trailers, and refused when a touched file is dirty.
        writeFile(path + QStringLiteral("/a.txt"), "dirty a\n");
        const auto refused
            = repo->revert(*repo->resolve(QStringLiteral("HEAD~1")), {}, robot, robot);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Refused);
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/a.txt")), QByteArray("dirty a\n"));
        QVERIFY(repo->commitPaths({QStringLiteral("a.txt"), QStringLiteral("b.txt")},
                                  QStringLiteral("More"), robot, robot));
        const auto withTrailers = repo->revert(
            *reverted, {{QStringLiteral("Promenade-Action"), QStringLiteral("rollback")}}, robot,
            robot);
        QVERIFY2(withTrailers, qPrintable(errorText(withTrailers)));
        const QString message = repo->commit(*withTrailers)->message;
        QVERIFY(message.contains(QStringLiteral("This reverts commit %1.").arg(*reverted)));
        QCOMPARE(
            Git::Trailers::value(Git::Trailers::parse(message), QStringLiteral("Promenade-Action")),
            QStringLiteral("rollback"));
    }

    void logWalksWithChangedFiles()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        writeFile(path + QStringLiteral("/dir/c.txt"), "c2\n");
        QVERIFY(repo->commitPaths({QStringLiteral("dir/c.txt")},
                                  QStringLiteral("Change c\n\nBody."), robot, robot));
        writeFile(path + QStringLiteral("/a.txt"), "a2\n");
        QVERIFY(
            repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Change a"), robot, robot));

        const auto all = repo->log();
        QVERIFY2(all, qPrintable(errorText(all)));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).summary, QStringLiteral("Change a"));
        QCOMPARE(all->at(0).changedFiles, QStringList {QStringLiteral("a.txt")});
        QCOMPARE(all->at(0).parents, QStringList {all->at(1).id});
        QCOMPARE(all->at(1).message, QStringLiteral("Change c\n\nBody."));
        QCOMPARE(all->at(2).parents, QStringList());
        QCOMPARE(all->at(2).changedFiles.size(), 3);
        QCOMPARE(all->at(0).author.name, robot.name);
        QCOMPARE(all->at(0).id,
                 gitOut(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        QCOMPARE(
            all->at(0).author.when.toSecsSinceEpoch(),
            gitOut(path,
                   {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%at")})
                .toLongLong());

        Repository::LogOptions onlyDir;
        onlyDir.paths = {QStringLiteral("dir")};
        const auto dir = repo->log(onlyDir);
        QVERIFY(dir);
        QCOMPARE(dir->size(), 2);
        QCOMPARE(dir->at(0).summary, QStringLiteral("Change c"));
        Repository::LogOptions one;
        one.maxCount = 1;
        QCOMPARE(repo->log(one)->size(), 1);
    }

    void pushFetchRejectAndRetryOverAPath()
    {
        const QString origin = newDir(QStringLiteral("origin"));
        QVERIFY(Repository::initBare(origin + QStringLiteral(".git")));
        QString aPath;
        auto a = seeded(&aPath);
        QVERIFY(a);
        QVERIFY(a->addRemote(QStringLiteral("origin"), origin + QStringLiteral(".git")));
        QCOMPARE(*a->remoteUrl(QStringLiteral("origin")), origin + QStringLiteral(".git"));
        Status pushed = Remote(*a, QStringLiteral("origin"))
                            .push({QStringLiteral("refs/heads/main:refs/heads/main")});
        QVERIFY2(pushed, qPrintable(errorText(pushed)));
        QVERIFY(a->setUpstream(QStringLiteral("main"), QStringLiteral("origin")));
        QCOMPARE(*a->upstreamOf(QStringLiteral("main")), QStringLiteral("origin/main"));
        QCOMPARE(a->aheadBehind()->ahead, 0);
        QCOMPARE(Remote(*a, QStringLiteral("origin"))
                     .push({QStringLiteral("+refs/heads/main:refs/heads/main")})
                     .error()
                     .kind(),
                 Error::Kind::Refused);

        // Another clone pushes first.
        const QString b = newDir(QStringLiteral("b"));
        QCOMPARE(TestSupport::runProcess(QStringLiteral("git"),
                                         {QStringLiteral("clone"), QStringLiteral("-q"),
                                          origin + QStringLiteral(".git"), b})
                     .exitCode,
                 0);
        writeFile(b + QStringLiteral("/b.txt"), "from b\n");
        QCOMPARE(gitRc(b,
                       {QStringLiteral("-c"), QStringLiteral("user.name=B"), QStringLiteral("-c"),
                        QStringLiteral("user.email=b@x"), QStringLiteral("commit"),
                        QStringLiteral("-qam"), QStringLiteral("from b")}),
                 0);
        QCOMPARE(gitRc(b,
                       {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                        QStringLiteral("main")}),
                 0);
        const QString bCommit = gitOut(b, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

        writeFile(aPath + QStringLiteral("/a.txt"), "from a\n");
        const auto aCommit
            = a->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("from a"), robot, robot);
        QVERIFY(aCommit);
        const Status rejected = Remote(*a, QStringLiteral("origin"))
                                    .push({QStringLiteral("refs/heads/main:refs/heads/main")});
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind(), Error::Kind::PushRejected);
        QVERIFY2(rejected.error().message().contains(QStringLiteral("rejected")),
                 qPrintable(rejected.error().message()));
        // Nothing was forced: the remote still has b's commit on top.
        QCOMPARE(gitOut(origin + QStringLiteral(".git"),
                        {QStringLiteral("rev-parse"), QStringLiteral("main")}),
                 bCommit);

        // Fetch, see the divergence, keep the rejected commit on a branch, start again on top.
        Status fetched = Remote(*a, QStringLiteral("origin")).fetch();
        QVERIFY2(fetched, qPrintable(errorText(fetched)));
        const auto ab = a->aheadBehind();
        QVERIFY(ab);
        QCOMPARE(ab->ahead, 1);
        QCOMPARE(ab->behind, 1);
        QVERIFY(ab->isDiverged());
        QCOMPARE(a->fastForward().error().kind(), Error::Kind::Refused);
        const auto reset = a->resetToUpstream(QStringLiteral("promenade/rejected"));
        QVERIFY2(reset, qPrintable(errorText(reset)));
        QCOMPARE(*reset, bCommit);
        QCOMPARE(gitOut(aPath, {QStringLiteral("rev-parse"), QStringLiteral("promenade/rejected")}),
                 *aCommit);
        QCOMPARE(TestSupport::readFile(aPath + QStringLiteral("/b.txt")), QByteArray("from b\n"));
        writeFile(aPath + QStringLiteral("/a.txt"), "from a\n");
        const auto retried = a->commitPaths({QStringLiteral("a.txt")},
                                            QStringLiteral("from a, again"), robot, robot);
        QVERIFY(retried);
        pushed = Remote(*a, QStringLiteral("origin"))
                     .push({QStringLiteral("refs/heads/main:refs/heads/main")});
        QVERIFY2(pushed, qPrintable(errorText(pushed)));
        QCOMPARE(
            gitOut(origin + QStringLiteral(".git"),
                   {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")})
                .split(u'\n'),
            (QStringList {QStringLiteral("from a, again"), QStringLiteral("from b"),
                          QStringLiteral("Seed")}));
        QCOMPARE(a->aheadBehind()->ahead, 0); // the remote-tracking ref moved with the push

        // b is now behind: a fast-forward through the wrapper.
        auto bRepo = Repository::open(b);
        QVERIFY(bRepo);
        QVERIFY(Remote(*bRepo, QStringLiteral("origin")).fetch());
        QCOMPARE(bRepo->aheadBehind()->behind, 1);
        QVERIFY(bRepo->aheadBehind()->canFastForward());
        writeFile(b + QStringLiteral("/a.txt"), "dirty\n");
        QCOMPARE(bRepo->fastForward().error().kind(), Error::Kind::Refused);
        QCOMPARE(gitRc(b, {QStringLiteral("checkout"), QStringLiteral("a.txt")}), 0);
        const auto ff = bRepo->fastForward();
        QVERIFY2(ff, qPrintable(errorText(ff)));
        QCOMPARE(*ff, *retried);
        QCOMPARE(gitOut(b, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        QCOMPARE(TestSupport::readFile(b + QStringLiteral("/a.txt")), QByteArray("from a\n"));
    }

    // The promotion's commit holds the approved bytes, whatever the work tree holds meanwhile;
    // other staged changes stay out of it.
    void commitContentCommitsExactlyTheGivenBytes()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        writeFile(path + QStringLiteral("/a.txt"), "someone else's edit\n");
        writeFile(path + QStringLiteral("/b.txt"), "b, staged\n");
        QCOMPARE(gitRc(path, {QStringLiteral("add"), QStringLiteral("b.txt")}), 0);
        const auto id = repo->commitContent(QStringLiteral("a.txt"), "approved\n",
                                            QStringLiteral("Approved"), robot, robot);
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(gitOut(path, {QStringLiteral("show"), QStringLiteral("HEAD:a.txt")}),
                 QStringLiteral("approved"));
        QCOMPARE(gitOut(path,
                        {QStringLiteral("show"), QStringLiteral("--name-only"),
                         QStringLiteral("--format=")}),
                 QStringLiteral("a.txt"));
        // The work tree keeps the other edit, shown as a change against the commit.
        QCOMPARE(TestSupport::readFile(path + QStringLiteral("/a.txt")),
                 QByteArray("someone else's edit\n"));
        QCOMPARE(gitOut(path, {QStringLiteral("diff"), QStringLiteral("--name-only")}),
                 QStringLiteral("a.txt"));
        QCOMPARE(gitOut(path,
                        {QStringLiteral("diff"), QStringLiteral("--cached"),
                         QStringLiteral("--name-only")}),
                 QStringLiteral("b.txt"));
        // The same bytes in the work tree: clean afterwards.
        writeFile(path + QStringLiteral("/dir/c.txt"), "c2\n");
        QVERIFY(repo->commitContent(QStringLiteral("dir/c.txt"), "c2\n", QStringLiteral("c2"),
                                    robot, robot));
        QVERIFY(!gitOut(path, {QStringLiteral("status"), QStringLiteral("--porcelain")})
                     .contains(QStringLiteral("c.txt")));
        // Unchanged bytes: nothing to commit; outside the repository: refused.
        QCOMPARE(repo->commitContent(QStringLiteral("dir/c.txt"), "c2\n", QStringLiteral("again"),
                                     robot, robot)
                     .error()
                     .kind(),
                 Error::Kind::Refused);
        QCOMPARE(
            repo->commitContent(QStringLiteral("../x.txt"), "x", QStringLiteral("x"), robot, robot)
                .error()
                .kind(),
            Error::Kind::BadInput);
    }

    void hugeBlobIsRefusedWithoutBeingRead()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        TestSupport::writeFile(path + QStringLiteral("/big.yaml"),
                               QByteArray(9 * 1024 * 1024, 'x'));
        QVERIFY(repo->commitAll(QStringLiteral("big"), robot, robot));
        const auto bytes = repo->readFile(QStringLiteral("HEAD"), QStringLiteral("big.yaml"));
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message().contains(QStringLiteral("9 MiB, more than the 8 MiB")),
                 qPrintable(bytes.error().message()));
        QVERIFY(repo->readFile(QStringLiteral("HEAD"), QStringLiteral("a.txt")));
    }

    void commitContentRefusesALink()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        QVERIFY(QFile::link(QStringLiteral("a.txt"), path + QStringLiteral("/link.txt")));
        QVERIFY(repo->commitAll(QStringLiteral("link"), robot, robot));
        const auto id = repo->commitContent(QStringLiteral("link.txt"), "bytes",
                                            QStringLiteral("x"), robot, robot);
        QVERIFY(!id);
        QCOMPARE(id.error().kind(), Error::Kind::Refused);
    }

    void operationInProgressDuringAMerge()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        QCOMPARE(repo->operationInProgress(), QString());
        const QStringList id {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                              QStringLiteral("-c"), QStringLiteral("user.email=t@x")};
        QCOMPARE(gitRc(path,
                       {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")}),
                 0);
        writeFile(path + QStringLiteral("/a.txt"), "side\n");
        QCOMPARE(gitRc(path,
                       id
                           + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                          QStringLiteral("side")}),
                 0);
        QCOMPARE(
            gitRc(path, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}),
            0);
        writeFile(path + QStringLiteral("/a.txt"), "main\n");
        QCOMPARE(gitRc(path,
                       id
                           + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                          QStringLiteral("main")}),
                 0);
        QVERIFY(gitRc(path, id + QStringList {QStringLiteral("merge"), QStringLiteral("side")})
                != 0); // a conflict
        auto reopened = Repository::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->operationInProgress(), QStringLiteral("a merge"));
        QCOMPARE(gitRc(path, {QStringLiteral("merge"), QStringLiteral("--abort")}), 0);
        QCOMPARE(reopened->operationInProgress(), QString());
        QCOMPARE(
            gitRc(path, id + QStringList {QStringLiteral("cherry-pick"), QStringLiteral("side")})
                != 0,
            true);
        QCOMPARE(reopened->operationInProgress(), QStringLiteral("a cherry-pick"));
    }

    void invalidBranchNamesAreBadInputNotExisting()
    {
        QString path;
        auto repo = seeded(&path);
        QVERIFY(repo);
        for (const QString &name : {QStringLiteral("promote/web/prod/a..b"), QStringLiteral("x~1"),
                                    QStringLiteral("has space"), QStringLiteral("end.lock"),
                                    QStringLiteral("ctl\x01"), QStringLiteral("-dash")}) {
            QVERIFY2(!Repository::isValidBranchName(name), qPrintable(name));
            const Status s = repo->createBranch(name);
            QVERIFY(!s);
            QCOMPARE(s.error().kind(), Error::Kind::BadInput);
        }
        QVERIFY(Repository::isValidBranchName(QStringLiteral("promote/web/production/sha-1.2_3")));
        QVERIFY(repo->createBranch(QStringLiteral("feature")));
        QCOMPARE(repo->createBranch(QStringLiteral("feature")).error().kind(),
                 Error::Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
