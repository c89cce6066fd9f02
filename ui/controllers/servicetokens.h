#pragma once

#include "pipeline.h"

#include <QString>

// Where the app keeps the token the user typed for a service: its key in the system keychain
// (Credentials::CredentialResolver's keys). Shared by the settings, which show the source, and
// the pipeline controller, which hands a keychain token to the status collection. Which token
// is used is the credentials component's precedence (Clients::CredentialChoice).
namespace ServiceTokens {

// "argocd:https://argocd.example.com" (no user info, query or trailing slash).
[[nodiscard]] QString argoCdKey(const QString &argoCdUrl);
// "github:github.com", or the GitHub Enterprise host of the API URL.
[[nodiscard]] QString gitHubKey(const Promenade::Pipeline &pipeline);
// The GitHub host a pipeline's API belongs to ("github.com" for api.github.com).
[[nodiscard]] QString gitHubHost(const Promenade::Pipeline &pipeline);

} // namespace ServiceTokens
