#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

std::optional<KargoWarehouse> KargoWarehouse::fromYaml(const YAML::Node &document,
                                                       const QString &relativeFile)
{
    try {
        if (!document.IsDefined() || !document.IsMap()
            || yamlApiGroup(document) != u"kargo.akuity.io"
            || yamlScalar(yamlChild(document, "kind")) != u"Warehouse") {
            return std::nullopt;
        }
        KargoWarehouse w;
        w.file = relativeFile;
        w.line = yamlLine(document);
        const YAML::Node metadata = yamlChild(document, "metadata");
        w.name = yamlScalar(yamlChild(metadata, "name"));
        w.project = yamlScalar(yamlChild(metadata, "namespace"));
        const YAML::Node subscriptions = yamlChild(yamlChild(document, "spec"), "subscriptions");
        if (subscriptions.IsSequence()) {
            for (const YAML::Node &item : subscriptions) {
                const QString image = yamlScalar(yamlChild(yamlChild(item, "image"), "repoURL"));
                if (!image.isEmpty())
                    w.images << image;
                const YAML::Node chart = yamlChild(item, "chart");
                const QString chartRepo = yamlScalar(yamlChild(chart, "repoURL"));
                const QString chartName = yamlScalar(yamlChild(chart, "name"));
                if (!chartRepo.isEmpty()) {
                    QString repo = chartRepo;
                    while (repo.endsWith(u'/'))
                        repo.chop(1);
                    w.charts << (chartName.isEmpty() ? repo : repo + u'/' + chartName);
                }
                const QString git = yamlScalar(yamlChild(yamlChild(item, "git"), "repoURL"));
                if (!git.isEmpty())
                    w.gitRepositories << git;
            }
        }
        return w;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
