#pragma once

#include "pipeline/argocdapplicationmanifest.h"
#include "pipeline/pipelineconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade {

// What an environment's overlay declares for one app's image.
struct DeclaredImage
{
    QString app;
    QString repository; // e.g. ghcr.io/howdiggy/paulojauregui-com
    QString tag;        // e.g. sha-c52e9f3 (empty when only a digest is pinned)
    QString digest;     // e.g. sha256:… (optional)
    bool pinned = true; // false: the overlay does not pin it, the base's tag is used

    // "tag", "tag@sha256:…" or "@sha256:…".
    [[nodiscard]] QString version() const;
};

// An infrastructure component an environment runs (e.g. cert-manager, as a Helm chart
// through an Argo CD Application), with its version.
struct InfrastructureComponent
{
    QString name;
    QString version;
    QString kind; // "Helm chart", "ClusterIssuer", "Issuer", "Kustomization"
};

// One environment of the promotion pipeline: the overlays it deploys, the clusters that run
// it, what it declares, and how promotions into it land.
struct Environment
{
    QString name;
    QString appsOverlay;              // relative path, e.g. apps/overlays/staging (or empty)
    QStringList appOverlays;          // per-app layout: apps/<app>/overlays/<env>
    QString infrastructureOverlay;    // e.g. infrastructure/overlays/staging (or empty)
    QStringList clusters;
    PromotionMode promotion = PromotionMode::Commit;
    QList<DeclaredImage> images;
    QList<InfrastructureComponent> infrastructure;
    QString problem;                  // why this environment could not be read completely

    [[nodiscard]] const DeclaredImage *imageFor(const QString &app) const;
};

struct App
{
    QString name;
    QString base;       // relative path of its base
    QString repository; // its image repository
};

struct Cluster
{
    QString name;
    QString folder;     // clusters/<name>
    QList<ArgoCdApplicationManifest> applications;
};

// A GitOps repository as Promenade understands it: environments in promotion order, apps,
// clusters and the infrastructure lane. Plain data, built by RepositoryDiscovery; safe to copy
// and to hand between threads.
struct Pipeline
{
    QString root;                 // absolute path of the repository root
    QList<Environment> environments;
    QList<App> apps;
    QList<Cluster> clusters;
    bool hasConfig = false;       // promenade.yaml was found
    PipelineConfig::GitHubEndpoint github; // from promenade.yaml's endpoints
    QList<PipelineConfig::ArgoCdEndpoint> argoCd;
    QMap<QString, QString> registries;      // registry host → URL
    QMap<QString, QString> clusterContexts; // cluster → kubeconfig context
    QStringList warnings;         // files that could not be read, unknown layouts, ...

    [[nodiscard]] const Environment *environment(const QString &name) const;
    [[nodiscard]] const App *app(const QString &name) const;
};

} // namespace Promenade
