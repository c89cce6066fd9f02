#include "deploymentmanifests.h"

#include "yamldocuments.h"
#include "yamlfields.h"

namespace Promenade {

namespace {

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

void readStep(const YAML::Node &step, KargoStage &stage)
{
    const YAML::Node config = yamlChild(step, "config");
    QString uses = yamlScalar(yamlChild(step, "uses"));
    if (uses.isEmpty()) {
        const QString task = yamlScalar(yamlChild(yamlChild(step, "task"), "name"));
        if (!task.isEmpty())
            stage.steps.append({QStringLiteral("task:") + task, {}, {}, yamlLine(step)});
        return;
    }
    const auto addPath = [&](const YAML::Node &pathNode) {
        const QString path = yamlScalar(pathNode);
        if (path.isEmpty())
            return;
        appendUnique(stage.paths, path);
        stage.steps.append({uses, path, {}, yamlLine(pathNode)});
    };
    if (uses == u"kustomize-set-image" || uses == u"helm-update-chart") {
        addPath(yamlChild(config, "path"));
    } else if (uses == u"yaml-update" || uses == u"helm-update-image") {
        // helm-update-image (removed in Kargo 1.3) wrote images[].key the way yaml-update writes
        // updates[].key.
        addPath(yamlChild(config, "path"));
        const YAML::Node updates = yamlChild(config, uses == u"yaml-update" ? "updates" : "images");
        if (updates.IsSequence()) {
            for (const YAML::Node &update : updates)
                appendUnique(stage.yamlUpdateKeys, yamlScalar(yamlChild(update, "key")));
        }
    } else if (uses == u"kustomize-build" || uses == u"helm-template") {
        addPath(yamlChild(config, "outPath"));
    } else if (uses == u"git-clone") {
        const YAML::Node checkouts = yamlChild(config, "checkout");
        if (checkouts.IsSequence()) {
            for (const YAML::Node &checkout : checkouts) {
                const YAML::Node pathNode = yamlChild(checkout, "path");
                const QString path = yamlScalar(pathNode);
                appendUnique(stage.paths, path);
                stage.steps.append({uses, path, yamlScalar(yamlChild(checkout, "branch")),
                                    yamlLine(pathNode ? pathNode : checkout)});
            }
        }
    } else if (uses == u"git-push") {
        const YAML::Node branch = yamlChild(config, "targetBranch");
        stage.steps.append({uses, yamlScalar(yamlChild(config, "path")), yamlScalar(branch),
                            yamlLine(branch ? branch : step)});
    } else if (uses == u"argocd-update") {
        const YAML::Node apps = yamlChild(config, "apps");
        if (apps.IsSequence()) {
            for (const YAML::Node &app : apps)
                appendUnique(stage.argoCdApps, yamlScalar(yamlChild(app, "name")));
        }
    }
}

} // namespace

std::optional<KargoStage> KargoStage::fromYaml(const YAML::Node &document,
                                               const QString &relativeFile)
{
    try {
        if (!document.IsDefined() || !document.IsMap()
            || yamlApiGroup(document) != u"kargo.akuity.io"
            || yamlScalar(yamlChild(document, "kind")) != u"Stage") {
            return std::nullopt;
        }
        KargoStage stage;
        stage.file = relativeFile;
        stage.line = yamlLine(document);
        const YAML::Node metadata = yamlChild(document, "metadata");
        stage.name = yamlScalar(yamlChild(metadata, "name"));
        stage.project = yamlScalar(yamlChild(metadata, "namespace"));
        const YAML::Node spec = yamlChild(document, "spec");
        const YAML::Node requested = yamlChild(spec, "requestedFreight");
        if (requested.IsSequence()) {
            for (const YAML::Node &item : requested) {
                appendUnique(stage.warehouses,
                             yamlScalar(yamlChild(yamlChild(item, "origin"), "name")));
                const YAML::Node sources = yamlChild(item, "sources");
                if (yamlScalar(yamlChild(sources, "direct")) == u"true")
                    stage.direct = true;
                for (const QString &upstream : yamlScalarList(yamlChild(sources, "stages")))
                    appendUnique(stage.upstream, upstream);
            }
        }
        // Kargo before 0.9: subscriptions.warehouse or subscriptions.upstreamStages[].name.
        const YAML::Node subscriptions = yamlChild(spec, "subscriptions");
        const QString warehouse = yamlScalar(yamlChild(subscriptions, "warehouse"));
        if (!warehouse.isEmpty()) {
            appendUnique(stage.warehouses, warehouse);
            stage.direct = true;
        }
        const YAML::Node upstreamStages = yamlChild(subscriptions, "upstreamStages");
        if (upstreamStages.IsSequence()) {
            for (const YAML::Node &item : upstreamStages)
                appendUnique(stage.upstream, yamlScalar(yamlChild(item, "name")));
        }
        const YAML::Node steps
            = yamlChild(yamlChild(yamlChild(spec, "promotionTemplate"), "spec"), "steps");
        if (steps.IsSequence()) {
            for (const YAML::Node &step : steps)
                readStep(step, stage);
        }
        return stage;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace Promenade
