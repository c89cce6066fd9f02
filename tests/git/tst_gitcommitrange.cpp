#include "gitcommitrange.h"
#include "gitobjectwriter.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

// Git::CommitRange on scratch histories with merge commits, against `git log` itself; and
// Git::ObjectWriter, which writes them.
class TestGitCommitRange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QMap<QString, QString> m_ids; // name → id
    QDateTime m_time = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());

    QString commit(const QString &name, const QStringList &parents,
                   QMap<QString, QByteArray> &files)
    {
        auto repo = Git::Repository::open(m_path);
        const Git::ObjectWriter writer(*repo);
        files[name + u".txt"] = name.toUtf8();
        m_time = m_time.addSecs(3600);
        const Git::Signature who {QStringLiteral("Dev"), QStringLiteral("dev@example.com"), m_time};
        QStringList parentIds;
        for (const QString &p : parents)
            parentIds << m_ids.value(p);
        auto tree = writer.writeTree(files);
        auto bytes = writer.commitBytes(
            *tree, parentIds, who, who,
            name == u"m1" ? QStringLiteral("Merge pull request #1 from acme/b\n\nfeat: b") : name);
        auto id = writer.writeCommit(*bytes);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        // The id is the SHA-1 of the bytes, as Git computes it.
        if (Git::ObjectWriter::objectId("commit", *bytes) != *id)
            qFatal("object id mismatch");
        m_ids.insert(name, *id);
        return *id;
    }

    QStringList gitLog(const QStringList &arguments)
    {
        const auto r = TestSupport::git(
            m_path, QStringList {QStringLiteral("log"), QStringLiteral("--format=%H")} + arguments);
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList ids(const QList<Git::CommitInfo> &commits)
    {
        QStringList out;
        for (const auto &c : commits)
            out << c.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("app.git"));
        QVERIFY(Git::Repository::initBare(m_path));
        // c1 ─ b1 ─ b2 (a pull request) merged as m1 ─ c2 ─ b3 merged as m2 ─ c3; side: x1 off c2.
        QMap<QString, QByteArray> main, branch;
        commit(QStringLiteral("c1"), {}, main);
        branch = main;
        commit(QStringLiteral("b1"), {QStringLiteral("c1")}, branch);
        commit(QStringLiteral("b2"), {QStringLiteral("b1")}, branch);
        main = branch;
        commit(QStringLiteral("m1"), {QStringLiteral("c1"), QStringLiteral("b2")}, main);
        commit(QStringLiteral("c2"), {QStringLiteral("m1")}, main);
        QMap<QString, QByteArray> side = main;
        branch = main;
        commit(QStringLiteral("b3"), {QStringLiteral("c2")}, branch);
        main = branch;
        commit(QStringLiteral("m2"), {QStringLiteral("c2"), QStringLiteral("b3")}, main);
        commit(QStringLiteral("c3"), {QStringLiteral("m2")}, main);
        commit(QStringLiteral("x1"), {QStringLiteral("c2")}, side);
        auto repo = Git::Repository::open(m_path);
        QVERIFY(Git::ObjectWriter(*repo).setReference(QStringLiteral("refs/heads/main"),
                                                      m_ids.value(QStringLiteral("c3"))));
        // Git reads what libgit2 wrote.
        QCOMPARE(
            TestSupport::git(m_path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
    }

    void matchesGitLog_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("head");
        QTest::addColumn<bool>("firstParent");
        QTest::addRow("first-parent c1..c3")
            << QStringLiteral("c1") << QStringLiteral("c3") << true;
        QTest::addRow("all c1..c3") << QStringLiteral("c1") << QStringLiteral("c3") << false;
        QTest::addRow("first-parent m1..c3")
            << QStringLiteral("m1") << QStringLiteral("c3") << true;
        QTest::addRow("all b1..m2") << QStringLiteral("b1") << QStringLiteral("m2") << false;
    }

    void matchesGitLog()
    {
        QFETCH(QString, base);
        QFETCH(QString, head);
        QFETCH(bool, firstParent);
        auto repo = Git::Repository::open(m_path);
        Git::CommitRange::Options options;
        options.firstParentOnly = firstParent;
        auto walk = Git::CommitRange::walk(*repo, m_ids.value(base), m_ids.value(head), options);
        QVERIFY2(walk, walk ? "" : qPrintable(walk.error().toString()));
        QStringList args {m_ids.value(base) + u".." + m_ids.value(head)};
        if (firstParent)
            args.prepend(QStringLiteral("--first-parent"));
        const QStringList expected = gitLog(args);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(walk->commits), expected);
        QCOMPARE(walk->total, expected.size());
        QCOMPARE(walk->relation, Git::CommitRange::Relation::Ahead);
        QCOMPARE(walk->commits.first().summary, head);
    }

    void rollbackListsWhatIsTakenOut()
    {
        auto repo = Git::Repository::open(m_path);
        auto walk = Git::CommitRange::walk(*repo, m_ids.value(QStringLiteral("c3")),
                                           m_ids.value(QStringLiteral("m1")));
        QVERIFY(walk);
        QCOMPARE(walk->relation, Git::CommitRange::Relation::Behind);
        QCOMPARE(ids(walk->commits),
                 gitLog({QStringLiteral("--first-parent"),
                         m_ids.value(QStringLiteral("m1")) + u".."
                             + m_ids.value(QStringLiteral("c3"))}));
    }

    void divergedCountsBothSides()
    {
        auto repo = Git::Repository::open(m_path);
        Git::CommitRange::Options options;
        options.firstParentOnly = false;
        auto walk = Git::CommitRange::walk(*repo, m_ids.value(QStringLiteral("c3")),
                                           m_ids.value(QStringLiteral("x1")), options);
        QVERIFY(walk);
        QCOMPARE(walk->relation, Git::CommitRange::Relation::Diverged);
        QCOMPARE(walk->total, 1);
        QCOMPARE(walk->behind, 3); // b3, m2, c3
        QCOMPARE(walk->commits.first().summary, QStringLiteral("x1"));
    }

    void identicalIsEmpty()
    {
        auto repo = Git::Repository::open(m_path);
        auto walk = Git::CommitRange::walk(*repo, QStringLiteral("main"),
                                           m_ids.value(QStringLiteral("c3")));
        QVERIFY(walk);
        QCOMPARE(walk->relation, Git::CommitRange::Relation::Identical);
        QVERIFY(walk->commits.isEmpty());
    }

    void shortIdsResolve()
    {
        auto repo = Git::Repository::open(m_path);
        auto walk = Git::CommitRange::walk(*repo, m_ids.value(QStringLiteral("c1")).left(7),
                                           m_ids.value(QStringLiteral("c2")).left(7));
        QVERIFY(walk);
        QCOMPARE(walk->headId, m_ids.value(QStringLiteral("c2")));
        QCOMPARE(walk->total, 2);
    }

    void missingRevisionIsNotFound()
    {
        auto repo = Git::Repository::open(m_path);
        // A force-pushed history: the build's commit is gone.
        auto walk = Git::CommitRange::walk(
            *repo, QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
            QStringLiteral("main"));
        QVERIFY(!walk);
        QCOMPARE(walk.error().kind(), Error::Kind::NotFound);
        QVERIFY2(walk.error().message().contains(u"0123456789ab"),
                 qPrintable(walk.error().message()));
    }

    void boundedDescription()
    {
        auto repo = Git::Repository::open(m_path);
        Git::CommitRange::Options options;
        options.firstParentOnly = false;
        options.maxCount = 2;
        auto walk = Git::CommitRange::walk(*repo, m_ids.value(QStringLiteral("c1")),
                                           m_ids.value(QStringLiteral("c3")), options);
        QVERIFY(walk);
        QCOMPARE(walk->commits.size(), 2);
        QCOMPARE(walk->total, 7);
        QVERIFY(walk->truncated());
        options.maxWalk = 3;
        walk = Git::CommitRange::walk(*repo, m_ids.value(QStringLiteral("c1")),
                                      m_ids.value(QStringLiteral("c3")), options);
        QVERIFY(walk);
        QVERIFY(walk->countCapped);
        QCOMPARE(walk->total, 3);
    }
};

QTEST_GUILESS_MAIN(TestGitCommitRange)
#include "tst_gitcommitrange.moc"
