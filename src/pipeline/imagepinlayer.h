#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <utility>

namespace Promenade::ImagePins {

// A resource of a layer the image pin walk builds. Its document is shared with the cached base
// it came from until this layer changes it (a patch, an images: entry): copying a base costs no
// deep copy.
struct LayerResource
{
    std::shared_ptr<Kustomize::YamlNode> doc;
    Kustomize::YamlNode &edit()
    {
        if (doc.use_count() > 1)
            doc = std::make_shared<Kustomize::YamlNode>(*doc);
        return *doc;
    }
    // Labels and annotations layers added (for later patch selectors), not written to doc.
    QList<std::pair<QByteArray, QByteArray>> addedLabels, addedAnnotations;
    QByteArray group, version, kind;
    QByteArray originalName, name, originalNamespace, nameSpace;
    bool hasContainers = false;
};

// What a kustomization (or a plain folder) builds to, as far as images are concerned: its
// resources with their transformers applied, the files read and what could not be followed.
struct Layer
{
    QList<LayerResource> resources;
    QStringList files;
    QStringList warnings;
};

} // namespace Promenade::ImagePins
