#pragma once

#include "common/result.h"
#include "pipeline/pipeline.h"

namespace Promenade {

// Reads a GitOps repository's layout into a Pipeline, without rendering anything:
//  - environments from apps/overlays/<env>, apps/<app>/overlays/<env> and
//    infrastructure/overlays/<env>, ordered development → staging → production (or as
//    promenade.yaml lists them);
//  - clusters from the Argo CD Applications under clusters/<cluster>/, matched to the
//    overlays their sources point at;
//  - apps from apps/base/<app> (or apps/<app>/base, or promenade.yaml), each with its image;
//  - what each overlay's `images:` pins for each app, and the infrastructure lane.
// Blocking file I/O: run it off the GUI thread. Malformed files become warnings on the
// Pipeline (or an error when nothing usable is left); never a crash.
class RepositoryDiscovery
{
public:
    // The repository root containing startPath: the nearest folder, going up but never out of
    // the Git work tree, that has apps/overlays, apps/<app>/overlays, clusters/ or promenade.yaml.
    static Result<QString> findRoot(const QString &startPath);

    static Result<Pipeline> discover(const QString &startPath);

    // Where an environment name sits in a promotion pipeline (lower comes first).
    static int environmentRank(const QString &name);
    // Production-like environments default to pull-request promotions.
    static PromotionMode defaultPromotion(const QString &environment);
};

} // namespace Promenade
