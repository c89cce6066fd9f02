#include "pipeline/argocdapplicationmanifest.h"

#include "pipeline/yamldocuments.h"

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

ArgoCdApplicationManifest::Source readSource(const YAML::Node &node)
{
    if (!node.IsMap())
        return {};
    return {yamlScalar(yamlChild(node, "repoURL")), yamlScalar(yamlChild(node, "path")), yamlScalar(yamlChild(node, "chart")),
            yamlScalar(yamlChild(node, "targetRevision"))};
}

} // namespace

Result<QList<ArgoCdApplicationManifest>> ArgoCdApplicationManifest::loadAll(const QString &path,
                                                                             const QString &relativeName)
{
    auto docs = loadYamlDocuments(path);
    if (!docs)
        return docs.error();
    QList<ArgoCdApplicationManifest> out;
    try {
        for (const YAML::Node &doc : *docs) {
            if (!doc.IsMap() || yamlScalar(yamlChild(doc, "kind")) != u"Application"
                || !yamlScalar(yamlChild(doc, "apiVersion")).startsWith(u"argoproj.io/")) {
                continue;
            }
            ArgoCdApplicationManifest app;
            app.file = relativeName;
            const YAML::Node metadata = yamlChild(doc, "metadata");
            if (metadata.IsMap()) {
                app.name = yamlScalar(yamlChild(metadata, "name"));
                app.nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
            }
            const YAML::Node spec = yamlChild(doc, "spec");
            if (spec.IsMap()) {
                if (yamlChild(spec, "source").IsMap())
                    app.sources.append(readSource(yamlChild(spec, "source")));
                if (yamlChild(spec, "sources").IsSequence()) {
                    for (const YAML::Node &s : yamlChild(spec, "sources"))
                        app.sources.append(readSource(s));
                }
                const YAML::Node destination = yamlChild(spec, "destination");
                if (destination.IsMap()) {
                    app.destinationServer = yamlScalar(yamlChild(destination, "server"));
                    app.destinationName = yamlScalar(yamlChild(destination, "name"));
                    app.destinationNamespace = yamlScalar(yamlChild(destination, "namespace"));
                }
            }
            out.append(app);
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg)).at(path, e.mark.line + 1, e.mark.column + 1);
    }
    return out;
}

} // namespace Promenade
