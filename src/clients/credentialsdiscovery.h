#pragma once

#include "kubeconfig.h"
#include "registryclient.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

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

// One context of the argocd CLI's config (`~/.config/argocd/config`).
struct ArgoCdCliContext
{
    QString name;
    QString server; // host[:port][/path] as the CLI stores it
    QString user;
    QString authToken; // secret
    bool insecure = false; // skip TLS verification (reported to the UI)
    bool plainText = false; // http
    bool grpcWeb = false;
    [[nodiscard]] QUrl url() const;
    // An Argo CD endpoint for this context (TLS skip carried over, for the UI to warn about).
    [[nodiscard]] ServiceEndpoint endpoint() const;
};

struct ArgoCdCliConfig
{
    QString file;
    QString currentContext;
    QList<ArgoCdCliContext> contexts;
    // By context name or by server (with or without scheme); nullptr when unknown.
    [[nodiscard]] const ArgoCdCliContext *find(const QString &nameOrServer) const;
};

// Finds the credentials the user already has, in the tools' own files and the environment:
// the argocd CLI config, kubeconfig (KUBECONFIG / ~/.kube/config), Docker's config.json
// (`auths` base64 user:pass, `identitytoken`, `credHelpers` / `credsStore` through
// `docker-credential-<helper> get`), the GitHub CLI's hosts.yml and GH_TOKEN / GITHUB_TOKEN.
// It only reads: nothing is written, and no secret reaches a log or an error message.
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

    // GH_TOKEN, then GITHUB_TOKEN, then gh's hosts.yml (oauth_token of the host or its active
    // user).
    [[nodiscard]] static DiscoveredSecret githubToken(const QString &host
                                                      = QStringLiteral("github.com"));
    // gh's hosts.yml entry for that host alone (no variable).
    [[nodiscard]] static DiscoveredSecret ghHostsToken(const QString &host);
    [[nodiscard]] static QString ghHostsPath();

    [[nodiscard]] static Result<KubeConfig> kubeConfig() { return KubeConfig::loadDefault(); }
};

} // namespace Promenade::Clients
