#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

Result<ArgoCdSourceOverride> ArgoCdSourceOverride::load(const QString &absolutePath,
                                                        const QString &relativeFile)
{
    auto documents = loadYamlDocuments(absolutePath);
    if (!documents)
        return documents.error();
    ArgoCdSourceOverride out;
    out.file = relativeFile;
    try {
        // Argo CD reads the file as one JSON merge patch: the first document.
        const YAML::Node root = documents->empty() ? YAML::Node() : documents->front();
        const YAML::Node images = yamlChild(yamlChild(root, "kustomize"), "images");
        if (images.IsSequence()) {
            for (const YAML::Node &image : images) {
                if (image.IsScalar() && !yamlScalar(image).isEmpty())
                    out.kustomizeImages.append({yamlScalar(image), {}, false, yamlLine(image)});
            }
        }
        const YAML::Node parameters = yamlChild(yamlChild(root, "helm"), "parameters");
        if (parameters.IsSequence()) {
            for (const YAML::Node &parameter : parameters) {
                const QString name = yamlScalar(yamlChild(parameter, "name"));
                if (name.isEmpty())
                    continue;
                const YAML::Node value = yamlChild(parameter, "value");
                // goyaml writes forcestring; Argo CD decodes JSON keys case-insensitively.
                YAML::Node force = yamlChild(parameter, "forcestring");
                if (!force.IsDefined())
                    force = yamlChild(parameter, "forceString");
                const bool forceString = yamlScalar(force).toLower() == u"true";
                out.helmParameters.append({yamlScalar(value), name, forceString,
                                           yamlLine(value.IsDefined() ? value : parameter)});
            }
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(relativeFile, e.mark.line + 1, e.mark.column + 1);
    }
    return out;
}

} // namespace Promenade
