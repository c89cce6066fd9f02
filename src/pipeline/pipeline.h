#pragma once

#include "argocdapplicationmanifest.h"
#include "deployment.h"
#include "pipelineconfig.h"
#include "versionpin.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade {

// What an environment's overlay declares for one app's image.
struct DeclaredImage
{
    QString app;
    QString repository; // e.g. ghcr.io/howdiggy/paulojauregui-com
    QString tag; // e.g. sha-c52e9f3 (empty when only a digest is pinned)
    QString digest; // e.g. sha256:… (optional)
    bool pinned = true; // false: the overlay does not pin it, the base's tag is used
    VersionPin pin; // where the effective version is written (the base's manifest when not pinned)
    QString chart; // for an app deployed as a Helm chart: the chart and its version
    QString chartVersion;
    VersionPin chartPin;

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
    VersionPin pin; // where the version is written (charts), else where it is declared
    QString repository; // a chart's repository URL
};

// One environment of the promotion pipeline: the overlays it deploys, the clusters that run
// it, what it declares, and how promotions into it land.
struct Environment
{
    QString name;
    QString appsOverlay; // relative path, e.g. apps/overlays/staging (or empty)
    QStringList appOverlays; // per-app layout: apps/<app>/overlays/<env>
    QString infrastructureOverlay; // e.g. infrastructure/overlays/staging (or empty)
    QStringList clusters;
    PromotionMode promotion = PromotionMode::Commit;
    QList<DeclaredImage> images;
    QList<InfrastructureComponent> infrastructure;
    QString problem; // why this environment could not be read completely
    QList<Deployment> deployments; // what deploys it: each a (cluster, namespace, source)
    QStringList upstream; // the environments promotions into it come from (DAG edges)
    int stage = 0; // index into Pipeline::stages

    [[nodiscard]] const DeclaredImage *imageFor(const QString &app) const;
    // The source folder that deploys app here: the app's own deployment, else the shared one.
    [[nodiscard]] QString overlayFor(const QString &app) const;
};

struct App
{
    QString name;
    QString base; // relative path of its base
    QString repository; // its image repository
    bool chart
        = false; // deployed as a Helm chart (its version is the chart's and the values' image)
};

struct Cluster
{
    QString name;
    QString folder; // clusters/<name> (empty when the cluster is only named by a destination)
    QString server; // its API server, when a destination or cluster Secret says
    QList<ArgoCdApplicationManifest> applications;
};

// A GitOps repository as Promenade understands it: environments in promotion order, apps,
// clusters and the infrastructure lane. Plain data, built by RepositoryDiscovery; safe to copy
// and to hand between threads.
struct Pipeline
{
    QString root; // absolute path of the repository root
    QList<Environment> environments; // in stage order (a topological order of the DAG)
    QList<QStringList> stages; // environment names per stage; parallel environments share one
    QList<App> apps;
    QList<Cluster> clusters;
    bool hasConfig = false; // promenade.yaml was found
    PipelineConfig::GitHubEndpoint github; // from promenade.yaml's endpoints
    QList<PipelineConfig::ArgoCdEndpoint> argoCd;
    QMap<QString, QString> registries; // registry host → URL
    QMap<QString, QString> clusterContexts; // cluster → kubeconfig context
    QStringList warnings; // files that could not be read, unknown layouts, ...

    [[nodiscard]] const Environment *environment(const QString &name) const;
    // The environments promotions into name come from: its upstream (the previous stage when
    // nothing more precise is known). Empty for the first stage.
    [[nodiscard]] QStringList upstreamOf(const QString &name) const;
    [[nodiscard]] const App *app(const QString &name) const;
};

} // namespace Promenade
