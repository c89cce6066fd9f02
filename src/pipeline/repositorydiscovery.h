#pragma once

#include "pipeline.h"
#include "result.h"

namespace Promenade {

// Reads a GitOps repository into a Pipeline by following its deployment graph — what deploys
// which source folder (or Helm chart) to which cluster — wherever those manifests live:
//  - Argo CD Applications (single- and multi-source, in any namespace), App-of-Apps parents to
//    any depth (kustomize parents rendered, plain folders read; cycle-safe), ApplicationSets
//    expanded offline; Flux Kustomizations and HelmReleases; Kargo Stages for the promotion DAG;
//    Argo CD Image Updater's write-back files;
//  - where no manifest deploys anything, the layout conventions (LayoutConventions);
//  - promenade.yaml over both (environments with folder patterns, order, upstream, clusters).
// Environments are sets of deployments forming stages of a DAG; apps are workload identities
// across environments; each version records where it is pinned (ImagePinFinder,
// HelmValuesImages). Nothing is executed and nothing leaves the repository.
// Blocking file I/O: run it off the GUI thread. Malformed files become warnings or an
// environment's problem (or an error when nothing usable is left); never a crash.
class RepositoryDiscovery
{
public:
    // The repository root containing startPath: the nearest folder, going up, with a
    // promenade.yaml, else the Git work tree's root, else the nearest folder that looks like a
    // GitOps repository (apps/, clusters/, a kustomization).
    static Result<QString> findRoot(const QString &startPath);

    static Result<Pipeline> discover(const QString &startPath);

    // Where an environment name sits in a promotion pipeline (lower comes first).
    static int environmentRank(const QString &name);
    // Production-like environments default to pull-request promotions.
    static PromotionMode defaultPromotion(const QString &environment);
};

} // namespace Promenade
