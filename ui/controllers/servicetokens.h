#pragma once

#include "credentialsdiscovery.h"
#include "pipeline.h"

#include <QString>

// The tokens the live status needs, by service: where the app keeps the one the user typed
// (its key in the system keychain) and where it looks when there is none (the environment and
// the tools' own config files, as StatusCollector does). Shared by the settings, which show the
// source, and the pipeline controller, which hands a keychain token to the status collection.
namespace ServiceTokens {

// "argocd:https://argocd.example.com" (no user info, query or trailing slash).
[[nodiscard]] QString argoCdKey(const QString &argoCdUrl);
// "github:github.com", or the GitHub Enterprise host of the API URL.
[[nodiscard]] QString gitHubKey(const Promenade::Pipeline &pipeline);
// The GitHub host a pipeline's API belongs to ("github.com" for api.github.com).
[[nodiscard]] QString gitHubHost(const Promenade::Pipeline &pipeline);

// Without the keychain: ARGOCD_AUTH_TOKEN, then the argocd CLI's config for that server.
[[nodiscard]] Promenade::Clients::DiscoveredSecret argoCdFallback(const QString &argoCdUrl);
// Without the keychain: GH_TOKEN / GITHUB_TOKEN, gh's hosts.yml, the GitHub Enterprise variables.
[[nodiscard]] Promenade::Clients::DiscoveredSecret
gitHubFallback(const Promenade::Pipeline &pipeline);

} // namespace ServiceTokens
