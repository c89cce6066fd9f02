#pragma once

#include <QString>
#include <QStringList>

namespace Promenade {

// One edge of the deployment graph: something that deploys a source (a folder of this
// repository, or a Helm chart) to a cluster. Found from Argo CD Applications (also generated
// by ApplicationSets and App-of-Apps parents), Flux Kustomizations and HelmReleases, or, where
// no manifest says, from a layout convention. Plain data.
struct Deployment
{
    enum class Kind {
        ArgoCdApplication, // an Application (written, rendered by a parent, or generated)
        FluxKustomization,
        FluxHelmRelease,
        Convention, // no manifest deploys it: a layout convention or promenade.yaml says so
    };

    Kind kind = Kind::Convention;
    QString name; // the Application/Kustomization/HelmRelease name (empty for a convention)
    QString nameSpace; // the namespace of that manifest (Argo CD apps in any namespace)
    QString definedIn; // repository-relative file of the manifest (its parent's source for rendered
                       // children)
    QString generatedBy; // the ApplicationSet that generated it, or the App-of-Apps parent, if any
    QString cluster; // the destination cluster's name ("in-cluster" for the local one)
    QString server; // the destination API server, when known
    QString targetNamespace; // the destination namespace
    QString path; // repository-relative source folder; empty when it deploys a chart only
    QString chart; // a Helm chart it deploys (name), if any
    QString chartRepository;
    QString chartVersion; // targetRevision / HelmRelease version as written (may be a range)
    QStringList valueFiles; // repository-relative Helm value files
    QStringList imageOverrides; // "[name=]repo[:tag][@digest]" set on top of the source (Argo CD,
                                // Flux spec.images, Image Updater's write-back), in order
    QString app; // the workload identity it deploys (empty for a shared overlay of several apps)
    bool infrastructure = false; // part of the infrastructure lane (cert-manager, issuers, ...)

    // "Application", "Kustomization", "HelmRelease" or "convention".
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace Promenade
