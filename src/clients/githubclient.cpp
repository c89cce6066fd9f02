#include "githubclient.h"

#include "githubanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHub)
};

constexpr int kMaxPages = 50;

QDateTime time(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
}

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

Result<QJsonDocument> gitHubJson(const GitHubClient &client, const Result<HttpResponse> &response)
{
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return client.errorFor(*response);
    return parseJsonResponse(client.endpoint(), *response);
}

GitHubPullRequest parseGitHubPullRequest(const QJsonObject &o)
{
    GitHubPullRequest pr;
    pr.number = o.value(u"number").toInt();
    pr.state = o.value(u"state").toString();
    pr.title = o.value(u"title").toString();
    pr.body = o.value(u"body").toString();
    pr.htmlUrl = o.value(u"html_url").toString();
    pr.author = o.value(u"user").toObject().value(u"login").toString();
    const QJsonObject head = o.value(u"head").toObject();
    pr.headRef = head.value(u"ref").toString();
    pr.headSha = head.value(u"sha").toString();
    pr.headLabel = head.value(u"label").toString();
    const QJsonObject base = o.value(u"base").toObject();
    pr.baseRef = base.value(u"ref").toString();
    pr.baseSha = base.value(u"sha").toString();
    pr.draft = o.value(u"draft").toBool();
    pr.merged = o.value(u"merged").toBool() || o.value(u"merged_at").isString();
    if (o.value(u"mergeable").isBool())
        pr.mergeable = o.value(u"mergeable").toBool();
    pr.mergeableState = o.value(u"mergeable_state").toString();
    pr.mergeCommitSha = o.value(u"merge_commit_sha").toString();
    pr.createdAt = time(o.value(u"created_at"));
    pr.updatedAt = time(o.value(u"updated_at"));
    pr.closedAt = time(o.value(u"closed_at"));
    pr.mergedAt = time(o.value(u"merged_at"));
    for (const auto &label : o.value(u"labels").toArray())
        pr.labels.append(label.toObject().value(u"name").toString());
    return pr;
}

QString toString(CiState state)
{
    switch (state) {
    case CiState::Pending:
        return QStringLiteral("pending");
    case CiState::Success:
        return QStringLiteral("success");
    case CiState::Failure:
        return QStringLiteral("failure");
    case CiState::None:
        break;
    }
    return QStringLiteral("none");
}

CiState GitHubChecks::state() const
{
    static const QStringList failing {u"failure"_qs,         u"timed_out"_qs,       u"cancelled"_qs,
                                      u"action_required"_qs, u"startup_failure"_qs, u"stale"_qs};
    bool pending = false;
    for (const GitHubCheckRun &run : checkRuns) {
        if (run.status != u"completed")
            pending = true;
        else if (failing.contains(run.conclusion))
            return CiState::Failure;
    }
    for (const GitHubCommitStatus &s : statuses) {
        if (s.state == u"failure" || s.state == u"error")
            return CiState::Failure;
        if (s.state == u"pending")
            pending = true;
    }
    if (pending)
        return CiState::Pending;
    return checkRuns.isEmpty() && statuses.isEmpty() ? CiState::None : CiState::Success;
}

QString GitHubChecks::summary() const
{
    int passed = 0, failed = 0, pending = 0;
    for (const GitHubCheckRun &run : checkRuns) {
        if (run.status != u"completed")
            ++pending;
        else if (run.conclusion == u"success" || run.conclusion == u"neutral"
                 || run.conclusion == u"skipped")
            ++passed;
        else
            ++failed;
    }
    for (const GitHubCommitStatus &s : statuses) {
        if (s.state == u"success")
            ++passed;
        else if (s.state == u"pending")
            ++pending;
        else
            ++failed;
    }
    const int total = passed + failed + pending;
    if (total == 0)
        return Tr::tr("no checks");
    QStringList parts;
    if (passed)
        parts.append(Tr::tr("%1 passed", "checks").arg(passed));
    if (failed)
        parts.append(Tr::tr("%1 failed", "checks").arg(failed));
    if (pending)
        parts.append(Tr::tr("%1 pending", "checks").arg(pending));
    const QString counted = parts.join(u", ");
    return total == 1 ? Tr::tr("1 check: %1").arg(counted)
                      : Tr::tr("%1 checks: %2").arg(QString::number(total), counted);
}

GitHubClient::GitHubClient(ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
{
    if (endpoint.serviceName.isEmpty())
        endpoint.serviceName = QStringLiteral("GitHub");
    if (endpoint.baseUrl.isEmpty())
        endpoint.baseUrl = QUrl(QStringLiteral("https://api.github.com"));
    m_transport = new HttpTransport(std::move(endpoint), this);
}

HttpRequest GitHubClient::request(const QByteArray &verb, const QString &path) const
{
    HttpRequest r;
    r.verb = verb;
    r.url = endpoint().resolve(path);
    r.setHeader("Accept", "application/vnd.github+json");
    r.setHeader("X-GitHub-Api-Version", "2022-11-28");
    r.setHeader("User-Agent", "Promenade");
    if (!m_token.isEmpty())
        r.setHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (verb != "GET" && verb != "HEAD")
        r.setHeader("Content-Type", "application/json");
    return r;
}

void GitHubClient::noteRateLimit(const HttpResponse &response)
{
    const QByteArray remaining = response.header("x-ratelimit-remaining");
    if (remaining.isEmpty())
        return;
    GitHubRateLimit limit;
    limit.remaining = remaining.toInt();
    limit.limit = response.header("x-ratelimit-limit").toInt();
    limit.used = response.header("x-ratelimit-used").toInt();
    limit.resource = QString::fromLatin1(response.header("x-ratelimit-resource"));
    const qint64 reset = response.header("x-ratelimit-reset").toLongLong();
    if (reset > 0)
        limit.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    m_rateLimit = limit;
    Q_EMIT rateLimitChanged(m_rateLimit);
}

Error GitHubClient::errorFor(const HttpResponse &response) const
{
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    QString message = o.value(u"message").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(200)).trimmed();
    const QString label = endpoint().label();
    const int s = response.status;
    if (s == 401)
        return Error(Error::Kind::Refused,
                     Tr::tr("%1: the token expired or is invalid (401)").arg(label))
            .withDetail(message);
    if ((s == 403 || s == 429) && response.header("x-ratelimit-remaining") == "0") {
        const qint64 reset = response.header("x-ratelimit-reset").toLongLong();
        QString when;
        if (reset > 0)
            when = Tr::tr("; it resets at %1")
                       .arg(QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(u"HH:mm 'UTC'"));
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1: the API rate limit is exhausted (%2)").arg(label, QString::number(s))
                + when);
    }
    if ((s == 403 || s == 429)
        && (!response.header("retry-after").isEmpty()
            || message.contains(u"secondary rate limit"))) {
        QString after;
        if (const auto wait = retryAfter(response))
            after = Tr::tr("; retry after %1 s").arg((wait->count() + 999) / 1000);
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1: a secondary rate limit was hit (%2)").arg(label, QString::number(s))
                + after);
    }
    if (s == 404)
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1: not found (404): the repository or item does not exist, or the "
                            "token cannot see it")
                         .arg(label));
    if (s == 422) {
        QStringList details;
        for (const auto &e : o.value(u"errors").toArray()) {
            const QJsonObject eo = e.toObject();
            const QString m = eo.value(u"message").toString();
            details.append(m.isEmpty()
                               ? eo.value(u"field").toString() + u' ' + eo.value(u"code").toString()
                               : m);
        }
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1: the request was rejected (422): %2")
                .arg(label, details.isEmpty() ? message : details.join(QStringLiteral("; "))));
    }
    return httpStatusError(endpoint(), response, message);
}

void GitHubClient::call(HttpRequest req, QObject *context, ResultCallback<HttpResponse> done)
{
    // Respect an exhausted primary limit without spending requests until it resets.
    if (m_rateLimit.remaining == 0 && m_rateLimit.reset.isValid()
        && m_rateLimit.reset > QDateTime::currentDateTimeUtc()) {
        return done(
            Error(Error::Kind::Refused,
                  Tr::tr("%1: the API rate limit is exhausted; it resets at %2")
                      .arg(endpoint().label(), m_rateLimit.reset.toString(u"HH:mm 'UTC'"))));
    }
    m_transport->send(std::move(req), context,
                      [this, done = std::move(done)](Result<HttpResponse> r) {
                          if (r)
                              noteRateLimit(*r);
                          done(std::move(r));
                      });
}

void GitHubClient::pullRequests(const QString &owner, const QString &repo,
                                const PullRequestFilter &filter, QObject *context,
                                ResultCallback<QList<GitHubPullRequest>> done)
{
    QUrl url = endpoint().resolve(u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/pulls");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), filter.state);
    if (!filter.head.isEmpty())
        q.addQueryItem(QStringLiteral("head"), filter.head);
    if (!filter.base.isEmpty())
        q.addQueryItem(QStringLiteral("base"), filter.base);
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    url.setQuery(q);
    listPages(url, {}, 0, context, std::move(done));
}

void GitHubClient::listPages(QUrl url, QList<GitHubPullRequest> collected, int pages,
                             QObject *context, ResultCallback<QList<GitHubPullRequest>> done)
{
    HttpRequest r = request("GET", QString());
    r.url = url;
    call(std::move(r), context,
         [this, url, collected, pages, context, done](Result<HttpResponse> response) mutable {
             const auto doc = gitHubJson(*this, response);
             if (!doc)
                 return done(doc.error());
             if (!doc->isArray())
                 return done(Error(Error::Kind::Failed,
                                   Tr::tr("%1: the answer is not a list").arg(endpoint().label())));
             for (const auto &v : doc->array())
                 collected.append(parseGitHubPullRequest(v.toObject()));
             const QUrl next = nextLink(response->header("link"), url);
             if (next.isEmpty() || next == url || pages + 1 >= kMaxPages)
                 return done(collected);
             listPages(next, collected, pages + 1, context, done);
         });
}

void GitHubClient::pullRequest(const QString &owner, const QString &repo, int number,
                               QObject *context, ResultCallback<GitHubPullRequest> done)
{
    call(request("GET",
                 u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/pulls/"
                     + QString::number(number)),
         context, [this, done](Result<HttpResponse> r) {
             const auto doc = gitHubJson(*this, r);
             if (!doc)
                 return done(doc.error());
             done(parseGitHubPullRequest(doc->object()));
         });
}

void GitHubClient::createPullRequest(const QString &owner, const QString &repo,
                                     const NewPullRequest &pr, QObject *context,
                                     ResultCallback<PullRequestCreation> done)
{
    HttpRequest r = request("POST", u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/pulls");
    QJsonObject body {{u"title"_qs, pr.title},
                      {u"head"_qs, pr.head},
                      {u"base"_qs, pr.base},
                      {u"draft"_qs, pr.draft},
                      {u"maintainer_can_modify"_qs, pr.maintainerCanModify}};
    if (!pr.body.isEmpty())
        body.insert(u"body"_qs, pr.body);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call(std::move(r), context,
         [this, owner, repo, pr, context, done](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             if (response->status == 422
                 && response->body.contains("A pull request already exists")) {
                 // Promotions are repeatable: hand back the open pull request for this head and
                 // base.
                 PullRequestFilter filter;
                 filter.head = pr.head.contains(u':') ? pr.head : owner + u':' + pr.head;
                 filter.base = pr.base;
                 const Error original = errorFor(*response);
                 pullRequests(owner, repo, filter, context,
                              [done, original](Result<QList<GitHubPullRequest>> list) {
                                  if (!list || list->isEmpty())
                                      return done(original);
                                  done(PullRequestCreation {list->first(), true});
                              });
                 return;
             }
             const auto doc = gitHubJson(*this, response);
             if (!doc)
                 return done(doc.error());
             done(PullRequestCreation {parseGitHubPullRequest(doc->object()), false});
         });
}

void GitHubClient::mergePullRequest(const QString &owner, const QString &repo, int number,
                                    const PullRequestMerge &merge, QObject *context,
                                    ResultCallback<PullRequestMergeResult> done)
{
    HttpRequest r = request("PUT",
                            u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/pulls/"
                                + QString::number(number) + u"/merge");
    QJsonObject body {{u"merge_method"_qs, merge.method}};
    if (!merge.commitTitle.isEmpty())
        body.insert(u"commit_title"_qs, merge.commitTitle);
    if (!merge.expectedHeadSha.isEmpty())
        body.insert(u"sha"_qs, merge.expectedHeadSha);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call(std::move(r), context, [this, number, done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        const QString label = endpoint().label();
        const QString message
            = QJsonDocument::fromJson(response->body).object().value(u"message").toString();
        if (response->status == 409) {
            return done(
                Error(Error::Kind::Refused,
                      Tr::tr("%1: pull request #%2 changed since it was reviewed; look at it again "
                             "before merging (409)")
                          .arg(label, QString::number(number)))
                    .withDetail(message));
        }
        if (response->status == 405) {
            return done(Error(Error::Kind::Refused,
                              Tr::tr("%1: pull request #%2 cannot be merged: %3 (405)")
                                  .arg(label, QString::number(number),
                                       message.isEmpty() ? Tr::tr("not mergeable") : message)));
        }
        const auto doc = gitHubJson(*this, response);
        if (!doc)
            return done(doc.error());
        const QJsonObject o = doc->object();
        if (!o.value(u"merged").toBool()) {
            return done(
                Error(Error::Kind::Failed,
                      Tr::tr("%1: pull request #%2 was not merged: %3")
                          .arg(label, QString::number(number), o.value(u"message").toString())));
        }
        done(PullRequestMergeResult {o.value(u"sha").toString(), o.value(u"message").toString()});
    });
}

void GitHubClient::checks(const QString &owner, const QString &repo, const QString &ref,
                          QObject *context, ResultCallback<GitHubChecks> done)
{
    const QString base
        = u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/commits/" + segment(ref);
    call(request("GET", base + u"/status?per_page=100"), context,
         [this, base, ref, context, done](Result<HttpResponse> r) {
             const auto doc = gitHubJson(*this, r);
             if (!doc)
                 return done(doc.error());
             GitHubChecks checks;
             checks.ref = ref;
             const QJsonObject combined = doc->object();
             checks.sha = combined.value(u"sha").toString();
             checks.combinedState = combined.value(u"state").toString();
             for (const auto &s : combined.value(u"statuses").toArray()) {
                 const QJsonObject so = s.toObject();
                 checks.statuses.append(
                     {so.value(u"context").toString(), so.value(u"state").toString(),
                      so.value(u"description").toString(), so.value(u"target_url").toString()});
             }
             call(request("GET", base + u"/check-runs?per_page=100"), context,
                  [this, checks, done](Result<HttpResponse> r) mutable {
                      const auto doc = gitHubJson(*this, r);
                      if (!doc)
                          return done(doc.error());
                      for (const auto &c : doc->object().value(u"check_runs").toArray()) {
                          const QJsonObject co = c.toObject();
                          checks.checkRuns.append({co.value(u"name").toString(),
                                                   co.value(u"status").toString(),
                                                   co.value(u"conclusion").toString(),
                                                   co.value(u"html_url").toString()});
                      }
                      done(checks);
                  });
         });
}

} // namespace Promenade::Clients
