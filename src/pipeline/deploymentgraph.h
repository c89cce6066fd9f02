#pragma once

#include "argocdapplicationmanifest.h"
#include "deployment.h"
#include "deploymentmanifests.h"
#include "imagepinfinder.h"
#include "pipelineconfig.h"
#include "repositoryscan.h"
#include "versionpin.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade {

// A Helm parameter set on top of a Helm source's values (Image Updater's git write-back:
// helm.parameters of .argocd-source-<app>.yaml), with where its value is written.
struct HelmParameterPin
{
    QString name; // e.g. image.tag
    QString value;
    VersionPin pin; // ImageUpdater kind, key helm.parameters[name=<name>].value
};

// A source that something deploys and that holds workloads (not more deployment manifests),
// with what discovery needs to read its versions.
struct LeafDeployment
{
    Deployment deployment;
    QString parentEnvironment; // the environment its App-of-Apps / Flux parent belongs to, if known
    QString parentPath; // that parent's source folder
    QList<ImagePinFinder::Override>
        overrides; // Application kustomize.images, Image Updater write-back
    std::optional<ImageUpdaterConfig> imageUpdater;
    QList<HelmParameterPin> helmParameters; // Image Updater's write-back for a Helm source
    VersionPin chartPin; // where the chart version is written
    bool recurse = false; // a plain folder deployed with directory.recurse
    YAML::Node helmValues {YAML::NodeType::Undefined}; // a HelmRelease's inline values
    QString helmValuesFile; // the file those values come from (repository-relative)
    bool helmValuesRendered
        = false; // they come from a render: their lines are found again in the files
};

// The deployment graph of a repository, read from its manifests: Argo CD Applications
// (anywhere, in any namespace, single- and multi-source), App-of-Apps parents followed to
// their leaves (kustomize parents rendered, plain folders read, cycle-safe), ApplicationSets
// expanded, Flux Kustomizations followed to their HelmReleases and folders, Kargo Stages
// (the promotion DAG) and Warehouses. Blocking file I/O; any thread.
class DeploymentGraph
{
public:
    static DeploymentGraph build(const RepositoryScan &scan);

    QList<LeafDeployment> leaves;
    QList<ClusterSecret> clusterSecrets;
    QList<KargoStage> kargoStages;
    QList<KargoWarehouse> kargoWarehouses;
    QHash<QString, QString> fluxClusterOfFile; // Flux root folder clusters/<c>/… → c
    QStringList warnings;
    int applications = 0; // every Application seen (parents included)

    // The cluster name of an Application destination: destination.name, else the cluster
    // Secret whose server matches, else "in-cluster" for the local API, else the server's host.
    [[nodiscard]] QString clusterName(const QString &name, const QString &server) const;
};

} // namespace Promenade
