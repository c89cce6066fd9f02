#include "gitcredentials.h"
#include "testsupport.h"

#include <git2.h>
#include <git2/sys/credential.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using Git::CredentialProvider;

namespace {

// One round of libgit2's credential callback: the credential type handed out (or the error).
struct Answer
{
    int rc = 0;
    git_credential_t type = GIT_CREDENTIAL_DEFAULT;
    QString user;
    QString password;
};

Answer ask(CredentialProvider &provider, const char *url, const char *user, unsigned int types)
{
    Answer a;
    git_credential *cred = nullptr;
    a.rc = CredentialProvider::acquire(&cred, url, user, types, &provider);
    if (a.rc == 0 && cred) {
        a.type = cred->credtype;
        if (cred->credtype == GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
            auto *plain = reinterpret_cast<git_credential_userpass_plaintext *>(cred);
            a.user = QString::fromUtf8(plain->username);
            a.password = QString::fromUtf8(plain->password);
        } else {
            a.user = QString::fromUtf8(git_credential_get_username(cred));
        }
        git_credential_free(cred);
    }
    return a;
}

} // namespace

// The order in which credential sources are offered, and that each is offered once.
class TestGitCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("GH_CONFIG_DIR");
        git_libgit2_init();
    }

    void cleanupTestCase() { git_libgit2_shutdown(); }

    void init()
    {
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GITHUB_ENTERPRISE_TOKEN");
        qunsetenv("GH_HOST");
        qunsetenv("SSH_AUTH_SOCK");
        QDir(m_home.filePath(QStringLiteral(".ssh"))).removeRecursively();
        QFile::remove(m_home.filePath(QStringLiteral(".config/gh/hosts.yml")));
    }

    void sshOffersTheAgentThenEachKeyOnce()
    {
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(m_home.filePath(QStringLiteral("agent.sock"))));
        QVERIFY(TestSupport::writeFile(m_home.filePath(QStringLiteral(".ssh/id_rsa")),
                                       "not a real key\n"));
        QVERIFY(TestSupport::writeFile(m_home.filePath(QStringLiteral(".ssh/id_ed25519")),
                                       "not a real key\n"));
        QVERIFY(TestSupport::writeFile(m_home.filePath(QStringLiteral(".ssh/id_ed25519.pub")),
                                       "ssh-ed25519 AAAA\n"));
        CredentialProvider provider(QStringLiteral("git@github.com:acme/gitops.git"), {});
        const char *url = "ssh://git@github.com/acme/gitops.git";

        // The user name alone first: not an attempt.
        Answer a = ask(provider, url, nullptr, GIT_CREDENTIAL_USERNAME);
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.type, GIT_CREDENTIAL_USERNAME);
        QCOMPARE(a.user, QStringLiteral("git"));
        QCOMPARE(provider.attempts(), 0);

        a = ask(provider, url, "git", GIT_CREDENTIAL_SSH_KEY);
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.type, GIT_CREDENTIAL_SSH_KEY); // the agent
        a = ask(provider, url, "git", GIT_CREDENTIAL_SSH_KEY);
        QCOMPARE(a.rc, 0);
        a = ask(provider, url, "git", GIT_CREDENTIAL_SSH_KEY);
        QCOMPARE(a.rc, 0);
        QCOMPARE(provider.triedSources(),
                 (QStringList {QStringLiteral("ssh-agent"), QStringLiteral("~/.ssh/id_ed25519"),
                               QStringLiteral("~/.ssh/id_rsa")}));
        QVERIFY(!provider.exhausted());
        a = ask(provider, url, "git", GIT_CREDENTIAL_SSH_KEY);
        QCOMPARE(a.rc, int(GIT_EAUTH));
        QVERIFY(provider.exhausted());
        // It stays given up.
        QCOMPARE(ask(provider, url, "git", GIT_CREDENTIAL_SSH_KEY).rc, int(GIT_EAUTH));
        QCOMPARE(provider.attempts(), 3);
    }

    // The credentials component's order for Git over https: the URL, then the GitHub CLI's
    // (GH_TOKEN, GITHUB_TOKEN, gh's hosts.yml), then `git credential fill`.
    void httpsOrder()
    {
        qputenv("GITHUB_TOKEN", "ghs_env");
        qputenv("GH_TOKEN", "ghp_preferred");
        QVERIFY(
            TestSupport::writeFile(m_home.filePath(QStringLiteral(".config/gh/hosts.yml")),
                                   "github.com:\n    oauth_token: gho_cli\n    user: octocat\n"));
        CredentialProvider provider(QStringLiteral("https://me:pw@github.com/acme/gitops.git"),
                                    m_home.path());
        const char *url = "https://github.com/acme/gitops.git";
        Answer a = ask(provider, url, "me", GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.user, QStringLiteral("me"));
        QCOMPARE(a.password, QStringLiteral("pw"));
        a = ask(provider, url, "me", GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.user, QStringLiteral("x-access-token"));
        QCOMPARE(a.password, QStringLiteral("ghp_preferred"));
        a = ask(provider, url, "me", GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.user, QStringLiteral("x-access-token"));
        QCOMPARE(a.password, QStringLiteral("ghs_env"));
        a = ask(provider, url, "me", GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.user, QStringLiteral("octocat"));
        QCOMPARE(a.password, QStringLiteral("gho_cli"));
        // git credential fill has nothing (no helper, no terminal prompt): the end.
        a = ask(provider, url, "me", GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.rc, int(GIT_EAUTH));
        QVERIFY(provider.exhausted());
        QCOMPARE(provider.triedSources(),
                 (QStringList {QStringLiteral("url"), QStringLiteral("GH_TOKEN"),
                               QStringLiteral("GITHUB_TOKEN"),
                               QStringLiteral("~/.config/gh/hosts.yml")}));
        const git_error *e = git_error_last();
        QVERIFY(e
                && QString::fromUtf8(e->message)
                    == QStringLiteral(
                        "authentication failed for https://me@github.com/acme/gitops.git"));
    }

    // A credential helper of the user's own (`git credential fill`) comes last, and is told
    // to forget a credential the server refused.
    void gitCredentialHelperComesLast()
    {
        const QString helper = m_home.filePath(QStringLiteral("helper.sh"));
        const QString log = m_home.filePath(QStringLiteral("helper.log"));
        QVERIFY(TestSupport::writeFile(helper,
                                       "#!/bin/sh\necho \"$1\" >> '" + QFile::encodeName(log)
                                           + "'\ncat > /dev/null\n"
                                             "[ \"$1\" = get ] && printf "
                                             "'username=robot\\npassword=from-helper\\n'\n"
                                             "exit 0\n"));
        QVERIFY(
            QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(TestSupport::writeFile(m_home.filePath(QStringLiteral(".gitconfig")),
                                       "[credential]\n\thelper = !" + QFile::encodeName(helper)
                                           + "\n"));
        qputenv("GH_TOKEN", "ghp_preferred");
        CredentialProvider provider(QStringLiteral("https://github.com/acme/gitops.git"),
                                    m_home.path());
        const char *url = "https://github.com/acme/gitops.git";
        QCOMPARE(ask(provider, url, nullptr, GIT_CREDENTIAL_USERPASS_PLAINTEXT).password,
                 QStringLiteral("ghp_preferred"));
        const Answer a = ask(provider, url, nullptr, GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.user, QStringLiteral("robot"));
        QCOMPARE(a.password, QStringLiteral("from-helper"));
        QCOMPARE(provider.triedSources(),
                 (QStringList {QStringLiteral("GH_TOKEN"), QStringLiteral("git credential")}));
        provider.failed();
        QFile::remove(m_home.filePath(QStringLiteral(".gitconfig")));
        QCOMPARE(TestSupport::readFile(log), QByteArray("get\nerase\n"));
    }

    void githubTokensStayOnGithub()
    {
        qputenv("GITHUB_TOKEN", "ghs_env");
        qputenv("GH_TOKEN", "ghs_other");
        CredentialProvider provider(QStringLiteral("https://gitlab.example/acme/gitops.git"),
                                    m_home.path());
        QCOMPARE(ask(provider, "https://gitlab.example/acme/gitops.git", nullptr,
                     GIT_CREDENTIAL_USERPASS_PLAINTEXT)
                     .rc,
                 int(GIT_EAUTH));
        QVERIFY(provider.triedSources().isEmpty());

        // A GitHub Enterprise GH_HOST names takes the enterprise variables, as gh does.
        qputenv("GH_HOST", "gitlab.example");
        CredentialProvider enterprise(QStringLiteral("https://gitlab.example/acme/gitops.git"),
                                      m_home.path());
        QCOMPARE(ask(enterprise, "https://gitlab.example/acme/gitops.git", nullptr,
                     GIT_CREDENTIAL_USERPASS_PLAINTEXT)
                     .rc,
                 int(GIT_EAUTH));
        QVERIFY(enterprise.triedSources().isEmpty());
        qputenv("GITHUB_ENTERPRISE_TOKEN", "ghe_two");
        qputenv("GH_ENTERPRISE_TOKEN", "ghe_one");
        CredentialProvider again(QStringLiteral("https://gitlab.example/acme/gitops.git"),
                                 m_home.path());
        const Answer a = ask(again, "https://gitlab.example/acme/gitops.git", nullptr,
                             GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.password, QStringLiteral("ghe_one")); // GH_ENTERPRISE_TOKEN wins
    }

    void malformedHostsFileIsSkipped()
    {
        QVERIFY(TestSupport::writeFile(m_home.filePath(QStringLiteral(".config/gh/hosts.yml")),
                                       "github.com: [oauth_token: gho_x\n"));
        CredentialProvider provider(QStringLiteral("https://github.com/acme/gitops.git"),
                                    m_home.path());
        QCOMPARE(ask(provider, "https://github.com/acme/gitops.git", nullptr,
                     GIT_CREDENTIAL_USERPASS_PLAINTEXT)
                     .rc,
                 int(GIT_EAUTH));
    }

    void ghConfigDirWins()
    {
        const QString dir = m_home.filePath(QStringLiteral("gh-elsewhere"));
        QVERIFY(TestSupport::writeFile(dir + QStringLiteral("/hosts.yml"),
                                       "github.com:\n    oauth_token: gho_dir\n"));
        qputenv("GH_CONFIG_DIR", QFile::encodeName(dir));
        CredentialProvider provider(QStringLiteral("https://github.com/acme/gitops.git"),
                                    m_home.path());
        const Answer a = ask(provider, "https://github.com/acme/gitops.git", nullptr,
                             GIT_CREDENTIAL_USERPASS_PLAINTEXT);
        qunsetenv("GH_CONFIG_DIR");
        QCOMPARE(a.rc, 0);
        QCOMPARE(a.user, QStringLiteral("x-access-token"));
        QCOMPARE(a.password, QStringLiteral("gho_dir"));
    }
};

QTEST_GUILESS_MAIN(TestGitCredentials)
#include "tst_gitcredentials.moc"
