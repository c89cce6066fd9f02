#include "demorepository.h"
#include "promoter.h"
#include "promotionplanner.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

// When the promoter cannot put the clone back as it was (switching back to the original branch
// after a pull request's branch is committed), it says so as an error that names what is left
// to clean — never silently. The switch back is made to fail as it does for a person: the
// kustomization is edited by hand while the promotion pushes.
class TestPromoterUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_count = 0;

    // A production promotion of the demo (a pull request), planned on a fresh copy.
    std::pair<QString, PromotionPlan> planned()
    {
        auto created = Demo::DemoRepository::generate(
            m_scratch.filePath(QStringLiteral("demo%1").arg(++m_count)));
        if (!created)
            return {};
        for (const auto &[key, value] : {std::pair {"user.name", "Release Manager"},
                                         std::pair {"user.email", "rm@example.invalid"}})
            TestSupport::git(
                created->workTree,
                {QStringLiteral("config"), QString::fromLatin1(key), QString::fromLatin1(value)});
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        PromotionPlanner::Request request;
        request.app = QStringLiteral("paulojauregui-com");
        request.from = QStringLiteral("development");
        request.to = QStringLiteral("production");
        request.mode = PromotionMode::PullRequest;
        auto plan = PromotionPlanner::plan(*pipeline, request);
        if (!plan)
            return {};
        return {created->workTree, *plan};
    }

    // While the promotion pushes, a person edits the file in the work tree.
    static Promoter::Options editWhilePushing(const QString &path)
    {
        Promoter::Options options;
        options.push = true;
        options.progress = [path](const QString &line) {
            if (line.startsWith(QStringLiteral("Pushing")))
                TestSupport::writeFile(path, "# a person's edit, made while pushing\n");
        };
        return options;
    }

private Q_SLOTS:
    void pushedButLeftOnTheBranch()
    {
        const auto [root, plan] = planned();
        QVERIFY(!root.isEmpty());
        const auto outcome = Promoter::apply(plan, editWhilePushing(root + u'/' + plan.file));
        QVERIFY(!outcome.hasValue());
        const QString message = outcome.error().message();
        QVERIFY2(message.contains(QStringLiteral("on %1 and pushed").arg(plan.branch)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("switching back to main failed")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the work tree is left on %1").arg(plan.branch)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("`git checkout main`")), qPrintable(message));
        // As said: the clone is on the promotion's branch, the person's edit kept.
        QCOMPARE(
            TestSupport::git(root, {QStringLiteral("branch"), QStringLiteral("--show-current")})
                .out.trimmed(),
            plan.branch.toUtf8());
        QCOMPARE(TestSupport::readFile(root + u'/' + plan.file),
                 QByteArray("# a person's edit, made while pushing\n"));
    }

    void pushFailedAndLeftOnTheBranch()
    {
        const auto [root, plan] = planned();
        QVERIFY(!root.isEmpty());
        QCOMPARE(TestSupport::git(root,
                                  {QStringLiteral("remote"), QStringLiteral("set-url"),
                                   QStringLiteral("origin"),
                                   m_scratch.filePath(QStringLiteral("no-such-origin.git"))})
                     .exitCode,
                 0);
        const auto outcome = Promoter::apply(plan, editWhilePushing(root + u'/' + plan.file));
        QVERIFY(!outcome.hasValue());
        const QString message = outcome.error().message();
        QVERIFY2(message.contains(QStringLiteral("switching back to main failed")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the work tree is left on %1").arg(plan.branch)),
                 qPrintable(message));
        QVERIFY2(outcome.error().detail().contains(
                     QStringLiteral("committed on the local branch %1").arg(plan.branch)),
                 qPrintable(outcome.error().detail()));
    }
};

QTEST_GUILESS_MAIN(TestPromoterUndo)
#include "tst_promoterundo.moc"
