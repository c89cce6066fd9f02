// GitHubClient's comparison of two commits and the pull requests of a commit (what a
// promotion's "Changes" are made of). Kept apart from githubclient.cpp: the request path
// (request(), call(), errorFor()) is shared, the parsing is not.
#include "githubclient.h"

#include "githubanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Promenade::Clients {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHub)
};

constexpr int kPerPage = 100; // GitHub's maximum

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QDateTime time(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
}

GitHubCommit commitFrom(const QJsonObject &o)
{
    GitHubCommit c;
    c.sha = o.value(u"sha").toString();
    for (const auto &p : o.value(u"parents").toArray())
        c.parents.append(p.toObject().value(u"sha").toString());
    const QJsonObject commit = o.value(u"commit").toObject();
    c.message = commit.value(u"message").toString();
    const QJsonObject author = commit.value(u"author").toObject();
    c.authorName = author.value(u"name").toString();
    c.authorDate = time(author.value(u"date"));
    c.committerDate = time(commit.value(u"committer").toObject().value(u"date"));
    c.authorLogin = o.value(u"author").toObject().value(u"login").toString(); // null: no account
    c.htmlUrl = o.value(u"html_url").toString();
    return c;
}

} // namespace

void GitHubClient::compare(const QString &owner, const QString &repo, const QString &base,
                           const QString &head, int maxCommits, QObject *context,
                           ResultCallback<GitHubComparison> done)
{
    // base...head is one path segment: the three dots stay as they are.
    QUrl url = endpoint().resolve(u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/compare/"
                                  + segment(base) + u"..." + segment(head));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    url.setQuery(q);
    comparePage(url, {}, maxCommits, context, std::move(done));
}

void GitHubClient::comparePage(QUrl url, GitHubComparison collected, int maxCommits,
                               QObject *context, ResultCallback<GitHubComparison> done)
{
    HttpRequest r = request("GET", QString());
    r.url = url;
    call(std::move(r), context,
         [this, url, collected, maxCommits, context, done](Result<HttpResponse> response) mutable {
             if (!response)
                 return done(response.error());
             // A revision the repository does not have (a force push): GitHub says "No commit
             // found for SHA: …" with its 404.
             if (response->status == 404 && response->body.contains("No commit found"))
                 return done(Error(Error::Kind::NotFound,
                                   Tr::tr("%1: no such commit in the repository (404)")
                                       .arg(endpoint().label()))
                                 .withDetail(QString::fromUtf8(response->body.left(200))));
             const auto doc = gitHubJson(*this, response);
             if (!doc)
                 return done(doc.error());
             const QJsonObject o = doc->object();
             if (!o.value(u"commits").isArray())
                 return done(Error(
                     Error::Kind::Failed,
                     Tr::tr("%1: the comparison has no list of commits").arg(endpoint().label())));
             ++collected.pages;
             if (collected.pages == 1) {
                 collected.status = o.value(u"status").toString();
                 collected.aheadBy = o.value(u"ahead_by").toInt();
                 collected.behindBy = o.value(u"behind_by").toInt();
                 collected.totalCommits = o.value(u"total_commits").toInt();
                 collected.htmlUrl = o.value(u"html_url").toString();
                 // Too long to list: the counts only, without spending the pages.
                 if (collected.totalCommits > maxCommits)
                     return done(collected);
             }
             const QJsonArray commits = o.value(u"commits").toArray();
             for (const auto &c : commits)
                 collected.commits.append(commitFrom(c.toObject()));
             if (collected.commits.size() >= collected.totalCommits || commits.isEmpty())
                 return done(collected);
             // Bounded by maxCommits: never more pages than the list can fill.
             if (collected.pages * kPerPage >= maxCommits + kPerPage)
                 return done(collected);
             QUrl next = nextLink(response->header("link"), url);
             if (next.isEmpty() || next == url) {
                 next = url;
                 QUrlQuery q(url);
                 q.removeAllQueryItems(QStringLiteral("page"));
                 q.addQueryItem(QStringLiteral("page"), QString::number(collected.pages + 1));
                 next.setQuery(q);
             }
             comparePage(next, collected, maxCommits, context, done);
         });
}

void GitHubClient::commitPullRequests(const QString &owner, const QString &repo, const QString &sha,
                                      QObject *context,
                                      ResultCallback<QList<GitHubPullRequest>> done)
{
    call(request("GET",
                 u"/repos/" + segment(owner) + u'/' + segment(repo) + u"/commits/" + segment(sha)
                     + u"/pulls"),
         context, [this, done](Result<HttpResponse> r) {
             const auto doc = gitHubJson(*this, r);
             if (!doc)
                 return done(doc.error());
             if (!doc->isArray())
                 return done(Error(Error::Kind::Failed,
                                   Tr::tr("%1: the answer is not a list").arg(endpoint().label())));
             QList<GitHubPullRequest> out;
             for (const auto &v : doc->array())
                 out.append(parseGitHubPullRequest(v.toObject()));
             done(out);
         });
}

} // namespace Promenade::Clients
