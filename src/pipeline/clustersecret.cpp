#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

std::optional<ClusterSecret> ClusterSecret::fromYaml(const YAML::Node &document,
                                                     const QString &relativeFile)
{
    try {
        if (!document.IsDefined() || !document.IsMap()
            || yamlScalar(yamlChild(document, "kind")) != u"Secret")
            return std::nullopt;
        const YAML::Node metadata = yamlChild(document, "metadata");
        const QMap<QString, QString> labels = yamlScalarMap(yamlChild(metadata, "labels"));
        if (labels.value(QStringLiteral("argocd.argoproj.io/secret-type")) != u"cluster")
            return std::nullopt;
        ClusterSecret cluster;
        cluster.labels = labels;
        cluster.annotations = yamlScalarMap(yamlChild(metadata, "annotations"));
        cluster.file = relativeFile;
        // Kubernetes writes stringData over data, key by key.
        const QMap<QString, QString> stringData = yamlScalarMap(yamlChild(document, "stringData"));
        const QMap<QString, QString> data = yamlScalarMap(yamlChild(document, "data"));
        const auto field = [&](const QString &key) {
            if (stringData.contains(key))
                return stringData.value(key);
            const QByteArray encoded = data.value(key).toLatin1();
            const auto decoded
                = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            return decoded ? QString::fromUtf8(*decoded).trimmed() : QString();
        };
        cluster.name = field(QStringLiteral("name"));
        cluster.server = field(QStringLiteral("server"));
        cluster.project = field(QStringLiteral("project"));
        if (cluster.name.isEmpty() && cluster.server.isEmpty())
            return std::nullopt;
        return cluster;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
