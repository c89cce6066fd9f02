#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

std::optional<FluxSource> FluxSource::fromYaml(const YAML::Node &document,
                                               const QString &relativeFile)
{
    Q_UNUSED(relativeFile)
    try {
        if (!document.IsDefined() || !document.IsMap()
            || yamlApiGroup(document) != u"source.toolkit.fluxcd.io")
            return std::nullopt;
        FluxSource s;
        s.kind = yamlScalar(yamlChild(document, "kind"));
        static const QStringList kinds {QStringLiteral("GitRepository"),
                                        QStringLiteral("OCIRepository"),
                                        QStringLiteral("HelmRepository"), QStringLiteral("Bucket")};
        if (!kinds.contains(s.kind))
            return std::nullopt;
        const YAML::Node metadata = yamlChild(document, "metadata");
        s.name = yamlScalar(yamlChild(metadata, "name"));
        s.nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
        const YAML::Node spec = yamlChild(document, "spec");
        s.url = yamlScalar(yamlChild(spec, "url"));
        const YAML::Node ref = yamlChild(spec, "ref");
        const auto firstOf = [&](std::initializer_list<const char *> keys) {
            for (const char *key : keys) {
                const QString value = yamlScalar(yamlChild(ref, key));
                if (!value.isEmpty())
                    return value;
            }
            return QString();
        };
        if (s.kind == u"GitRepository") {
            s.ref = firstOf({"commit", "name", "semver", "tag", "branch"});
            if (s.ref.isEmpty())
                s.ref = QStringLiteral("master");
        } else if (s.kind == u"OCIRepository") {
            s.ref = firstOf({"digest", "semver", "tag"});
            if (s.ref.isEmpty())
                s.ref = QStringLiteral("latest");
        } else if (s.kind == u"Bucket") {
            const QString endpoint = yamlScalar(yamlChild(spec, "endpoint"));
            const QString bucket = yamlScalar(yamlChild(spec, "bucketName"));
            s.url = endpoint.isEmpty() ? bucket : endpoint + u'/' + bucket;
        }
        return s;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
