#include "branchuptodategate.h"
#include "demorepository.h"
#include "gitrepository.h"
#include "newversiongate.h"
#include "testsupport.h"
#include "workingtreecleangate.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Promenade;
using Verdict = GateResult::Verdict;

namespace {

const QString stagingFile = QStringLiteral("apps/overlays/staging/kustomization.yaml");

void git(const QString &dir, const QStringList &arguments)
{
    const auto run = TestSupport::git(dir, arguments);
    if (run.exitCode != 0)
        qWarning("git %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
}

PromotionPlan promotion(const QString &root)
{
    PromotionPlan plan;
    plan.repositoryRoot = root;
    plan.app = QStringLiteral("paulojauregui-com");
    plan.from = QStringLiteral("development");
    plan.to = QStringLiteral("staging");
    plan.file = stagingFile;
    plan.currentVersion = plan.currentTag = QStringLiteral("sha-c52e9f3");
    plan.newTag = QStringLiteral("sha-e7d1a48");
    return plan;
}

enum class Gate { WorkingTree, UpToDate, NewVersion };

struct Row
{
    const char *name;
    Gate gate;
    // What a person did to the clone (and the plan) before promoting.
    std::function<void(const QString &root, PromotionPlan &plan)> change;
    Verdict verdict;
    QString reason;
};

// Every Git gate's pass / fail / could-not-check outcome, with its sentence, each on a copy of
// the demo repository (a real clone whose main tracks origin/main).
const std::vector<Row> &rows()
{
    static const std::vector<Row> table {
        {"working tree: clean", Gate::WorkingTree, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("apps/overlays/staging/kustomization.yaml has no uncommitted changes")},
        {"working tree: the file edited", Gate::WorkingTree,
         [](const QString &root, PromotionPlan &) {
             TestSupport::writeFile(root + u'/' + stagingFile, "# edited by hand\n");
         },
         Verdict::Fail,
         QStringLiteral("apps/overlays/staging/kustomization.yaml has uncommitted changes: commit "
                        "or stash them first, Promenade never overwrites them")},
        {"working tree: a merge half-done", Gate::WorkingTree,
         [](const QString &root, PromotionPlan &) {
             const auto head
                 = TestSupport::git(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
             TestSupport::writeFile(root + QStringLiteral("/.git/MERGE_HEAD"), head.out);
         },
         Verdict::Fail,
         QStringLiteral("a merge is in progress in this clone: finish it or abort it before "
                        "promoting")},
        {"working tree: Git cannot tell", Gate::WorkingTree,
         [](const QString &root, PromotionPlan &) {
             TestSupport::writeFile(root + QStringLiteral("/.git/index"), "not an index");
         },
         Verdict::Unknown, QString()},
        {"branch: matches its upstream", Gate::UpToDate, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("main matches origin/main (as last fetched)")},
        {"branch: behind", Gate::UpToDate,
         [](const QString &root, PromotionPlan &) {
             git(root,
                 {QStringLiteral("reset"), QStringLiteral("--hard"), QStringLiteral("HEAD~1")});
         },
         Verdict::Fail,
         QStringLiteral("main is 1 commit(s) behind origin/main: pull first, so that the promotion "
                        "starts from what is deployed")},
        {"branch: ahead, committed locally", Gate::UpToDate,
         [](const QString &root, PromotionPlan &) {
             git(root,
                 {QStringLiteral("commit"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                  QStringLiteral("local work")});
         },
         Verdict::Pass,
         QStringLiteral("main is 1 commit(s) ahead of origin/main; the promotion is committed "
                        "locally")},
        {"branch: ahead, and the promotion is pushed", Gate::UpToDate,
         [](const QString &root, PromotionPlan &plan) {
             git(root,
                 {QStringLiteral("commit"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                  QStringLiteral("local work")});
             plan.push = true;
         },
         Verdict::Fail,
         QStringLiteral("main has 1 commit(s) not on origin/main: push or drop them first, so "
                        "that the promotion goes out alone")},
        {"branch: no upstream", Gate::UpToDate,
         [](const QString &root, PromotionPlan &) {
             git(root, {QStringLiteral("branch"), QStringLiteral("--unset-upstream")});
         },
         Verdict::Pass, QStringLiteral("main tracks no remote branch: the promotion stays local")},
        {"branch: its upstream not fetched", Gate::UpToDate,
         [](const QString &root, PromotionPlan &) {
             git(root,
                 {QStringLiteral("update-ref"), QStringLiteral("-d"),
                  QStringLiteral("refs/remotes/origin/main")});
         },
         Verdict::Unknown, QString()},
        {"branch: detached HEAD", Gate::UpToDate,
         [](const QString &root, PromotionPlan &) {
             git(root, {QStringLiteral("checkout"), QStringLiteral("--detach")});
         },
         Verdict::Fail, QString()},
        {"new version: differs", Gate::NewVersion, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("staging runs sha-c52e9f3 now; it will run sha-e7d1a48")},
        {"new version: not pinned yet", Gate::NewVersion,
         [](const QString &, PromotionPlan &plan) { plan.currentVersion.clear(); }, Verdict::Pass,
         QStringLiteral("staging does not pin paulojauregui-com yet; it will pin sha-e7d1a48")},
        {"new version: runs it already", Gate::NewVersion,
         [](const QString &, PromotionPlan &plan) { plan.currentVersion = plan.newTag; },
         Verdict::Fail, QStringLiteral("staging already runs paulojauregui-com sha-e7d1a48")},
    };
    return table;
}

} // namespace

class TestGitGates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_template;
    int m_copies = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        auto created = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY2(created.hasValue(), created ? "" : qPrintable(created.error().toString()));
        m_template = created->workTree;
        git(m_template,
            {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
        git(m_template,
            {QStringLiteral("config"), QStringLiteral("user.email"),
             QStringLiteral("test@example.invalid")});
    }

    void outcome_data()
    {
        QTest::addColumn<int>("row");
        for (size_t i = 0; i < rows().size(); ++i)
            QTest::newRow(rows()[i].name) << int(i);
    }

    void outcome()
    {
        QFETCH(int, row);
        const Row &r = rows().at(size_t(row));
        // A copy of the clone (its origin stays shared: nothing here pushes).
        const QString root = m_scratch.filePath(QStringLiteral("copy%1").arg(++m_copies));
        const auto copied = TestSupport::runProcess(QStringLiteral("cp"),
                                                    {QStringLiteral("-a"), m_template, root});
        QCOMPARE(copied.exitCode, 0);
        PromotionPlan plan = promotion(root);
        r.change(root, plan);
        auto repository = Git::Repository::open(root);
        QVERIFY(repository.hasValue());

        GateResult result;
        switch (r.gate) {
        case Gate::WorkingTree:
            result = WorkingTreeCleanGate().evaluate(plan, *repository);
            break;
        case Gate::UpToDate:
            result = BranchUpToDateGate().evaluate(plan, *repository);
            break;
        case Gate::NewVersion:
            result = NewVersionGate().evaluate(plan, *repository);
            break;
        }
        QCOMPARE(GateResult::verdictName(result.verdict), GateResult::verdictName(r.verdict));
        // Git's own wording, where Git is the one who could not tell, is not ours to fix.
        if (r.reason.isEmpty())
            QVERIFY2(!result.reason.isEmpty(), "a verdict always says why");
        else
            QCOMPARE(result.reason, r.reason);
    }
};

QTEST_GUILESS_MAIN(TestGitGates)
#include "tst_gitgates.moc"
