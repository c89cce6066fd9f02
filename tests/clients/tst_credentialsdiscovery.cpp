#include "credentialsdiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;

// Credential discovery against the tools' files written into a scratch HOME (HOME and
// XDG_CONFIG_HOME point at a QTemporaryDir for the whole test), and the environment.
class TestCredentialsDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString home(const QString &relative) const { return m_home.filePath(relative); }

    void writeHelper(const QString &name, const QByteArray &answer, int exitCode = 0)
    {
        const QString path = home(u"bin/docker-credential-"_qs + name);
        writeFile(path,
                  "#!/bin/sh\nread server\necho \"$server\" > '"
                      + home(u"bin/"_qs + name + u".asked"_qs).toUtf8()
                      + "'\n"
                        "printf '%s' '"
                      + answer + "'\nexit " + QByteArray::number(exitCode) + "\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home(u".config"_qs).toUtf8());
        qunsetenv("DOCKER_CONFIG");
        qunsetenv("ARGOCD_CONFIG_DIR");
        qunsetenv("GH_CONFIG_DIR");
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        qputenv("PATH", home(u"bin"_qs).toUtf8() + ':' + qgetenv("PATH"));
    }

    void argoCdCliConfig()
    {
        QVERIFY(!CredentialsDiscovery::argoCdConfig());
        writeFile(
            home(u".config/argocd/config"_qs),
            "contexts:\n"
            "- name: argocd.example.com\n  server: argocd.example.com\n  user: argocd.example.com\n"
            "- name: lab\n  server: 127.0.0.1:8080\n  user: lab\n"
            "current-context: argocd.example.com\n"
            "prompts-enabled: false\n"
            "servers:\n"
            "- grpc-web-root-path: \"\"\n  server: argocd.example.com\n"
            "- insecure: true\n  plain-text: true\n  server: 127.0.0.1:8080\n"
            "users:\n"
            "- auth-token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2ln\n  name: "
            "argocd.example.com\n  refresh-token: r\n"
            "- auth-token: lab-token\n  name: lab\n");
        QCOMPARE(CredentialsDiscovery::argoCdConfigPath(), home(u".config/argocd/config"_qs));
        const auto config = CredentialsDiscovery::argoCdConfig();
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext, u"argocd.example.com"_qs);
        QCOMPARE(config->contexts.size(), 2);
        const ArgoCdCliContext *prod = config->find(u"https://argocd.example.com/"_qs);
        QVERIFY(prod);
        QCOMPARE(prod->authToken, u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2ln"_qs);
        QCOMPARE(prod->url(), QUrl(u"https://argocd.example.com"_qs));
        QVERIFY(!prod->insecure);
        const ArgoCdCliContext *lab = config->find(u"lab"_qs);
        QVERIFY(lab);
        QVERIFY(lab->insecure);
        QCOMPARE(lab->url(), QUrl(u"http://127.0.0.1:8080"_qs));
        QCOMPARE(lab->authToken, u"lab-token"_qs);
    }

    void dockerConfigAuthsAndHelpers()
    {
        const QByteArray ghcrAuth = QByteArray("octo:ghp_registrytoken").toBase64();
        writeFile(
            home(u".docker/config.json"_qs),
            "{\"auths\":{\"https://ghcr.io\":{\"auth\":\"" + ghcrAuth
                + "\"},"
                  "\"registry.example.com\":{\"auth\":\"\",\"identitytoken\":\"refresh-abc\"},"
                  "\"broken.example.com\":{\"auth\":\"bm9jb2xvbg==\"}},"
                  "\"credHelpers\":{\"123.dkr.ecr.eu-west-1.amazonaws.com\":\"fake\",\"missing."
                  "example.com\":\"not-installed\"},"
                  "\"credsStore\":\"store\"}");
        QString source;
        auto ghcr = CredentialsDiscovery::dockerCredential(u"ghcr.io"_qs, &source);
        QVERIFY(ghcr);
        QCOMPARE(ghcr->username, u"octo"_qs);
        QCOMPARE(ghcr->secret, u"ghp_registrytoken"_qs);
        QCOMPARE(source, u"~/.docker/config.json"_qs);

        auto identity = CredentialsDiscovery::dockerCredential(u"registry.example.com"_qs);
        QVERIFY(identity);
        QCOMPARE(identity->identityToken, u"refresh-abc"_qs);

        auto broken = CredentialsDiscovery::dockerCredential(u"broken.example.com"_qs);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message().contains(u"is not base64 user:password"),
                 qPrintable(broken.error().message()));
        QVERIFY(!broken.error().toString().contains(u"nocolon"));

        writeHelper(u"fake"_qs,
                    "{\"ServerURL\":\"123.dkr.ecr.eu-west-1.amazonaws.com\",\"Username\":\"AWS\","
                    "\"Secret\":\"ecr-password\"}");
        auto ecr = CredentialsDiscovery::dockerCredential(u"123.dkr.ecr.eu-west-1.amazonaws.com"_qs,
                                                          &source);
        QVERIFY2(ecr, qPrintable(ecr ? QString() : ecr.error().message()));
        QCOMPARE(ecr->username, u"AWS"_qs);
        QCOMPARE(ecr->secret, u"ecr-password"_qs);
        QCOMPARE(source, u"docker-credential-fake"_qs);

        auto missing = CredentialsDiscovery::dockerCredential(u"missing.example.com"_qs);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message().contains(u"docker-credential-not-installed"),
                 qPrintable(missing.error().message()));

        // Anything else goes to credsStore; Docker Hub by its legacy URL; "<token>" means identity
        // token.
        writeHelper(u"store"_qs,
                    "{\"ServerURL\":\"https://index.docker.io/v1/"
                    "\",\"Username\":\"<token>\",\"Secret\":\"hub-identity\"}");
        auto hub = CredentialsDiscovery::dockerCredential(u"docker.io"_qs);
        QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message()));
        QCOMPARE(hub->identityToken, u"hub-identity"_qs);
        QVERIFY(hub->secret.isEmpty());
        QCOMPARE(readFile(home(u"bin/store.asked"_qs)).trimmed(), "https://index.docker.io/v1/");

        writeHelper(u"store"_qs, "credentials not found in native keychain", 1);
        auto none = CredentialsDiscovery::dockerCredential(u"quay.io"_qs);
        QVERIFY(!none);
        QCOMPARE(none.error().kind(), Error::Kind::NotFound);
    }

    void githubTokenOrder()
    {
        QVERIFY(CredentialsDiscovery::githubToken().isEmpty());
        writeFile(home(u".config/gh/hosts.yml"_qs),
                  "github.com:\n    git_protocol: https\n    user: octo\n    users:\n        "
                  "octo:\n            oauth_token: gho_fromusers\n"
                  "ghe.example.com:\n    oauth_token: gho_enterprise\n    user: me\n");
        DiscoveredSecret fromFile = CredentialsDiscovery::githubToken();
        QCOMPARE(fromFile.value, u"gho_fromusers"_qs);
        QCOMPARE(fromFile.source, u"~/.config/gh/hosts.yml"_qs);
        QCOMPARE(fromFile.user, u"octo"_qs);
        QCOMPARE(CredentialsDiscovery::githubToken(u"ghe.example.com"_qs).value,
                 u"gho_enterprise"_qs);

        qputenv("GITHUB_TOKEN", "ghs_actions");
        QCOMPARE(CredentialsDiscovery::githubToken().source, u"GITHUB_TOKEN"_qs);
        qputenv("GH_TOKEN", "ghp_preferred");
        const DiscoveredSecret env = CredentialsDiscovery::githubToken();
        QCOMPARE(env.value, u"ghp_preferred"_qs);
        QCOMPARE(env.source, u"GH_TOKEN"_qs);
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");

        // gh keeping the token in the system keyring: nothing in the file, nothing found.
        writeFile(home(u".config/gh/hosts.yml"_qs),
                  "github.com:\n    user: octo\n    users:\n        octo:\n");
        QVERIFY(CredentialsDiscovery::githubToken().isEmpty());
    }

    void kubeconfigFromHome()
    {
        qunsetenv("KUBECONFIG");
        QVERIFY(!CredentialsDiscovery::kubeConfig());
        writeFile(home(u".kube/config"_qs),
                  "current-context: a\nclusters:\n- name: a\n  cluster: {server: "
                  "'https://192.0.2.1:6443'}\n"
                  "contexts:\n- name: a\n  context: {cluster: a, user: u}\nusers:\n- name: u\n  "
                  "user: {token: t}\n");
        auto config = CredentialsDiscovery::kubeConfig();
        QVERIFY(config);
        auto access = config->resolve();
        QVERIFY(access);
        QCOMPARE(access->token, u"t"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsDiscovery)
#include "tst_credentialsdiscovery.moc"
