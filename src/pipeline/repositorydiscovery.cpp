#include "pipeline/repositorydiscovery.h"

#include "common/logging.h"
#include "kustomize/kustomizationfile.h"
#include "pipeline/yamldocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

bool isDir(const QDir &root, const QString &relative)
{
    return QFileInfo(root.filePath(relative)).isDir();
}

bool hasKustomization(const QString &dir)
{
    return !KustomizationFile::findIn(dir).isEmpty();
}

QStringList subfolders(const QDir &root, const QString &relative)
{
    QDir dir(root.filePath(relative));
    if (!dir.exists())
        return {};
    QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &n) { return n.startsWith(u'.'); });
    return names;
}

// The per-app layout: apps/<app>/overlays exists.
QStringList perAppFolders(const QDir &root)
{
    QStringList apps;
    for (const QString &name : subfolders(root, QStringLiteral("apps"))) {
        if (name != u"base" && name != u"overlays" && isDir(root, u"apps/" + name + u"/overlays"))
            apps << name;
    }
    return apps;
}

bool looksLikeGitOpsRoot(const QDir &dir)
{
    return QFileInfo(dir.filePath(QLatin1String(PipelineConfig::fileName))).isFile()
           || isDir(dir, QStringLiteral("apps/overlays")) || isDir(dir, QStringLiteral("clusters"))
           || isDir(dir, QStringLiteral("infrastructure/overlays")) || !perAppFolders(dir).isEmpty();
}

// "ghcr.io/acme/web:1.2@sha256:…" → {"ghcr.io/acme/web", "1.2", "sha256:…"}
struct ImageReference
{
    QString repository;
    QString tag;
    QString digest;
};

ImageReference splitImage(const QString &image)
{
    ImageReference ref;
    QString rest = image;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > rest.lastIndexOf(u'/')) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    ref.repository = rest;
    return ref;
}

// Collects container images of every workload in a YAML tree (containers/initContainers lists
// at any depth, as kustomize's image transformer finds them).
void collectImages(const YAML::Node &node, bool inContainerList, QStringList &images)
{
    if (node.IsMap()) {
        if (inContainerList && yamlChild(node, "image").IsScalar())
            images << yamlScalar(yamlChild(node, "image"));
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = yamlScalar(it->first);
            collectImages(it->second, key == u"containers" || key == u"initContainers", images);
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node &child : node)
            collectImages(child, inContainerList, images);
    }
}

struct BaseScan
{
    QStringList images;
    QString firstWorkloadName;
};

BaseScan scanBase(const QString &dir, QStringList &warnings)
{
    BaseScan scan;
    QDirIterator it(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        auto docs = loadYamlDocuments(file);
        if (!docs) {
            warnings << docs.error().toString();
            continue;
        }
        try {
            for (const YAML::Node &doc : *docs) {
                collectImages(doc, false, scan.images);
                const QString kind = doc.IsMap() ? yamlScalar(yamlChild(doc, "kind")) : QString();
                if (scan.firstWorkloadName.isEmpty()
                    && (kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet")) {
                    scan.firstWorkloadName = yamlScalar(yamlChild(yamlChild(doc, "metadata"), "name"));
                }
            }
        } catch (const YAML::Exception &e) {
            warnings << QStringLiteral("%1: %2").arg(file, QString::fromStdString(e.msg));
        }
    }
    return scan;
}

// Whether a kustomization's resource entry (resolved to a clean absolute path) is, or
// contains, target.
bool resourceReaches(const QString &resolved, const QString &target)
{
    return target.startsWith(resolved) && (target.size() == resolved.size() || target.at(resolved.size()) == u'/');
}

struct AppInfo
{
    App app;
    QString baseTag;       // the tag the base uses when an overlay does not pin one
    QString baseAbsolute;
};

void addInfrastructure(Environment &env, const QDir &root, QStringList &warnings)
{
    const QString overlayDir = root.filePath(env.infrastructureOverlay);
    auto k = KustomizationFile::load(overlayDir);
    if (!k) {
        warnings << k.error().toString();
        return;
    }
    for (const QString &resource : k->resources()) {
        const QString path = QDir::cleanPath(QDir(overlayDir).filePath(resource));
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else if (QFileInfo(path).isFile()) {
            files << path;
        }
        for (const QString &file : files) {
            auto docs = loadYamlDocuments(file);
            if (!docs) {
                warnings << docs.error().toString();
                continue;
            }
            try {
                for (const YAML::Node &doc : *docs) {
                    if (!doc.IsMap())
                        continue;
                    const QString kind = yamlScalar(yamlChild(doc, "kind"));
                    const QString name = yamlScalar(yamlChild(yamlChild(doc, "metadata"), "name"));
                    const YAML::Node source = yamlChild(yamlChild(doc, "spec"), "source");
                    if (kind == u"Application" && yamlChild(source, "chart").IsScalar()) {
                        env.infrastructure.append({yamlScalar(yamlChild(source, "chart")), yamlScalar(yamlChild(source, "targetRevision")),
                                                   QStringLiteral("Helm chart")});
                    } else if (kind == u"ClusterIssuer" || kind == u"Issuer") {
                        env.infrastructure.append({name, QString(), kind});
                    }
                }
            } catch (const YAML::Exception &e) {
                warnings << QStringLiteral("%1: %2").arg(file, QString::fromStdString(e.msg));
            }
        }
    }
}

} // namespace

int RepositoryDiscovery::environmentRank(const QString &name)
{
    static const QHash<QString, int> known{
        {QStringLiteral("local"), 5},       {QStringLiteral("dev"), 10},      {QStringLiteral("develop"), 10},
        {QStringLiteral("development"), 10}, {QStringLiteral("test"), 20},     {QStringLiteral("testing"), 20},
        {QStringLiteral("qa"), 20},          {QStringLiteral("int"), 25},      {QStringLiteral("integration"), 25},
        {QStringLiteral("uat"), 30},         {QStringLiteral("stage"), 40},    {QStringLiteral("staging"), 40},
        {QStringLiteral("preprod"), 45},     {QStringLiteral("pre-production"), 45},
        {QStringLiteral("prod"), 50},        {QStringLiteral("production"), 50}, {QStringLiteral("live"), 50},
    };
    const QString lower = name.toLower();
    if (known.contains(lower))
        return known.value(lower);
    // Compound names such as "prod-eu" or "dev-2" rank with their stem.
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (lower.startsWith(it.key() + u'-') || lower.startsWith(it.key() + u'_'))
            return it.value();
    }
    return 35;
}

PromotionMode RepositoryDiscovery::defaultPromotion(const QString &environment)
{
    return environmentRank(environment) >= 50 ? PromotionMode::PullRequest : PromotionMode::Commit;
}

Result<QString> RepositoryDiscovery::findRoot(const QString &startPath)
{
    const QFileInfo start(startPath);
    if (!start.exists())
        return Error(Error::Kind::NotFound, Tr::tr("no such folder")).at(startPath);
    QDir dir(start.isDir() ? start.absoluteFilePath() : start.absolutePath());
    for (;;) {
        if (looksLikeGitOpsRoot(dir))
            return QDir::cleanPath(dir.absolutePath());
        // Never look above the Git repository the user pointed into.
        if (QFileInfo(dir.filePath(QStringLiteral(".git"))).exists() || !dir.cdUp())
            break;
    }
    return Error(Error::Kind::BadInput,
                 Tr::tr("not a GitOps repository: Promenade looks for apps/overlays/, apps/<app>/overlays/, "
                                "clusters/ or promenade.yaml here or in a parent folder"))
        .at(QDir::cleanPath(start.absoluteFilePath()));
}

Result<Pipeline> RepositoryDiscovery::discover(const QString &startPath)
{
    auto rootPath = findRoot(startPath);
    if (!rootPath)
        return rootPath.error();
    const QDir root(*rootPath);
    auto config = PipelineConfig::load(root.path());
    if (!config)
        return config.error();

    Pipeline pipeline;
    pipeline.root = root.path();
    pipeline.hasConfig = config->exists();
    pipeline.github = config->github();
    pipeline.argoCd = config->argoCd();
    pipeline.registries = config->registries();
    pipeline.clusterContexts = config->clusterContexts();

    // Clusters and the Argo CD Applications that point them at paths of this repository.
    for (const QString &name : subfolders(root, QStringLiteral("clusters"))) {
        Cluster cluster{name, u"clusters/" + name, {}};
        QDirIterator it(root.filePath(cluster.folder), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : files) {
            auto apps = ArgoCdApplicationManifest::loadAll(file, root.relativeFilePath(file));
            if (!apps) {
                pipeline.warnings << apps.error().toString();
                continue;
            }
            cluster.applications += *apps;
        }
        pipeline.clusters.append(cluster);
    }

    // Environments, by overlay folder.
    QMap<QString, Environment> environments;
    auto envNamed = [&](const QString &name) -> Environment & {
        Environment &env = environments[name];
        env.name = name;
        return env;
    };
    for (const QString &name : subfolders(root, QStringLiteral("apps/overlays"))) {
        if (hasKustomization(root.filePath(u"apps/overlays/" + name)))
            envNamed(name).appsOverlay = u"apps/overlays/" + name;
    }
    QList<AppInfo> apps;
    for (const QString &appName : perAppFolders(root)) {
        for (const QString &name : subfolders(root, u"apps/" + appName + u"/overlays")) {
            const QString overlay = u"apps/" + appName + u"/overlays/" + name;
            if (hasKustomization(root.filePath(overlay)))
                envNamed(name).appOverlays << overlay;
        }
        apps.append({App{appName, u"apps/" + appName + u"/base", {}}, {}, {}});
    }
    for (const QString &name : subfolders(root, QStringLiteral("infrastructure/overlays"))) {
        if (hasKustomization(root.filePath(u"infrastructure/overlays/" + name)))
            envNamed(name).infrastructureOverlay = u"infrastructure/overlays/" + name;
    }
    for (const auto &entry : config->environments())
        envNamed(entry.name);

    // Apps of the roadmap layout: apps/base/<app>, or apps/base itself holding one app.
    const QStringList baseApps = subfolders(root, QStringLiteral("apps/base"));
    for (const QString &name : baseApps) {
        if (hasKustomization(root.filePath(u"apps/base/" + name)))
            apps.append({App{name, u"apps/base/" + name, {}}, {}, {}});
    }
    if (apps.isEmpty() && hasKustomization(root.filePath(QStringLiteral("apps/base"))))
        apps.append({App{QString(), QStringLiteral("apps/base"), {}}, {}, {}});

    for (AppInfo &info : apps) {
        info.baseAbsolute = QDir::cleanPath(root.filePath(info.app.base));
        const BaseScan scan = scanBase(info.baseAbsolute, pipeline.warnings);
        if (info.app.name.isEmpty())
            info.app.name = scan.firstWorkloadName.isEmpty() ? QStringLiteral("app") : scan.firstWorkloadName;
        for (const auto &configured : config->apps()) {
            if (configured.name == info.app.name)
                info.app.repository = configured.image;
        }
        if (info.app.repository.isEmpty() && !scan.images.isEmpty())
            info.app.repository = splitImage(scan.images.first()).repository;
        for (const QString &image : scan.images) {
            const ImageReference ref = splitImage(image);
            if (ref.repository == info.app.repository)
                info.baseTag = ref.tag;
        }
        pipeline.apps.append(info.app);
    }

    // Order: promenade.yaml's order first, then the usual pipeline order.
    QList<Environment> ordered = environments.values();
    auto configIndex = [&](const QString &name) {
        const auto &list = config->environments();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].name == name)
                return static_cast<int>(i);
        }
        return INT_MAX;
    };
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Environment &a, const Environment &b) {
        const int ca = configIndex(a.name), cb = configIndex(b.name);
        if (ca != cb)
            return ca < cb;
        const int ra = environmentRank(a.name), rb = environmentRank(b.name);
        return ra != rb ? ra < rb : a.name < b.name;
    });

    for (Environment &env : ordered) {
        env.promotion = defaultPromotion(env.name);
        for (const auto &entry : config->environments()) {
            if (entry.name != env.name)
                continue;
            env.clusters = entry.clusters;
            if (entry.promotionSet)
                env.promotion = entry.promotion;
        }
        // Clusters whose Argo CD Applications deploy one of this environment's overlays.
        QStringList overlays = env.appOverlays;
        if (!env.appsOverlay.isEmpty())
            overlays << env.appsOverlay;
        if (!env.infrastructureOverlay.isEmpty())
            overlays << env.infrastructureOverlay;
        for (const Cluster &cluster : std::as_const(pipeline.clusters)) {
            for (const ArgoCdApplicationManifest &app : cluster.applications) {
                for (const auto &source : app.sources) {
                    if (!source.path.isEmpty() && overlays.contains(QDir::cleanPath(source.path))
                        && !env.clusters.contains(cluster.name)) {
                        env.clusters << cluster.name;
                    }
                }
            }
        }

        // What each overlay pins for each app.
        QStringList appOverlayDirs = env.appOverlays;
        if (!env.appsOverlay.isEmpty())
            appOverlayDirs << env.appsOverlay;
        for (const QString &overlay : std::as_const(appOverlayDirs)) {
            const QString overlayDir = root.filePath(overlay);
            auto k = KustomizationFile::load(overlayDir);
            if (!k) {
                env.problem = k.error().toString();
                pipeline.warnings << env.problem;
                continue;
            }
            // Resolved once per overlay: with hundreds of apps, per app and resource it adds up.
            QStringList resolved;
            for (const QString &r : k->resources())
                resolved << QDir::cleanPath(QDir(overlayDir).filePath(r));
            for (const AppInfo &info : std::as_const(apps)) {
                const bool perApp = overlay.startsWith(u"apps/" + info.app.name + u"/overlays/");
                const bool reaches = perApp || std::any_of(resolved.cbegin(), resolved.cend(), [&](const QString &r) {
                    return resourceReaches(r, info.baseAbsolute);
                });
                if (!reaches || env.imageFor(info.app.name))
                    continue;
                DeclaredImage declared{info.app.name, info.app.repository, info.baseTag, {}, false};
                for (const ImageOverride &image : k->images()) {
                    if (image.name == info.app.repository || (!image.newName.isEmpty() && image.newName == info.app.repository)) {
                        if (!image.newName.isEmpty())
                            declared.repository = image.newName;
                        if (!image.newTag.isEmpty())
                            declared.tag = image.newTag;
                        declared.digest = image.digest;
                        declared.pinned = true;
                    }
                }
                env.images.append(declared);
            }
        }
        if (!env.infrastructureOverlay.isEmpty())
            addInfrastructure(env, root, pipeline.warnings);
    }
    pipeline.environments = ordered;
    for (qsizetype i = 0; i < pipeline.environments.size(); ++i) {
        pipeline.environments[i].stage = static_cast<int>(i);
        pipeline.stages.append(QStringList{pipeline.environments[i].name});
    }

    if (pipeline.environments.isEmpty()) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("no environments found: Promenade looks for overlays with a kustomization.yaml in "
                                    "apps/overlays/<env>, apps/<app>/overlays/<env> or infrastructure/overlays/<env>"))
            .at(root.path());
    }
    for (const QString &w : std::as_const(pipeline.warnings))
        qCWarning(lcPipeline).noquote() << w;
    return pipeline;
}

} // namespace Promenade
