#include "pipelinestages.h"

#include "repositorydiscovery.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

// The pipeline's stages and the ownership of its pins, apart from PipelineAssembler
// (pipelineassembler.cpp), which places deployments in environments.
namespace Promenade::PipelineStages {

void arrange(Pipeline &pipeline, const QMap<QString, Environment> &byName,
             const PipelineConfig &config, const QList<KargoStage> &kargoStages)
{
    // Stages of the DAG: promenade.yaml, else Kargo's freight edges, else the rank of the names
    // (equal ranks side by side: production regions are one stage).
    QStringList configNames;
    for (const auto &entry : config.environments())
        configNames << entry.name;
    QHash<QString, QStringList> upstream;
    QStringList names = byName.keys();
    auto rankOrder = [&](const QString &a, const QString &b) {
        const int ra = RepositoryDiscovery::environmentRank(a),
                  rb = RepositoryDiscovery::environmentRank(b);
        return ra != rb ? ra < rb : a < b;
    };
    std::sort(names.begin(), names.end(), rankOrder);
    QHash<QString, const KargoStage *> kargo;
    for (const KargoStage &stage : kargoStages)
        kargo.insert(stage.name, &stage);
    for (const QString &name : std::as_const(names)) {
        const qsizetype listed = configNames.indexOf(name);
        if (listed >= 0) {
            const auto &entry = config.environments()[listed];
            if (entry.upstreamSet)
                upstream[name] = entry.upstream;
            else if (listed > 0)
                upstream[name] = {configNames[listed - 1]};
            continue;
        }
        if (kargo.contains(name)) {
            for (const QString &up : kargo.value(name)->upstream) {
                if (byName.contains(up))
                    upstream[name] << up;
            }
            continue;
        }
        // The environments of the highest rank below this one's.
        const int rank = RepositoryDiscovery::environmentRank(name);
        int below = -1;
        for (const QString &other : std::as_const(names)) {
            const int r = RepositoryDiscovery::environmentRank(other);
            if (r < rank && !configNames.contains(other) && !kargo.contains(other))
                below = std::max(below, r);
        }
        for (const QString &other : std::as_const(names)) {
            if (RepositoryDiscovery::environmentRank(other) == below && !configNames.contains(other)
                && !kargo.contains(other))
                upstream[name] << other;
        }
        if (below < 0 && !configNames.isEmpty() && !configNames.contains(name)
            && byName.contains(configNames.last()))
            upstream[name] << configNames.last();
    }
    // Stage = the longest chain of upstreams before it (cycles cut at the number of environments).
    QHash<QString, int> stageOf;
    std::function<int(const QString &, int)> depth = [&](const QString &name, int guard) -> int {
        if (auto it = stageOf.constFind(name); it != stageOf.cend())
            return *it;
        if (guard > names.size())
            return 0;
        int s = 0;
        for (const QString &up : upstream.value(name)) {
            if (byName.contains(up) && up != name)
                s = std::max(s, depth(up, guard + 1) + 1);
        }
        stageOf.insert(name, s);
        return s;
    };
    for (const QString &name : std::as_const(names))
        depth(name, 0);
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        if (stageOf.value(a) != stageOf.value(b))
            return stageOf.value(a) < stageOf.value(b);
        const qsizetype ca = configNames.indexOf(a), cb = configNames.indexOf(b);
        if (ca != cb)
            return ca < 0 ? false : (cb < 0 ? true : ca < cb);
        return a < b; // parallel environments side by side, by name
    });
    for (const QString &name : std::as_const(names)) {
        Environment env = byName.value(name);
        // Stable orders for every view and the JSON: clusters, apps and components by name.
        std::sort(env.clusters.begin(), env.clusters.end());
        std::stable_sort(
            env.images.begin(), env.images.end(),
            [](const DeclaredImage &a, const DeclaredImage &b) { return a.app < b.app; });
        std::stable_sort(env.infrastructure.begin(), env.infrastructure.end(),
                         [](const InfrastructureComponent &a, const InfrastructureComponent &b) {
                             return a.name < b.name;
                         });
        std::sort(upstream[name].begin(), upstream[name].end());
        env.stage = stageOf.value(name);
        env.upstream = upstream.value(name);
        while (pipeline.stages.size() <= env.stage)
            pipeline.stages.append(QStringList());
        pipeline.stages[env.stage] << name;
        pipeline.environments << env;
    }
    pipeline.stages.removeIf([](const QStringList &stage) { return stage.isEmpty(); });
    for (Environment &env : pipeline.environments) {
        for (qsizetype i = 0; i < pipeline.stages.size(); ++i) {
            if (pipeline.stages[i].contains(env.name))
                env.stage = static_cast<int>(i);
        }
    }
}

void unpinSharedSources(QList<Environment> &environments)
{
    // A version pinned in a file that several environments share (a base, a folder every
    // environment's Flux Kustomization deploys) is not the environment's own pin.
    QHash<QString, QSet<QString>> environmentsDeploying; // source folder → environments
    for (const Environment &env : std::as_const(environments)) {
        for (const Deployment &dep : env.deployments) {
            if (!dep.path.isEmpty())
                environmentsDeploying[dep.path].insert(env.name);
        }
    }
    QSet<QString> sharedPaths;
    for (auto it = environmentsDeploying.cbegin(); it != environmentsDeploying.cend(); ++it) {
        if (it->size() > 1)
            sharedPaths.insert(it.key());
    }
    auto sharedSource = [&](const QString &file) {
        // Any folder above the file that several environments deploy.
        for (qsizetype slash = file.lastIndexOf(u'/'); slash > 0;
             slash = file.lastIndexOf(u'/', slash - 1)) {
            if (sharedPaths.contains(file.left(slash)))
                return true;
        }
        return false;
    };
    QHash<QString, int> environmentsPinningIn;
    for (const Environment &env : std::as_const(environments)) {
        for (const DeclaredImage &image : env.images) {
            if (image.pin.isSet())
                ++environmentsPinningIn[image.app + u'|' + image.pin.file];
        }
    }
    for (Environment &env : environments) {
        for (DeclaredImage &image : env.images) {
            const bool override = image.pin.kind == VersionPin::Kind::ApplicationOverride
                || image.pin.kind == VersionPin::Kind::ImageUpdater;
            if (image.pinned && !override
                && (environmentsPinningIn.value(image.app + u'|' + image.pin.file) > 1
                    || sharedSource(image.pin.file)))
                image.pinned = false;
        }
    }
}

} // namespace Promenade::PipelineStages
