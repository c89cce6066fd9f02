#include "awaitresult.h"
#include "fakehttpserver.h"
#include "githubclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

// The GitHub client against a loopback fake of the REST API: pull requests (list with Link
// pages, get with mergeable null, create with the 422 "already exists"), CI state from
// statuses + check runs, rate-limit headers, 401/403/429 and faults.
class TestGitHubClient : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_server;
    std::function<FakeResponse(const FakeRequest &)> m_override;
    QByteArray m_pull;
    QByteArray m_checkRuns = "{\"total_count\":0,\"check_runs\":[]}";
    QByteArray m_statuses
        = "{\"state\":\"pending\",\"statuses\":[],\"sha\":\"abc\",\"total_count\":0}";
    bool m_prExists = false;
    bool m_merged = false;

    FakeResponse withRateHeaders(FakeResponse r, int remaining = 4999)
    {
        return r.header("x-ratelimit-limit", "5000")
            .header("x-ratelimit-remaining", QByteArray::number(remaining))
            .header("x-ratelimit-used", QByteArray::number(5000 - remaining))
            .header("x-ratelimit-reset", "1768386000")
            .header("x-ratelimit-resource", "core");
    }

    FakeResponse handle(const FakeRequest &r)
    {
        if (m_override)
            return m_override(r);
        if (r.header("Authorization") != "Bearer ghp_test"
            || r.header("X-GitHub-Api-Version") != "2022-11-28" || r.header("User-Agent").isEmpty())
            return FakeResponse::json(QByteArray("{\"message\":\"Bad "
                                                 "credentials\",\"documentation_url\":\"https://"
                                                 "docs.github.com/rest\",\"status\":\"401\"}"),
                                      401);
        if (r.path == u"/repos/acme/platform-gitops/pulls" && r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (r.header("Content-Type") != "application/json"
                || body.value(u"head").toString().isEmpty())
                return FakeResponse::json(QByteArray("{\"message\":\"Invalid request\"}"), 422);
            if (m_prExists)
                return withRateHeaders(FakeResponse::json(
                    QByteArray("{\"message\":\"Validation "
                               "Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":"
                               "\"custom\",\"message\":\"A pull request already exists for "
                               "acme:promote/web-sha-9c2f4e1.\"}],\"documentation_url\":\"https://"
                               "docs.github.com/rest/pulls/pulls#create-a-pull-request\"}"),
                    422));
            m_prExists = true;
            return withRateHeaders(FakeResponse::json(m_pull, 201));
        }
        if (r.path == u"/repos/acme/platform-gitops/pulls") {
            const int page = r.query.queryItemValue(u"page"_qs).toInt();
            QJsonObject pr = QJsonDocument::fromJson(m_pull).object();
            if (!r.query.queryItemValue(u"head"_qs).isEmpty()) {
                if (r.query.queryItemValue(u"head"_qs) != u"acme:promote/web-sha-9c2f4e1")
                    return withRateHeaders(FakeResponse::json(QByteArray("[]")));
                return withRateHeaders(FakeResponse::json(QJsonDocument(QJsonArray {pr})));
            }
            if (page <= 1) {
                pr.insert(u"number"_qs, 1);
                const QByteArray next
                    = m_server.url(u"/repos/acme/platform-gitops/pulls"_qs).toString().toLatin1()
                    + "?state=open&per_page=100&page=2";
                return withRateHeaders(
                    FakeResponse::json(QJsonDocument(QJsonArray {pr}))
                        .header("link",
                                "<" + next + ">; rel=\"next\", <" + next + ">; rel=\"last\""));
            }
            pr.insert(u"number"_qs, 2);
            return withRateHeaders(FakeResponse::json(QJsonDocument(QJsonArray {pr})), 4990);
        }
        if (r.path == u"/repos/acme/platform-gitops/pulls/412/merge" && r.method == "PUT") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(u"sha").toString() != u"3f1c2b0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")
                return withRateHeaders(FakeResponse::json(
                    QByteArray("{\"message\":\"Head branch was modified. Review and try the merge "
                               "again.\",\"documentation_url\":\"https://docs.github.com/rest\"}"),
                    409));
            if (m_merged)
                return withRateHeaders(FakeResponse::json(
                    QByteArray(
                        "{\"message\":\"Pull Request is not mergeable\",\"documentation_url\":"
                        "\"https://docs.github.com/rest\"}"),
                    405));
            m_merged = true;
            return withRateHeaders(FakeResponse::json(
                QByteArray("{\"sha\":\"6dcb09b5b57875f334f61aebed695e2e4193db5e\",\"merged\":true,"
                           "\"message\":\"Pull Request successfully merged\"}")));
        }
        if (r.path == u"/repos/acme/platform-gitops/pulls/412")
            return withRateHeaders(FakeResponse::json(m_pull));
        if (r.path == u"/repos/acme/web/commits/main/status")
            return withRateHeaders(FakeResponse::json(m_statuses));
        if (r.path == u"/repos/acme/web/commits/main/check-runs")
            return withRateHeaders(FakeResponse::json(m_checkRuns));
        return FakeResponse::json(QByteArray("{\"message\":\"Not "
                                             "Found\",\"documentation_url\":\"https://"
                                             "docs.github.com/rest\",\"status\":\"404\"}"),
                                  404);
    }

    std::unique_ptr<GitHubClient> client(const QString &token = u"ghp_test"_qs)
    {
        ServiceEndpoint e;
        e.baseUrl = m_server.url();
        e.policy.timeout = 400ms;
        e.policy.maxRetries = 1;
        e.policy.backoffBase = 10ms;
        auto c = std::make_unique<GitHubClient>(e);
        c->setToken(token);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pull = readFile(dataPath(u"github/pull-412.json"_qs));
        QVERIFY(!m_pull.isEmpty());
        m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_override = nullptr;
        m_prExists = false;
        m_merged = false;
        m_checkRuns = "{\"total_count\":0,\"check_runs\":[]}";
        m_statuses = "{\"state\":\"pending\",\"statuses\":[],\"sha\":\"abc\",\"total_count\":0}";
    }

    void pullRequestsListGetAndRateLimit()
    {
        auto github = client();
        QSignalSpy rate(github.get(), &GitHubClient::rateLimitChanged);
        AWAIT_OK(list, QList<GitHubPullRequest>, [&](QObject *c, auto cb) {
            github->pullRequests(u"acme"_qs, u"platform-gitops"_qs, {}, c, cb);
        });
        QCOMPARE(list.size(), 2); // followed rel="next"
        QCOMPARE(list[1].number, 2);
        QCOMPARE(github->rateLimit().remaining, 4990);
        QCOMPARE(github->rateLimit().reset, QDateTime::fromSecsSinceEpoch(1768386000, Qt::UTC));
        QCOMPARE(rate.size(), 2);

        AWAIT_OK(pr, GitHubPullRequest, [&](QObject *c, auto cb) {
            github->pullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, c, cb);
        });
        QCOMPARE(pr.number, 412);
        QCOMPARE(pr.headRef, u"promote/web-sha-9c2f4e1"_qs);
        QCOMPARE(pr.baseSha, u"9c2f4e1b7a3d5f60812e4b9c0d7a6f5e4c3b2a19"_qs);
        QVERIFY(!pr.mergeable.has_value()); // null: still being computed
        QCOMPARE(pr.mergeableState, u"unknown"_qs);
        QVERIFY(!pr.merged);
        QCOMPARE(pr.author, u"acme-deployer"_qs);
    }

    void createPullRequestAndAlreadyExists()
    {
        auto github = client();
        NewPullRequest request {u"web: promote sha-9c2f4e1 to prod"_qs,
                                u"promote/web-sha-9c2f4e1"_qs,
                                u"main"_qs,
                                u"Automated promotion."_qs,
                                false,
                                true};
        AWAIT_OK(created, PullRequestCreation, [&](QObject *c, auto cb) {
            github->createPullRequest(u"acme"_qs, u"platform-gitops"_qs, request, c, cb);
        });
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.pullRequest.number, 412);
        const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
        QCOMPARE(sent.value(u"head").toString(), u"promote/web-sha-9c2f4e1"_qs);
        QCOMPARE(sent.value(u"base").toString(), u"main"_qs);

        AWAIT_OK(again, PullRequestCreation, [&](QObject *c, auto cb) {
            github->createPullRequest(u"acme"_qs, u"platform-gitops"_qs, request, c, cb);
        });
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.pullRequest.number, 412);
        QCOMPARE(m_server.requests().last().query.queryItemValue(u"head"_qs),
                 u"acme:promote/web-sha-9c2f4e1"_qs);

        // Already exists, but the open one cannot be found (other head): the 422 is reported.
        request.head = u"other-branch"_qs;
        AWAIT_ERROR(error, PullRequestCreation, [&](QObject *c, auto cb) {
            github->createPullRequest(u"acme"_qs, u"platform-gitops"_qs, request, c, cb);
        });
        QVERIFY2(error.message().endsWith(u"the request was rejected (422): A pull request already "
                                          u"exists for acme:promote/web-sha-9c2f4e1."),
                 qPrintable(error.message()));
    }

    void mergeChecksTheReviewedHead()
    {
        auto github = client();
        PullRequestMerge merge;
        merge.commitTitle = u"Promote web sha-9c2f4e1 to prod"_qs;
        merge.expectedHeadSha = u"0000000000000000000000000000000000000000"_qs;
        AWAIT_ERROR(moved, PullRequestMergeResult, [&](QObject *c, auto cb) {
            github->mergePullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, merge, c, cb);
        });
        QVERIFY2(moved.message().contains(u"changed since it was reviewed"),
                 qPrintable(moved.message()));
        QCOMPARE(m_server.requests().last().method, QByteArray("PUT"));

        merge.expectedHeadSha = u"3f1c2b0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"_qs;
        AWAIT_OK(merged, PullRequestMergeResult, [&](QObject *c, auto cb) {
            github->mergePullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, merge, c, cb);
        });
        QCOMPARE(merged.sha, u"6dcb09b5b57875f334f61aebed695e2e4193db5e"_qs);
        const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
        QCOMPARE(sent.value(u"merge_method").toString(), u"merge"_qs);
        QCOMPARE(sent.value(u"commit_title").toString(), u"Promote web sha-9c2f4e1 to prod"_qs);

        // Merging again: GitHub's 405 becomes a sentence naming the pull request.
        AWAIT_ERROR(again, PullRequestMergeResult, [&](QObject *c, auto cb) {
            github->mergePullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, merge, c, cb);
        });
        QVERIFY2(again.message().contains(
                     u"pull request #412 cannot be merged: Pull Request is not mergeable"),
                 qPrintable(again.message()));
    }

    void ciStateCombinesStatusesAndCheckRuns()
    {
        auto github = client();
        // Actions only: statuses empty ("pending" forever), check runs decide.
        m_checkRuns = readFile(dataPath(u"github/check-runs.json"_qs));
        AWAIT_OK(pending, GitHubChecks, [&](QObject *c, auto cb) {
            github->checks(u"acme"_qs, u"web"_qs, u"main"_qs, c, cb);
        });
        QCOMPARE(toString(pending.state()), u"pending"_qs);
        QCOMPARE(pending.summary(), u"2 checks: 1 passed, 1 pending"_qs);

        m_checkRuns.replace("\"in_progress\", \"conclusion\": null",
                            "\"completed\", \"conclusion\": \"success\"");
        AWAIT_OK(green, GitHubChecks, [&](QObject *c, auto cb) {
            github->checks(u"acme"_qs, u"web"_qs, u"main"_qs, c, cb);
        });
        QCOMPARE(toString(green.state()), u"success"_qs);

        m_statuses
            = "{\"state\":\"failure\",\"sha\":\"abc\",\"total_count\":1,\"statuses\":[{\"state\":"
              "\"failure\",\"context\":\"ci/jenkins\",\"description\":\"Build failed\"}]}";
        AWAIT_OK(red, GitHubChecks, [&](QObject *c, auto cb) {
            github->checks(u"acme"_qs, u"web"_qs, u"main"_qs, c, cb);
        });
        QCOMPARE(toString(red.state()), u"failure"_qs);
        QCOMPARE(red.statuses.value(0).context, u"ci/jenkins"_qs);

        m_statuses = "{\"state\":\"pending\",\"statuses\":[],\"sha\":\"abc\",\"total_count\":0}";
        m_checkRuns = "{\"total_count\":0,\"check_runs\":[]}";
        AWAIT_OK(none, GitHubChecks, [&](QObject *c, auto cb) {
            github->checks(u"acme"_qs, u"web"_qs, u"main"_qs, c, cb);
        });
        QCOMPARE(toString(none.state()), u"none"_qs);
    }

    void exhaustedLimitIsRespected()
    {
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
        m_override = [reset](const FakeRequest &) {
            return FakeResponse::json(
                       QByteArray("{\"message\":\"API rate limit exceeded for user ID 1.\"}"), 403)
                .header("x-ratelimit-limit", "5000")
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", reset);
        };
        auto github = client();
        AWAIT_ERROR(first, GitHubPullRequest, [&](QObject *c, auto cb) {
            github->pullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, c, cb);
        });
        QVERIFY2(first.message().contains(u"the API rate limit is exhausted (403); it resets at"),
                 qPrintable(first.message()));
        QCOMPARE(github->rateLimit().remaining, 0);
        const int sent = int(m_server.requests().size());
        AWAIT_ERROR(second, GitHubChecks, [&](QObject *c, auto cb) {
            github->checks(u"acme"_qs, u"web"_qs, u"main"_qs, c, cb);
        });
        QVERIFY2(second.message().contains(u"the API rate limit is exhausted; it resets at"),
                 qPrintable(second.message()));
        QCOMPARE(int(m_server.requests().size()), sent); // nothing spent until the reset
    }

    void errorsAreSpecific_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad credentials") << 0 << u": the token expired or is invalid (401)"_qs;
        QTest::addRow("primary limit")
            << 1 << u": the API rate limit is exhausted (403); it resets at 10:20 UTC"_qs;
        QTest::addRow("secondary limit")
            << 2 << u": a secondary rate limit was hit (403); retry after 60 s"_qs;
        QTest::addRow("429 retry-after too long")
            << 3 << u": a secondary rate limit was hit (429); retry after 120 s"_qs;
        QTest::addRow("not found")
            << 4
            << u": not found (404): the repository or item does not exist, or the token cannot see it"_qs;
        QTest::addRow("timeout") << 5 << u"timed out"_qs;
        QTest::addRow("reset") << 6 << u"closed the connection"_qs;
        QTest::addRow("garbage") << 7 << u"not valid JSON"_qs;
        QTest::addRow("500") << 8 << u"the server failed (500): Server Error"_qs;
    }

    void errorsAreSpecific()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        m_override = [mode, this](const FakeRequest &) {
            switch (mode) {
            case 1:
                return withRateHeaders(
                    FakeResponse::json(
                        QByteArray("{\"message\":\"API rate limit exceeded for user ID 1.\"}"),
                        403),
                    0);
            case 2:
                return FakeResponse::json(
                           QByteArray(
                               "{\"message\":\"You have exceeded a secondary rate limit.\"}"),
                           403)
                    .header("retry-after", "60");
            case 3:
                return FakeResponse::json(
                           QByteArray(
                               "{\"message\":\"You have exceeded a secondary rate limit.\"}"),
                           429)
                    .header("retry-after", "120");
            case 4:
                return FakeResponse::json(QByteArray("{\"message\":\"Not Found\"}"), 404);
            case 5: {
                FakeResponse r;
                r.fault = FakeResponse::Fault::Hang;
                return r;
            }
            case 6: {
                FakeResponse r = FakeResponse::json(m_pull);
                r.fault = FakeResponse::Fault::ResetMidBody;
                return r;
            }
            case 7:
                return FakeResponse::json(m_pull.left(100));
            case 8:
                return FakeResponse::json(QByteArray("{\"message\":\"Server Error\"}"), 500);
            default:
                return FakeResponse::json(QByteArray("{\"message\":\"Bad credentials\"}"), 401);
            }
        };
        auto github = client();
        AWAIT_ERROR(error, GitHubPullRequest, [&](QObject *c, auto cb) {
            github->pullRequest(u"acme"_qs, u"platform-gitops"_qs, 412, c, cb);
        });
        QVERIFY2(error.message().startsWith(u"GitHub at http://127.0.0.1:"),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u"ghp_test"));
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
