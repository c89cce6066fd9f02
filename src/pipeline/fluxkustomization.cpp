#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

std::optional<FluxKustomization> FluxKustomization::fromYaml(const YAML::Node &document,
                                                             const QString &relativeFile)
{
    try {
        // kustomize's own kustomization.yaml is kind Kustomization too, in kustomize.config.k8s.io.
        if (!document.IsDefined() || !document.IsMap()
            || yamlApiGroup(document) != u"kustomize.toolkit.fluxcd.io"
            || yamlScalar(yamlChild(document, "kind")) != u"Kustomization") {
            return std::nullopt;
        }
        FluxKustomization k;
        k.file = relativeFile;
        k.line = yamlLine(document);
        const YAML::Node metadata = yamlChild(document, "metadata");
        k.name = yamlScalar(yamlChild(metadata, "name"));
        k.nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
        const YAML::Node spec = yamlChild(document, "spec");
        k.path = normalizedRelativePath(yamlScalar(yamlChild(spec, "path")));
        const YAML::Node sourceRef = yamlChild(spec, "sourceRef");
        k.sourceKind = yamlScalar(yamlChild(sourceRef, "kind"));
        k.sourceName = yamlScalar(yamlChild(sourceRef, "name"));
        k.sourceNamespace = yamlScalar(yamlChild(sourceRef, "namespace"));
        if (k.sourceNamespace.isEmpty())
            k.sourceNamespace = k.nameSpace;
        k.targetNamespace = yamlScalar(yamlChild(spec, "targetNamespace"));
        k.kubeConfigSecret
            = yamlScalar(yamlChild(yamlChild(yamlChild(spec, "kubeConfig"), "secretRef"), "name"));
        const YAML::Node images = yamlChild(spec, "images");
        if (images.IsSequence()) {
            for (const YAML::Node &item : images) {
                ImageOverride image;
                image.name = yamlScalar(yamlChild(item, "name"));
                image.newName = yamlScalar(yamlChild(item, "newName"));
                image.newTag = yamlScalar(yamlChild(item, "newTag"));
                image.digest = yamlScalar(yamlChild(item, "digest"));
                if (!image.name.isEmpty())
                    k.images.append(image);
            }
        }
        k.substitute = yamlScalarMap(yamlChild(yamlChild(spec, "postBuild"), "substitute"));
        const YAML::Node dependsOn = yamlChild(spec, "dependsOn");
        if (dependsOn.IsSequence()) {
            for (const YAML::Node &item : dependsOn) {
                const QString name = yamlScalar(yamlChild(item, "name"));
                if (!name.isEmpty())
                    k.dependsOn << name;
            }
        }
        return k;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
