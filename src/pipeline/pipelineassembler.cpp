#include "pipelineassembler.h"

#include "helmparameterimages.h"
#include "kustomizationfile.h"
#include "layoutconventions.h"
#include "pipelinestages.h"
#include "renderer.h"
#include "repositorydiscovery.h"
#include "yamldocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

// promenade.yaml's folder patterns: `*` within one segment, `**` across segments.
bool globMatches(const QString &pattern, const QString &path)
{
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*' && i + 1 < pattern.size() && pattern[i + 1] == u'*') {
            regex += QLatin1String(".*");
            ++i;
        } else if (c == u'*') {
            regex += QLatin1String("[^/]*");
        } else if (c == u'?') {
            regex += QLatin1String("[^/]");
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex)).match(path).hasMatch();
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString lastSegment(const QString &path)
{
    return path.section(u'/', -1);
}

// A deployment of infrastructure by its folder or chart (or its parent's folder).
bool looksLikeInfrastructure(const LeafDeployment &leaf)
{
    const Deployment &dep = leaf.deployment;
    return LayoutConventions::isInfrastructurePath(dep.path)
        || (dep.path.isEmpty() && LayoutConventions::isInfrastructureChart(dep.chart))
        || (!leaf.parentPath.isEmpty() && LayoutConventions::isInfrastructurePath(leaf.parentPath)
            && (dep.path.isEmpty() || !dep.chart.isEmpty()));
}

// The role of a deployed folder in its environment: infrastructure, an app's own overlay, or
// the overlay of all apps.
void noteOverlay(Environment &env, const Deployment &dep, bool ownPath)
{
    if (dep.infrastructure) {
        if (env.infrastructureOverlay.isEmpty())
            env.infrastructureOverlay = dep.path;
    } else if (ownPath) {
        if (!env.appOverlays.contains(dep.path))
            env.appOverlays << dep.path;
    } else if (env.appsOverlay.isEmpty() && dep.chart.isEmpty()) {
        env.appsOverlay = dep.path;
    }
}

// Apps: one identity across environments (their image, chart and base folder).
void addApps(Pipeline &pipeline, const RepositoryScan &scan, const PipelineConfig &config)
{
    for (const Environment &env : std::as_const(pipeline.environments)) {
        for (const DeclaredImage &image : env.images) {
            if (pipeline.app(image.app))
                continue;
            App app;
            app.name = image.app;
            app.repository = image.repository;
            app.chart = !image.chart.isEmpty();
            for (const Deployment &dep : env.deployments) {
                if (dep.app == image.app && !dep.path.isEmpty()) {
                    const QString sibling
                        = parentFolder(parentFolder(dep.path)) + QLatin1String("/base");
                    if (scan.hasDirectory(sibling))
                        app.base = sibling;
                }
            }
            pipeline.apps << app;
        }
    }
    for (const auto &configured : config.apps()) {
        bool known = false;
        for (App &app : pipeline.apps) {
            if (app.name == configured.name) {
                known = true;
                if (!configured.image.isEmpty())
                    app.repository = configured.image;
            }
        }
        if (!known)
            pipeline.apps << App {configured.name, {}, configured.image, false};
    }
    // Shared overlays name their apps by their bases (apps/base/<app>).
    for (App &app : pipeline.apps) {
        if (app.base.isEmpty() && scan.hasDirectory(QLatin1String("apps/base/") + app.name))
            app.base = QLatin1String("apps/base/") + app.name;
    }
}

// Clusters: every environment's, with their folder and API server when known.
void addClusters(Pipeline &pipeline, const RepositoryScan &scan)
{
    for (const Environment &env : std::as_const(pipeline.environments)) {
        for (const QString &name : env.clusters) {
            if (std::any_of(pipeline.clusters.cbegin(), pipeline.clusters.cend(),
                            [&](const Cluster &c) { return c.name == name; }))
                continue;
            Cluster cluster;
            cluster.name = name;
            if (scan.hasDirectory(QLatin1String("clusters/") + name))
                cluster.folder = QLatin1String("clusters/") + name;
            for (const Deployment &dep : env.deployments) {
                if (dep.cluster == name && !dep.server.isEmpty())
                    cluster.server = dep.server;
            }
            pipeline.clusters << cluster;
        }
    }
}

} // namespace

struct PipelineAssembler::Private
{
    const RepositoryScan &scan;
    const PipelineConfig &config;
    const DeploymentGraph &graph;
    QDir root;
    QStringList knownClusters;
    QStringList kargoStages;
    QHash<QString, QString> environmentOfCluster; // a cluster that runs exactly one environment
    QHash<QString, QHash<QString, QString>> sharedOverlayApps; // overlay → base repository → app
    std::unique_ptr<Kustomize::Renderer> renderer;
    ImagePinFinder::Cache pinCache; // bases shared by many overlays are read once per discovery

    struct Placed
    {
        LeafDeployment leaf;
        QString environment;
        QString app;
        bool ownPath = false; // the app is named by its source's path (a per-app layout)
    };

    Private(const RepositoryScan &s, const PipelineConfig &c, const DeploymentGraph &g)
        : scan(s)
        , config(c)
        , graph(g)
        , root(s.root)
    {
        Kustomize::Renderer::Options options;
        options.repositoryRoot = s.root;
        renderer = std::make_unique<Kustomize::Renderer>(options);
        for (const KargoStage &stage : g.kargoStages)
            kargoStages << stage.name;
    }

    QStringList configEnvironmentNames() const
    {
        QStringList names;
        for (const auto &entry : config.environments())
            names << entry.name;
        return names;
    }

    QString configEnvironmentFor(const Deployment &d) const
    {
        for (const auto &entry : config.environments()) {
            for (const QString &pattern : entry.paths) {
                if ((!d.path.isEmpty() && globMatches(pattern, d.path))
                    || (!d.definedIn.isEmpty() && globMatches(pattern, d.definedIn)))
                    return entry.name;
            }
        }
        return {};
    }

    // Flux's apps/<env> beside apps/base (and any X/<env> beside X/base).
    QString besideBaseEnvironment(const QString &path) const
    {
        const QString parent = parentFolder(path);
        const QString last = lastSegment(path);
        if (path.isEmpty() || last.isEmpty() || LayoutConventions::isNeverAnEnvironment(last)
            || LayoutConventions::isGroupingFolder(last))
            return {};
        if (scan.hasDirectory(parent.isEmpty() ? QStringLiteral("base")
                                               : parent + QLatin1String("/base")))
            return last;
        return {};
    }

    QString kargoStageIn(const QString &text) const
    {
        const QStringList segments
            = text.split(QRegularExpression(QStringLiteral("[/]")), Qt::SkipEmptyParts);
        for (const QString &stage : kargoStages) {
            if (segments.contains(stage))
                return stage;
        }
        return {};
    }

    // An environment name that is really a cluster of another environment (an infrastructure
    // overlay named after its cluster), or a rank-equal spelling of a listed one, becomes that one.
    QString canonical(const QString &name, const QStringList &environments) const
    {
        if (name.isEmpty())
            return name;
        if (environments.contains(name))
            return name;
        if (environmentOfCluster.contains(name))
            return environmentOfCluster.value(name);
        const QStringList listed = configEnvironmentNames();
        if (!listed.isEmpty() && !listed.contains(name)
            && LayoutConventions::isKnownEnvironmentName(name)) {
            QStringList sameRank;
            for (const QString &env : listed) {
                if (LayoutConventions::environmentRank(env)
                    == LayoutConventions::environmentRank(name))
                    sameRank << env;
            }
            if (sameRank.size() == 1)
                return sameRank.first();
        }
        return name;
    }

    // Strong signals only: promenade.yaml, the source's path, Kargo stages.
    QString environmentByPath(const LeafDeployment &leaf) const
    {
        const Deployment &d = leaf.deployment;
        if (QString env = configEnvironmentFor(d); !env.isEmpty())
            return env;
        if (QString env = LayoutConventions::meaningOf(d.path, knownClusters).environment;
            !env.isEmpty())
            return env;
        if (QString env = besideBaseEnvironment(d.path); !env.isEmpty())
            return env;
        if (QString env = kargoStageIn(d.path); !env.isEmpty())
            return env;
        return {};
    }

    QString environmentFor(const LeafDeployment &leaf, const QStringList &environments) const
    {
        const Deployment &d = leaf.deployment;
        QString env = environmentByPath(leaf);
        if (env.isEmpty() && !leaf.parentPath.isEmpty()) {
            env = LayoutConventions::meaningOf(leaf.parentPath, knownClusters).environment;
            if (env.isEmpty())
                env = besideBaseEnvironment(leaf.parentPath);
        }
        QStringList named = environments + kargoStages + configEnvironmentNames();
        if (env.isEmpty() && !d.name.isEmpty())
            env = LayoutConventions::environmentTokenIn(d.name, named);
        if (env.isEmpty() && !d.definedIn.isEmpty())
            env = LayoutConventions::meaningOf(parentFolder(d.definedIn), knownClusters)
                      .environment;
        if (!env.isEmpty())
            return canonical(env, environments);
        if (environmentOfCluster.contains(d.cluster))
            return environmentOfCluster.value(d.cluster);
        if (!d.cluster.isEmpty()) {
            const QString token = LayoutConventions::environmentTokenIn(d.cluster, named);
            if (!token.isEmpty()) {
                // "home-dev" runs "development": the same rank, when only one environment has it.
                QStringList sameRank;
                for (const QString &e : std::as_const(named)) {
                    if (LayoutConventions::environmentRank(e)
                            == LayoutConventions::environmentRank(token)
                        && !sameRank.contains(e))
                        sameRank << e;
                }
                return sameRank.size() == 1 ? sameRank.first() : token;
            }
            return d.cluster;
        }
        return {};
    }

    QString appFor(const LeafDeployment &leaf, const QString &env, bool &ownPath) const
    {
        const Deployment &d = leaf.deployment;
        ownPath = false;
        if (d.infrastructure)
            return {};
        const QString fromPath = LayoutConventions::meaningOf(d.path, knownClusters).app;
        if (!fromPath.isEmpty()) {
            ownPath = true;
            return fromPath;
        }
        if (d.kind == Deployment::Kind::FluxHelmRelease)
            return LayoutConventions::withoutEnvironmentToken(d.name, env);
        if (!d.chart.isEmpty())
            return d.name.isEmpty() ? d.chart
                                    : LayoutConventions::withoutEnvironmentToken(d.name, env);
        if (!d.name.isEmpty()) {
            const QString stripped = LayoutConventions::withoutEnvironmentToken(d.name, env);
            if (stripped != d.name && !stripped.isEmpty()
                && !LayoutConventions::isGroupingFolder(stripped)
                && stripped.compare(env, Qt::CaseInsensitive) != 0) {
                return stripped;
            }
        }
        return {}; // a shared overlay: its apps are named by their bases
    }

    // For a shared overlay (apps/overlays/<env> holding every app): which app each base
    // repository belongs to, by the base folders it lists (apps/base/<app>, apps/<app>/base).
    QHash<QString, QString> appsOfSharedOverlay(const QString &path)
    {
        if (auto it = sharedOverlayApps.constFind(path); it != sharedOverlayApps.cend())
            return *it;
        QHash<QString, QString> out;
        const QString absolute = root.filePath(path);
        auto k = KustomizationFile::load(absolute);
        if (k) {
            for (const QString &resource : k->resources()) {
                const QString relative
                    = QDir::cleanPath(root.relativeFilePath(QDir(absolute).filePath(resource)));
                if (relative.startsWith(QLatin1String("..")) || !scan.hasDirectory(relative))
                    continue;
                QString app = LayoutConventions::meaningOf(relative, knownClusters).app;
                if (app.isEmpty()) {
                    app = lastSegment(relative);
                    if (LayoutConventions::isNeverAnEnvironment(app))
                        app = lastSegment(parentFolder(relative));
                }
                auto found = ImagePinFinder::find(scan.root, relative, {}, {}, &pinCache);
                if (!found)
                    continue;
                for (const ImagePin &image : found->images) {
                    if (!out.contains(image.baseRepository))
                        out.insert(image.baseRepository, app);
                }
            }
        }
        sharedOverlayApps.insert(path, out);
        return out;
    }

    static QString repositoryName(const QString &repository) { return lastSegment(repository); }

    static bool pinIsEnvironmentsOwn(const VersionPin &pin, const QString &env, const QString &path)
    {
        if (!pin.isSet())
            return false;
        if (pin.kind == VersionPin::Kind::ApplicationOverride
            || pin.kind == VersionPin::Kind::ImageUpdater)
            return true;
        if (!path.isEmpty() && pin.file.startsWith(path + u'/'))
            return true;
        return pin.file.split(u'/').contains(env)
            || LayoutConventions::meaningOf(parentFolder(pin.file)).environment == env;
    }

    // The line of `key: value` in a file, 0 when it is not there.
    int lineOf(const QString &relativeFile, const QString &key, const QString &value) const
    {
        return yamlKeyLine(root.filePath(relativeFile), scan.root, key, value);
    }

    void relocate(HelmValuesImage &image, const QString &folder, const QString &fallbackFile) const
    {
        const QString value = image.digest.isEmpty() ? image.tag : image.digest;
        const QString key = image.pin.key.section(u'.', -1);
        const QDir dir(root.filePath(folder));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                           QDir::Files | QDir::NoSymLinks, QDir::Name)) {
            const QString file = folder + u'/' + name;
            if (const int line = lineOf(file, key, value); line > 0) {
                image.pin.file = file;
                image.pin.line = line;
                return;
            }
        }
        image.pin.file = fallbackFile;
        image.pin.line = lineOf(fallbackFile, key, value);
    }

    void readChartLeaf(Environment &env, const Placed &placed, QStringList &warnings)
    {
        const Deployment &d = placed.leaf.deployment;
        if (d.infrastructure) {
            env.infrastructure.append({d.chart, d.chartVersion, QStringLiteral("Helm chart"),
                                       placed.leaf.chartPin, d.chartRepository});
            return;
        }
        QList<HelmValuesImage> images;
        const QStringList specs = HelmParameterImages::specKeys(placed.leaf.imageUpdater);
        if (!d.valueFiles.isEmpty()) {
            auto fromFiles = HelmValuesImages::findInFiles(scan.root, d.valueFiles, specs);
            if (fromFiles)
                images = *fromFiles;
            else
                warnings << fromFiles.error().toString();
        }
        if (placed.leaf.helmValues.IsDefined() && placed.leaf.helmValues.IsMap()) {
            auto inlineImages
                = HelmValuesImages::find(placed.leaf.helmValues, placed.leaf.helmValuesFile, specs);
            if (placed.leaf.helmValuesRendered) {
                // Rendered with the overlay's patches: find where each value is really written,
                // the overlay's own files first, then the release's file.
                for (HelmValuesImage &image : inlineImages)
                    relocate(image, placed.leaf.parentPath, placed.leaf.helmValuesFile);
            }
            for (const HelmValuesImage &image : inlineImages) {
                images.removeIf([&](const HelmValuesImage &i) { return i.key == image.key; });
                images << image;
            }
        }
        HelmParameterImages::apply(images, placed.leaf.helmParameters, specs);
        DeclaredImage declared;
        declared.app = placed.app;
        declared.chart = d.chart;
        declared.chartVersion = d.chartVersion;
        declared.chartPin = placed.leaf.chartPin;
        auto primary = std::find_if(images.cbegin(), images.cend(),
                                    [](const HelmValuesImage &i) { return i.key == u"image"; });
        if (primary == images.cend())
            primary = images.cbegin();
        if (primary != images.cend()) {
            declared.repository = primary->repository;
            declared.tag = primary->tag;
            declared.digest = primary->digest;
            declared.pin = primary->pin;
            // Inline values are the release's own, unless they come from a base the overlay
            // patches.
            const bool ownValues = placed.leaf.helmValuesRendered
                ? primary->pin.file.startsWith(placed.leaf.parentPath + u'/')
                : primary->pin.file == placed.leaf.helmValuesFile;
            declared.pinned = pinIsEnvironmentsOwn(primary->pin, env.name, d.path) || ownValues;
        } else {
            // No image in the values: the chart's version is the app's version.
            declared.repository
                = d.chartRepository.isEmpty() ? d.chart : d.chartRepository + u'/' + d.chart;
            declared.tag = d.chartVersion;
            declared.pin = placed.leaf.chartPin;
            declared.pinned = placed.leaf.chartPin.isSet();
        }
        if (!env.imageFor(declared.app))
            env.images.append(declared);
    }

    void readInfrastructureLeaf(Environment &env, const Placed &placed, QStringList &warnings)
    {
        const QString path = placed.leaf.deployment.path;
        if (path.isEmpty())
            return;
        auto resources = renderer->render(root.filePath(path));
        if (!resources) {
            if (env.problem.isEmpty())
                env.problem = resources.error().toString();
            warnings << resources.error().toString();
            return;
        }
        for (const Kustomize::Resource &r : std::as_const(*resources)) {
            const QString kind = QString::fromUtf8(r.kind());
            if (kind != u"ClusterIssuer" && kind != u"Issuer")
                continue;
            env.infrastructure.append({QString::fromUtf8(r.name()),
                                       QString(),
                                       kind,
                                       {},
                                       {}}); // an issuer has no version to pin
        }
    }

    void readPathLeaf(Environment &env, const Placed &placed, QStringList &warnings)
    {
        const Deployment &d = placed.leaf.deployment;
        if (d.infrastructure) {
            readInfrastructureLeaf(env, placed, warnings);
            return;
        }
        ImagePinFinder::Options options;
        options.recurse = placed.leaf.recurse;
        auto found
            = ImagePinFinder::find(scan.root, d.path, placed.leaf.overrides, options, &pinCache);
        if (!found) {
            const QString problem = found.error().toString();
            if (env.problem.isEmpty())
                env.problem = problem;
            warnings << problem;
            readBrokenSource(env, placed);
            return;
        }
        if (!placed.app.isEmpty()) {
            if (env.imageFor(placed.app) || found->images.isEmpty())
                return;
            auto primary = std::find_if(found->images.cbegin(), found->images.cend(),
                                        [&](const ImagePin &i) {
                                            return repositoryName(i.baseRepository) == placed.app
                                                || repositoryName(i.repository) == placed.app;
                                        });
            if (primary == found->images.cend())
                primary = found->images.cbegin();
            env.images.append(declaredFrom(*primary, placed.app, env.name, d.path));
            return;
        }
        const QHash<QString, QString> apps = appsOfSharedOverlay(d.path);
        for (const ImagePin &image : found->images) {
            QString app = apps.value(image.baseRepository);
            if (app.isEmpty())
                app = repositoryName(image.baseRepository);
            if (!env.imageFor(app))
                env.images.append(declaredFrom(image, app, env.name, d.path));
        }
    }

    // A source that does not build still says what it pins in its own kustomization's
    // `images:`: shown beside the problem, so that the environment is not silently empty.
    void readBrokenSource(Environment &env, const Placed &placed) const
    {
        const QString path = placed.leaf.deployment.path;
        auto k = KustomizationFile::load(root.filePath(path));
        if (!k)
            return;
        const QString file = QDir::cleanPath(root.relativeFilePath(k->path()));
        for (const ImageOverride &image : k->images()) {
            DeclaredImage declared;
            declared.app = placed.app.isEmpty()
                ? lastSegment(image.newName.isEmpty() ? image.name : image.newName)
                : placed.app;
            if (env.imageFor(declared.app))
                continue;
            declared.repository = image.newName.isEmpty() ? image.name : image.newName;
            declared.tag = image.newTag;
            declared.digest = image.digest;
            const bool byTag = !image.newTag.isEmpty();
            const QString key = byTag ? QStringLiteral("newTag") : QStringLiteral("digest");
            declared.pin = {VersionPin::Kind::KustomizeImages, file,
                            lineOf(file, key, byTag ? image.newTag : image.digest),
                            QStringLiteral("images[name=%1].%2").arg(image.name, key)};
            declared.pinned = true;
            env.images.append(declared);
        }
    }

    QList<Placed> place(const QList<LeafDeployment> &leaves);
    void assignEnvironments(QList<Placed> &placed, QStringList &warnings);
    QMap<QString, Environment> environmentsOf(const QList<Placed> &placed, QStringList &warnings);

    static DeclaredImage declaredFrom(const ImagePin &image, const QString &app, const QString &env,
                                      const QString &path)
    {
        DeclaredImage declared;
        declared.app = app;
        declared.repository = image.repository;
        declared.tag = image.tag;
        declared.digest = image.digest;
        declared.pin = image.pin;
        declared.pinned = image.pinnedBySource || pinIsEnvironmentsOwn(image.pin, env, path);
        return declared;
    }
};

PipelineAssembler::PipelineAssembler(const RepositoryScan &scan, const PipelineConfig &config,
                                     const DeploymentGraph &graph)
    : d(std::make_unique<Private>(scan, config, graph))
{ }

PipelineAssembler::~PipelineAssembler() = default;

// Every leaf, with its infrastructure guess; the clusters the leaves and promenade.yaml name.
QList<PipelineAssembler::Private::Placed>
PipelineAssembler::Private::place(const QList<LeafDeployment> &leaves)
{
    QList<Placed> placed;
    for (const LeafDeployment &leaf : leaves) {
        Placed p {leaf, {}, {}, false};
        Deployment &dep = p.leaf.deployment;
        if (!dep.infrastructure)
            dep.infrastructure = looksLikeInfrastructure(leaf);
        if (!dep.cluster.isEmpty() && !knownClusters.contains(dep.cluster))
            knownClusters << dep.cluster;
        placed << p;
    }
    for (const auto &entry : config.environments()) {
        for (const QString &cluster : entry.clusters) {
            if (!knownClusters.contains(cluster))
                knownClusters << cluster;
        }
    }

    return placed;
}

// Each leaf's environment, then its app: first what the paths (and promenade.yaml, and Kargo)
// say, then the rest from what those environments' clusters tell.
void PipelineAssembler::Private::assignEnvironments(QList<Placed> &placed, QStringList &warnings)
{
    // Pass 1: what the paths (and promenade.yaml, and Kargo) say; the clusters of those
    // environments.
    QStringList environments = configEnvironmentNames();
    QHash<QString, QSet<QString>> environmentsOfCluster;
    for (Placed &p : placed) {
        if (p.leaf.deployment.infrastructure)
            continue;
        p.environment = environmentByPath(p.leaf);
        if (p.environment.isEmpty())
            continue;
        if (!environments.contains(p.environment))
            environments << p.environment;
        if (!p.leaf.deployment.cluster.isEmpty())
            environmentsOfCluster[p.leaf.deployment.cluster].insert(p.environment);
    }
    for (const auto &entry : config.environments()) {
        for (const QString &cluster : entry.clusters)
            environmentsOfCluster[cluster].insert(entry.name);
    }
    for (auto it = environmentsOfCluster.cbegin(); it != environmentsOfCluster.cend(); ++it) {
        if (it->size() == 1)
            environmentOfCluster.insert(it.key(), *it->cbegin());
    }
    // Pass 2: everything else (infrastructure named after clusters, children of parents, names).
    for (Placed &p : placed) {
        if (p.environment.isEmpty())
            p.environment = environmentFor(p.leaf, environments);
        else
            p.environment = canonical(p.environment, environments);
        if (p.environment.isEmpty()) {
            warnings << Tr::tr("%1 deploys %2, but nothing says which environment it belongs to")
                            .arg(p.leaf.deployment.definedIn.isEmpty()
                                     ? p.leaf.deployment.path
                                     : p.leaf.deployment.definedIn,
                                 p.leaf.deployment.path.isEmpty() ? p.leaf.deployment.chart
                                                                  : p.leaf.deployment.path);
            continue;
        }
        if (!environments.contains(p.environment))
            environments << p.environment;
        p.app = appFor(p.leaf, p.environment, p.ownPath);
        p.leaf.deployment.app = p.app;
    }
}

// The environments the placed leaves make: their deployments, clusters, versions and
// promotion rules.
QMap<QString, Environment> PipelineAssembler::Private::environmentsOf(const QList<Placed> &placed,
                                                                      QStringList &warnings)
{
    // Environments: their deployments, clusters and versions.
    QMap<QString, Environment> byName;
    for (const Placed &p : std::as_const(placed)) {
        if (p.environment.isEmpty())
            continue;
        Environment &env = byName[p.environment];
        env.name = p.environment;
        env.deployments << p.leaf.deployment;
        const Deployment &dep = p.leaf.deployment;
        if (!dep.cluster.isEmpty() && !env.clusters.contains(dep.cluster))
            env.clusters << dep.cluster;
        if (!dep.path.isEmpty())
            noteOverlay(env, dep, p.ownPath);
    }
    // An infrastructure lane made of charts only: the folder their App-of-Apps parent renders
    // them from (where a chart's version is pinned per environment).
    for (const Placed &p : std::as_const(placed)) {
        if (p.environment.isEmpty() || !p.leaf.deployment.infrastructure
            || !p.leaf.deployment.path.isEmpty() || p.leaf.parentPath.isEmpty())
            continue;
        Environment &env = byName[p.environment];
        if (env.infrastructureOverlay.isEmpty())
            env.infrastructureOverlay = p.leaf.parentPath;
    }
    for (const Placed &p : std::as_const(placed)) {
        if (p.environment.isEmpty())
            continue;
        Environment &env = byName[p.environment];
        if (!p.leaf.deployment.chart.isEmpty())
            readChartLeaf(env, p, warnings);
        else
            readPathLeaf(env, p, warnings);
    }
    for (const auto &entry : config.environments()) {
        Environment &env = byName[entry.name];
        env.name = entry.name;
        if (!entry.clusters.isEmpty())
            env.clusters = entry.clusters;
    }

    // Promotion rules.
    for (Environment &env : byName) {
        env.promotion = RepositoryDiscovery::defaultPromotion(env.name);
        for (const auto &entry : config.environments()) {
            if (entry.name == env.name && entry.promotionSet)
                env.promotion = entry.promotion;
        }
    }
    return byName;
}

Pipeline PipelineAssembler::assemble(const QList<LeafDeployment> &leaves)
{
    Pipeline pipeline;
    pipeline.root = d->scan.root;
    QStringList warnings;
    QList<Private::Placed> placed = d->place(leaves);
    d->assignEnvironments(placed, warnings);
    QMap<QString, Environment> byName = d->environmentsOf(placed, warnings);

    PipelineStages::arrange(pipeline, byName, d->config, d->graph.kargoStages);

    PipelineStages::unpinSharedSources(pipeline.environments);

    addApps(pipeline, d->scan, d->config);
    addClusters(pipeline, d->scan);
    pipeline.warnings = warnings;
    return pipeline;
}

} // namespace Promenade
