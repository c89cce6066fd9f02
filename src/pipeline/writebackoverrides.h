#pragma once

#include "deploymentgraph.h"
#include "deploymentmanifests.h"

namespace Promenade {

// What one Image Updater write-back file (.argocd-source[-<app>].yaml, at relative in the
// repository) pins for a leaf deployment: its kustomize.images replace the Application's own
// image overrides, its helm.parameters the earlier file's; each entry a pin of that file.
void applyWriteBack(LeafDeployment &leaf, const ArgoCdSourceOverride &override,
                    const QString &relative);

} // namespace Promenade
