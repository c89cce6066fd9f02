#include "releasechangesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Promenade::ReleaseChanges;

// The approval dialog's "Changes": release-note lines grouped (breaking, features, fixes,
// other), then every commit; a sentence and no rows when the changes cannot be known.
class TestReleaseChangesModel : public QObject
{
    Q_OBJECT

    static ReleaseChanges sample()
    {
        ReleaseChanges c;
        c.app = QStringLiteral("web");
        c.repository = QStringLiteral("acme/web");
        c.direction = ReleaseChanges::Direction::Forward;
        auto commit = [](const QString &sha, const QString &message, int pr) {
            ReleaseChanges::Commit k;
            k.sha = sha.repeated(40 / sha.size());
            k.message = message;
            k.summary = message.section(u'\n', 0, 0);
            k.author = QStringLiteral("Octo Cat");
            k.authorLogin = QStringLiteral("octocat");
            k.pullRequest = pr;
            k.url = u"https://github.com/acme/web/commit/"_qs + k.sha;
            return k;
        };
        c.commits = {
            commit(QStringLiteral("a"),
                   QStringLiteral("Merge pull request #3 from acme/x\n\nfix: keep the cache"), 3),
            commit(QStringLiteral("b"), QStringLiteral("fix(cache): keep it"), 3),
            commit(QStringLiteral("c"), QStringLiteral("docs: readme"), 0),
            commit(QStringLiteral("d"),
                   QStringLiteral("Merge pull request #2 from acme/y\n\nfeat!: new URLs"), 2),
            commit(QStringLiteral("e"),
                   QStringLiteral("feat(routes)!: new URLs\n\nBREAKING CHANGE: old links redirect"),
                   2)};
        c.pullRequests = {{3,
                           QStringLiteral("fix: keep the cache"),
                           QStringLiteral("octocat"),
                           {QStringLiteral("bug")},
                           QStringLiteral("https://github.com/acme/web/pull/3")},
                          {2,
                           QStringLiteral("feat!: new URLs"),
                           QStringLiteral("mona"),
                           {QStringLiteral("enhancement"), QStringLiteral("breaking")},
                           QStringLiteral("https://github.com/acme/web/pull/2")}};
        c.totalCommits = 5;
        return c;
    }

private Q_SLOTS:
    void parsesConventionalCommits_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("breaking");
        QTest::addRow("plain") << QStringLiteral("Update the readme") << QString() << QString()
                               << false;
        QTest::addRow("feat") << QStringLiteral("feat: tags") << QStringLiteral("feat") << QString()
                              << false;
        QTest::addRow("scoped fix") << QStringLiteral("fix(feed): dates") << QStringLiteral("fix")
                                    << QStringLiteral("feed") << false;
        QTest::addRow("bang") << QStringLiteral("feat(api)!: v2") << QStringLiteral("feat")
                              << QStringLiteral("api") << true;
        QTest::addRow("footer") << QStringLiteral("refactor: x\n\nBREAKING CHANGE: y")
                                << QStringLiteral("refactor") << QString() << true;
        QTest::addRow("not a type")
            << QStringLiteral("Merge pull request #4 from a/b") << QString() << QString() << false;
    }

    void parsesConventionalCommits()
    {
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(QString, scope);
        QFETCH(bool, breaking);
        const auto c = ReleaseChanges::parseConventional(message.section(u'\n', 0, 0), message);
        QCOMPARE(c.type, type);
        QCOMPARE(c.scope, scope);
        QCOMPARE(c.breaking, breaking);
    }

    void readsPullRequestNumbers()
    {
        QString title;
        QCOMPARE(
            ReleaseChanges::pullRequestNumber(
                QStringLiteral("Merge pull request #12 from howdiggy/fix/x\n\nfix: x"), &title),
            12);
        QCOMPARE(title, QStringLiteral("fix: x"));
        QCOMPARE(ReleaseChanges::pullRequestNumber(
                     QStringLiteral("feat: squashed (#41)\n\n* one\n* two"), &title),
                 41);
        QCOMPARE(title, QStringLiteral("feat: squashed"));
        QCOMPARE(ReleaseChanges::pullRequestNumber(QStringLiteral("Merge branch 'main' into x")),
                 0);
        QCOMPARE(
            ReleaseChanges::pullRequestNumber(QStringLiteral("fix: issue #12 (see #13) in text")),
            0);
    }

    void listsGroupsThenCommits()
    {
        ReleaseChangesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ReleaseChangesModel::changed);
        model.setLoading();
        QVERIFY(model.loading());
        QCOMPARE(model.rowCount(), 0);
        model.setChanges(sample());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!model.loading());
        QCOMPARE(model.headline(), QStringLiteral("5 commits, 2 pull requests ahead"));
        // #2 (breaking), #3 (fix), the direct docs commit (other), then 5 commits.
        QCOMPARE(model.rowCount(), 8);
        auto at = [&](int row, int role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, ReleaseChangesModel::ReferenceRole).toString(), QStringLiteral("#2"));
        QCOMPARE(at(0, ReleaseChangesModel::SectionRole).toString(),
                 QStringLiteral("Breaking changes"));
        QVERIFY(at(0, ReleaseChangesModel::BreakingRole).toBool());
        QCOMPARE(at(0, ReleaseChangesModel::AuthorRole).toString(), QStringLiteral("mona"));
        QCOMPARE(at(0, ReleaseChangesModel::LabelsRole).toString(),
                 QStringLiteral("enhancement, breaking"));
        QCOMPARE(at(1, ReleaseChangesModel::SectionRole).toString(), QStringLiteral("Fixes"));
        QCOMPARE(at(1, ReleaseChangesModel::UrlRole).toString(),
                 QStringLiteral("https://github.com/acme/web/pull/3"));
        QCOMPARE(at(2, ReleaseChangesModel::KindRole).toString(), QStringLiteral("commit"));
        QCOMPARE(at(2, ReleaseChangesModel::SectionRole).toString(),
                 QStringLiteral("Other changes"));
        QCOMPARE(at(3, ReleaseChangesModel::KindRole).toString(), QStringLiteral("log"));
        QCOMPARE(at(3, ReleaseChangesModel::SectionRole).toString(), QStringLiteral("Commits"));
        QVERIFY(at(3, ReleaseChangesModel::SectionStartRole).toBool());
        QVERIFY(!at(4, ReleaseChangesModel::SectionStartRole).toBool());
        QCOMPARE(at(7, ReleaseChangesModel::ReferenceRole).toString(), QStringLiteral("eeeeeee"));
        QCOMPARE(model.roleNames().value(ReleaseChangesModel::SectionStartRole),
                 QByteArray("sectionStart"));
    }

    void aProblemHasNoRows()
    {
        ReleaseChangesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReleaseChanges c = sample();
        c.commits.clear();
        c.pullRequests.clear();
        c.problem = QStringLiteral(
            "GitHub answers 404 for acme/web: a private repository needs a GitHub token");
        model.setChanges(c);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorString(), c.problem);
        QCOMPARE(model.headline(), c.problem);
        model.clear();
        QVERIFY(model.errorString().isEmpty());
    }

    void rollbackSaysTakenOut()
    {
        ReleaseChangesModel model;
        ReleaseChanges c = sample();
        c.direction = ReleaseChanges::Direction::Rollback;
        model.setChanges(c);
        QVERIFY(model.rollback());
        QCOMPARE(model.headline(),
                 QStringLiteral("5 commits, 2 pull requests taken out (a rollback)"));
        QCOMPARE(model.data(model.index(3), ReleaseChangesModel::SectionRole).toString(),
                 QStringLiteral("Commits taken out"));
    }

    void commitMessageKeepsItShort()
    {
        ReleaseChanges c = sample();
        c.compareUrl = QStringLiteral("https://github.com/acme/web/compare/a...b");
        const QString message = c.toCommitMessage(2);
        QCOMPARE(message,
                 QStringLiteral("Changes in acme/web (5 commits, 2 pull requests ahead):\n"
                                "- #2 feat!: new URLs (mona)\n"
                                "- #3 fix: keep the cache (octocat)\n"
                                "- … and 1 more\n"
                                "https://github.com/acme/web/compare/a...b"));
        const QString markdown = c.toMarkdown();
        QVERIFY2(markdown.contains(QStringLiteral(
                     "- [#2](https://github.com/acme/web/pull/2) feat!: new URLs (mona)")),
                 qPrintable(markdown));
    }
};

QTEST_GUILESS_MAIN(TestReleaseChangesModel)
#include "tst_releasechangesmodel.moc"
