#include "fakehttpserver.h"
#include "gitobjectwriter.h"
#include "gitrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {

// A loopback GitHub that answers GET /repos/acme/web/compare/{base}...{head} and
// …/commits/{sha}/pulls as GitHub documents them, from `git log` of a scratch repository:
// commits oldest first; paged by per_page (default 30, at most 100) and page when either is
// given, with a Link header; without them the first 250 commits.
class FakeGitHub
{
public:
    explicit FakeGitHub(QString repo)
        : m_repo(std::move(repo))
    {
        m_server.setHandler([this](const FakeRequest &r) { return answer(r); });
    }
    bool listen() { return m_server.listen(); }
    FakeHttpServer &server() { return m_server; }
    int forcedTotal = 0; // > 0: answer with this total_commits (a huge comparison)
    QByteArray notFound; // non-empty: every compare answers 404 with this message

private:
    FakeResponse answer(const FakeRequest &r)
    {
        const QString compare = QStringLiteral("/repos/acme/web/compare/");
        if (r.path.startsWith(compare)) {
            if (!notFound.isEmpty())
                return FakeResponse::json(
                    R"({"message":")" + notFound
                        + R"(","documentation_url":"https://docs.github.com/rest/commits/commits#compare-two-commits","status":"404"})",
                    404);
            const QString basehead = r.path.mid(compare.size());
            const QString base = basehead.section(QStringLiteral("..."), 0, 0);
            const QString head = basehead.section(QStringLiteral("..."), 1, 1);
            return compareAnswer(r, base, head);
        }
        if (r.path.startsWith(QStringLiteral("/repos/acme/web/commits/"))
            && r.path.endsWith(u"/pulls")) {
            const QString sha = r.path.section(u'/', 5, 5);
            const auto out = TestSupport::git(
                m_repo,
                {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), sha});
            const QString subject = QString::fromUtf8(out.out).trimmed();
            QJsonArray list;
            if (subject.startsWith(u"Merge pull request #")) {
                const int number = subject.section(u'#', 1).section(u' ', 0, 0).toInt();
                list.append(QJsonObject {
                    {QStringLiteral("number"), number},
                    {QStringLiteral("state"), QStringLiteral("closed")},
                    {QStringLiteral("title"), QStringLiteral("feat: change %1").arg(number)},
                    {QStringLiteral("user"),
                     QJsonObject {{QStringLiteral("login"), QStringLiteral("octocat")}}},
                    {QStringLiteral("labels"),
                     QJsonArray {
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("enhancement")}}}},
                    {QStringLiteral("html_url"),
                     QStringLiteral("https://github.com/acme/web/pull/%1").arg(number)},
                    {QStringLiteral("merged_at"), QStringLiteral("2026-03-01T10:00:00Z")},
                    {QStringLiteral("merge_commit_sha"), sha}});
            }
            return FakeResponse::json(QJsonDocument(list));
        }
        return FakeResponse::json(R"({"message":"Not Found","status":"404"})", 404);
    }

    FakeResponse compareAnswer(const FakeRequest &r, const QString &base, const QString &head)
    {
        const auto log = TestSupport::git(
            m_repo,
            {QStringLiteral("log"), QStringLiteral("--reverse"),
             QStringLiteral("--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cI%x1f%B%x1e"),
             base + u".." + head});
        if (log.exitCode != 0)
            return FakeResponse::json(R"({"message":"No commit found for SHA: )" + base.toUtf8()
                                          + R"(","status":"404"})",
                                      404);
        QJsonArray all;
        for (const QByteArray &record : log.out.split('\x1e')) {
            const QList<QByteArray> f = record.trimmed().split('\x1f');
            if (f.size() < 7)
                continue;
            QJsonArray parents;
            for (const QByteArray &p : f[1].split(' '))
                parents.append(QJsonObject {{QStringLiteral("sha"), QString::fromLatin1(p)}});
            all.append(QJsonObject {
                {QStringLiteral("sha"), QString::fromLatin1(f[0])},
                {QStringLiteral("html_url"),
                 QString(u"https://github.com/acme/web/commit/"_qs + QString::fromLatin1(f[0]))},
                {QStringLiteral("commit"),
                 QJsonObject {{QStringLiteral("message"), QString::fromUtf8(f[6]).trimmed()},
                              {QStringLiteral("author"),
                               QJsonObject {{QStringLiteral("name"), QString::fromUtf8(f[2])},
                                            {QStringLiteral("email"), QString::fromUtf8(f[3])},
                                            {QStringLiteral("date"), QString::fromUtf8(f[4])}}},
                              {QStringLiteral("committer"),
                               QJsonObject {{QStringLiteral("date"), QString::fromUtf8(f[5])}}}}},
                {QStringLiteral("author"),
                 QJsonObject {{QStringLiteral("login"), QStringLiteral("octocat")}}},
                {QStringLiteral("parents"), parents}});
        }
        const bool paged = r.query.hasQueryItem(QStringLiteral("page"))
            || r.query.hasQueryItem(QStringLiteral("per_page"));
        int perPage = paged
            ? std::min(100, r.query.queryItemValue(QStringLiteral("per_page")).toInt())
            : 250;
        if (perPage <= 0)
            perPage = 30;
        const int page = std::max(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
        QJsonArray commits;
        for (qsizetype i = qsizetype(page - 1) * perPage;
             i < all.size() && i < qsizetype(page) * perPage; ++i)
            commits.append(all.at(i));
        const int total = forcedTotal ? forcedTotal : int(all.size());
        FakeResponse response = FakeResponse::json(QJsonDocument(QJsonObject {
            {QStringLiteral("status"),
             all.isEmpty() ? QStringLiteral("behind") : QStringLiteral("ahead")},
            {QStringLiteral("ahead_by"), total},
            {QStringLiteral("behind_by"), 0},
            {QStringLiteral("total_commits"), total},
            {QStringLiteral("html_url"),
             QStringLiteral("https://github.com/acme/web/compare/%1...%2").arg(base, head)},
            {QStringLiteral("commits"), commits},
            {QStringLiteral("files"), QJsonArray()}}));
        if (paged && qsizetype(page) * perPage < all.size()) {
            QUrl next = m_server.url(r.path);
            next.setQuery(QStringLiteral("per_page=%1&page=%2").arg(perPage).arg(page + 1));
            response.header("Link", "<" + next.toEncoded() + ">; rel=\"next\"");
        }
        return response;
    }

    QString m_repo;
    FakeHttpServer m_server;
};

} // namespace

// `promenade changes` against `git log` itself: a local clone (first-parent), GitHub's
// comparison on a loopback server (paged past 250 commits), and the sentences that replace
// the list when it cannot be known.
class TestChangesCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_app; // bare application repository
    QStringList m_main; // main's commits, oldest first
    QDateTime m_time = QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::utc());
    int m_prs = 0;

    QString write(const QStringList &parents, const QString &message,
                  QMap<QString, QByteArray> &files)
    {
        auto repo = Git::Repository::open(m_app);
        const Git::ObjectWriter writer(*repo);
        files[QStringLiteral("log.txt")] += message.toUtf8() + '\n';
        m_time = m_time.addSecs(600);
        const Git::Signature who {QStringLiteral("Octo Cat"), QStringLiteral("octo@example.com"),
                                  m_time};
        auto id = writer.writeCommit(
            *writer.commitBytes(*writer.writeTree(files), parents, who, who, message));
        return *id;
    }

    // A pull request of n commits, merged with a merge commit; returns the merge.
    void pullRequest(int commits, QMap<QString, QByteArray> &files)
    {
        const int number = ++m_prs;
        QString tip = m_main.last();
        for (int i = 0; i < commits; ++i)
            tip = write({tip}, QStringLiteral("fix(part%1): step %2").arg(number).arg(i), files);
        m_main << write(
            {m_main.last(), tip},
            QStringLiteral("Merge pull request #%1 from octocat/change-%1\n\nfeat: change %1")
                .arg(number),
            files);
    }

    void direct(const QString &message, QMap<QString, QByteArray> &files)
    {
        m_main << write({m_main.last()}, message, files);
    }

    QString gitOps(const QString &name, const QString &staging, const QString &production,
                   const QByteArray &config)
    {
        const QString root = m_scratch.filePath(name);
        const QByteArray base
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n"
              "    spec:\n      containers:\n      - name: web\n        image: "
              "ghcr.io/acme/web:latest\n";
        TestSupport::writeFile(root + QStringLiteral("/apps/web/base/kustomization.yaml"),
                               "resources:\n- deployment.yaml\n");
        TestSupport::writeFile(root + QStringLiteral("/apps/web/base/deployment.yaml"), base);
        for (const auto &[env, tag] : {std::pair {QStringLiteral("staging"), staging},
                                       std::pair {QStringLiteral("production"), production}})
            TestSupport::writeFile(
                root + QStringLiteral("/apps/web/overlays/") + env
                    + QStringLiteral("/kustomization.yaml"),
                "resources:\n- ../../base\nimages:\n- name: ghcr.io/acme/web\n  newTag: "
                    + tag.toUtf8() + "\n");
        TestSupport::writeFile(root + QStringLiteral("/promenade.yaml"),
                               "environments: [staging, production]\n" + config);
        (void)Git::Repository::init(root);
        return root;
    }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v :
             {"GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
            env.remove(QString::fromLatin1(v));
        return env;
    }

    QStringList gitLog(const QStringList &arguments)
    {
        const auto r = TestSupport::git(
            m_app, QStringList {QStringLiteral("log"), QStringLiteral("--format=%H")} + arguments);
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList shas(const QJsonObject &changes)
    {
        QStringList out;
        for (const auto &c : changes.value(u"commits").toArray())
            out << c.toObject().value(u"sha").toString();
        return out;
    }

    static QString tagOf(const QString &id) { return u"sha-"_qs + id.left(7); }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = m_scratch.filePath(QStringLiteral("web.git"));
        QVERIFY(Git::Repository::initBare(m_app));
        QMap<QString, QByteArray> files;
        m_main << write({}, QStringLiteral("chore: initial commit"), files);
        // m_main[1]: production's build. Then 3 pull requests and a direct fix: staging's.
        direct(QStringLiteral("docs: readme"), files);
        pullRequest(2, files);
        direct(QStringLiteral(
                   "fix!: drop the v1 API\n\nBREAKING CHANGE: clients of /v1 must move to /v2."),
               files);
        pullRequest(1, files);
        pullRequest(3, files);
        // Then a long stretch: 75 pull requests of 3 commits (300 commits), for GitHub's pages.
        for (int i = 0; i < 75; ++i)
            pullRequest(3, files);
        auto repo = Git::Repository::open(m_app);
        QVERIFY(Git::ObjectWriter(*repo).setReference(QStringLiteral("refs/heads/main"),
                                                      m_main.last()));
    }

    void localCloneMatchesGitLogFirstParent()
    {
        const QString production = m_main.at(1), staging = m_main.at(5);
        const QString root = gitOps(QStringLiteral("local"), tagOf(staging), tagOf(production),
                                    "apps:\n- name: web\n  image: ghcr.io/acme/web\n  source: "
                                    "{url: https://github.com/acme/web, path: "
                                        + m_app.toUtf8() + "}\n");
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--format"), QStringLiteral("json")},
            environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"version").toInt(), 1);
        QCOMPARE(o.value(u"via").toString(), QStringLiteral("local clone"));
        QCOMPARE(o.value(u"direction").toString(), QStringLiteral("forward"));
        const QStringList expected
            = gitLog({QStringLiteral("--first-parent"), production + u".." + staging});
        QCOMPARE(expected.size(), 4);
        QCOMPARE(shas(o), expected);
        QCOMPARE(o.value(u"totalCommits").toInt(), 4);
        QCOMPARE(o.value(u"pullRequests").toArray().size(), 3);
        QCOMPARE(o.value(u"pullRequests").toArray().first().toObject().value(u"number").toInt(), 3);
        QCOMPARE(o.value(u"pullRequests").toArray().first().toObject().value(u"url").toString(),
                 QStringLiteral("https://github.com/acme/web/pull/3"));
        const QJsonObject groups = o.value(u"groups").toObject();
        QCOMPARE(groups.value(u"breaking").toArray().size(), 1);
        QCOMPARE(groups.value(u"features").toArray().size(), 3);
        QCOMPARE(o.value(u"summary").toString(),
                 QStringLiteral("4 commits, 3 pull requests ahead"));

        // The same in text and Markdown.
        const auto text = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production")},
            environment());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Breaking changes\n  ")
                     && text.out.contains("#3 feat: change 3"),
                 text.out.constData());
        const auto markdown = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--format"), QStringLiteral("markdown")},
            environment());
        QVERIFY2(markdown.out.contains("[#3](https://github.com/acme/web/pull/3) feat: change 3"),
                 markdown.out.constData());

        // Backwards: a rollback says what it takes out.
        const auto back = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("production"), QStringLiteral("--to"),
             QStringLiteral("staging"), QStringLiteral("--format"), QStringLiteral("json")},
            environment());
        const QJsonObject b = QJsonDocument::fromJson(back.out).object();
        QCOMPARE(b.value(u"direction").toString(), QStringLiteral("rollback"));
        QCOMPARE(shas(b), expected);
        QVERIFY(b.value(u"summary").toString().contains(u"taken out"));
    }

    void localCloneWithoutTheCommit()
    {
        const QString root = gitOps(
            QStringLiteral("rewritten"), tagOf(m_main.at(5)), QStringLiteral("sha-0badc0d"),
            "apps:\n- name: web\n  source: {url: https://github.com/acme/web, path: "
                + m_app.toUtf8() + "}\n");
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--format"), QStringLiteral("json")},
            environment());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"commits").toArray().isEmpty());
        QVERIFY2(o.value(u"problem").toString().contains(u"does not have both builds' commits"),
                 r.out.constData());
    }

    void gitHubComparisonMatchesGitLogAcrossPages()
    {
        FakeGitHub github(m_app);
        QVERIFY(github.listen());
        const QString production = m_main.at(5), staging = m_main.last();
        const QString root = gitOps(QStringLiteral("github"), tagOf(staging), tagOf(production),
                                    "apps:\n- name: web\n  source: "
                                    "https://github.com/acme/web\nendpoints:\n  github:\n    url: "
                                        + github.server().url().toString().toUtf8() + "\n");
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--format"), QStringLiteral("json")},
            environment());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QStringList expected = gitLog({production + u".." + staging});
        QCOMPARE(expected.size(), 300);
        QCOMPARE(shas(o), expected);
        QCOMPARE(o.value(u"via").toString(), QStringLiteral("GitHub"));
        // Three pages of 100 (more than the 250 an unpaged comparison holds).
        QCOMPARE(github.server().count(QStringLiteral("/repos/acme/web/compare/")), 3);
        for (const FakeRequest &request : github.server().requests()) {
            if (request.path.contains(u"/compare/"))
                QCOMPARE(request.query.queryItemValue(QStringLiteral("per_page")),
                         QStringLiteral("100"));
        }
        // Pull requests: 30 asked (the bound), the other 45 read from the merge messages.
        QCOMPARE(github.server().count(QStringLiteral("/repos/acme/web/commits/")), 30);
        const QJsonArray prs = o.value(u"pullRequests").toArray();
        QCOMPARE(prs.size(), 75);
        QCOMPARE(prs.first().toObject().value(u"number").toInt(), 78);
        QCOMPARE(prs.first().toObject().value(u"author").toString(), QStringLiteral("octocat"));
        QCOMPARE(prs.first().toObject().value(u"labels").toArray().first().toString(),
                 QStringLiteral("enhancement"));
        QCOMPARE(prs.last().toObject().value(u"labels").toArray().size(), 0);
        // Every branch commit belongs to its pull request.
        for (const auto &c : o.value(u"commits").toArray())
            QVERIFY(c.toObject().value(u"pullRequest").toInt() > 0);
    }

    void sentencesInPlaceOfTheList_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QByteArray>("notFound");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("thousands of commits")
            << 4210 << QByteArray()
            << QStringLiteral(
                   "4,210 commits between the builds: more than Promenade lists (1,000)");
        QTest::addRow("private, no token")
            << 0 << QByteArray("Not Found")
            << QStringLiteral("a private repository needs a GitHub token");
        QTest::addRow("force-pushed") << 0 << QByteArray("No commit found for SHA: 0badc0d")
                                      << QStringLiteral("the history was rewritten");
    }

    void sentencesInPlaceOfTheList()
    {
        QFETCH(int, total);
        QFETCH(QByteArray, notFound);
        QFETCH(QString, sentence);
        FakeGitHub github(m_app);
        github.forcedTotal = total;
        github.notFound = notFound;
        QVERIFY(github.listen());
        const QString root = gitOps(QStringLiteral("bad-%1")
                                        .arg(QString::fromLatin1(QTest::currentDataTag()))
                                        .replace(u' ', u'-')
                                        .replace(u',', u'-'),
                                    tagOf(m_main.last()), tagOf(m_main.at(1)),
                                    "apps:\n- name: web\n  source: "
                                    "https://github.com/acme/web\nendpoints:\n  github:\n    url: "
                                        + github.server().url().toString().toUtf8() + "\n");
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--format"), QStringLiteral("json")},
            environment());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(u"problem").toString().contains(sentence), r.out.constData());
        QVERIFY(o.value(u"commits").toArray().isEmpty());
        QVERIFY(o.value(u"pullRequests").toArray().isEmpty());
        // One request: a comparison too long to list is not paged through.
        QCOMPARE(github.server().requests().size(), 1);
    }

    // `promote` ships the list too: the commit message carries the short list (one line per
    // pull request or direct commit), the plan says what it ships.
    void promoteCarriesTheChanges()
    {
        const QString production = m_main.at(1), staging = m_main.at(5);
        const QString root = gitOps(QStringLiteral("promote"), tagOf(staging), tagOf(production),
                                    "apps:\n- name: web\n  image: ghcr.io/acme/web\n  source: "
                                    "{url: https://github.com/acme/web, path: "
                                        + m_app.toUtf8() + "}\n");
        // The promotion commits as the repository's configured identity.
        for (const auto &[key, value] :
             {std::pair {u"user.name"_qs, u"Test"_qs}, {u"user.email"_qs, u"test@example.com"_qs}})
            QCOMPARE(TestSupport::git(root, {QStringLiteral("config"), key, value}).exitCode, 0);
        QCOMPARE(TestSupport::git(root, {QStringLiteral("add"), QStringLiteral("-A")}).exitCode, 0);
        QCOMPARE(
            TestSupport::git(
                root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("GitOps")})
                .exitCode,
            0);
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("promote"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--commit"), QStringLiteral("--yes")},
            environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("ships:    4 commits, 3 pull requests ahead"), r.out.constData());
        const QString message = QString::fromUtf8(
            TestSupport::git(
                root, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})
                .out);
        QVERIFY2(message.contains(u"(4 commits, 3 pull requests ahead):"), qPrintable(message));
        // Every first-parent commit of the range is named: its pull request, or itself.
        const QStringList range
            = gitLog({QStringLiteral("--first-parent"), production + u".." + staging});
        QCOMPARE(range.size(), 4);
        for (int pr = 1; pr <= 3; ++pr)
            QVERIFY2(message.contains(QStringLiteral("#%1 feat: change %1").arg(pr)),
                     qPrintable(message));
        QVERIFY2(message.contains(u"fix!: drop the v1 API"), qPrintable(message));
        // The Promenade trailers stay the message's last paragraph.
        QVERIFY2(message.trimmed().section(QStringLiteral("\n\n"), -1).contains(u"Promenade-"),
                 qPrintable(message));
    }

    void noSourceLabel()
    {
        FakeHttpServer registry; // answers nothing useful: no labels to read
        registry.setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]})", 404);
        });
        QVERIFY(registry.listen());
        const QString root = gitOps(
            QStringLiteral("nolabel"), QStringLiteral("1.4.2"), QStringLiteral("1.4.1"),
            "endpoints:\n  registries:\n    ghcr.io: " + registry.url().toString().toUtf8() + "\n");
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("changes"), root, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production")},
            environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("ghcr.io/acme/web:1.4.2 names no source commit"),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestChangesCommand)
#include "tst_changescommand.moc"
