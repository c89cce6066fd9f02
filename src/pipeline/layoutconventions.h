#pragma once

#include <QString>
#include <QStringList>

namespace Promenade {

// The folder and naming conventions of GitOps repositories, as plain functions: which folder
// names hold environments (overlays/, envs/, environments/, stages/, env/), which are never
// environments (base/, components/, variants/), which hold infrastructure, where an app's name
// sits in a path, how environments rank in a pipeline (development before staging before
// production). Used where no deployment manifest says, and to name what manifests deploy.
class LayoutConventions
{
public:
    // Where an environment name sits in a promotion pipeline (lower comes first); compound
    // names such as prod-eu rank with their stem; unknown names rank between uat and staging.
    [[nodiscard]] static int environmentRank(const QString &name);
    // A name the rank table knows (dev, qa, staging, prod, ... and their compounds).
    [[nodiscard]] static bool isKnownEnvironmentName(const QString &name);

    // Folder names that hold environments: overlays, envs, environments, stages, env, ...
    [[nodiscard]] static bool isEnvironmentsFolder(const QString &segment);
    // Folder names that are never environments: base, bases, components, variants, common, ...
    [[nodiscard]] static bool isNeverAnEnvironment(const QString &segment);

    struct PathMeaning
    {
        QString environment; // empty: the path does not say
        QString app; // empty: the path does not say (a shared overlay, or unknown)
        QString trailing; // what follows the environment folder besides an app (e.g. a cluster)
        bool infrastructure = false;
    };
    // What a source folder's path says by convention: apps/<app>/overlays/<env>,
    // apps/overlays/<env>/<app>, <app>/envs/<env>, clusters/<cluster>/overlays/<env>,
    // deploy/k8s/stages/<env>, env/<stage>, infrastructure/overlays/<env>, ...
    // knownClusters: names that, after an environment folder, are clusters rather than apps.
    [[nodiscard]] static PathMeaning meaningOf(const QString &path,
                                               const QStringList &knownClusters = {});

    // The infrastructure lane: infrastructure/, infra/, platform/, addons/, cluster-addons/,
    // system/ ...
    [[nodiscard]] static bool isInfrastructurePath(const QString &path);
    // Charts that are infrastructure wherever they are deployed (cert-manager, ingress-nginx, ...).
    [[nodiscard]] static bool isInfrastructureChart(const QString &chart);

    // The environment named inside a manifest's name: "web-prod" → "prod", "staging-api" →
    // "staging"; a name of environments (also compound, "prod-eu") wins over the rank table.
    [[nodiscard]] static QString environmentTokenIn(const QString &name,
                                                    const QStringList &environments);
    // The name without that token: ("web-prod", "prod") → "web".
    [[nodiscard]] static QString withoutEnvironmentToken(const QString &name,
                                                         const QString &environment);

    // Path segments that only group manifests (apps, k8s, deploy, manifests, ...): never an app's
    // name.
    [[nodiscard]] static bool isGroupingFolder(const QString &segment);
};

} // namespace Promenade
