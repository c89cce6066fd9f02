#include "argocdapplicationmanifest.h"

#include "yamldocuments.h"

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

QStringList scalarList(const YAML::Node &node)
{
    QStringList out;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsScalar())
                out << yamlScalar(item);
        }
    }
    return out;
}

QMap<QString, QString> scalarMap(const YAML::Node &node)
{
    QMap<QString, QString> out;
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->second.IsScalar())
                out.insert(yamlScalar(it->first), yamlScalar(it->second));
        }
    }
    return out;
}

ArgoCdApplicationManifest::Source readSource(const YAML::Node &node)
{
    ArgoCdApplicationManifest::Source s;
    if (!node.IsMap())
        return s;
    s.repoUrl = yamlScalar(yamlChild(node, "repoURL"));
    s.path = yamlScalar(yamlChild(node, "path"));
    s.chart = yamlScalar(yamlChild(node, "chart"));
    const YAML::Node revision = yamlChild(node, "targetRevision");
    s.targetRevision = yamlScalar(revision);
    s.targetRevisionLine = lineOf(revision);
    s.ref = yamlScalar(yamlChild(node, "ref"));
    const YAML::Node helm = yamlChild(node, "helm");
    s.hasHelm = helm.IsMap();
    s.valueFiles = scalarList(yamlChild(helm, "valueFiles"));
    const YAML::Node kustomize = yamlChild(node, "kustomize");
    s.hasKustomize = kustomize.IsMap();
    const YAML::Node images = yamlChild(kustomize, "images");
    s.kustomizeImages = scalarList(images);
    s.kustomizeImagesLine = lineOf(images);
    const YAML::Node directory = yamlChild(node, "directory");
    s.hasDirectory = directory.IsMap();
    s.directoryRecurse = yamlScalar(yamlChild(directory, "recurse")) == u"true";
    s.directoryInclude = yamlScalar(yamlChild(directory, "include"));
    s.directoryExclude = yamlScalar(yamlChild(directory, "exclude"));
    return s;
}

} // namespace

QString ArgoCdApplicationManifest::instanceName(const QString &controlPlaneNamespace) const
{
    if (!nameSpace.isEmpty() && nameSpace != controlPlaneNamespace)
        return nameSpace + u'_' + name;
    return name;
}

std::optional<ArgoCdApplicationManifest>
ArgoCdApplicationManifest::fromYaml(const YAML::Node &doc, const QString &relativeFile)
{
    if (!doc.IsMap() || yamlScalar(yamlChild(doc, "kind")) != u"Application"
        || !yamlScalar(yamlChild(doc, "apiVersion")).startsWith(u"argoproj.io/")) {
        return std::nullopt;
    }
    ArgoCdApplicationManifest app;
    app.file = relativeFile;
    app.line = lineOf(doc);
    const YAML::Node metadata = yamlChild(doc, "metadata");
    app.name = yamlScalar(yamlChild(metadata, "name"));
    app.nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
    app.annotations = scalarMap(yamlChild(metadata, "annotations"));
    app.labels = scalarMap(yamlChild(metadata, "labels"));
    const YAML::Node spec = yamlChild(doc, "spec");
    const YAML::Node hydrator = yamlChild(spec, "sourceHydrator");
    if (hydrator.IsMap()) {
        // What is deployed is the hydrated output: syncSource's path on its target branch.
        const YAML::Node sync = yamlChild(hydrator, "syncSource");
        Source s;
        s.repoUrl = yamlScalar(yamlChild(sync, "repoURL"));
        if (s.repoUrl.isEmpty())
            s.repoUrl = yamlScalar(yamlChild(yamlChild(hydrator, "drySource"), "repoURL"));
        s.path = yamlScalar(yamlChild(sync, "path"));
        s.targetRevision = yamlScalar(yamlChild(sync, "targetBranch"));
        app.sources.append(s);
    } else if (yamlChild(spec, "sources").IsSequence() && yamlChild(spec, "sources").size() > 0) {
        for (const YAML::Node &s : yamlChild(spec, "sources"))
            app.sources.append(readSource(s));
    } else if (yamlChild(spec, "source").IsMap()) {
        app.sources.append(readSource(yamlChild(spec, "source")));
    }
    const YAML::Node destination = yamlChild(spec, "destination");
    app.destinationServer = yamlScalar(yamlChild(destination, "server"));
    app.destinationName = yamlScalar(yamlChild(destination, "name"));
    app.destinationNamespace = yamlScalar(yamlChild(destination, "namespace"));
    return app;
}

Result<QList<ArgoCdApplicationManifest>>
ArgoCdApplicationManifest::loadAll(const QString &path, const QString &relativeName)
{
    auto docs = loadYamlDocuments(path);
    if (!docs)
        return docs.error();
    QList<ArgoCdApplicationManifest> out;
    try {
        for (const YAML::Node &doc : *docs) {
            if (auto app = fromYaml(doc, relativeName))
                out.append(*app);
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
    return out;
}

} // namespace Promenade
