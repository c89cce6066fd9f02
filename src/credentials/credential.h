#pragma once

#include <QString>

namespace Promenade::Credentials {

// One credential and where it came from. `secret` never reaches a log line or an error
// message; `source` names where it came from ("GH_TOKEN", "~/.config/gh/hosts.yml",
// "system keychain", "argocd context lab (~/.config/argocd/config)", "docker-credential-pass",
// "git credential") and is what messages and Settings show.
struct Credential
{
    enum class Origin {
        None,
        Keychain, // a token the user kept in the system keychain (Settings, Credentials)
        Environment, // an environment variable
        ToolConfig, // a tool's own file: gh's hosts.yml, argocd's config, Docker's config.json
        Helper, // a credential helper: docker-credential-<name>, `git credential fill`
        RemoteUrl, // the user information of a Git remote's URL
    };

    QString secret;
    QString user; // when the source names one (gh's user, a Docker login, a helper's answer)
    bool identityToken = false; // Docker: `secret` is an identity (refresh) token
    QString source;
    Origin origin = Origin::None;
    // The user's own configuration ties it to the endpoint asked about (ARGOCD_SERVER naming the
    // server, an argocd context of that server, gh's entry for that host, GH_HOST naming it, a
    // keychain entry for that endpoint): it may go there without the user trusting the
    // endpoint. An untied credential goes only to an endpoint the user trusts (EndpointTrust).
    bool tied = false;

    [[nodiscard]] bool isEmpty() const { return secret.isEmpty(); }
};

} // namespace Promenade::Credentials
