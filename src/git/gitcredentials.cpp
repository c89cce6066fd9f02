#include "gitcredentials.h"

#include "logging.h"

#include <git2.h>
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace Promenade::Git {

namespace {

// libgit2 keeps calling back while the server refuses; never more than this, whatever happens.
constexpr int maxCallbacks = 12;

bool isHttp(const QString &url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive)
        || url.startsWith(u"https://", Qt::CaseInsensitive);
}

// host[:port] as Git's credential protocol and GH_HOST spell it.
QString hostWithPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

bool sameHost(const QString &configured, const QUrl &url)
{
    const QString c = configured.trimmed().toLower();
    return !c.isEmpty() && (c == url.host().toLower() || c == hostWithPort(url).toLower());
}

QString ghConfigDir()
{
    const QString explicitDir = qEnvironmentVariable("GH_CONFIG_DIR");
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("gh"));
    return QDir::home().filePath(QStringLiteral(".config/gh"));
}

} // namespace

CredentialProvider::CredentialProvider(QString remoteUrl, QString workTree)
    : m_remoteUrl(std::move(remoteUrl))
    , m_workTree(std::move(workTree))
{ }

QString CredentialProvider::redactedUrl(const QString &url)
{
    if (url.contains(u"://")) {
        QUrl u(url);
        if (!u.isValid())
            return QStringLiteral("(an unreadable URL)");
        u.setPassword({});
        // A token is sometimes put in the user part (https://<token>@github.com/…).
        if (u.userName().size() > 20)
            u.setUserName(QStringLiteral("***"));
        return u.toString();
    }
    // scp-like ssh ("git@host:path"): drop anything secret-looking before the '@'.
    const qsizetype at = url.indexOf(u'@');
    if (at > 0 && url.left(at).contains(u':'))
        return url.mid(at + 1);
    return url;
}

int CredentialProvider::acquire(git_credential **out, const char *url, const char *usernameFromUrl,
                                unsigned int allowedTypes, void *payload)
{
    auto *self = static_cast<CredentialProvider *>(payload);
    return self->next(out, QString::fromUtf8(url), QString::fromUtf8(usernameFromUrl),
                      allowedTypes);
}

int CredentialProvider::next(git_credential **out, const QString &url,
                             const QString &usernameFromUrl, unsigned int allowedTypes)
{
    const auto giveUp = [this]() -> int {
        m_exhausted = true;
        const QByteArray text
            = QStringLiteral("authentication failed for %1").arg(redactedUrl(m_remoteUrl)).toUtf8();
        git_error_set_str(GIT_ERROR_NET, text.constData());
        qCDebug(lcGit) << "no more credentials after" << m_tried;
        return GIT_EAUTH;
    };
    if (m_exhausted || m_attempts >= maxCallbacks)
        return giveUp();

    // ssh asks for the user name alone first; that is not an attempt.
    if (allowedTypes & GIT_CREDENTIAL_USERNAME) {
        const QByteArray user
            = (usernameFromUrl.isEmpty() ? QStringLiteral("git") : usernameFromUrl).toUtf8();
        return git_credential_username_new(out, user.constData());
    }

    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray user
            = (usernameFromUrl.isEmpty() ? QStringLiteral("git") : usernameFromUrl).toUtf8();
        if (!m_sshBuilt) {
            m_sshBuilt = true;
            const QDir ssh(QDir::home().filePath(QStringLiteral(".ssh")));
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString key = ssh.filePath(QString::fromLatin1(name));
                if (QFileInfo(key).isFile())
                    m_sshKeys.append(key);
            }
        }
        if (m_sshNext < 0) {
            m_sshNext = 0;
            if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                ++m_attempts;
                m_tried.append(QStringLiteral("ssh-agent"));
                qCDebug(lcGit) << "offering the ssh-agent for" << redactedUrl(url);
                return git_credential_ssh_key_from_agent(out, user.constData());
            }
        }
        while (m_sshNext < m_sshKeys.size()) {
            const QString key = m_sshKeys.at(m_sshNext++);
            const QString pub = key + QStringLiteral(".pub");
            ++m_attempts;
            m_tried.append(u"~/.ssh/" + QFileInfo(key).fileName());
            qCDebug(lcGit) << "offering the ssh key" << key;
            const QByteArray keyPath = QFile::encodeName(key);
            const QByteArray pubPath = QFile::encodeName(pub);
            return git_credential_ssh_key_new(
                out, user.constData(), QFileInfo(pub).isFile() ? pubPath.constData() : nullptr,
                keyPath.constData(), nullptr);
        }
        return giveUp();
    }

    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (m_lastWasGitHelper) {
            // Asked again: the server refused what the user's helper gave.
            gitCredential(QStringLiteral("reject"), m_lastGitHelper);
            m_lastWasGitHelper = false;
        }
        if (!m_httpBuilt)
            buildHttpCandidates();
        if (m_httpNext >= m_http.size() && !m_gitHelperQueried) {
            m_gitHelperQueried = true;
            m_http.append(gitCredentialFill());
        }
        if (m_httpNext >= m_http.size())
            return giveUp();
        const Candidate c = m_http.at(m_httpNext++);
        ++m_attempts;
        m_tried.append(c.source);
        m_lastWasGitHelper = c.fromGitHelper;
        if (c.fromGitHelper)
            m_lastGitHelper = c;
        qCDebug(lcGit) << "offering credentials from" << c.source << "for"
                       << redactedUrl(m_remoteUrl);
        return git_credential_userpass_plaintext_new(out, c.user.toUtf8().constData(),
                                                     c.secret.toUtf8().constData());
    }
    return giveUp();
}

void CredentialProvider::buildHttpCandidates()
{
    m_httpBuilt = true;
    const QUrl url(m_remoteUrl);
    if (!isHttp(m_remoteUrl) || !url.isValid())
        return;

    if (!url.password().isEmpty())
        m_http.append({QStringLiteral("url"), url.userName(), url.password(), false});

    // GitHub tokens from the environment, for github.com and the GitHub CLI's GH_HOST.
    const bool githubHost = sameHost(QStringLiteral("github.com"), url)
        || sameHost(qEnvironmentVariable("GH_HOST"), url);
    if (githubHost) {
        for (const char *name : {"GITHUB_TOKEN", "GH_TOKEN"}) {
            const QString token = qEnvironmentVariable(name).trimmed();
            if (!token.isEmpty()) {
                m_http.append(
                    {QString::fromLatin1(name), QStringLiteral("x-access-token"), token, false});
                break;
            }
        }
    }

    // The GitHub CLI's hosts.yml: "<host>: {oauth_token: …, user: …}".
    const QString hostsFile = QDir(ghConfigDir()).filePath(QStringLiteral("hosts.yml"));
    if (QFileInfo(hostsFile).isFile()) {
        try {
            const YAML::Node root = YAML::LoadFile(QFile::encodeName(hostsFile).toStdString());
            if (root.IsMap()) {
                for (const auto &entry : root) {
                    const QString host = QString::fromStdString(entry.first.as<std::string>(""));
                    if (!sameHost(host, url) || !entry.second.IsMap())
                        continue;
                    const YAML::Node token = entry.second["oauth_token"];
                    if (!token || !token.IsScalar())
                        continue;
                    const YAML::Node user = entry.second["user"];
                    QString userName = user && user.IsScalar()
                        ? QString::fromStdString(user.as<std::string>())
                        : QStringLiteral("x-access-token");
                    m_http.append({QStringLiteral("gh hosts.yml"), userName,
                                   QString::fromStdString(token.as<std::string>()), false});
                }
            }
        } catch (const YAML::Exception &e) {
            // Never echo the file's content: it holds tokens.
            qCWarning(lcGit) << "cannot read" << hostsFile << "line" << e.mark.line + 1;
        }
    }
}

QByteArray CredentialProvider::describe() const
{
    const QUrl url(m_remoteUrl);
    QByteArray text
        = "protocol=" + url.scheme().toUtf8() + "\nhost=" + hostWithPort(url).toUtf8() + '\n';
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        text += "path=" + path.toUtf8() + '\n';
    return text;
}

QList<CredentialProvider::Candidate> CredentialProvider::gitCredentialFill() const
{
    const QUrl url(m_remoteUrl);
    if (!isHttp(m_remoteUrl) || !url.isValid())
        return {};
    QByteArray input = describe();
    if (!url.userName().isEmpty())
        input += "username=" + url.userName().toUtf8() + '\n';
    input += '\n';

    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"),
               QStringLiteral("0")); // never a prompt on a terminal
    git.setProcessEnvironment(env);
    if (!m_workTree.isEmpty())
        git.setWorkingDirectory(m_workTree);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("fill")});
    if (!git.waitForStarted(10000)) {
        qCDebug(lcGit) << "git credential fill could not start";
        return {};
    }
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(30000)) {
        git.kill();
        git.waitForFinished();
        return {};
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        qCDebug(lcGit) << "git credential fill found nothing (exit" << git.exitCode() << ')';
        return {};
    }
    Candidate c {QStringLiteral("git credential"), {}, {}, true};
    const QList<QByteArray> lines = git.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("username="))
            c.user = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password="))
            c.secret = QString::fromUtf8(line.mid(9));
    }
    if (c.secret.isEmpty())
        return {};
    return {c};
}

void CredentialProvider::gitCredential(const QString &action, const Candidate &c) const
{
    QByteArray input
        = describe() + "username=" + c.user.toUtf8() + "\npassword=" + c.secret.toUtf8() + "\n\n";
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    git.setProcessEnvironment(env);
    if (!m_workTree.isEmpty())
        git.setWorkingDirectory(m_workTree);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    if (!git.waitForStarted(10000))
        return;
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(30000)) {
        git.kill();
        git.waitForFinished();
    }
    qCDebug(lcGit) << "git credential" << action << "for" << redactedUrl(m_remoteUrl);
}

void CredentialProvider::succeeded()
{
    if (m_lastWasGitHelper)
        gitCredential(QStringLiteral("approve"), m_lastGitHelper);
    m_lastWasGitHelper = false;
}

void CredentialProvider::failed()
{
    if (m_lastWasGitHelper)
        gitCredential(QStringLiteral("reject"), m_lastGitHelper);
    m_lastWasGitHelper = false;
}

} // namespace Promenade::Git
