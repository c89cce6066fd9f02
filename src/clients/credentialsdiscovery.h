#pragma once

#include "argocdcliconfig.h"
#include "kubeconfig.h"
#include "registryclient.h"
#include "result.h"

#include <QString>

namespace Promenade::Clients {

// A secret and where it came from ("GH_TOKEN", "~/.config/gh/hosts.yml", "system keychain").
// The value is never logged; only `source` may be shown.
struct DiscoveredSecret
{
    QString value;
    QString source;
    QString user; // when the source names one (gh hosts.yml, docker auths)
    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
};

using ArgoCdCliContext = Credentials::ArgoCdCliContext;
using ArgoCdCliConfig = Credentials::ArgoCdCliConfig;

// The credentials the clients use, as the credentials component (src/credentials,
// Credentials::CredentialResolver) finds them, in the clients' types: the readers and the one
// precedence per service live there. It only reads: nothing is written, and no secret reaches a
// log or an error message.
//
// Threading: plain functions, callable from any thread. dockerCredential() may run a
// credential helper (blocking, up to 10 s): call it from a worker thread in the GUI.
class CredentialsDiscovery
{
public:
    // $ARGOCD_CONFIG_DIR/config, ~/.config/argocd/config, or the legacy ~/.argocd/config.
    [[nodiscard]] static QString argoCdConfigPath();
    [[nodiscard]] static Result<ArgoCdCliConfig> argoCdConfig(const QString &path = {});

    // $DOCKER_CONFIG/config.json or ~/.docker/config.json.
    [[nodiscard]] static QString dockerConfigPath();
    // The credential for a registry host (ghcr.io, docker.io, 127.0.0.1:5000); NotFound when none.
    [[nodiscard]] static Result<RegistryCredential> dockerCredential(const QString &registryHost,
                                                                     QString *source = nullptr,
                                                                     const QString &path = {});

    // The first GitHub credential for the host in the one precedence (no keychain): GH_TOKEN,
    // GITHUB_TOKEN, gh's hosts.yml for github.com; GH_ENTERPRISE_TOKEN,
    // GITHUB_ENTERPRISE_TOKEN, gh's hosts.yml, GITHUB_TOKEN for another host. Whether it may go
    // to an endpoint is EndpointTrust's decision (see CredentialChoice).
    [[nodiscard]] static DiscoveredSecret githubToken(const QString &host
                                                      = QStringLiteral("github.com"));
    // gh's hosts.yml entry for that host alone (no variable).
    [[nodiscard]] static DiscoveredSecret ghHostsToken(const QString &host);
    [[nodiscard]] static QString ghHostsPath();

    [[nodiscard]] static Result<KubeConfig> kubeConfig() { return KubeConfig::loadDefault(); }
};

} // namespace Promenade::Clients
