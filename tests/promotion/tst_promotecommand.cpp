#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "githttpserver.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promotionhistory.h"
#include "renderer.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Promenade;

namespace {

const QStringList identity {QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                            QStringLiteral("-c"),
                            QStringLiteral("user.email=test@example.invalid")};

// Runs promenade while the demo control plane keeps serving this thread.
TestSupport::ProcessResult promenade(const QStringList &arguments,
                                     const QProcessEnvironment &env
                                     = QProcessEnvironment::systemEnvironment())
{
    return TestSupport::runPromenadeServing(arguments, env);
}

QString tagIn(const QString &repo, const QString &env, const QString &app)
{
    const auto pipeline = RepositoryDiscovery::discover(repo);
    const Environment *e = pipeline ? pipeline->environment(env) : nullptr;
    const DeclaredImage *image = e ? e->imageFor(app) : nullptr;
    return image ? image->tag : QString();
}

QByteArray render(const QString &dir)
{
    Kustomize::Renderer renderer;
    auto yaml = renderer.renderYaml(dir);
    return yaml ? *yaml : QByteArray("error: ") + yaml.error().toString().toUtf8();
}

} // namespace

// Promotions end to end, through the command line, on copies of the demo repository: a
// direct promotion, production through a pull request (against the demo control plane's
// GitHub API), a CI bump, a rollback, two promotions racing to one remote, pushes over a real
// smart-HTTP server; and refusals that change nothing.
class TestPromoteCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_count = 0;

    // A fresh demo repository with a Git identity, and its origin.
    std::pair<QString, QString> demo()
    {
        const auto created = Demo::DemoRepository::generate(
            m_scratch.filePath(QStringLiteral("demo%1").arg(++m_count)));
        if (!created)
            return {};
        TestSupport::git(created->workTree,
                         {QStringLiteral("config"), QStringLiteral("user.name"),
                          QStringLiteral("Release Manager")});
        TestSupport::git(created->workTree,
                         {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("rm@example.invalid")});
        return {created->workTree, created->originPath};
    }

private Q_SLOTS:
    void promotesDevelopmentToStagingChangingOnlyTheTag()
    {
        const auto [repo, origin] = demo();
        QVERIFY(!repo.isEmpty());
        const auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                                  QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                                  QStringLiteral("development"), QStringLiteral("--to"),
                                  QStringLiteral("staging"), QStringLiteral("--push"),
                                  QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("✓ Working tree clean"));
        QVERIFY(r.out.contains("containers[name=web].image"));

        // One file, one line, and on that line only the tag differs.
        const auto diff = TestSupport::git(repo,
                                           {QStringLiteral("diff"), QStringLiteral("-U0"),
                                            QStringLiteral("HEAD~1"), QStringLiteral("HEAD")});
        const QList<QByteArray> lines = diff.out.split('\n');
        QStringList changed;
        for (const QByteArray &line : lines) {
            if ((line.startsWith('+') || line.startsWith('-')) && !line.startsWith("+++")
                && !line.startsWith("---"))
                changed << QString::fromUtf8(line);
        }
        QCOMPARE(changed,
                 (QStringList {QStringLiteral("-    newTag: sha-c52e9f3"),
                               QStringLiteral("+    newTag: sha-e7d1a48")}));
        QVERIFY(diff.out.contains("apps/overlays/staging/kustomization.yaml"));

        // The trailers parse back and the history lists it.
        auto git = Git::Repository::open(repo);
        QVERIFY(git);
        const auto head = git->commit(QStringLiteral("HEAD"));
        QVERIFY(head);
        const auto trailers = Git::Trailers::parse(head->message);
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-Action")),
                 QStringLiteral("promote"));
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-From")),
                 QStringLiteral("development"));
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-To")),
                 QStringLiteral("staging"));
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-Image")),
                 QStringLiteral("ghcr.io/howdiggy/paulojauregui-com:sha-e7d1a48"));
        QCOMPARE(head->author.name, QStringLiteral("Release Manager"));
        const auto history = PromotionHistory::load(*git);
        QVERIFY(history);
        QCOMPARE(history->first().kind, HistoryEntry::Kind::Promotion);
        QCOMPARE(history->first().previousTag, QStringLiteral("sha-c52e9f3"));

        // Pushed, not forced: the origin has it on top of its old tip.
        QCOMPARE(
            TestSupport::git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}).out,
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        QCOMPARE(
            TestSupport::git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QByteArray());
    }

    void dryRunAndRefusalsChangeNothing()
    {
        const auto [repo, origin] = demo();
        const QByteArray head
            = TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
        const QStringList promote {QStringLiteral("promote"), repo,
                                   QStringLiteral("--app"),   QStringLiteral("signconnect"),
                                   QStringLiteral("--from"),  QStringLiteral("staging"),
                                   QStringLiteral("--to"),    QStringLiteral("production"),
                                   QStringLiteral("--commit")};
        auto r = promenade(promote + QStringList {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("dry run: nothing was changed"));
        QVERIFY(r.out.contains("@@ ")); // the rendered diff

        // Without --yes and without a terminal to ask: refused.
        r = promenade(promote);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--yes"));

        // A dirty target file: refused, and the user's edit is kept.
        const QString file = repo + QStringLiteral("/apps/overlays/production/kustomization.yaml");
        QByteArray edited = TestSupport::readFile(file) + "# a note of mine\n";
        QVERIFY(TestSupport::writeFile(file, edited));
        r = promenade(promote + QStringList {QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("uncommitted changes"), r.err.constData());
        QCOMPARE(TestSupport::readFile(file), edited);
        QCOMPARE(TestSupport::git(repo, {QStringLiteral("checkout"), QStringLiteral("--"), file})
                     .exitCode,
                 0);

        // Already there: refused.
        r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                       QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                       QStringLiteral("staging"), QStringLiteral("--to"),
                       QStringLiteral("production"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already runs"));
        // Bad input: exit 2.
        r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                       QStringLiteral("nope"), QStringLiteral("--from"), QStringLiteral("staging"),
                       QStringLiteral("--to"), QStringLiteral("production")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out,
                 head);
    }

    void productionThroughAPullRequest()
    {
        const auto [repo, origin] = demo();
        auto mirror = Demo::DemoOriginMirror::create(
            origin, m_scratch.filePath(QStringLiteral("mirror%1").arg(m_count)));
        QVERIFY(mirror);
        auto first = mirror->read();
        QVERIFY(first);
        Demo::DemoControlPlane plane(first->first, first->second, mirror->hooks());
        plane.setTiming(100000, 50);
        QVERIFY(plane.start());
        // Where pull requests go: the demo's GitHub API.
        QByteArray config = TestSupport::readFile(repo + QStringLiteral("/promenade.yaml"));
        config += "\nendpoints:\n  github:\n    repository: howdiggy/homelab-gitops\n    url: "
            + plane.endpoints().github.toString().toUtf8() + "\n";
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/promenade.yaml"), config));
        QCOMPARE(
            TestSupport::git(repo,
                             identity
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                                QStringLiteral("Point Promenade at GitHub")})
                .exitCode,
            0);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("push"), QStringLiteral("-q"),
                                   QStringLiteral("origin"), QStringLiteral("main")})
                     .exitCode,
                 0);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GITHUB_TOKEN"), plane.endpoints().githubToken);
        // The demo's GitHub is named by the repository alone: CI trusts it explicitly.
        const QString trust = QStringLiteral("--trust-repository-endpoints");
        const auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                                  QStringLiteral("signconnect"), QStringLiteral("--from"),
                                  QStringLiteral("staging"), QStringLiteral("--to"),
                                  QStringLiteral("production"), QStringLiteral("--yes"), trust},
                                 env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Opened pull request #"), r.out.constData());
        const QString branch = QStringLiteral("promote/signconnect/production/sha-9d2e6f0");
        // The branch is on the origin; the work tree is back on main, unchanged.
        QVERIFY(!TestSupport::git(origin,
                                  {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                   QStringLiteral("refs/heads/") + branch})
                     .out.isEmpty());
        QCOMPARE(
            TestSupport::git(repo, {QStringLiteral("branch"), QStringLiteral("--show-current")})
                .out.trimmed(),
            QByteArray("main"));
        QCOMPARE(tagIn(repo, QStringLiteral("production"), QStringLiteral("signconnect")),
                 QStringLiteral("sha-41c07be"));
        QCOMPARE(plane.world().pullRequests().size(), 1);
        const auto &pr = plane.world().pullRequests().first();
        QCOMPARE(pr.head, branch);
        QCOMPARE(pr.base, QStringLiteral("main"));
        QVERIFY(pr.body.contains(
            QStringLiteral("signconnect:sha-41c07be → ghcr.io/howdiggy/signconnect:sha-9d2e6f0")));

        // A token GitHub refuses: the branch is pushed, and the message says so.
        QProcessEnvironment wrong = env;
        wrong.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_not-a-valid-token"));
        const auto refused
            = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                         QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                         QStringLiteral("staging"), QStringLiteral("--to"),
                         QStringLiteral("production"), QStringLiteral("--tag"),
                         QStringLiteral("sha-e7d1a48"), QStringLiteral("--yes"), trust},
                        wrong);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("promote/paulojauregui-com/production/sha-e7d1a48 is pushed, "
                                      "but the pull request could not be opened"),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("401"), refused.err.constData());
        QVERIFY(!refused.err.contains("ghp_not-a-valid-token"));
        QVERIFY(
            !TestSupport::git(
                 origin,
                 {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                  QStringLiteral("refs/heads/promote/paulojauregui-com/production/sha-e7d1a48")})
                 .out.isEmpty());

        // The same promotion again: the branch exists, nothing is overwritten.
        const auto again = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                                      QStringLiteral("signconnect"), QStringLiteral("--from"),
                                      QStringLiteral("staging"), QStringLiteral("--to"),
                                      QStringLiteral("production"), QStringLiteral("--yes"), trust},
                                     env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists already"));

        // A GitHub repository that does not exist (404): pushed, no pull request, exit code 1
        // (a failed promotion, not bad usage).
        QByteArray missing = TestSupport::readFile(repo + QStringLiteral("/promenade.yaml"));
        missing.replace("repository: howdiggy/homelab-gitops",
                        "repository: howdiggy/no-such-repository");
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/promenade.yaml"), missing));
        QCOMPARE(
            TestSupport::git(repo,
                             identity
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                                QStringLiteral("Another GitHub repository")})
                .exitCode,
            0);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("push"), QStringLiteral("-q"),
                                   QStringLiteral("origin"), QStringLiteral("main")})
                     .exitCode,
                 0);
        const auto notFound
            = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                         QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                         QStringLiteral("staging"), QStringLiteral("--to"),
                         QStringLiteral("production"), QStringLiteral("--tag"),
                         QStringLiteral("sha-a41f9c3"), QStringLiteral("--yes"), trust},
                        env);
        QVERIFY2(notFound.err.contains("is pushed, but the pull request could not be opened"),
                 notFound.err.constData());
        QCOMPARE(notFound.exitCode, 1);
    }

    void ciBumpAndRollback()
    {
        const auto [repo, origin] = demo();
        const QString staging = repo + QStringLiteral("/apps/overlays/staging");
        const QByteArray before = render(staging);
        auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                            QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                            QStringLiteral("development"), QStringLiteral("--to"),
                            QStringLiteral("staging"), QStringLiteral("--push"),
                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(render(staging) != before);

        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                       QStringLiteral("paulojauregui-com"), QStringLiteral("--env"),
                       QStringLiteral("staging"), QStringLiteral("--push"),
                       QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Roll paulojauregui-com back to sha-c52e9f3 in staging"));
        QCOMPARE(render(staging), before); // the rendered output is as before the promotion
        auto git = Git::Repository::open(repo);
        const auto history = PromotionHistory::load(*git);
        QCOMPARE(history->first().kind, HistoryEntry::Kind::Rollback);

        // Or undo a promotion commit itself: a revert with rollback trailers.
        const auto promoteSignConnect = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"),
             QStringLiteral("signconnect"), QStringLiteral("--from"), QStringLiteral("development"),
             QStringLiteral("--to"), QStringLiteral("staging"), QStringLiteral("--yes")});
        QVERIFY2(promoteSignConnect.exitCode == 0, promoteSignConnect.err.constData());
        const QString promotion = QString::fromUtf8(
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})
                .out.trimmed());
        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--revert"), promotion,
                       QStringLiteral("--push"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(render(staging), before);
        const auto revertedHistory = PromotionHistory::load(*git);
        QVERIFY(revertedHistory->first().reverts == promotion);
        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--revert"),
                       QStringLiteral("HEAD~20"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2); // not a promotion commit

        // A CI bump of development, as the build-and-deploy workflow does it.
        r = promenade({QStringLiteral("set-image"), repo, QStringLiteral("--env"),
                       QStringLiteral("development"), QStringLiteral("--app"),
                       QStringLiteral("paulojauregui-com"), QStringLiteral("--image"),
                       QStringLiteral("ghcr.io/howdiggy/paulojauregui-com=sha-a41f9c3"),
                       QStringLiteral("--push")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(tagIn(repo, QStringLiteral("development"), QStringLiteral("paulojauregui-com")),
                 QStringLiteral("sha-a41f9c3"));
        const auto bumped = git->commit(QStringLiteral("HEAD"));
        QCOMPARE(Git::Trailers::value(Git::Trailers::parse(bumped->message),
                                      QStringLiteral("Promenade-Action")),
                 QStringLiteral("set-image"));
        QCOMPARE(
            TestSupport::git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}).out,
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);

        // The wrong image for the app: bad input.
        r = promenade({QStringLiteral("set-image"), repo, QStringLiteral("--env"),
                       QStringLiteral("development"), QStringLiteral("--app"),
                       QStringLiteral("paulojauregui-com"), QStringLiteral("--image"),
                       QStringLiteral("ghcr.io/howdiggy/signconnect=sha-1")});
        QCOMPARE(r.exitCode, 2);
    }

    void twoPromotionsRaceToOneRemote()
    {
        const auto [repo, origin] = demo();
        const QString second = m_scratch.filePath(QStringLiteral("second-clone"));
        QCOMPARE(TestSupport::git(m_scratch.path(),
                                  {QStringLiteral("clone"), QStringLiteral("-q"), origin, second})
                     .exitCode,
                 0);
        TestSupport::git(second,
                         {QStringLiteral("config"), QStringLiteral("user.name"),
                          QStringLiteral("Other Manager")});
        TestSupport::git(second,
                         {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("other@example.invalid")});

        // The first release manager promotes the blog; the second, not having pulled, SignConnect.
        auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                            QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                            QStringLiteral("development"), QStringLiteral("--to"),
                            QStringLiteral("staging"), QStringLiteral("--push"),
                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray winner
            = TestSupport::git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")})
                  .out.trimmed();
        r = promenade({QStringLiteral("promote"), second, QStringLiteral("--app"),
                       QStringLiteral("signconnect"), QStringLiteral("--from"),
                       QStringLiteral("development"), QStringLiteral("--to"),
                       QStringLiteral("staging"), QStringLiteral("--push"),
                       QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("had moved on"), r.out.constData());

        // Both promotions are on the origin, the winner's untouched (no force push).
        QCOMPARE(TestSupport::git(origin,
                                  {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"),
                                   QString::fromUtf8(winner), QStringLiteral("main")})
                     .exitCode,
                 0);
        const auto log = TestSupport::git(
            origin, {QStringLiteral("log"), QStringLiteral("-2"), QStringLiteral("--format=%s")});
        QCOMPARE(log.out,
                 QByteArray("Promote signconnect sha-5b8c3a2 to staging\nPromote paulojauregui-com "
                            "sha-e7d1a48 to staging\n"));
        TestSupport::git(second, {QStringLiteral("pull"), QStringLiteral("-q")});
        QCOMPARE(tagIn(second, QStringLiteral("staging"), QStringLiteral("paulojauregui-com")),
                 QStringLiteral("sha-e7d1a48"));
        QCOMPARE(tagIn(second, QStringLiteral("staging"), QStringLiteral("signconnect")),
                 QStringLiteral("sha-5b8c3a2"));
        // The first attempt is kept on a branch: nothing lost.
        QVERIFY(TestSupport::git(second,
                                 {QStringLiteral("branch"), QStringLiteral("--list"),
                                  QStringLiteral("promenade/rejected/*")})
                    .out.contains("promenade/rejected/signconnect-staging"));

        // The same promotion twice: the loser stops, clearly, after the re-plan.
        QCOMPARE(TestSupport::git(repo, {QStringLiteral("pull"), QStringLiteral("-q")}).exitCode,
                 0);
        const QString third = m_scratch.filePath(QStringLiteral("third-clone"));
        QCOMPARE(TestSupport::git(m_scratch.path(),
                                  {QStringLiteral("clone"), QStringLiteral("-q"), origin, third})
                     .exitCode,
                 0);
        TestSupport::git(
            third,
            {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Third")});
        TestSupport::git(third,
                         {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("third@example.invalid")});
        const QStringList same {QStringLiteral("--app"),    QStringLiteral("paulojauregui-com"),
                                QStringLiteral("--from"),   QStringLiteral("staging"),
                                QStringLiteral("--to"),     QStringLiteral("production"),
                                QStringLiteral("--commit"), QStringLiteral("--push"),
                                QStringLiteral("--yes")};
        r = promenade(QStringList {QStringLiteral("promote"), repo} + same);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = promenade(QStringList {QStringLiteral("promote"), third} + same);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(
                     "another promotion already set production paulojauregui-com to sha-e7d1a48"),
                 r.err.constData());
    }

    void pushesOverSmartHttpWithBasicAuthentication()
    {
        const auto [repo, origin] = demo();
        QTemporaryDir served;
        QCOMPARE(TestSupport::git(served.path(),
                                  {QStringLiteral("clone"), QStringLiteral("-q"),
                                   QStringLiteral("--bare"), origin,
                                   served.filePath(QStringLiteral("gitops.git"))})
                     .exitCode,
                 0);
        TestSupport::GitHttpServer server(served.path());
        server.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(server.start());
        QUrl url(server.url(QStringLiteral("gitops.git")));
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(QStringLiteral("s3cret"));
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("remote"), QStringLiteral("set-url"),
                                   QStringLiteral("origin"), url.toString()})
                     .exitCode,
                 0);
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")})
                .exitCode,
            0);

        const auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                                  QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                                  QStringLiteral("development"), QStringLiteral("--to"),
                                  QStringLiteral("staging"), QStringLiteral("--push"),
                                  QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains("s3cret") && !r.err.contains("s3cret"));
        QCOMPARE(TestSupport::git(served.filePath(QStringLiteral("gitops.git")),
                                  {QStringLiteral("log"), QStringLiteral("-1"),
                                   QStringLiteral("--format=%s"), QStringLiteral("main")})
                     .out,
                 QByteArray("Promote paulojauregui-com sha-e7d1a48 to staging\n"));
        QVERIFY(server.unauthorizedCount()
                >= 1); // the first request is challenged, as Git servers do
        server.quit();
    }
};

QTEST_GUILESS_MAIN(TestPromoteCommand)
#include "tst_promotecommand.moc"
