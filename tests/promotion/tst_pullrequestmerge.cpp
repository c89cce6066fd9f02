#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "promotionworkflow.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

// Merging a promotion's pull request is guarded, against the demo's GitHub (a loopback server
// speaking GitHub's REST API): checks that have not passed are named and need a confirmation;
// the merge method is one the repository allows; the merged commit's summary keeps the pull
// request's number.
class TestPullRequestMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

private Q_SLOTS:
    void mergesOnlyWhatThePersonConfirmed()
    {
        auto created = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created.hasValue());
        const QString repo = created->workTree;
        for (const auto &[key, value] : {std::pair {"user.name", "Release Manager"},
                                         std::pair {"user.email", "rm@example.invalid"}})
            TestSupport::git(
                repo,
                {QStringLiteral("config"), QString::fromLatin1(key), QString::fromLatin1(value)});
        auto mirror = Demo::DemoOriginMirror::create(created->originPath,
                                                     m_scratch.filePath(QStringLiteral("mirror")));
        QVERIFY(mirror.hasValue());
        auto first = mirror->read();
        QVERIFY(first.hasValue());
        Demo::DemoControlPlane plane(first->first, first->second, mirror->hooks());
        plane.setTiming(100000, 50);
        plane.setCheckDuration(-1); // the validate check runs until the test says otherwise
        QVERIFY(plane.start());
        QByteArray config = TestSupport::readFile(repo + QStringLiteral("/promenade.yaml"));
        config += "\nendpoints:\n  github:\n    repository: howdiggy/homelab-gitops\n    url: "
            + plane.endpoints().github.toString().toUtf8() + "\n";
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/promenade.yaml"), config));
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("commit"), QStringLiteral("-qam"),
                                   QStringLiteral("Point Promenade at GitHub")})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("push"), QStringLiteral("-q"),
                                   QStringLiteral("origin"), QStringLiteral("main")})
                     .exitCode,
                 0);
        const QString token = plane.endpoints().githubToken;

        // Open the pull request as the window does.
        PromotionPlanner::Request request;
        request.app = QStringLiteral("signconnect");
        request.from = QStringLiteral("staging");
        request.to = QStringLiteral("production");
        PromotionWorkflow::PrepareOptions prepareOptions;
        prepareOptions.push = true;
        auto preparation = PromotionWorkflow::prepare(repo, request, prepareOptions);
        QVERIFY2(preparation.hasValue(),
                 preparation ? "" : qPrintable(preparation.error().toString()));
        QVERIFY(preparation->pullRequest);
        PromotionWorkflow::ApplyOptions applyOptions;
        applyOptions.gitHubToken = token;
        auto applied = PromotionWorkflow::apply(*preparation, applyOptions);
        QVERIFY2(applied.hasValue(), applied ? "" : qPrintable(applied.error().toString()));
        QVERIFY(applied->pullRequest.has_value());
        const int number = applied->pullRequest->pullRequest.number;
        const QString title = applied->pullRequest->pullRequest.title;
        QVERIFY(number > 0);

        // The methods the repository allows.
        const auto methods = PromotionWorkflow::mergeMethods(preparation->pipeline, token);
        QVERIFY2(methods.hasValue(), methods ? "" : qPrintable(methods.error().toString()));
        QCOMPARE(*methods, (QStringList {QStringLiteral("merge"), QStringLiteral("squash")}));

        PromotionWorkflow::Merge merge;
        merge.number = number;
        merge.expectedHeadSha = applied->outcome.commit;
        merge.title = title;
        merge.gitHubToken = token;
        merge.method = QStringLiteral("squash");

        // Checks still running: not merged; the confirmation names them.
        auto outcome = PromotionWorkflow::mergeAndFollow(preparation->pipeline, merge);
        QVERIFY(!outcome.merged.hasValue());
        QCOMPARE(outcome.checksToConfirm,
                 QStringList {QStringLiteral("kustomize-build (in progress)")});
        QVERIFY2(outcome.merged.error().message().contains(
                     QStringLiteral("kustomize-build (in progress)")),
                 qPrintable(outcome.merged.error().message()));
        QVERIFY(!plane.world().pullRequest(number)->merged);

        // A method the repository does not allow is refused by GitHub, and said.
        merge.checksConfirmed = true;
        merge.method = QStringLiteral("rebase");
        outcome = PromotionWorkflow::mergeAndFollow(preparation->pipeline, merge);
        QVERIFY(!outcome.merged.hasValue());
        QVERIFY2(outcome.merged.error().message().contains(
                     QStringLiteral("Rebase merges are not allowed")),
                 qPrintable(outcome.merged.error().message()));
        QVERIFY(!plane.world().pullRequest(number)->merged);

        // Confirmed, squashed: merged, pulled, and the summary keeps the number.
        merge.method = QStringLiteral("squash");
        outcome = PromotionWorkflow::mergeAndFollow(preparation->pipeline, merge);
        QVERIFY2(outcome.merged.hasValue(),
                 outcome.merged ? "" : qPrintable(outcome.merged.error().toString()));
        QVERIFY2(outcome.pulled.hasValue(),
                 outcome.pulled ? "" : qPrintable(outcome.pulled.error().toString()));
        QVERIFY(plane.world().pullRequest(number)->merged);
        const QByteArray summary = TestSupport::git(repo,
                                                    {QStringLiteral("log"), QStringLiteral("-1"),
                                                     QStringLiteral("--format=%s")})
                                       .out.trimmed();
        QCOMPARE(QString::fromUtf8(summary), QStringLiteral("%1 (#%2)").arg(title).arg(number));
    }

    // Which checks need a confirmation, as GitHub reports them.
    void namesTheChecksThatHaveNotPassed()
    {
        Clients::GitHubChecks checks;
        checks.checkRuns = {
            {QStringLiteral("build"), QStringLiteral("completed"), QStringLiteral("success"), {}},
            {QStringLiteral("lint"), QStringLiteral("completed"), QStringLiteral("failure"), {}},
            {QStringLiteral("e2e"), QStringLiteral("queued"), {}, {}},
            {QStringLiteral("docs"), QStringLiteral("completed"), QStringLiteral("skipped"), {}},
            {QStringLiteral("slow"), QStringLiteral("completed"), QStringLiteral("timed_out"), {}}};
        checks.statuses = {{QStringLiteral("ci/jenkins"), QStringLiteral("pending"), {}, {}},
                           {QStringLiteral("ci/legacy"), QStringLiteral("success"), {}, {}}};
        QCOMPARE(PromotionWorkflow::unpassedChecks(checks),
                 (QStringList {QStringLiteral("lint (failure)"), QStringLiteral("e2e (queued)"),
                               QStringLiteral("slow (timed out)"),
                               QStringLiteral("ci/jenkins (pending)")}));
        QVERIFY(PromotionWorkflow::unpassedChecks(Clients::GitHubChecks()).isEmpty());

        PromotionWorkflow::Merge merge;
        merge.number = 13;
        merge.title = QStringLiteral("Promote web sha-1 to production");
        QCOMPARE(PromotionWorkflow::commitTitle(merge), QString()); // GitHub's, with #13
        merge.method = QStringLiteral("squash");
        QCOMPARE(PromotionWorkflow::commitTitle(merge),
                 QStringLiteral("Promote web sha-1 to production (#13)"));
    }
};

QTEST_GUILESS_MAIN(TestPullRequestMerge)
#include "tst_pullrequestmerge.moc"
