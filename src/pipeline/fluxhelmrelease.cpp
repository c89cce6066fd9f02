#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

std::optional<FluxHelmRelease> FluxHelmRelease::fromYaml(const YAML::Node &document,
                                                         const QString &relativeFile)
{
    try {
        if (!document.IsDefined() || !document.IsMap()
            || yamlApiGroup(document) != u"helm.toolkit.fluxcd.io"
            || yamlScalar(yamlChild(document, "kind")) != u"HelmRelease") {
            return std::nullopt;
        }
        FluxHelmRelease r;
        r.file = relativeFile;
        r.line = yamlLine(document);
        const YAML::Node metadata = yamlChild(document, "metadata");
        r.name = yamlScalar(yamlChild(metadata, "name"));
        r.nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
        const YAML::Node spec = yamlChild(document, "spec");
        const YAML::Node chartSpec = yamlChild(yamlChild(spec, "chart"), "spec");
        const YAML::Node chartRef = yamlChild(spec, "chartRef");
        YAML::Node sourceRef;
        if (chartSpec.IsMap()) {
            r.chart = yamlScalar(yamlChild(chartSpec, "chart"));
            const YAML::Node version = yamlChild(chartSpec, "version");
            r.version = yamlScalar(version);
            r.versionLine = r.version.isEmpty() ? 0 : yamlLine(version);
            r.valuesFiles = yamlScalarList(yamlChild(chartSpec, "valuesFiles"));
            // v2beta1's single valuesFile, deprecated but still found.
            const QString single = yamlScalar(yamlChild(chartSpec, "valuesFile"));
            if (!single.isEmpty() && !r.valuesFiles.contains(single))
                r.valuesFiles.prepend(single);
            sourceRef = yamlChild(chartSpec, "sourceRef");
        } else if (chartRef.IsMap()) {
            sourceRef = chartRef;
        }
        if (r.version.isEmpty() && chartSpec.IsMap())
            r.version = QStringLiteral("*");
        r.sourceKind = yamlScalar(yamlChild(sourceRef, "kind"));
        r.sourceName = yamlScalar(yamlChild(sourceRef, "name"));
        r.sourceNamespace = yamlScalar(yamlChild(sourceRef, "namespace"));
        if (r.sourceNamespace.isEmpty())
            r.sourceNamespace = r.nameSpace;
        r.targetNamespace = yamlScalar(yamlChild(spec, "targetNamespace"));
        r.kubeConfigSecret
            = yamlScalar(yamlChild(yamlChild(yamlChild(spec, "kubeConfig"), "secretRef"), "name"));
        const YAML::Node values = yamlChild(spec, "values");
        if (values.IsMap())
            r.values = values;
        return r;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
