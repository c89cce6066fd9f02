#pragma once

#include "credential.h"

#include <QList>
#include <QString>
#include <QStringList>

struct git_credential;

namespace Promenade::Git {

// Finds credentials for one fetch or push the way Git users already have them, and answers
// libgit2's credential callback with them, one source per call:
//  - ssh remotes: the ssh-agent (SSH_AUTH_SOCK), then ~/.ssh/id_ed25519, id_ecdsa, id_rsa;
//  - http(s) remotes: the credentials component's order for Git over https
//    (Credentials::CredentialResolver::gitHttps: the user info of the URL, then for a GitHub
//    host the GitHub CLI's order — GH_TOKEN, GITHUB_TOKEN, gh's hosts.yml for github.com;
//    GH_ENTERPRISE_TOKEN, GITHUB_ENTERPRISE_TOKEN for the host GH_HOST names, gh's hosts.yml
//    for any host it lists), then `git credential fill` (the user's helpers, never a terminal
//    prompt).
// libgit2 calls back after every refused attempt: each source is tried once, then the
// callback fails and exhausted() says so, which Repository turns into
// Error::Kind::AuthenticationFailed ("authentication failed for <URL without secrets>").
// After the operation, succeeded()/failed() tell `git credential approve/reject`.
// A secret never reaches a log line or an error message: only source names are logged.
// One provider per operation, used on the thread that runs it.
class CredentialProvider
{
public:
    // remoteUrl: the remote's configured URL (its user info is one source).
    // workTree: where `git credential` runs, so that the repository's own helpers apply.
    CredentialProvider(QString remoteUrl, QString workTree);

    // libgit2's git_credential_acquire_cb; payload is the CredentialProvider.
    static int acquire(git_credential **out, const char *url, const char *usernameFromUrl,
                       unsigned int allowedTypes, void *payload);

    // True once every source was offered (and refused) and the callback gave up.
    [[nodiscard]] bool exhausted() const { return m_exhausted; }
    // How many credentials were handed to libgit2 so far.
    [[nodiscard]] int attempts() const { return m_attempts; }
    // The sources tried, in order ("url", "GH_TOKEN", "~/.config/gh/hosts.yml",
    // "git credential", "ssh-agent", "~/.ssh/id_rsa").
    [[nodiscard]] const QStringList &triedSources() const { return m_tried; }

    // After the operation: succeeded() when the server accepted the credentials (the
    // operation worked, or failed for another reason, such as a rejected push), failed() when
    // authentication failed. A credential from `git credential fill` is then approved or
    // rejected, so that the user's helper keeps or forgets it.
    void succeeded();
    void failed();

    // url without its password (and without a token in the user part): safe for messages.
    static QString redactedUrl(const QString &url);

private:
    int next(git_credential **out, const QString &url, const QString &usernameFromUrl,
             unsigned int allowedTypes);

    QString m_remoteUrl;
    QString m_workTree;
    QList<Credentials::Credential> m_http;
    bool m_httpBuilt = false;
    bool m_gitHelperQueried = false;
    qsizetype m_httpNext = 0;
    QStringList m_sshKeys;
    bool m_sshBuilt = false;
    qsizetype m_sshNext = -1; // -1: the agent comes first
    Credentials::Credential m_lastGitHelper;
    bool m_lastWasGitHelper = false;
    bool m_exhausted = false;
    int m_attempts = 0;
    QStringList m_tried;
};

} // namespace Promenade::Git
