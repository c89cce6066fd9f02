#include "gitobjectwriter.h"
#include "gitpackwriter.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

// Git::PackWriter: a history built in memory, stored as one pack in a clone and a bare
// repository, checked against Git itself (git fsck, git log, git ls-tree) and against the
// same history written object by object (Git::ObjectWriter).
class TestGitPackWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString run(const QString &dir, const QStringList &arguments)
    {
        const auto r = TestSupport::git(dir, arguments);
        if (r.exitCode != 0)
            qWarning("git %s: %s", qPrintable(arguments.join(u' ')), r.err.constData());
        return QString::fromUtf8(r.out).trimmed();
    }

    // Three snapshots: a file changed, a folder added, a file removed (and one unchanged
    // throughout, whose blob and folder are reused).
    static QList<QMap<QString, QByteArray>> snapshots()
    {
        QMap<QString, QByteArray> files {{QStringLiteral("README.md"), "# demo\n"},
                                         {QStringLiteral("apps/base/app.yaml"), "kind: A\n"},
                                         {QStringLiteral("apps/dev/k.yaml"), "tag: 1\n"}};
        QList<QMap<QString, QByteArray>> out {files};
        files[QStringLiteral("apps/dev/k.yaml")] = "tag: 2\n";
        files[QStringLiteral("apps/prod/k.yaml")] = "tag: 1\n";
        out << files;
        files.remove(QStringLiteral("README.md"));
        out << files;
        return out;
    }

    static Git::Signature at(int hour)
    {
        return {QStringLiteral("Dev"), QStringLiteral("dev@example.com"),
                QDateTime(QDate(2026, 3, 1), QTime(hour, 0), QTimeZone::utc())};
    }

private Q_SLOTS:
    void storesTheSameHistoryAsObjectByObject()
    {
        PROMENADE_REQUIRE_TOOL(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(),
                               "git is not installed");
        const QString clone = m_dir.filePath(QStringLiteral("clone"));
        const QString bare = m_dir.filePath(QStringLiteral("bare.git"));
        const QString reference = m_dir.filePath(QStringLiteral("reference"));
        auto repo = Git::Repository::init(clone);
        auto origin = Git::Repository::initBare(bare);
        auto other = Git::Repository::init(reference);
        QVERIFY(repo && origin && other);

        Git::PackWriter writer;
        const Git::ObjectWriter looseWriter(*other);
        QString parent;
        QString looseParent;
        int hour = 9;
        for (const auto &files : snapshots()) {
            auto tree = writer.writeTree(files);
            QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().toString()));
            auto looseTree = looseWriter.writeTree(files);
            QVERIFY(looseTree);
            QCOMPARE(*tree, *looseTree); // the same tree, to the byte
            const QStringList parents = parent.isEmpty() ? QStringList() : QStringList {parent};
            auto id = writer.writeCommit(*tree, parents, at(hour), at(hour),
                                         QStringLiteral("step %1\n").arg(hour));
            QVERIFY(id);
            parent = *id;
            ++hour;
        }
        // Nothing on disk before store().
        QCOMPARE(run(clone, {QStringLiteral("count-objects")}),
                 QStringLiteral("0 objects, 0 kilobytes"));
        QVERIFY(writer.store({&*repo, &*origin}));
        for (const Git::Repository *r : {&*repo, &*origin})
            QVERIFY(Git::ObjectWriter(*r).setReference(QStringLiteral("refs/heads/main"), parent));
        QVERIFY(Git::PackWriter::checkOutHead(*repo));

        for (const QString &dir : {clone, bare}) {
            QCOMPARE(TestSupport::git(dir, {QStringLiteral("fsck"), QStringLiteral("--strict")})
                         .exitCode,
                     0);
            // One pack, no loose object.
            QVERIFY(run(dir, {QStringLiteral("count-objects"), QStringLiteral("-v")})
                        .startsWith(QStringLiteral("count: 0\n")));
            QCOMPARE(run(dir,
                         {QStringLiteral("rev-list"), QStringLiteral("--count"),
                          QStringLiteral("main")}),
                     QStringLiteral("3"));
            QCOMPARE(run(dir,
                         {QStringLiteral("log"), QStringLiteral("-1"),
                          QStringLiteral("--format=%an %ae %aI %s"), QStringLiteral("main")}),
                     QStringLiteral("Dev dev@example.com 2026-03-01T11:00:00+00:00 step 11"));
            QCOMPARE(run(dir,
                         {QStringLiteral("ls-tree"), QStringLiteral("-r"),
                          QStringLiteral("--name-only"), QStringLiteral("main")}),
                     QStringLiteral("apps/base/app.yaml\napps/dev/k.yaml\napps/prod/k.yaml"));
        }
        // The clone's work tree and index hold the last commit: nothing to commit.
        QCOMPARE(run(clone, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        QCOMPARE(TestSupport::readFile(clone + QStringLiteral("/apps/dev/k.yaml")),
                 QByteArray("tag: 2\n"));
        QVERIFY(!QFile::exists(clone + QStringLiteral("/README.md")));
    }

    void storesNothingTwice()
    {
        // After store(), the next history is written whole again (its objects were handed over).
        const QString dir = m_dir.filePath(QStringLiteral("twice"));
        auto repo = Git::Repository::init(dir);
        QVERIFY(repo);
        Git::PackWriter writer;
        const auto files = snapshots().first();
        auto first = writer.writeTree(files);
        QVERIFY(first && writer.store({&*repo}));
        auto second = writer.writeTree(files);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        auto id = writer.writeCommit(*second, {}, at(9), at(9), QStringLiteral("again\n"));
        QVERIFY(id);
        QVERIFY(writer.store({&*repo}));
        QVERIFY(Git::ObjectWriter(*repo).setReference(QStringLiteral("refs/heads/main"), *id));
        QCOMPARE(
            TestSupport::git(dir, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
    }

    void badIdsAreErrors()
    {
        Git::PackWriter writer;
        QVERIFY(!writer.writeCommit(QStringLiteral("not-an-id"), {}, at(9), at(9),
                                    QStringLiteral("x")));
        auto tree = writer.writeTree({{QStringLiteral("a"), "a"}});
        QVERIFY(tree);
        QVERIFY(
            !writer.writeCommit(*tree, {QStringLiteral("zz")}, at(9), at(9), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestGitPackWriter)
#include "tst_gitpackwriter.moc"
