#include "demosourcehost.h"

#include "demosources.h"
#include "gitcommitrange.h"
#include "gitrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Promenade::Demo {

namespace {

QJsonObject error(const QString &message, const QString &doc)
{
    return {{QStringLiteral("message"), message},
            {QStringLiteral("documentation_url"), QString(u"https://docs.github.com/rest/" + doc)},
            {QStringLiteral("status"), QStringLiteral("404")}};
}

QString web(const QString &repository)
{
    return u"https://github.com/" + repository;
}

QString api(const QString &repository)
{
    return u"https://api.github.com/repos/" + repository;
}

QJsonObject person(const Git::Signature &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("date"), s.when.toUTC().toString(Qt::ISODate)}};
}

QJsonValue account(const QString &login)
{
    if (login.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("login"), login},
                        {QStringLiteral("type"),
                         login.endsWith(u"[bot]") ? QStringLiteral("Bot") : QStringLiteral("User")},
                        {QStringLiteral("html_url"), QString(u"https://github.com/" + login)}};
}

QJsonObject commitJson(const Git::CommitInfo &c, const QString &repository)
{
    QJsonArray parents;
    for (const QString &p : c.parents)
        parents.append(
            QJsonObject {{QStringLiteral("sha"), p},
                         {QStringLiteral("url"), QString(api(repository) + u"/commits/" + p)},
                         {QStringLiteral("html_url"), QString(web(repository) + u"/commit/" + p)}});
    const bool viaWeb = c.committer.email == u"noreply@github.com";
    return {{QStringLiteral("sha"), c.id},
            {QStringLiteral("url"), QString(api(repository) + u"/commits/" + c.id)},
            {QStringLiteral("html_url"), QString(web(repository) + u"/commit/" + c.id)},
            {QStringLiteral("commit"),
             QJsonObject {{QStringLiteral("author"), person(c.author)},
                          {QStringLiteral("committer"), person(c.committer)},
                          {QStringLiteral("message"),
                           c.message.endsWith(u'\n') ? c.message.chopped(1) : c.message},
                          {QStringLiteral("comment_count"), 0}}},
            {QStringLiteral("author"), account(DemoSources::login(c.author.email))},
            {QStringLiteral("committer"),
             account(viaWeb ? QStringLiteral("web-flow") : DemoSources::login(c.committer.email))},
            {QStringLiteral("parents"), parents}};
}

} // namespace

std::optional<DemoSourceHost::Answer> DemoSourceHost::answer(const QString &path,
                                                             const QUrl &url) const
{
    // /repos/{owner}/{repo}/…
    const QStringList parts = path.split(u'/');
    if (parts.size() < 5 || parts.at(1) != u"repos")
        return std::nullopt;
    const QString repository = parts.at(2) + u'/' + parts.at(3);
    QString app;
    for (const QString &candidate : DemoSources::apps()) {
        if (DemoSources::gitHubRepository(candidate).compare(repository, Qt::CaseInsensitive) == 0)
            app = candidate;
    }
    if (app.isEmpty())
        return std::nullopt;
    const QString canonical = DemoSources::gitHubRepository(app);
    if (parts.size() == 6 && parts.at(4) == u"compare") {
        const QString basehead = QUrl::fromPercentEncoding(parts.at(5).toUtf8());
        const qsizetype dots = basehead.indexOf(QStringLiteral("..."));
        if (dots > 0)
            return compare(app, canonical, basehead.left(dots), basehead.mid(dots + 3), url);
    }
    if (parts.size() == 7 && parts.at(4) == u"commits" && parts.at(6) == u"pulls")
        return commitPulls(app, canonical, parts.at(5));
    return Answer {404, error(QStringLiteral("Not Found"), QStringLiteral("repos/repos")), {}};
}

DemoSourceHost::Answer DemoSourceHost::compare(const QString &app, const QString &repository,
                                               const QString &base, const QString &head,
                                               const QUrl &url) const
{
    auto repo = Git::Repository::open(DemoSources::repositoryPath(m_dir, app));
    if (!repo)
        return {404,
                error(QStringLiteral("Not Found"),
                      QStringLiteral("commits/commits#compare-two-commits")),
                {}};
    Git::CommitRange::Options options;
    options.firstParentOnly = false;
    options.maxCount = 100000;
    auto walk = Git::CommitRange::walk(*repo, base, head, options);
    if (!walk) {
        return {404,
                error(QStringLiteral("No commit found for SHA: %1")
                          .arg(walk.error().message().contains(base.left(12)) ? base : head),
                      QStringLiteral("commits/commits#compare-two-commits")),
                {}};
    }
    QString status;
    int ahead = 0, behind = 0;
    QList<Git::CommitInfo> commits;
    switch (walk->relation) {
    case Git::CommitRange::Relation::Identical:
        status = QStringLiteral("identical");
        break;
    case Git::CommitRange::Relation::Ahead:
        status = QStringLiteral("ahead");
        ahead = walk->total;
        commits = walk->commits;
        break;
    case Git::CommitRange::Relation::Behind:
        status = QStringLiteral("behind");
        behind = walk->total; // base..head is empty
        break;
    case Git::CommitRange::Relation::Diverged:
        status = QStringLiteral("diverged");
        ahead = walk->total;
        behind = walk->behind;
        commits = walk->commits;
        break;
    }
    std::reverse(commits.begin(), commits.end()); // GitHub lists them oldest first

    // Paged when page or per_page is given (per_page 30 by default, 100 at most); else the
    // first 250, as GitHub answers.
    const QUrlQuery query(url);
    const bool paged = query.hasQueryItem(QStringLiteral("page"))
        || query.hasQueryItem(QStringLiteral("per_page"));
    int perPage = paged
        ? std::clamp(query.queryItemValue(QStringLiteral("per_page")).toInt(), 0, 100)
        : 250;
    if (paged && perPage == 0)
        perPage = 30;
    const int page = paged ? std::max(1, query.queryItemValue(QStringLiteral("page")).toInt()) : 1;
    QJsonArray list;
    for (qsizetype i = qsizetype(page - 1) * perPage;
         i < commits.size() && i < qsizetype(page) * perPage; ++i)
        list.append(commitJson(commits.at(i), repository));
    QList<QPair<QByteArray, QByteArray>> headers;
    const int lastPage = std::max(1, int((commits.size() + perPage - 1) / perPage));
    if (paged && lastPage > 1) {
        auto link = [&](int n, const char *rel) {
            QUrl u(api(repository) + u"/compare/" + base + u"..." + head);
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
            q.addQueryItem(QStringLiteral("page"), QString::number(n));
            u.setQuery(q);
            return "<" + u.toEncoded() + ">; rel=\"" + rel + "\"";
        };
        QByteArrayList links;
        if (page > 1)
            links << link(page - 1, "prev");
        if (page < lastPage)
            links << link(page + 1, "next") << link(lastPage, "last");
        if (page > 1)
            links << link(1, "first");
        headers.append({"Link", links.join(", ")});
    }
    const QString baseHead = base + u"..." + head;
    QJsonObject body {
        {QStringLiteral("url"), QString(api(repository) + u"/compare/" + baseHead)},
        {QStringLiteral("html_url"), QString(web(repository) + u"/compare/" + baseHead)},
        {QStringLiteral("permalink_url"),
         QString(web(repository) + u"/compare/" + walk->baseId.left(7) + u"..."
                 + walk->headId.left(7))},
        {QStringLiteral("status"), status},
        {QStringLiteral("ahead_by"), ahead},
        {QStringLiteral("behind_by"), behind},
        {QStringLiteral("total_commits"), ahead},
        {QStringLiteral("commits"), list},
        {QStringLiteral("files"), QJsonArray()}};
    if (auto baseCommit = repo->commit(walk->baseId))
        body.insert(QStringLiteral("base_commit"), commitJson(*baseCommit, repository));
    return {200, body, headers};
}

const QHash<QString, int> &DemoSourceHost::pullRequestOf(const QString &app) const
{
    if (const auto it = m_pullRequestOf.constFind(app); it != m_pullRequestOf.cend())
        return *it;
    QHash<QString, int> &map = m_pullRequestOf[app];
    auto repo = Git::Repository::open(DemoSources::repositoryPath(m_dir, app));
    if (!repo)
        return map;
    Git::Repository::LogOptions mainLog;
    mainLog.from = QStringLiteral("main");
    mainLog.firstParentOnly = true;
    const auto merges = repo->log(mainLog);
    Git::CommitRange::Options all;
    all.firstParentOnly = false;
    for (const DemoSources::PullRequest &pr : DemoSources::pullRequests(app)) {
        QString base = QStringLiteral("main"), head = QStringLiteral("refs/heads/") + pr.branch;
        if (pr.merged && merges) {
            const QString prefix = QStringLiteral("Merge pull request #%1 from ").arg(pr.number);
            for (const Git::CommitInfo &c : *merges) {
                if (c.message.startsWith(prefix) && c.parents.size() == 2) {
                    map.insert(c.id, pr.number);
                    base = c.parents.at(0);
                    head = c.parents.at(1);
                }
            }
        }
        if (auto walk = Git::CommitRange::walk(*repo, base, head, all)) {
            for (const Git::CommitInfo &c : walk->commits)
                map.insert(c.id, pr.number);
        }
    }
    return map;
}

DemoSourceHost::Answer DemoSourceHost::commitPulls(const QString &app, const QString &repository,
                                                   const QString &sha) const
{
    const QHash<QString, int> &of = pullRequestOf(app);
    QString full;
    for (auto it = of.cbegin(); it != of.cend(); ++it) {
        if (sha.size() >= 7 && it.key().startsWith(sha))
            full = it.key();
    }
    QJsonArray list;
    const int number = of.value(full);
    auto repo = Git::Repository::open(DemoSources::repositoryPath(m_dir, app));
    for (const DemoSources::PullRequest &pr : DemoSources::pullRequests(app)) {
        if (pr.number != number || !repo)
            continue;
        QString mergeSha, headSha, mergedAt;
        for (auto it = of.cbegin(); it != of.cend(); ++it) {
            if (it.value() != number)
                continue;
            auto c = repo->commit(it.key());
            if (c && c->message.startsWith(QStringLiteral("Merge pull request #%1 ").arg(number))) {
                mergeSha = c->id;
                headSha = c->parents.value(1);
                mergedAt = c->committer.when.toUTC().toString(Qt::ISODate);
            }
        }
        if (!pr.merged)
            headSha = repo->resolve(QStringLiteral("refs/heads/") + pr.branch).valueOr(QString());
        QJsonArray labels;
        for (const QString &l : pr.labels)
            labels.append(QJsonObject {{QStringLiteral("name"), l}});
        list.append(QJsonObject {
            {QStringLiteral("number"), pr.number},
            {QStringLiteral("state"),
             pr.merged ? QStringLiteral("closed") : QStringLiteral("open")},
            {QStringLiteral("title"), pr.title},
            {QStringLiteral("user"), account(pr.author)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("html_url"),
             QString(web(repository) + u"/pull/" + QString::number(pr.number))},
            {QStringLiteral("url"),
             QString(api(repository) + u"/pulls/" + QString::number(pr.number))},
            {QStringLiteral("created_at"), pr.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("merged_at"), mergedAt.isEmpty() ? QJsonValue() : QJsonValue(mergedAt)},
            {QStringLiteral("merge_commit_sha"),
             mergeSha.isEmpty() ? QJsonValue() : QJsonValue(mergeSha)},
            {QStringLiteral("head"),
             QJsonObject {{QStringLiteral("ref"), pr.branch}, {QStringLiteral("sha"), headSha}}},
            {QStringLiteral("base"),
             QJsonObject {{QStringLiteral("ref"), QStringLiteral("main")}}}});
    }
    return {200, list, {}};
}

} // namespace Promenade::Demo
