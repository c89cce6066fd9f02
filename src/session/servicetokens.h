#pragma once

#include "pipeline.h"

#include <QHash>
#include <QString>

namespace Promenade {
class RepositorySession;
}

// Where the app keeps the token the user typed for a service: its key in the system keychain
// (Credentials::CredentialResolver's keys). Shared by the settings, which show the source, and
// the repository session, which hands a keychain token to the status collection. Which token
// is used is the credentials component's precedence (Clients::CredentialChoice).
namespace ServiceTokens {

// "argocd:https://argocd.example.com" (no user info, query or trailing slash).
[[nodiscard]] QString argoCdKey(const QString &argoCdUrl);
// "github:github.com", or the GitHub Enterprise host of the API URL.
[[nodiscard]] QString gitHubKey(const Promenade::Pipeline &pipeline);
// The GitHub host a pipeline's API belongs to ("github.com" for api.github.com).
[[nodiscard]] QString gitHubHost(const Promenade::Pipeline &pipeline);
// The keychain entries the window read, for Git's pushes and fetches
// (Git::NetworkOptions::keychain): the GitHub token kept in Settings, under its key, as the
// live status read it before it started. Empty when none was read, and in the embedded demo
// (whose token is the demo's own, not the keychain's).
[[nodiscard]] QHash<QString, QString> gitKeychain(const Promenade::RepositorySession *session);

} // namespace ServiceTokens
