#pragma once

#include "credential.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace Promenade::Credentials {

// Which credential for a host or service, from which source: the one precedence per service,
// used by Git, the live status, pull requests and Settings alike (README, "Credentials").
//
// | service     | precedence, first found first                                              |
// |-------------|----------------------------------------------------------------------------|
// | GitHub,     | 1. the keychain entry "github:<host>" (Settings)                           |
// | github.com  | 2. GH_TOKEN  3. GITHUB_TOKEN  4. gh's hosts.yml entry for github.com       |
// | GitHub      | 1. the keychain entry "github:<host>"                                      |
// | Enterprise  | 2. GH_ENTERPRISE_TOKEN  3. GITHUB_ENTERPRISE_TOKEN  4. gh's hosts.yml      |
// | (any other  |    entry for the host  5. GITHUB_TOKEN (Promenade's own, last, trusted     |
// |  host)      |    endpoints only)                                                         |
// | Argo CD     | 1. the keychain entry "argocd:<url>"  2. ARGOCD_AUTH_TOKEN  3. the argocd   |
// |             |    CLI config's context for that server (its auth-token)                   |
// | registry    | Docker's config.json: 1. credHelpers for the host  2. auths  3. credsStore  |
// | Git https   | 1. user:password in the remote URL  2. the GitHub precedence above for a   |
// |             |    GitHub host (github.com, GH_HOST, a host in gh's hosts.yml), tied ones  |
// |             |    only (Git's provider hands in no keychain)  3. `git credential fill`    |
// |             |    (GitCredentialHelper)                                                   |
//
// Steps 2–4 of GitHub are the GitHub CLI's own order (`gh help environment`); *.ghe.com
// counts as github.com. Each candidate says whether the user's configuration ties it to the
// endpoint (Credential::tied): GH_TOKEN/GITHUB_TOKEN to github.com, the enterprise variables
// to the host GH_HOST names, ARGOCD_AUTH_TOKEN to the server ARGOCD_SERVER names, a file's or
// the keychain's entry to its own host. Whether an untied one may go to an endpoint is
// EndpointTrust's decision (promenade_clients): the credential used is the first candidate
// that may go there.
//
// The system keychain is asynchronous (QtKeychain, in promenade_clients): the caller reads it
// and hands the entries in. A resolver is a value with no shared state: callable from any
// thread. It only reads; no secret reaches a log line or an error message.
class CredentialResolver
{
public:
    // keychain: the entries the caller read from the system keychain, by key (see the keys
    // below); only those for the endpoint asked about are used.
    explicit CredentialResolver(QHash<QString, QString> keychain = {});

    // The keychain keys Settings stores under: "argocd:https://argocd.example.com" (no user
    // information, query or trailing slash), "github:github.com" / "github:<GHES host>".
    [[nodiscard]] static QString argoCdKey(const QString &argoCdUrl);
    [[nodiscard]] static QString gitHubKey(const QString &gitHubHost);
    // The GitHub host of an API or Git URL: "github.com" for api.github.com and github.com,
    // "acme.ghe.com" for api.acme.ghe.com, else the URL's host ("ghe.example.com" for
    // https://ghe.example.com/api/v3).
    [[nodiscard]] static QString gitHubHost(const QUrl &url);
    // Whether "host[:port]" (GH_HOST, ARGOCD_SERVER, an argocd context's server) names url's
    // server (host and port; the port defaults to the scheme's).
    [[nodiscard]] static bool namesServer(const QString &hostPort, const QUrl &url);

    // Candidates for a GitHub API (https://api.github.com, https://HOST/api/v3) or host, in
    // precedence order.
    [[nodiscard]] QList<Credential> gitHub(const QUrl &endpoint) const;
    // Candidates for an Argo CD server, in precedence order.
    [[nodiscard]] QList<Credential> argoCd(const QUrl &server) const;
    // The Docker login for a registry host (may run a credential helper: blocking, up to
    // 10 s). NotFound when none.
    [[nodiscard]] static Result<Credential> registry(const QString &host);
    // Candidates for a Git remote over http(s), before `git credential fill` (which the Git
    // provider asks last, and only when these were refused): the URL's user information, then
    // the tied GitHub candidates for a GitHub host, with the user gh names or x-access-token.
    [[nodiscard]] QList<Credential> gitHttps(const QUrl &remote) const;

private:
    QHash<QString, QString> m_keychain;
};

} // namespace Promenade::Credentials
