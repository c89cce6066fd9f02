#include "gitcredentials.h"

#include "credentialresolver.h"
#include "gitcredentialhelper.h"
#include "logging.h"

#include <git2.h>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Promenade::Git {

namespace {

// libgit2 keeps calling back while the server refuses; never more than this, whatever happens.
constexpr int maxCallbacks = 12;

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
            Credentials::GitCredentialHelper::reject(QUrl(m_remoteUrl), m_workTree,
                                                     m_lastGitHelper);
            m_lastWasGitHelper = false;
        }
        if (!m_httpBuilt) {
            m_httpBuilt = true;
            m_http = Credentials::CredentialResolver().gitHttps(QUrl(m_remoteUrl));
        }
        if (m_httpNext >= m_http.size() && !m_gitHelperQueried) {
            m_gitHelperQueried = true;
            const Credentials::Credential helper
                = Credentials::GitCredentialHelper::fill(QUrl(m_remoteUrl), m_workTree);
            if (!helper.isEmpty())
                m_http.append(helper);
        }
        if (m_httpNext >= m_http.size())
            return giveUp();
        const Credentials::Credential c = m_http.at(m_httpNext++);
        ++m_attempts;
        m_tried.append(c.source);
        m_lastWasGitHelper = c.origin == Credentials::Credential::Origin::Helper;
        if (m_lastWasGitHelper)
            m_lastGitHelper = c;
        qCDebug(lcGit) << "offering credentials from" << c.source << "for"
                       << redactedUrl(m_remoteUrl);
        return git_credential_userpass_plaintext_new(out, c.user.toUtf8().constData(),
                                                     c.secret.toUtf8().constData());
    }
    return giveUp();
}

void CredentialProvider::succeeded()
{
    if (m_lastWasGitHelper)
        Credentials::GitCredentialHelper::approve(QUrl(m_remoteUrl), m_workTree, m_lastGitHelper);
    m_lastWasGitHelper = false;
}

void CredentialProvider::failed()
{
    if (m_lastWasGitHelper)
        Credentials::GitCredentialHelper::reject(QUrl(m_remoteUrl), m_workTree, m_lastGitHelper);
    m_lastWasGitHelper = false;
}

} // namespace Promenade::Git
