#include "demosources.h"

#include "demoimages.h"
#include "gitobjectwriter.h"
#include "gitrepository.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace Promenade::Demo {

namespace {

const QString blog = QStringLiteral("paulojauregui-com");
const QString signConnect = QStringLiteral("signconnect");

struct Person
{
    QString name;
    QString email;
    QString login;
};

const Person paulo {QStringLiteral("Paulo Jauregui"), QStringLiteral("paulo@paulojauregui.com"),
                    QStringLiteral("howdiggy")};
const Person maya {QStringLiteral("Maya Chen"), QStringLiteral("maya.chen@fastmail.com"),
                   QStringLiteral("mchen")};
const Person rosa {QStringLiteral("Rosa Delgado"), QStringLiteral("rosa@delgado.dev"),
                   QStringLiteral("rdelgado")};
const Person dependabot {QStringLiteral("dependabot[bot]"),
                         QStringLiteral("49699333+dependabot[bot]@users.noreply.github.com"),
                         QStringLiteral("dependabot[bot]")};
const Person gitHub {QStringLiteral("GitHub"), QStringLiteral("noreply@github.com"), {}};

QDateTime at(const char *when)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct CommitSpec
{
    const char *when;
    Person author;
    QString message;
    QString path; // the file the commit changes (a line is appended)
};

// One step of a history: a direct push to main, or a pull request (its branch's commits, then
// GitHub's merge commit; an open one is left on its branch). tag: the build CI made of the
// resulting commit (main's, or the branch's for an open pull request).
struct Step
{
    QList<CommitSpec> commits;
    int number = 0; // 0: a direct push
    QString title;
    QString branch;
    Person author;
    QStringList labels;
    const char *mergedAt = nullptr; // nullptr: still open
    QString tag;
};

Step push(CommitSpec c, QString tag = {})
{
    Step s;
    s.commits = {std::move(c)};
    s.tag = std::move(tag);
    return s;
}

Step pull(int number, QString title, QString branch, Person author, QStringList labels,
          QList<CommitSpec> commits, const char *mergedAt, QString tag = {})
{
    Step s;
    s.number = number;
    s.title = std::move(title);
    s.branch = std::move(branch);
    s.author = std::move(author);
    s.labels = std::move(labels);
    s.commits = std::move(commits);
    s.mergedAt = mergedAt;
    s.tag = std::move(tag);
    return s;
}

const QString enhancement = QStringLiteral("enhancement");
const QString bug = QStringLiteral("bug");
const QString dependencies = QStringLiteral("dependencies");
const QString breaking = QStringLiteral("breaking");

// The blog's history in two halves (September, then October onwards), only so that neither
// list of steps grows past what a reader takes in at once.
QList<Step> blogHistoryFirstMonth()
{
    return {
        push({"2026-08-30T10:14:00", paulo,
              QStringLiteral("chore: initial commit: a Go server for paulojauregui.com"),
              QStringLiteral("main.go")}),
        push({"2026-09-03T19:40:00", paulo,
              QStringLiteral("feat: render posts from Markdown with goldmark"),
              QStringLiteral("internal/render/render.go")}),
        pull(
            1, QStringLiteral("feat: add an RSS feed"), QStringLiteral("feat/rss"), paulo,
            {enhancement},
            {{"2026-09-10T20:02:00", paulo, QStringLiteral("feat(feed): RSS 2.0 feed at /feed.xml"),
              QStringLiteral("internal/feed/feed.go")},
             {"2026-09-11T08:31:00", paulo, QStringLiteral("test(feed): golden test for the feed"),
              QStringLiteral("internal/feed/feed_test.go")}},
            "2026-09-12T09:05:00"),
        pull(2, QStringLiteral("ci: build multi-arch images and push sha-<commit> tags to GHCR"),
             QStringLiteral("ci/multi-arch"), paulo, {},
             {{"2026-09-20T15:12:00", paulo,
               QStringLiteral("ci: docker/build-push-action for linux/amd64 and linux/arm64"),
               QStringLiteral(".github/workflows/image.yml")},
              {"2026-09-21T11:48:00", paulo,
               QStringLiteral("ci: label images with their source and revision"),
               QStringLiteral(".github/workflows/image.yml")}},
             "2026-09-24T17:40:00", QStringLiteral("sha-3f9a2c1")),
        pull(3, QStringLiteral("fix: escape HTML in post titles"),
             QStringLiteral("fix/title-escape"), paulo, {bug},
             {{"2026-09-26T21:10:00", paulo,
               QStringLiteral("fix(render): escape HTML in post titles"),
               QStringLiteral("internal/render/render.go")}},
             "2026-09-27T10:02:00"),
        pull(4, QStringLiteral("chore(deps): bump github.com/yuin/goldmark from 1.7.4 to 1.7.8"),
             QStringLiteral("dependabot/go_modules/github.com/yuin/goldmark-1.7.8"), dependabot,
             {dependencies},
             {{"2026-09-28T04:12:00", dependabot,
               QStringLiteral("chore(deps): bump github.com/yuin/goldmark from 1.7.4 to 1.7.8\n\n"
                              "Bumps [github.com/yuin/goldmark](https://github.com/yuin/goldmark) "
                              "from 1.7.4 to 1.7.8.\n\n"
                              "Signed-off-by: dependabot[bot] <support@github.com>"),
               QStringLiteral("go.mod")}},
             "2026-09-29T09:20:00", QStringLiteral("sha-8b41d07")),
        pull(5, QStringLiteral("feat: a dark theme that follows the system setting"),
             QStringLiteral("feat/dark-mode"), paulo, {enhancement},
             {{"2026-10-02T20:45:00", paulo, QStringLiteral("feat(theme): a dark palette"),
               QStringLiteral("static/css/theme.css")},
              {"2026-10-03T21:30:00", paulo,
               QStringLiteral("feat(theme): follow prefers-color-scheme"),
               QStringLiteral("static/css/theme.css")},
              {"2026-10-04T10:05:00", paulo, QStringLiteral("docs: a screenshot of the dark theme"),
               QStringLiteral("README.md")}},
             "2026-10-05T09:12:00"),
    };
}

QList<Step> blogHistoryLater()
{
    return {
        push({"2026-10-06T18:22:00", paulo, QStringLiteral("docs: how to run the blog locally"),
              QStringLiteral("README.md")}),
        pull(6, QStringLiteral("fix: answer 404, not 500, for an unknown post"),
             QStringLiteral("fix/unknown-post-404"), paulo, {bug},
             {{"2026-10-09T22:14:00", paulo,
               QStringLiteral("fix(routes): answer 404 for an unknown post"),
               QStringLiteral("internal/routes/routes.go")}},
             "2026-10-10T08:40:00"),
        pull(7, QStringLiteral("perf: cache rendered posts in memory"),
             QStringLiteral("perf/post-cache"), paulo, {QStringLiteral("performance")},
             {{"2026-10-11T16:03:00", paulo,
               QStringLiteral("perf(render): cache rendered HTML by modification time"),
               QStringLiteral("internal/render/cache.go")}},
             "2026-10-12T20:50:00", QStringLiteral("sha-c52e9f3")),
        pull(8, QStringLiteral("feat: tag pages and a tag cloud"), QStringLiteral("feat/tags"),
             maya, {enhancement},
             {{"2026-10-20T19:02:00", maya,
               QStringLiteral("feat(tags): read tags from the front matter"),
               QStringLiteral("internal/posts/frontmatter.go")},
              {"2026-10-21T20:15:00", maya,
               QStringLiteral("feat(tags): a page per tag at /tags/<tag>/"),
               QStringLiteral("internal/routes/tags.go")},
              {"2026-10-22T18:44:00", maya,
               QStringLiteral("feat(tags): a tag cloud on the home page"),
               QStringLiteral("templates/home.html")}},
             "2026-10-24T11:30:00"),
        pull(9, QStringLiteral("fix: keep the feed's pubDate in RFC 1123 format"),
             QStringLiteral("fix/feed-date"), paulo, {bug},
             {{"2026-10-28T07:55:00", paulo,
               QStringLiteral("fix(feed): pubDate in RFC 1123 format with a numeric zone"),
               QStringLiteral("internal/feed/feed.go")}},
             "2026-10-29T08:10:00"),
        pull(10, QStringLiteral("chore(deps): bump golang from 1.22 to 1.23"),
             QStringLiteral("dependabot/docker/golang-1.23"), dependabot, {dependencies},
             {{"2026-11-02T04:03:00", dependabot,
               QStringLiteral("chore(deps): bump golang from 1.22 to 1.23\n\n"
                              "Bumps golang from 1.22 to 1.23.\n\n"
                              "Signed-off-by: dependabot[bot] <support@github.com>"),
               QStringLiteral("Dockerfile")}},
             "2026-11-03T09:00:00"),
        pull(11, QStringLiteral("feat!: serve posts under /posts/<slug>/"),
             QStringLiteral("feat/post-urls"), paulo, {enhancement, breaking},
             {{"2026-11-08T14:20:00", paulo,
               QStringLiteral(
                   "feat(routes)!: move posts to /posts/<slug>/\n\n"
                   "BREAKING CHANGE: links to /p/<slug> get a permanent redirect; feed readers\n"
                   "see every post as new once."),
               QStringLiteral("internal/routes/routes.go")},
              {"2026-11-09T10:02:00", paulo,
               QStringLiteral("feat(routes): 301 redirects from the old /p/ URLs"),
               QStringLiteral("internal/routes/redirects.go")},
              {"2026-11-10T21:37:00", paulo,
               QStringLiteral("test(routes): a redirect for every published post"),
               QStringLiteral("internal/routes/redirects_test.go")}},
             "2026-11-12T08:15:00"),
        push({"2026-11-14T17:26:00", paulo,
              QStringLiteral("docs(readme): describe the new URL scheme"),
              QStringLiteral("README.md")}),
        pull(12, QStringLiteral("fix: set Cache-Control on static assets"),
             QStringLiteral("fix/static-cache"), paulo, {bug, QStringLiteral("performance")},
             {{"2026-11-17T22:48:00", paulo,
               QStringLiteral("fix(static): Cache-Control max-age=86400 for /static/"),
               QStringLiteral("internal/routes/static.go")}},
             "2026-11-19T08:30:00", QStringLiteral("sha-e7d1a48")),
        pull(13, QStringLiteral("feat: comments through GitHub Discussions"),
             QStringLiteral("feat/comments"), paulo, {enhancement},
             {{"2026-11-20T16:05:00", paulo,
               QStringLiteral("feat(comments): embed giscus below each post"),
               QStringLiteral("templates/post.html")}},
             nullptr, QStringLiteral("sha-a41f9c3")),
    };
}

QList<Step> blogHistory()
{
    return blogHistoryFirstMonth() + blogHistoryLater();
}

QList<Step> signConnectHistory()
{
    return {
        push({"2026-10-20T09:30:00", paulo,
              QStringLiteral("chore: initial commit: an Express server and the signage player"),
              QStringLiteral("src/server.js")}),
        pull(1, QStringLiteral("feat: schedule playlists by time of day"),
             QStringLiteral("feat/schedules"), paulo, {enhancement},
             {{"2026-10-24T18:11:00", paulo,
               QStringLiteral("feat(schedule): playlists by time of day"),
               QStringLiteral("src/schedule.js")},
              {"2026-10-25T11:40:00", paulo,
               QStringLiteral("test(schedule): day boundaries and daylight saving"),
               QStringLiteral("test/schedule.test.js")}},
             "2026-10-27T09:00:00"),
        pull(2, QStringLiteral("ci: multi-arch image builds to GHCR"), QStringLiteral("ci/images"),
             paulo, {},
             {{"2026-11-03T13:20:00", paulo,
               QStringLiteral("ci: build linux/amd64 and linux/arm64 images with labels"),
               QStringLiteral(".github/workflows/image.yml")}},
             "2026-11-04T10:12:00"),
        pull(3, QStringLiteral("feat: a health endpoint for Kubernetes probes"),
             QStringLiteral("feat/healthz"), paulo, {enhancement},
             {{"2026-11-05T19:05:00", paulo,
               QStringLiteral("feat(server): /healthz for liveness and readiness probes"),
               QStringLiteral("src/server.js")}},
             "2026-11-06T13:40:00", QStringLiteral("sha-41c07be")),
        pull(4, QStringLiteral("feat: pair screens with a six-digit code"),
             QStringLiteral("feat/pairing"), rosa, {enhancement},
             {{"2026-11-07T10:30:00", rosa,
               QStringLiteral("feat(pairing): generate pairing codes that expire after 10 minutes"),
               QStringLiteral("src/pairing.js")},
              {"2026-11-08T15:02:00", rosa,
               QStringLiteral("feat(pairing): a pairing page for new screens"),
               QStringLiteral("public/pair.html")},
              {"2026-11-09T09:47:00", rosa,
               QStringLiteral("test(pairing): expired and reused codes"),
               QStringLiteral("test/pairing.test.js")}},
             "2026-11-10T08:55:00"),
        pull(5, QStringLiteral("fix: reconnect the player's WebSocket after a network drop"),
             QStringLiteral("fix/ws-reconnect"), paulo, {bug},
             {{"2026-11-10T21:18:00", paulo,
               QStringLiteral("fix(player): reconnect with exponential back-off"),
               QStringLiteral("public/player.js")}},
             "2026-11-11T09:30:00"),
        pull(
            6, QStringLiteral("chore(deps): bump express from 4.19.2 to 4.21.1"),
            QStringLiteral("dependabot/npm_and_yarn/express-4.21.1"), dependabot, {dependencies},
            {{"2026-11-11T10:10:00", dependabot,
              QStringLiteral(
                  "chore(deps): bump express from 4.19.2 to 4.21.1\n\n"
                  "Bumps [express](https://github.com/expressjs/express) from 4.19.2 to 4.21.1.\n\n"
                  "Signed-off-by: dependabot[bot] <support@github.com>"),
              QStringLiteral("package.json")}},
            "2026-11-12T11:00:00", QStringLiteral("sha-9d2e6f0")),
        pull(7, QStringLiteral("feat!: playlists API v2 with per-screen overrides"),
             QStringLiteral("feat/api-v2"), rosa, {enhancement, breaking},
             {{"2026-11-14T11:12:00", rosa,
               QStringLiteral(
                   "feat(api)!: /api/v2/playlists\n\n"
                   "BREAKING CHANGE: /api/v1/playlists is gone; screens paired before this\n"
                   "release must be paired again."),
               QStringLiteral("src/api/playlists.js")},
              {"2026-11-15T16:40:00", rosa,
               QStringLiteral("feat(api): per-screen playlist overrides"),
               QStringLiteral("src/api/overrides.js")}},
             "2026-11-17T10:05:00"),
        push({"2026-11-18T19:33:00", paulo,
              QStringLiteral("fix(player): keep the last frame on screen while the next one loads"),
              QStringLiteral("public/player.js")}),
        pull(8, QStringLiteral("build: node:22-alpine as the base image"),
             QStringLiteral("build/node22"), paulo, {},
             {{"2026-11-19T20:25:00", paulo,
               QStringLiteral("build(docker): node:22-alpine base image"),
               QStringLiteral("Dockerfile")}},
             "2026-11-20T07:30:00", QStringLiteral("sha-5b8c3a2")),
    };
}

QList<Step> historyOf(const QString &app)
{
    return app == blog ? blogHistory() : signConnectHistory();
}

// The id each build's commit has, and the time offsets (author, committer; seconds back from
// the merge time) that give it: found once with Options::search, so that the build's tag is
// the commit's short id.
struct Pinned
{
    const char *id;
    qint64 authorBack;
    qint64 committerBack;
};

const QHash<QString, Pinned> &pinned()
{
    static const QHash<QString, Pinned> table {
        {QStringLiteral("paulojauregui-com/sha-3f9a2c1"),
         {"3f9a2c1085c670890d0c888d7ecda9eaacae2088", 1780, 9636}},
        {QStringLiteral("paulojauregui-com/sha-8b41d07"),
         {"8b41d07ae3d6a7949f04f6bcdda8f5b958a35563", 6548, 10524}},
        {QStringLiteral("paulojauregui-com/sha-c52e9f3"),
         {"c52e9f34541db3cb4f17cd3fc3b8d8a1235d3c01", 6670, 1284}},
        {QStringLiteral("paulojauregui-com/sha-e7d1a48"),
         {"e7d1a48a62eefdf7567f3c927234c48108312adc", 46043, 6585}},
        {QStringLiteral("paulojauregui-com/sha-a41f9c3"),
         {"a41f9c34ffc65a4ada70f8aff9954f0d6db9892b", 3582, 12326}},
        {QStringLiteral("signconnect/sha-41c07be"),
         {"41c07be380eb942e112505cd59aa2b91cb3475ca", 17252, 6561}},
        {QStringLiteral("signconnect/sha-9d2e6f0"),
         {"9d2e6f0d4789356125df994da7f2062b1fdc5d38", 1778, 15896}},
        {QStringLiteral("signconnect/sha-5b8c3a2"),
         {"5b8c3a24b5528e357dd687e464db9a12edf9fe53", 25330, 7858}},
    };
    return table;
}

Git::Signature signature(const Person &p, const QDateTime &when)
{
    return {p.name, p.email, when};
}

QByteArray appendLine(const QByteArray &before, const QString &line)
{
    return before + line.toUtf8() + '\n';
}

Status writeHistory(const QString &app, const QString &path, const DemoSources::Options &options)
{
    auto repo = Git::Repository::initBare(path);
    if (!repo)
        return repo.error();
    const Git::ObjectWriter writer(*repo);
    QMap<QString, QByteArray> files {{QStringLiteral("README.md"), "# " + app.toUtf8() + "\n\n"}};
    QString main;

    auto commit = [&](const QMap<QString, QByteArray> &tree, const QStringList &parents,
                      Git::Signature author, Git::Signature committer, const QString &message,
                      const QString &tag) -> Result<QString> {
        auto treeId = writer.writeTree(tree);
        if (!treeId)
            return treeId.error();
        const QDateTime authorBase = author.when;
        const QDateTime committerBase = committer.when;
        auto bytesFor = [&](qint64 authorBack, qint64 committerBack) {
            author.when = authorBase.addSecs(-authorBack - committerBack);
            committer.when = committerBase.addSecs(-committerBack);
            return writer.commitBytes(*treeId, parents, author, committer, message);
        };
        if (tag.isEmpty()) {
            auto bytes = bytesFor(0, 0);
            return bytes ? writer.writeCommit(*bytes) : Result<QString>(bytes.error());
        }
        const QString prefix = tag.mid(4);
        const auto found = pinned().constFind(app + u'/' + tag);
        if (!options.search) {
            if (found == pinned().cend())
                return Error(
                    Error::Kind::Failed,
                    QStringLiteral("the demo's build %1 of %2 has no commit").arg(tag, app));
            auto bytes = bytesFor(found->authorBack, found->committerBack);
            if (!bytes)
                return bytes.error();
            // The registry's labels name this id: the history must still give it.
            if (Git::ObjectWriter::objectId("commit", *bytes) != QLatin1String(found->id))
                return Error(Error::Kind::Failed,
                             QStringLiteral("the demo's build %1 of %2 is not its commit any more")
                                 .arg(tag, app));
            return writer.writeCommit(*bytes);
        }
        // The tool that fills the table: find the offsets, print the entry.
        auto base = bytesFor(0, 0);
        if (!base)
            return base.error();
        const auto offsets = options.search(*base, prefix);
        if (!offsets)
            return Error(Error::Kind::Failed,
                         QStringLiteral("no commit for %1 of %2").arg(tag, app));
        auto bytes = bytesFor(offsets->first, offsets->second);
        if (!bytes)
            return bytes.error();
        qCInfo(lcDemo).noquote() << QStringLiteral("{\"%1/%2\", {\"%3\", %4, %5}},")
                                        .arg(app, tag,
                                             Git::ObjectWriter::objectId("commit", *bytes))
                                        .arg(offsets->first)
                                        .arg(offsets->second);
        return writer.writeCommit(*bytes);
    };

    for (const Step &step : historyOf(app)) {
        if (step.number == 0) {
            const CommitSpec &c = step.commits.first();
            files[c.path] = appendLine(files.value(c.path), c.message.section(u'\n', 0, 0));
            auto id = commit(files, main.isEmpty() ? QStringList() : QStringList {main},
                             signature(c.author, at(c.when)), signature(c.author, at(c.when)),
                             c.message, step.tag);
            if (!id)
                return id.error();
            main = *id;
            continue;
        }
        // The branch starts at main; nothing lands on main meanwhile.
        QString tip = main;
        QMap<QString, QByteArray> branchFiles = files;
        for (qsizetype i = 0; i < step.commits.size(); ++i) {
            const CommitSpec &c = step.commits.at(i);
            branchFiles[c.path]
                = appendLine(branchFiles.value(c.path), c.message.section(u'\n', 0, 0));
            const bool built = !step.mergedAt && i + 1 == step.commits.size();
            auto id
                = commit(branchFiles, {tip}, signature(c.author, at(c.when)),
                         signature(c.author, at(c.when)), c.message, built ? step.tag : QString());
            if (!id)
                return id.error();
            tip = *id;
        }
        if (!step.mergedAt) {
            if (Status s = writer.setReference(u"refs/heads/" + step.branch, tip); !s)
                return s;
            continue;
        }
        files = branchFiles;
        const QString message
            = QStringLiteral("Merge pull request #%1 from %2/%3\n\n%4")
                  .arg(QString::number(step.number), paulo.login, step.branch, step.title);
        auto id = commit(files, {main, tip}, signature(paulo, at(step.mergedAt)),
                         signature(gitHub, at(step.mergedAt)), message, step.tag);
        if (!id)
            return id.error();
        main = *id;
    }
    if (Status s = writer.setReference(QStringLiteral("refs/heads/main"), main); !s)
        return s;
    return {};
}

} // namespace

QStringList DemoSources::apps()
{
    return {blog, signConnect};
}

QString DemoSources::gitHubRepository(const QString &app)
{
    if (app == signConnect)
        return QStringLiteral("HowDiggy/SignConnect");
    if (app == blog)
        return QStringLiteral("howdiggy/paulojauregui-com");
    return {};
}

QString DemoSources::revision(const QString &app, const QString &tag)
{
    const auto it = pinned().constFind(app + u'/' + tag);
    return it == pinned().cend() ? QString() : QString::fromLatin1(it->id);
}

QList<DemoSources::PullRequest> DemoSources::pullRequests(const QString &app)
{
    QList<PullRequest> out;
    if (!apps().contains(app))
        return out;
    for (const Step &step : historyOf(app)) {
        if (step.number > 0)
            out.append({step.number, step.title, step.branch, step.author.login, step.labels,
                        at(step.commits.first().when), step.mergedAt != nullptr});
    }
    return out;
}

QString DemoSources::login(const QString &email)
{
    for (const Person &p : {paulo, maya, rosa, dependabot}) {
        if (p.email == email)
            return p.login;
    }
    return {};
}

QString DemoSources::repositoryPath(const QString &dir, const QString &app)
{
    return QDir(dir).filePath(app + QStringLiteral(".git"));
}

Status DemoSources::generate(const QString &dir, const Options &options)
{
    for (const QString &app : apps()) {
        if (Status s = writeHistory(app, repositoryPath(dir, app), options); !s)
            return s;
    }
    return {};
}

} // namespace Promenade::Demo
