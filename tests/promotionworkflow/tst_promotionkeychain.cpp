#include "demorepository.h"
#include "githttpserver.h"
#include "promotionworkflow.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Promenade;

// The window's promotion pushes, and its pull after a merge fetches, with the GitHub token kept
// in Settings (the keychain entries it read, in ApplyOptions::keychain / Merge::keychain),
// against a real smart-HTTP Git server on loopback that wants that token; without it (the
// command line), authentication fails clearly and nothing is pushed.
class TestPromotionKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_scratch;

    static QByteArray mainOf(const QString &gitDir)
    {
        return TestSupport::git(gitDir, {QStringLiteral("rev-parse"), QStringLiteral("main")})
            .out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_scratch.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN", "GH_HOST", "GH_ENTERPRISE_TOKEN",
                                 "GITHUB_ENTERPRISE_TOKEN", "GH_CONFIG_DIR", "SSH_AUTH_SOCK"})
            qunsetenv(name);
    }

    void pushesAndPullsWithTheKeychainToken()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created.hasValue());
        const QString repo = created->workTree;
        for (const auto &[key, value] : {std::pair {"user.name", "Release Manager"},
                                         std::pair {"user.email", "rm@example.invalid"}})
            TestSupport::git(
                repo,
                {QStringLiteral("config"), QString::fromLatin1(key), QString::fromLatin1(value)});
        const QFileInfo origin(created->originPath);
        TestSupport::GitHttpServer server(origin.absolutePath());
        server.setCredentials(QStringLiteral("x-access-token"), QStringLiteral("ghp_settings"));
        QVERIFY(server.start());
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("remote"), QStringLiteral("set-url"),
                                   QStringLiteral("origin"), server.url(origin.fileName())})
                     .exitCode,
                 0);
        const QHash<QString, QString> keychain {
            {QStringLiteral("github:127.0.0.1"), QStringLiteral("ghp_settings")}};

        PromotionPlanner::Request request;
        request.app = QStringLiteral("paulojauregui-com");
        request.from = QStringLiteral("development");
        request.to = QStringLiteral("staging");
        request.mode = PromotionMode::Commit;
        PromotionWorkflow::PrepareOptions prepareOptions;
        prepareOptions.push = true;

        // Without the keychain (the command line): refused, committed locally, not pushed.
        const QByteArray before = mainOf(created->originPath);
        auto preparation = PromotionWorkflow::prepare(repo, request, prepareOptions);
        QVERIFY2(preparation, preparation ? "" : qPrintable(preparation.error().toString()));
        auto applied = PromotionWorkflow::apply(*preparation, {});
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind(), Error::Kind::AuthenticationFailed);
        QVERIFY2(applied.error().message().contains(QStringLiteral("not pushed")),
                 qPrintable(applied.error().message()));
        QVERIFY(!applied.error().toString().contains(QStringLiteral("ghp_settings")));
        QCOMPARE(mainOf(created->originPath), before);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("reset"), QStringLiteral("-q"),
                                   QStringLiteral("--hard"), QStringLiteral("origin/main")})
                     .exitCode,
                 0);

        // With the token the window read from the keychain: pushed.
        preparation = PromotionWorkflow::prepare(repo, request, prepareOptions);
        QVERIFY2(preparation, preparation ? "" : qPrintable(preparation.error().toString()));
        PromotionWorkflow::ApplyOptions options;
        options.keychain = keychain;
        applied = PromotionWorkflow::apply(*preparation, options);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
        QVERIFY(applied->outcome.pushed);
        QCOMPARE(mainOf(created->originPath), applied->outcome.commit.toUtf8());

        // Someone else lands a commit; the pull after a merge fetches it with the token.
        const QString other = m_scratch.filePath(QStringLiteral("other"));
        QCOMPARE(TestSupport::git(
                     m_scratch.path(),
                     {QStringLiteral("clone"), QStringLiteral("-q"), created->originPath, other})
                     .exitCode,
                 0);
        QVERIFY(TestSupport::writeFile(other + QStringLiteral("/NOTES.md"), "merged\n"));
        QCOMPARE(
            TestSupport::git(other, {QStringLiteral("add"), QStringLiteral("NOTES.md")}).exitCode,
            0);
        QCOMPARE(TestSupport::git(
                     other,
                     {QStringLiteral("-c"), QStringLiteral("user.name=Other"), QStringLiteral("-c"),
                      QStringLiteral("user.email=other@example.invalid"), QStringLiteral("commit"),
                      QStringLiteral("-qm"), QStringLiteral("Merged elsewhere")})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::git(other,
                                  {QStringLiteral("push"), QStringLiteral("-q"),
                                   QStringLiteral("origin"), QStringLiteral("main")})
                     .exitCode,
                 0);
        auto pulled = PromotionWorkflow::followOrigin(repo);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().kind(), Error::Kind::AuthenticationFailed);
        pulled = PromotionWorkflow::followOrigin(repo, keychain);
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().toString()));
        QCOMPARE(pulled->toUtf8(), mainOf(created->originPath));
        QCOMPARE(TestSupport::readFile(repo + QStringLiteral("/NOTES.md")), QByteArray("merged\n"));
    }
};

QTEST_GUILESS_MAIN(TestPromotionKeychain)
#include "tst_promotionkeychain.moc"
