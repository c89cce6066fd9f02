#pragma once

#include "githubcomparison.h"
#include "httptransport.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace Promenade::Clients {

struct GitHubRateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset;
    QString resource;
    [[nodiscard]] bool isKnown() const { return remaining >= 0; }
};

struct GitHubPullRequest
{
    int number = 0;
    QString state; // open / closed
    QString title;
    QString body;
    QString htmlUrl;
    QString author;
    QString headRef, headSha, headLabel;
    QString baseRef, baseSha;
    bool draft = false;
    bool merged = false;
    std::optional<bool> mergeable; // null while GitHub computes it: ask again later
    QString mergeableState; // clean, dirty, unstable, blocked, behind, unknown, draft...
    QString mergeCommitSha;
    QDateTime createdAt, updatedAt, closedAt, mergedAt;
    QStringList labels; // label names
};

struct NewPullRequest
{
    QString title;
    QString head; // branch (or owner:branch)
    QString base;
    QString body;
    bool draft = false;
    bool maintainerCanModify = true;
};

struct PullRequestCreation
{
    GitHubPullRequest pullRequest;
    bool alreadyExisted = false; // a 422 "A pull request already exists": the open one is returned
};

struct PullRequestFilter
{
    QString state = QStringLiteral("open"); // open, closed, all
    QString head; // owner:branch
    QString base;
};

struct PullRequestMerge
{
    QString commitTitle; // empty: GitHub's "Merge pull request #N from …"
    QString expectedHeadSha; // the head the person reviewed: a moved head refuses (409)
    QString method = QStringLiteral("merge"); // merge, squash or rebase
};

// What GET /repos/{owner}/{repo} says of merging: the merge methods the repository allows
// (each field defaults to true when GitHub leaves it out, as its schema says).
struct GitHubRepositorySettings
{
    QString fullName;
    QString defaultBranch;
    bool allowMergeCommit = true;
    bool allowSquashMerge = true;
    bool allowRebaseMerge = true;
    // merge, squash, rebase: the allowed ones, in that order.
    [[nodiscard]] QStringList mergeMethods() const;
};

struct PullRequestMergeResult
{
    QString sha; // the merge commit
    QString message;
};

struct GitHubCommitStatus
{
    QString context, state, description, targetUrl;
};

struct GitHubCheckRun
{
    QString name;
    QString status; // queued, in_progress, completed, waiting, requested, pending
    QString conclusion; // empty until completed
    QString htmlUrl;
};

enum class CiState { None, Pending, Success, Failure };
[[nodiscard]] QString toString(CiState state);

// The CI verdict for a commit: classic commit statuses and GitHub Actions check runs together
// (a repository that only uses Actions has no statuses, and its combined state stays
// "pending" forever; it must not count).
struct GitHubChecks
{
    QString ref;
    QString sha;
    QString combinedState; // of commit statuses
    QList<GitHubCommitStatus> statuses;
    QList<GitHubCheckRun> checkRuns;
    [[nodiscard]] CiState state() const;
    // "2 checks: 1 passed, 1 pending" — for a gate's reason.
    [[nodiscard]] QString summary() const;
};

// A pull request as GitHub's REST API gives it (any field may be missing or of another type).
[[nodiscard]] GitHubPullRequest parseGitHubPullRequest(const QJsonObject &object);

// Client of the GitHub REST API (api.github.com or GHES /api/v3): pull requests (list, get,
// create — what promotions use), the CI state of a ref, and the rate limit as last reported.
//
// A Bearer token (PAT, gh's oauth token, GITHUB_TOKEN) is sent with the API version header
// 2022-11-28. Errors are specific: bad credentials (401), primary rate limit exhausted (403/429
// with x-ratelimit-remaining 0, naming the reset time), secondary rate limits (Retry-After),
// validation errors (422, with GitHub's messages).
//
// Threading: one thread; callbacks bound to the given context object.
class GitHubClient : public QObject
{
    Q_OBJECT

public:
    // endpoint.baseUrl defaults to https://api.github.com when empty.
    explicit GitHubClient(ServiceEndpoint endpoint = ServiceEndpoint(), QObject *parent = nullptr);

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_transport->endpoint(); }
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }
    [[nodiscard]] const GitHubRateLimit &rateLimit() const { return m_rateLimit; }

    void pullRequests(const QString &owner, const QString &repo, const PullRequestFilter &filter,
                      QObject *context, ResultCallback<QList<GitHubPullRequest>> done);
    void pullRequest(const QString &owner, const QString &repo, int number, QObject *context,
                     ResultCallback<GitHubPullRequest> done);
    void createPullRequest(const QString &owner, const QString &repo, const NewPullRequest &request,
                           QObject *context, ResultCallback<PullRequestCreation> done);
    // PUT …/pulls/N/merge. A head that moved since it was reviewed (409), a pull request that
    // cannot be merged (405: conflicts, branch protection, already merged) and a missing one
    // (404) are each reported in words a person can act on.
    void mergePullRequest(const QString &owner, const QString &repo, int number,
                          const PullRequestMerge &merge, QObject *context,
                          ResultCallback<PullRequestMergeResult> done);
    void checks(const QString &owner, const QString &repo, const QString &ref, QObject *context,
                ResultCallback<GitHubChecks> done);
    // GET /repos/{owner}/{repo}: the merge methods it allows (githubrepository.cpp).
    void repositorySettings(const QString &owner, const QString &repo, QObject *context,
                            ResultCallback<GitHubRepositorySettings> done);

    // GET …/compare/{base}...{head}, page by page (per_page=100) while the comparison holds at
    // most maxCommits commits; a longer one gives its counts and no commits (comparison.pages
    // says how many requests it took). base and head are commit ids (or refs). See
    // githubcompare.cpp.
    void compare(const QString &owner, const QString &repo, const QString &base,
                 const QString &head, int maxCommits, QObject *context,
                 ResultCallback<GitHubComparison> done);
    // GET …/commits/{sha}/pulls: the pull requests a commit belongs to (its branch was merged,
    // or it is the merge commit).
    void commitPullRequests(const QString &owner, const QString &repo, const QString &sha,
                            QObject *context, ResultCallback<QList<GitHubPullRequest>> done);

    [[nodiscard]] Error errorFor(const HttpResponse &response) const;

Q_SIGNALS:
    void rateLimitChanged(const Promenade::Clients::GitHubRateLimit &rateLimit);

private:
    HttpRequest request(const QByteArray &verb, const QString &path) const;
    void call(HttpRequest request, QObject *context, ResultCallback<HttpResponse> done);
    void listPages(QUrl url, QList<GitHubPullRequest> collected, int pages, QObject *context,
                   ResultCallback<QList<GitHubPullRequest>> done);
    void noteRateLimit(const HttpResponse &response);
    void comparePage(QUrl url, GitHubComparison collected, int maxCommits, QObject *context,
                     ResultCallback<GitHubComparison> done);

    HttpTransport *m_transport = nullptr;
    QString m_token;
    GitHubRateLimit m_rateLimit;
};

} // namespace Promenade::Clients
