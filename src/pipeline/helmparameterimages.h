#pragma once

#include "deploymentgraph.h"
#include "helmvaluesimages.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Promenade {

// The images Helm parameters set on top of a Helm source's values (Argo CD Image Updater's
// git write-back, `helm.parameters` of .argocd-source-<app>.yaml): `<block>.tag` with
// `<block>.name` / `<block>.repository`, or one image-spec parameter holding "repo:tag"
// (`<alias>.helm.image-spec`). Stateless; any thread.
class HelmParameterImages
{
public:
    // The Helm value names an Application's image-spec annotations give.
    static QStringList specKeys(const std::optional<ImageUpdaterConfig> &updater);
    // Sets (or adds) the image blocks the parameters pin, each pinned at its parameter.
    static void apply(QList<HelmValuesImage> &images, const QList<HelmParameterPin> &parameters,
                      const QStringList &specs);
};

} // namespace Promenade
