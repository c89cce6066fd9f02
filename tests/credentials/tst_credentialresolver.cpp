#include "credentialresolver.h"
#include "dockerconfig.h"
#include "ghhostsfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Promenade;
using namespace Promenade::Credentials;
using TestSupport::writeFile;

namespace {

// Every variable a source reads; each test row sets its own.
const char *const variables[]
    = {"GH_TOKEN",          "GITHUB_TOKEN",  "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN",
       "GH_HOST",           "GH_CONFIG_DIR", "ARGOCD_AUTH_TOKEN",   "ARGOCD_SERVER",
       "ARGOCD_CONFIG_DIR", "DOCKER_CONFIG"};

// "SOURCE" for a tied candidate, "SOURCE (untied)" otherwise: the order and the ties at once.
QStringList describe(const QList<Credential> &candidates)
{
    QStringList out;
    for (const Credential &c : candidates)
        out << (c.tied ? c.source : c.source + QStringLiteral(" (untied)"));
    return out;
}

void setEnvironment(const QStringList &assignments)
{
    for (const QString &assignment : assignments)
        qputenv(assignment.section(u'=', 0, 0).toLatin1(), assignment.section(u'=', 1).toUtf8());
}

} // namespace

// The one precedence per service, against the tools' files written into a scratch HOME
// (HOME and XDG_CONFIG_HOME point at a QTemporaryDir) and variables set per row: GitHub as the
// GitHub CLI orders it, Argo CD, Docker's config with a scripted credential helper, and Git
// over https.
class TestCredentialResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString home(const QString &relative) const { return m_home.filePath(relative); }

    // docker-credential-<name> on PATH: remembers what it was asked, answers `answer`.
    void writeHelper(const QString &name, const QByteArray &answer, int exitCode = 0)
    {
        const QString path = home(u"bin/docker-credential-"_qs + name);
        QVERIFY(writeFile(path,
                          "#!/bin/sh\nread server\necho \"$server\" > '"
                              + home(u"bin/"_qs + name + u".asked"_qs).toUtf8() + "'\nprintf '%s' '"
                              + answer + "'\nexit " + QByteArray::number(exitCode) + "\n"));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home(u".config"_qs)));
        qputenv("PATH", QFile::encodeName(home(u"bin"_qs)) + ':' + qgetenv("PATH"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void init()
    {
        for (const char *variable : variables)
            qunsetenv(variable);
        QDir(home(u".config"_qs)).removeRecursively();
        QDir(home(u".docker"_qs)).removeRecursively();
        QDir(home(u"elsewhere"_qs)).removeRecursively();
    }

    void gitHub_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QByteArray>("hostsYml");
        QTest::addColumn<QString>("keychain"); // the token kept for the endpoint's host
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstSecret");

        const QString dotCom = QStringLiteral("https://api.github.com");
        const QString ghes = QStringLiteral("https://ghe.example.com/api/v3");
        const QByteArray hosts = "github.com:\n    oauth_token: gho_file\n    user: octo\n"
                                 "ghe.example.com:\n    oauth_token: gho_ghes\n    user: me\n";
        const QString file = QStringLiteral("~/.config/gh/hosts.yml");
        const QString keychain = QStringLiteral("system keychain");

        QTest::newRow("nothing") << dotCom << QStringList() << QByteArray() << QString()
                                 << QStringList() << QString();
        QTest::newRow("gh's login") << dotCom << QStringList() << hosts << QString()
                                    << QStringList {file} << u"gho_file"_qs;
        QTest::newRow("GITHUB_TOKEN before gh's login")
            << dotCom << QStringList {u"GITHUB_TOKEN=ghs_actions"_qs} << hosts << QString()
            << QStringList {u"GITHUB_TOKEN"_qs, file} << u"ghs_actions"_qs;
        QTest::newRow("GH_TOKEN before GITHUB_TOKEN")
            << dotCom << QStringList {u"GITHUB_TOKEN=ghs_actions"_qs, u"GH_TOKEN=ghp_mine"_qs}
            << hosts << QString() << QStringList {u"GH_TOKEN"_qs, u"GITHUB_TOKEN"_qs, file}
            << u"ghp_mine"_qs;
        QTest::newRow("the keychain before everything")
            << dotCom << QStringList {u"GH_TOKEN=ghp_mine"_qs} << hosts << u"ghp_kept"_qs
            << QStringList {keychain, u"GH_TOKEN"_qs, file} << u"ghp_kept"_qs;
        QTest::newRow("an empty variable counts as unset")
            << dotCom << QStringList {u"GH_TOKEN=  "_qs, u"GITHUB_TOKEN=ghs_actions"_qs} << hosts
            << QString() << QStringList {u"GITHUB_TOKEN"_qs, file} << u"ghs_actions"_qs;
        QTest::newRow("gh's active account of several")
            << dotCom << QStringList()
            << QByteArray("github.com:\n    user: octo\n    users:\n        other:\n"
                          "            oauth_token: gho_other\n        octo:\n"
                          "            oauth_token: gho_active\n")
            << QString() << QStringList {file} << u"gho_active"_qs;
        QTest::newRow("gh keeps the token in the keyring: nothing in the file")
            << dotCom << QStringList()
            << QByteArray("github.com:\n    user: octo\n    users:\n        octo:\n") << QString()
            << QStringList() << QString();
        QTest::newRow("GitHub Enterprise: not GH_TOKEN; GITHUB_TOKEN last and untied")
            << ghes << QStringList {u"GH_TOKEN=ghp_mine"_qs, u"GITHUB_TOKEN=ghs_actions"_qs}
            << hosts << QString() << QStringList {file, u"GITHUB_TOKEN (untied)"_qs}
            << u"gho_ghes"_qs;
        QTest::newRow("GitHub Enterprise: the enterprise variables, tied by GH_HOST")
            << ghes
            << QStringList {u"GH_HOST=ghe.example.com"_qs, u"GITHUB_ENTERPRISE_TOKEN=ghe_two"_qs,
                            u"GH_ENTERPRISE_TOKEN=ghe_one"_qs}
            << hosts << QString()
            << QStringList {u"GH_ENTERPRISE_TOKEN"_qs, u"GITHUB_ENTERPRISE_TOKEN"_qs, file}
            << u"ghe_one"_qs;
        QTest::newRow("GitHub Enterprise: GH_HOST naming another host ties nothing")
            << ghes
            << QStringList {u"GH_HOST=other.example.com"_qs, u"GH_ENTERPRISE_TOKEN=ghe_one"_qs}
            << hosts << u"ghe_kept"_qs
            << QStringList {keychain, u"GH_ENTERPRISE_TOKEN (untied)"_qs, file} << u"ghe_kept"_qs;
        QTest::newRow("GitHub Enterprise Cloud (ghe.com) takes GH_TOKEN, tied by GH_HOST")
            << u"https://api.acme.ghe.com"_qs
            << QStringList {u"GH_HOST=acme.ghe.com"_qs, u"GH_TOKEN=ghp_cloud"_qs,
                            u"GH_ENTERPRISE_TOKEN=ghe_one"_qs}
            << QByteArray("acme.ghe.com:\n    oauth_token: gho_cloud\n") << QString()
            << QStringList {u"GH_TOKEN"_qs, file} << u"ghp_cloud"_qs;
    }

    void gitHub()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, environment);
        QFETCH(QByteArray, hostsYml);
        QFETCH(QString, keychain);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstSecret);
        setEnvironment(environment);
        if (!hostsYml.isEmpty())
            QVERIFY(writeFile(home(u".config/gh/hosts.yml"_qs), hostsYml));
        const QUrl url(endpoint);
        QHash<QString, QString> entries;
        if (!keychain.isEmpty())
            entries.insert(CredentialResolver::gitHubKey(CredentialResolver::gitHubHost(url)),
                           keychain);
        // An entry for another host is never used.
        entries.insert(CredentialResolver::gitHubKey(u"elsewhere.example.com"_qs), u"x"_qs);
        const QList<Credential> found = CredentialResolver(entries).gitHub(url);
        QCOMPARE(describe(found), expected);
        QCOMPARE(found.isEmpty() ? QString() : found.constFirst().secret, firstSecret);
    }

    void ghConfigDirWins()
    {
        QVERIFY(writeFile(home(u".config/gh/hosts.yml"_qs),
                          "github.com:\n    oauth_token: gho_default\n"));
        QVERIFY(writeFile(home(u"elsewhere/gh/hosts.yml"_qs),
                          "github.com:\n    oauth_token: gho_dir\n"));
        qputenv("GH_CONFIG_DIR", QFile::encodeName(home(u"elsewhere/gh"_qs)));
        const Credential found = GhHostsFile::token(u"github.com"_qs);
        QCOMPARE(found.secret, u"gho_dir"_qs);
        QCOMPARE(found.source, u"~/elsewhere/gh/hosts.yml"_qs);
        // Not YAML: nothing, and nothing of the file in the log.
        QVERIFY(writeFile(home(u"elsewhere/gh/hosts.yml"_qs),
                          "github.com: [oauth_token: gho_broken\n"));
        QVERIFY(GhHostsFile::token(u"github.com"_qs).isEmpty());
    }

    void argoCd_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("cliConfig");
        QTest::addColumn<QString>("keychain");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstSecret");

        const QString prod = QStringLiteral("https://argocd.example.com");
        const QString lab = QStringLiteral("http://127.0.0.1:8080");
        const QString prodContext = QStringLiteral("argocd context prod (~/.config/argocd/config)");
        const QString labContext = QStringLiteral("argocd context lab (~/.config/argocd/config)");

        QTest::newRow("nothing") << prod << QStringList() << false << QString() << QStringList()
                                 << QString();
        QTest::newRow("ARGOCD_AUTH_TOKEN alone is not tied")
            << prod << QStringList {u"ARGOCD_AUTH_TOKEN=env"_qs} << false << QString()
            << QStringList {u"ARGOCD_AUTH_TOKEN (untied)"_qs} << u"env"_qs;
        QTest::newRow("ARGOCD_SERVER ties it")
            << prod
            << QStringList {u"ARGOCD_AUTH_TOKEN=env"_qs, u"ARGOCD_SERVER=argocd.example.com"_qs}
            << false << QString() << QStringList {u"ARGOCD_AUTH_TOKEN"_qs} << u"env"_qs;
        QTest::newRow("ARGOCD_SERVER naming another port does not")
            << prod
            << QStringList {u"ARGOCD_AUTH_TOKEN=env"_qs,
                            u"ARGOCD_SERVER=argocd.example.com:8443"_qs}
            << false << QString() << QStringList {u"ARGOCD_AUTH_TOKEN (untied)"_qs} << u"env"_qs;
        QTest::newRow("the context of that server") << prod << QStringList() << true << QString()
                                                    << QStringList {prodContext} << u"prod-cli"_qs;
        QTest::newRow("the context of a server with a port")
            << lab << QStringList() << true << QString() << QStringList {labContext}
            << u"lab-cli"_qs;
        QTest::newRow("no context for another server")
            << u"https://argocd.other.example.com"_qs << QStringList() << true << QString()
            << QStringList() << QString();
        QTest::newRow("ARGOCD_AUTH_TOKEN before the config, as the argocd CLI reads them")
            << prod << QStringList {u"ARGOCD_AUTH_TOKEN=env"_qs} << true << QString()
            << QStringList {u"ARGOCD_AUTH_TOKEN (untied)"_qs, prodContext} << u"env"_qs;
        QTest::newRow("the keychain before everything")
            << prod << QStringList {u"ARGOCD_AUTH_TOKEN=env"_qs} << true << u"kept"_qs
            << QStringList {u"system keychain"_qs, u"ARGOCD_AUTH_TOKEN (untied)"_qs, prodContext}
            << u"kept"_qs;
    }

    void argoCd()
    {
        QFETCH(QString, server);
        QFETCH(QStringList, environment);
        QFETCH(bool, cliConfig);
        QFETCH(QString, keychain);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstSecret);
        setEnvironment(environment);
        if (cliConfig)
            QVERIFY(writeFile(home(u".config/argocd/config"_qs),
                              "contexts:\n"
                              "- name: prod\n  server: argocd.example.com\n  user: prod\n"
                              "- name: lab\n  server: 127.0.0.1:8080\n  user: lab\n"
                              "- name: prod-again\n  server: argocd.example.com\n  user: prod2\n"
                              "current-context: lab\n"
                              "servers:\n- server: argocd.example.com\n"
                              "- plain-text: true\n  server: 127.0.0.1:8080\n"
                              "users:\n- auth-token: prod-cli\n  name: prod\n"
                              "- auth-token: lab-cli\n  name: lab\n"
                              "- auth-token: prod2-cli\n  name: prod2\n"));
        QHash<QString, QString> entries;
        if (!keychain.isEmpty())
            entries.insert(CredentialResolver::argoCdKey(server), keychain);
        // An entry for another server is never used.
        entries.insert(CredentialResolver::argoCdKey(u"https://argocd.unused.example.com"_qs),
                       u"x"_qs);
        const QList<Credential> found = CredentialResolver(entries).argoCd(QUrl(server));
        QCOMPARE(describe(found), expected);
        QCOMPARE(found.isEmpty() ? QString() : found.constFirst().secret, firstSecret);
    }

    void argoCdConfigDirAndBadYaml()
    {
        qputenv("ARGOCD_CONFIG_DIR", QFile::encodeName(home(u"elsewhere/argocd"_qs)));
        QVERIFY(writeFile(home(u"elsewhere/argocd/config"_qs),
                          "contexts:\n- name: prod\n  server: argocd.example.com\n  user: p\n"
                          "users:\n- auth-token: from-dir\n  name: p\n"));
        const QList<Credential> found
            = CredentialResolver().argoCd(QUrl(u"https://argocd.example.com"_qs));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().secret, u"from-dir"_qs);
        QCOMPARE(found.constFirst().source, u"argocd context prod (~/elsewhere/argocd/config)"_qs);
        QCOMPARE(found.constFirst().user, u"p"_qs);
        QVERIFY(writeFile(home(u"elsewhere/argocd/config"_qs), "contexts: [auth-token: secret\n"));
        QVERIFY(CredentialResolver().argoCd(QUrl(u"https://argocd.example.com"_qs)).isEmpty());
    }

    void registry()
    {
        QVERIFY(!CredentialResolver::registry(u"ghcr.io"_qs));
        const QByteArray ghcrAuth = QByteArray("octo:ghp_registry").toBase64();
        QVERIFY(writeFile(home(u".docker/config.json"_qs),
                          "{\"auths\":{\"https://ghcr.io\":{\"auth\":\"" + ghcrAuth
                              + "\"},\"quay.io\":{\"auth\":\"" + ghcrAuth
                              + "\"},\"registry.example.com\":{\"identitytoken\":\"refresh\"}},"
                                "\"credHelpers\":{\"quay.io\":\"scripted\"},"
                                "\"credsStore\":\"store\"}"));
        // auths for the host.
        auto ghcr = CredentialResolver::registry(u"ghcr.io"_qs);
        QVERIFY2(ghcr, qPrintable(ghcr ? QString() : ghcr.error().message()));
        QCOMPARE(ghcr->user, u"octo"_qs);
        QCOMPARE(ghcr->secret, u"ghp_registry"_qs);
        QCOMPARE(ghcr->source, u"~/.docker/config.json"_qs);
        QVERIFY(!ghcr->identityToken);
        auto identity = CredentialResolver::registry(u"registry.example.com"_qs);
        QVERIFY(identity);
        QVERIFY(identity->identityToken);
        QCOMPARE(identity->secret, u"refresh"_qs);

        // credHelpers for the host win over its auths.
        writeHelper(u"scripted"_qs,
                    "{\"ServerURL\":\"quay.io\",\"Username\":\"robot\","
                    "\"Secret\":\"from-helper\"}");
        auto quay = CredentialResolver::registry(u"quay.io"_qs);
        QVERIFY2(quay, qPrintable(quay ? QString() : quay.error().message()));
        QCOMPARE(quay->secret, u"from-helper"_qs);
        QCOMPARE(quay->user, u"robot"_qs);
        QCOMPARE(quay->source, u"docker-credential-scripted"_qs);
        QCOMPARE(TestSupport::readFile(home(u"bin/scripted.asked"_qs)).trimmed(), "quay.io");

        // A helper that has nothing: NotFound, naming the helper and not what it printed.
        writeHelper(u"scripted"_qs, "no credential here: secret-looking-text", 1);
        auto refused = CredentialResolver::registry(u"quay.io"_qs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::NotFound);
        QVERIFY(refused.error().message().contains(u"docker-credential-scripted"));
        QVERIFY(!refused.error().toString().contains(u"secret-looking-text"));

        // Anything else: the default store, Docker Hub by its legacy URL.
        writeHelper(u"store"_qs, "{\"Username\":\"<token>\",\"Secret\":\"hub-identity\"}");
        auto hub = CredentialResolver::registry(u"index.docker.io"_qs);
        QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message()));
        QVERIFY(hub->identityToken);
        QCOMPARE(hub->secret, u"hub-identity"_qs);
        QCOMPARE(TestSupport::readFile(home(u"bin/store.asked"_qs)).trimmed(),
                 "https://index.docker.io/v1/");

        // DOCKER_CONFIG moves the file.
        qputenv("DOCKER_CONFIG", QFile::encodeName(home(u"elsewhere/docker"_qs)));
        QCOMPARE(DockerConfig::path(), home(u"elsewhere/docker/config.json"_qs));
        QVERIFY(!CredentialResolver::registry(u"ghcr.io"_qs));
    }

    void gitHttps_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("users");

        const QString file = QStringLiteral("~/.config/gh/hosts.yml");
        const QString token = QStringLiteral("x-access-token");
        QTest::newRow("github.com: the URL, then gh's order")
            << u"https://me:pw@github.com/acme/gitops.git"_qs
            << QStringList {u"GITHUB_TOKEN=ghs_actions"_qs, u"GH_TOKEN=ghp_mine"_qs}
            << QStringList {u"url"_qs, u"GH_TOKEN"_qs, u"GITHUB_TOKEN"_qs, file}
            << QStringList {u"me"_qs, token, token, u"octo"_qs};
        QTest::newRow("another host gets no GitHub token")
            << u"https://gitlab.example/acme/gitops.git"_qs
            << QStringList {u"GITHUB_TOKEN=ghs_actions"_qs, u"GH_TOKEN=ghp_mine"_qs}
            << QStringList() << QStringList();
        QTest::newRow("the GitHub Enterprise GH_HOST names: the enterprise variables")
            << u"https://gitlab.example/acme/gitops.git"_qs
            << QStringList {u"GH_HOST=gitlab.example"_qs, u"GITHUB_TOKEN=ghs_actions"_qs,
                            u"GH_ENTERPRISE_TOKEN=ghe_one"_qs}
            << QStringList {u"GH_ENTERPRISE_TOKEN"_qs} << QStringList {token};
        QTest::newRow("a host in gh's hosts.yml: its login; untied variables stay out")
            << u"https://ghe.example.com/acme/gitops.git"_qs
            << QStringList {u"GH_ENTERPRISE_TOKEN=ghe_one"_qs, u"GITHUB_TOKEN=ghs_actions"_qs}
            << QStringList {file} << QStringList {u"me"_qs};
        QTest::newRow("a host:port in gh's hosts.yml")
            << u"https://127.0.0.1:8443/acme/gitops.git"_qs << QStringList() << QStringList {file}
            << QStringList {u"robot"_qs};
        QTest::newRow("ssh: none of these")
            << u"ssh://git@github.com/acme/gitops.git"_qs << QStringList {u"GH_TOKEN=ghp_mine"_qs}
            << QStringList() << QStringList();
    }

    void gitHttps()
    {
        QFETCH(QString, remote);
        QFETCH(QStringList, environment);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, users);
        setEnvironment(environment);
        QVERIFY(writeFile(home(u".config/gh/hosts.yml"_qs),
                          "github.com:\n    oauth_token: gho_file\n    user: octo\n"
                          "ghe.example.com:\n    oauth_token: gho_ghes\n    user: me\n"
                          "127.0.0.1:8443:\n    oauth_token: gho_port\n    user: robot\n"));
        const QList<Credential> found = CredentialResolver().gitHttps(QUrl(remote));
        QCOMPARE(describe(found), expected);
        QStringList foundUsers;
        for (const Credential &c : found)
            foundUsers << c.user;
        QCOMPARE(foundUsers, users);
    }

    // Plain values, no shared state: worker threads get what the main thread gets.
    void callableFromAnyThread()
    {
        qputenv("GH_TOKEN", "ghp_mine");
        qputenv("ARGOCD_AUTH_TOKEN", "env");
        QVERIFY(writeFile(home(u".config/gh/hosts.yml"_qs),
                          "github.com:\n    oauth_token: gho_file\n"));
        QVERIFY(writeFile(home(u".config/argocd/config"_qs),
                          "contexts:\n- name: prod\n  server: argocd.example.com\n  user: p\n"
                          "users:\n- auth-token: prod-cli\n  name: p\n"));
        const QUrl github(u"https://api.github.com"_qs);
        const QUrl argo(u"https://argocd.example.com"_qs);
        const QStringList expected = describe(CredentialResolver().gitHub(github))
            + describe(CredentialResolver().argoCd(argo));
        QCOMPARE(expected.size(), 4);
        std::atomic<int> mismatches {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    const CredentialResolver resolver;
                    if (describe(resolver.gitHub(github)) + describe(resolver.argoCd(argo))
                        != expected)
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void keysAndHosts()
    {
        QCOMPARE(
            CredentialResolver::argoCdKey(u" https://user:pw@argocd.example.com/argo/?x=1 "_qs),
            u"argocd:https://argocd.example.com/argo"_qs);
        QCOMPARE(CredentialResolver::gitHubHost(QUrl(u"https://api.github.com"_qs)),
                 u"github.com"_qs);
        QCOMPARE(CredentialResolver::gitHubHost(QUrl(u"https://GHE.example.com/api/v3"_qs)),
                 u"ghe.example.com"_qs);
        QCOMPARE(CredentialResolver::gitHubKey(u"github.com"_qs), u"github:github.com"_qs);
        QVERIFY(CredentialResolver::namesServer(u"127.0.0.1:8080"_qs,
                                                QUrl(u"http://127.0.0.1:8080/x"_qs)));
        QVERIFY(
            !CredentialResolver::namesServer(u"127.0.0.1"_qs, QUrl(u"http://127.0.0.1:8080"_qs)));
        QVERIFY(CredentialResolver::namesServer(u"https://Argo.example.com"_qs,
                                                QUrl(u"https://argo.example.com:443"_qs)));
        QVERIFY(!CredentialResolver::namesServer({}, QUrl(u"https://argo.example.com"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
