#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Promenade {

// How a promotion into an environment lands in Git.
enum class PromotionMode {
    Commit, // a commit on the branch, pushed
    PullRequest, // a branch promote/<app>/<env>/<tag> and a pull request against main
};

// The optional promenade.yaml at a repository's root. Everything in it can be inferred from
// the layout; it makes the environment order, clusters and promotion rules explicit:
//
//     environments:
//       - name: development
//         clusters: [home-dev]
//         promotion: commit          # or pull-request
//         paths: [apps/*/overlays/dev]   # optional: the source folders of this environment
//         upstream: []                   # optional: where promotions into it come from
//     apps:
//       - name: paulojauregui-com
//         image: ghcr.io/howdiggy/paulojauregui-com
//         source: https://github.com/howdiggy/paulojauregui-com   # or {url: …, path: ~/src/blog}
class PipelineConfig
{
public:
    struct EnvironmentEntry
    {
        QString name;
        QStringList clusters;
        PromotionMode promotion = PromotionMode::Commit;
        bool promotionSet = false;
        // Source folders that belong to this environment (globs relative to the root, `*` within
        // one segment, `**` across segments), e.g. deploy/*/prod-*; they override the layout.
        QStringList paths;
        // The environments promotions into this one come from; default: the previous stage.
        QStringList upstream;
        bool upstreamSet = false;
    };
    struct AppEntry
    {
        QString name;
        QString image;
        // The application's source (what "Changes" lists between two builds): its Git
        // repository URL, and optionally a local clone to read instead of asking GitHub
        // (relative to the repository root, or starting with ~/).
        QString sourceUrl;
        QString sourcePath;
    };

    // Where pull requests go (endpoints.github in promenade.yaml):
    //     endpoints:
    //       github:
    //         repository: howdiggy/homelab-gitops   # default: from the origin remote's URL
    //         url: https://api.github.com           # default; GitHub Enterprise:
    //         https://HOST/api/v3
    struct GitHubEndpoint
    {
        QString repository;
        QString url;
    };

    // Where live status comes from (endpoints in promenade.yaml); tokens never live here:
    //     endpoints:
    //       argocd: https://argocd.example.com      # or a list: [{url: …, clusters: [oci-prod]}]
    //       registries:
    //         ghcr.io: https://ghcr.io              # how to reach a registry host (a mirror)
    //       clusters:
    //         oci-prod: {context: oci-prod}         # kubeconfig context (default: the cluster's
    //         name)
    struct ArgoCdEndpoint
    {
        QString url;
        QStringList clusters; // empty: every cluster
        // Skip TLS verification (a self-signed lab instance). Only the user's own settings
        // turn it on, never a repository's promenade.yaml.
        bool insecure = false;
    };

    static constexpr auto fileName = "promenade.yaml";

    // Loads root/promenade.yaml; a missing file gives an empty config, a malformed one an error.
    static Result<PipelineConfig> load(const QString &root);

    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] const QList<EnvironmentEntry> &environments() const { return m_environments; }
    [[nodiscard]] const QList<AppEntry> &apps() const { return m_apps; }
    [[nodiscard]] const GitHubEndpoint &github() const { return m_github; }
    [[nodiscard]] const QList<ArgoCdEndpoint> &argoCd() const { return m_argoCd; }
    [[nodiscard]] const QMap<QString, QString> &registries() const { return m_registries; }
    [[nodiscard]] const QMap<QString, QString> &clusterContexts() const
    {
        return m_clusterContexts;
    }

private:
    static Result<PipelineConfig> parse(const QString &path);

    bool m_exists = false;
    QList<EnvironmentEntry> m_environments;
    QList<AppEntry> m_apps;
    GitHubEndpoint m_github;
    QList<ArgoCdEndpoint> m_argoCd;
    QMap<QString, QString> m_registries;
    QMap<QString, QString> m_clusterContexts;
};

} // namespace Promenade
