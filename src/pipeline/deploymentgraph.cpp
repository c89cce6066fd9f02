#include "deploymentgraph.h"

#include "deploymentpaths.h"
#include "writebackoverrides.h"

#include "kustomizationfile.h"
#include "logging.h"
#include "renderer.h"
#include "yamldocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <memory>

namespace Promenade {

using namespace DeploymentPaths;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

// Parents of parents of ...: deeper than this is a mistake or a cycle we did not see.
constexpr int maxDepth = 12;

int findKeyLine(const QString &root, const QString &absoluteFile, const QString &key,
                const QString &value)
{
    return yamlKeyLine(absoluteFile, root, key, value);
}

class Builder
{
public:
    Builder(const RepositoryScan &scan, DeploymentGraph &graph)
        : m_scan(scan)
        , m_graph(graph)
        , m_root(scan.root)
    {
        Kustomize::Renderer::Options options;
        options.repositoryRoot = scan.root;
        m_renderer = std::make_unique<Kustomize::Renderer>(options);
    }

    void run()
    {
        readManifestFiles();
        m_appSetContext.root = m_scan.root;
        m_appSetContext.clusters = m_graph.clusterSecrets;
        // A clone's origin is often not the URL its manifests name (a fork, a mirror, a local
        // path), so a source is taken for this repository when its folder is here.
        m_appSetContext.isThisRepository = [](const QString &) {
            return true;
        };
        // One listing of the repository serves every ApplicationSet's git generators.
        const bool anySet = std::any_of(m_raw.cbegin(), m_raw.cend(), [](const RawFile &f) {
            return !f.applicationSets.isEmpty();
        });
        if (anySet || !m_scan.kustomizationDirs.isEmpty())
            m_appSetContext.listing = ApplicationSetExpander::listRepository(m_scan.root);
        followArgoCd();
        followFlux();
    }

private:
    struct RawFile
    {
        QList<ArgoCdApplicationManifest> applications;
        QList<YAML::Node> applicationSets;
        QList<FluxKustomization> fluxKustomizations;
        QList<FluxHelmRelease> helmReleases;
        [[nodiscard]] bool deploysSomething() const
        {
            return !applications.isEmpty() || !applicationSets.isEmpty()
                || !fluxKustomizations.isEmpty() || !helmReleases.isEmpty();
        }
    };

    bool insideHelmTemplates(const QString &file) const
    {
        for (const QString &chart : m_scan.helmChartDirs) {
            const QString templates = chart.isEmpty() ? QStringLiteral("templates/")
                                                      : chart + QLatin1String("/templates/");
            if (file.startsWith(templates))
                return true;
        }
        return false;
    }

    void readManifestFiles()
    {
        for (const QString &file : m_scan.manifestFiles) {
            if (insideHelmTemplates(file)) {
                m_graph.warnings << Tr::tr("%1 is a Helm template: Promenade does not run Helm, so "
                                           "the Applications it would make are not known")
                                        .arg(file);
                continue;
            }
            auto docs = loadYamlDocuments(m_root.filePath(file), m_scan.root);
            if (!docs) {
                m_graph.warnings << docs.error().toString();
                continue;
            }
            RawFile raw;
            try {
                for (const YAML::Node &doc : *docs) {
                    if (!doc.IsMap())
                        continue;
                    const QString kind = yamlScalar(yamlChild(doc, "kind"));
                    const QString apiVersion = yamlScalar(yamlChild(doc, "apiVersion"));
                    if (apiVersion.startsWith(u"argoproj.io/")) {
                        if (kind == u"Application") {
                            if (auto app = ArgoCdApplicationManifest::fromYaml(doc, file))
                                raw.applications << *app;
                        } else if (kind == u"ApplicationSet") {
                            raw.applicationSets << doc;
                        }
                    } else if (kind == u"Secret") {
                        if (auto secret = ClusterSecret::fromYaml(doc, file))
                            m_graph.clusterSecrets << *secret;
                    } else if (apiVersion.startsWith(u"kustomize.toolkit.fluxcd.io/")
                               && kind == u"Kustomization") {
                        if (auto k = FluxKustomization::fromYaml(doc, file))
                            raw.fluxKustomizations << *k;
                    } else if (apiVersion.startsWith(u"helm.toolkit.fluxcd.io/")
                               && kind == u"HelmRelease") {
                        if (auto release = FluxHelmRelease::fromYaml(doc, file))
                            raw.helmReleases << *release;
                    } else if (apiVersion.startsWith(u"source.toolkit.fluxcd.io/")) {
                        if (auto source = FluxSource::fromYaml(doc, file))
                            m_fluxSources << *source;
                    } else if (apiVersion.startsWith(u"kargo.akuity.io/")) {
                        if (kind == u"Stage") {
                            if (auto stage = KargoStage::fromYaml(doc, file))
                                m_graph.kargoStages << *stage;
                        } else if (kind == u"Warehouse") {
                            if (auto warehouse = KargoWarehouse::fromYaml(doc, file))
                                m_graph.kargoWarehouses << *warehouse;
                        }
                    }
                }
            } catch (const YAML::Exception &e) {
                m_graph.warnings << Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
                                        .at(m_root.filePath(file), e.mark.line + 1,
                                            e.mark.column + 1)
                                        .toString();
            }
            if (raw.deploysSomething())
                m_raw.insert(file, raw);
        }
    }

    // The repository-relative files a source folder deploys: a kustomization's resources,
    // bases and components followed (cached), or a plain folder's YAML files.
    QStringList reach(const QString &folder, bool recurse)
    {
        const QString key = folder + (recurse ? QStringLiteral("|r") : QString());
        if (auto it = m_reachCache.constFind(key); it != m_reachCache.cend())
            return *it;
        m_reachCache.insert(key, {}); // a cycle of bases reaches nothing more
        QStringList files;
        const QString absolute = folder.isEmpty() ? m_scan.root : m_root.filePath(folder);
        if (m_scan.kustomizationDirs.contains(folder)) {
            auto k = KustomizationFile::load(absolute);
            if (k) {
                QStringList entries = k->resources();
                entries += k->components();
                for (const QString &entry : std::as_const(entries)) {
                    if (entry.contains(QLatin1String("://"))
                        || entry.startsWith(QLatin1String("git@")))
                        continue; // remote: never fetched
                    const QString relative
                        = cleanRelative(m_root.relativeFilePath(QDir(absolute).filePath(entry)));
                    if (leavesRoot(relative))
                        continue;
                    if (m_scan.hasDirectory(relative))
                        files += reach(relative, false);
                    else
                        files << relative;
                }
            }
            // Patch files beside the kustomization: they are part of what it deploys (a patch of
            // an Application or HelmRelease is not a root of its own).
            for (const QString &file : yamlFilesIn(folder)) {
                if (!files.contains(file))
                    files << file;
            }
        } else {
            files << yamlFilesIn(folder);
            if (recurse) {
                const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
                for (const QString &sub : m_scan.directories) {
                    if (sub.startsWith(prefix) && sub.count(u'/') == prefix.count(u'/'))
                        files += reach(sub, true);
                }
            }
        }
        m_reachCache.insert(key, files);
        return files;
    }

    QStringList yamlFilesIn(const QString &folder) const
    {
        QStringList files;
        const QDir dir(folder.isEmpty() ? m_scan.root : m_root.filePath(folder));
        const QFileInfoList list = dir.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &info : list) {
            if (isYamlName(info.fileName()) && !info.fileName().startsWith(u'.'))
                files << cleanRelative(m_root.relativeFilePath(info.filePath()));
        }
        return files;
    }

    bool reachesManifests(const QStringList &files) const
    {
        return std::any_of(files.cbegin(), files.cend(),
                           [&](const QString &f) { return m_raw.contains(f); });
    }

    // --- Argo CD ------------------------------------------------------------------------

    void followArgoCd()
    {
        // Files some parent deploys: their Applications are children, reached through the
        // parent (rendered with its patches), not roots.
        QSet<QString> childFiles;
        for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it) {
            for (const ArgoCdApplicationManifest &app : it->applications) {
                for (const auto &source : app.sources) {
                    const QString path = cleanRelative(source.path);
                    if (source.chart.isEmpty() && !leavesRoot(path)
                        && (m_scan.hasDirectory(path) || path.isEmpty())
                        && !(source.path.isEmpty() && !source.ref.isEmpty())) {
                        for (const QString &f : reach(path, source.directoryRecurse)) {
                            if (f != it.key()) // an app in the folder it deploys is still a root
                                childFiles.insert(f);
                        }
                    }
                }
            }
        }
        QList<ArgoCdApplicationManifest> roots;
        QList<QPair<YAML::Node, QString>> rootSets;
        for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it) {
            if (childFiles.contains(it.key()))
                continue;
            roots += it->applications;
            for (const YAML::Node &set : it->applicationSets)
                rootSets.append({set, it.key()});
        }
        if (roots.isEmpty() && rootSets.isEmpty()) {
            // Every Application is some other's child: a cycle. Start anywhere, the visit guard
            // ends it.
            for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it)
                roots += it->applications;
        }
        for (const ArgoCdApplicationManifest &app : std::as_const(roots))
            followApplication(app, {}, {}, 0);
        for (const auto &[set, file] : std::as_const(rootSets))
            followApplicationSet(set, file, {}, {}, 0);
    }

    void followApplicationSet(const YAML::Node &set, const QString &file, const QString &parentPath,
                              const QString &cluster, int depth)
    {
        auto expansion = ApplicationSetExpander::expand(set, file, m_appSetContext);
        if (!expansion)
            return;
        m_graph.warnings += expansion->warnings;
        for (const ArgoCdApplicationManifest &app : std::as_const(expansion->applications))
            followApplication(app, expansion->name, parentPath, depth + 1, cluster);
    }

    // Value files of a chart source: $ref/... from the ref source (when it is this repository),
    // relative ones from the source's own path; all repository-relative.
    QStringList resolveValueFiles(const ArgoCdApplicationManifest &app,
                                  const ArgoCdApplicationManifest::Source &source)
    {
        QStringList out;
        for (const QString &file : source.valueFiles) {
            if (file.startsWith(u'$')) {
                const QString ref = file.mid(1).section(u'/', 0, 0);
                const QString rest = file.mid(1).section(u'/', 1);
                const auto refSource = std::find_if(app.sources.cbegin(), app.sources.cend(),
                                                    [&](const auto &s) { return s.ref == ref; });
                if (refSource == app.sources.cend()
                    || !m_appSetContext.isThisRepository(refSource->repoUrl)) {
                    m_graph.warnings
                        << Tr::tr("Application %1 (%2): the value file %3 is in another repository")
                               .arg(app.name, app.file, file);
                    continue;
                }
                out << cleanRelative(rest);
            } else if (!source.path.isEmpty()) {
                out << cleanRelative(file.startsWith(u'/') ? file : source.path + u'/' + file);
            }
        }
        out.removeIf([](const QString &f) { return leavesRoot(f); });
        return out;
    }

    // The cluster a manifest under clusters/<cluster>/ belongs to (Flux's and many Argo CD
    // repositories' convention: each cluster's own root).
    static QString clusterFolderOf(const QString &file)
    {
        const QStringList segments = file.split(u'/');
        for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
            if (segments[i] == u"clusters" || segments[i] == u"cluster")
                return segments[i + 1];
        }
        return {};
    }

    Deployment deploymentOf(const ArgoCdApplicationManifest &app, const QString &generatedBy,
                            const QString &inheritedCluster) const
    {
        Deployment d;
        d.kind = Deployment::Kind::ArgoCdApplication;
        d.name = app.name;
        d.nameSpace = app.nameSpace;
        d.definedIn = app.file;
        d.generatedBy = generatedBy;
        d.cluster = m_graph.clusterName(app.destinationName, app.destinationServer);
        if (d.cluster.isEmpty() || d.cluster == u"in-cluster") {
            // "In-cluster" is the cluster whose Argo CD reads it: the parent's, or the one whose
            // clusters/<name>/ folder holds the manifest.
            const QString local
                = inheritedCluster.isEmpty() ? clusterFolderOf(app.file) : inheritedCluster;
            if (!local.isEmpty())
                d.cluster = local;
        }
        d.server = app.destinationServer;
        d.targetNamespace = app.destinationNamespace;
        return d;
    }

    void followApplication(const ArgoCdApplicationManifest &app, const QString &generatedBy,
                           const QString &parentPath, int depth,
                           const QString &inheritedCluster = {})
    {
        ++m_graph.applications;
        if (depth > maxDepth) {
            m_graph.warnings << Tr::tr("Application %1 (%2) is nested more than %3 levels deep; "
                                       "its children were not followed")
                                    .arg(app.name, app.file)
                                    .arg(maxDepth);
            return;
        }
        const auto imageUpdater = ImageUpdaterConfig::fromAnnotations(app.annotations);
        const QString cluster = deploymentOf(app, generatedBy, inheritedCluster).cluster;
        const bool multi = app.sources.size() > 1;
        for (qsizetype i = 0; i < app.sources.size(); ++i) {
            const auto &source = app.sources[i];
            if (!source.chart.isEmpty()) {
                LeafDeployment leaf;
                leaf.deployment = deploymentOf(app, generatedBy, inheritedCluster);
                leaf.parentPath = parentPath;
                leaf.deployment.chart = source.chart;
                leaf.deployment.chartRepository = source.repoUrl;
                leaf.deployment.chartVersion = source.targetRevision;
                leaf.deployment.valueFiles = resolveValueFiles(app, source);
                const QString key = multi ? QStringLiteral("spec.sources[%1].targetRevision").arg(i)
                                          : QStringLiteral("spec.source.targetRevision");
                int line = app.line > 0 ? source.targetRevisionLine : 0;
                QString pinFile = app.file;
                if (line == 0 && !parentPath.isEmpty()) {
                    // Rendered by a kustomize parent: the version may be patched in the parent's
                    // folder (a multi-source Application's by a JSON 6902 patch's `value`).
                    const QStringList keys {QStringLiteral("targetRevision"),
                                            multi ? QStringLiteral("value") : QString()};
                    for (const QString &k : keys) {
                        for (const QString &f : yamlFilesIn(parentPath)) {
                            if (line == 0 && !k.isEmpty()
                                && (line = findKeyLine(m_scan.root, m_root.filePath(f), k,
                                                       source.targetRevision))
                                    > 0)
                                pinFile = f;
                        }
                    }
                }
                if (line == 0 && !app.file.isEmpty())
                    line = findKeyLine(m_scan.root, m_root.filePath(app.file),
                                       QStringLiteral("targetRevision"), source.targetRevision);
                leaf.chartPin = {VersionPin::Kind::ChartVersion, pinFile, line, key};
                leaf.imageUpdater = imageUpdater;
                m_graph.leaves << leaf;
                continue;
            }
            if (source.path.isEmpty() && !source.ref.isEmpty())
                continue; // a ref source only lends its files
            const QString path = cleanRelative(source.path);
            if (leavesRoot(path) || (!path.isEmpty() && !m_scan.hasDirectory(path))) {
                m_graph.warnings << Tr::tr("Application %1 (%2) deploys %3, which is not a folder "
                                           "of this repository")
                                        .arg(app.name, app.file, source.path);
                continue;
            }
            const QStringList files = reach(path, source.directoryRecurse);
            // The static reach (resources, bases, components, patches) says whether a folder holds
            // more Applications: rendering every leaf to find out would cost a render per source.
            if (reachesManifests(files)) {
                followParent(app, path, files, depth, cluster);
                continue;
            }
            LeafDeployment leaf;
            leaf.deployment = deploymentOf(app, generatedBy, inheritedCluster);
            leaf.deployment.path = path;
            leaf.parentPath = parentPath;
            leaf.imageUpdater = imageUpdater;
            leaf.recurse = source.directoryRecurse;
            if (m_scan.helmChartDirs.contains(path) && !m_scan.kustomizationDirs.contains(path)) {
                leaf.deployment.chart = path.section(u'/', -1);
                leaf.deployment.valueFiles = resolveValueFiles(app, source);
            }
            const QString key = multi ? QStringLiteral("spec.sources[%1].kustomize.images").arg(i)
                                      : QStringLiteral("spec.source.kustomize.images");
            for (qsizetype n = 0; n < source.kustomizeImages.size(); ++n) {
                const int line = source.kustomizeImagesLine > 0
                    ? source.kustomizeImagesLine + static_cast<int>(n)
                    : 0;
                leaf.overrides << ImagePinFinder::Override {source.kustomizeImages[n],
                                                            {VersionPin::Kind::ApplicationOverride,
                                                             app.file, line,
                                                             key + QStringLiteral("[%1]").arg(n)}};
            }
            addWriteBackOverrides(leaf, app, path);
            for (const ImagePinFinder::Override &o : std::as_const(leaf.overrides))
                leaf.deployment.imageOverrides << o.image;
            m_graph.leaves << leaf;
        }
    }

    // Image Updater's git write-back: .argocd-source.yaml, then .argocd-source-<instance>.yaml,
    // in the source folder, merged over the Application's own overrides (lists replace).
    void addWriteBackOverrides(LeafDeployment &leaf, const ArgoCdApplicationManifest &app,
                               const QString &path)
    {
        for (const QString &name :
             {QStringLiteral(".argocd-source.yaml"),
              QStringLiteral(".argocd-source-%1.yaml").arg(app.instanceName())}) {
            const QString relative = path.isEmpty() ? name : path + u'/' + name;
            const QFileInfo info(m_root.filePath(relative));
            if (!info.isFile() || info.isSymLink())
                continue;
            auto override = ArgoCdSourceOverride::load(info.filePath(), relative);
            if (!override) {
                m_graph.warnings << override.error().toString();
                continue;
            }
            applyWriteBack(leaf, *override, relative);
        }
    }

    struct Rendered
    {
        QString kind;
        QString apiVersion;
        YAML::Node node;
        QString file; // the file it came from, repository-relative
        int line = 0;
        [[nodiscard]] bool deploys() const
        {
            return (apiVersion.startsWith(u"argoproj.io/")
                    && (kind == u"Application" || kind == u"ApplicationSet"))
                || (apiVersion.startsWith(u"kustomize.toolkit.fluxcd.io/")
                    && kind == u"Kustomization")
                || (apiVersion.startsWith(u"helm.toolkit.fluxcd.io/") && kind == u"HelmRelease");
        }
    };

    // A kustomize parent's output, as yaml-cpp documents (cached per folder).
    QList<Rendered> renderedManifests(const QString &path)
    {
        if (auto it = m_renderCache.constFind(path); it != m_renderCache.cend())
            return *it;
        QList<Rendered> out;
        auto resources = m_renderer->render(m_root.filePath(path));
        if (!resources) {
            m_renderProblems.insert(path, resources.error().toString());
        } else {
            for (const Kustomize::Resource &r : std::as_const(*resources)) {
                Rendered item {QString::fromUtf8(r.kind()),
                               QString::fromUtf8(r.apiVersion()),
                               {},
                               cleanRelative(m_root.relativeFilePath(r.file())),
                               r.line()};
                if (item.deploys()) {
                    try {
                        item.node = YAML::Load(Kustomize::Renderer::toYaml({r}).toStdString());
                    } catch (const YAML::Exception &) {
                        continue;
                    }
                }
                out << item;
            }
        }
        m_renderCache.insert(path, out);
        return out;
    }

    void followParent(const ArgoCdApplicationManifest &parent, const QString &path,
                      const QStringList &files, int depth, const QString &cluster)
    {
        const QString visitKey = parent.nameSpace + u'/' + parent.name + u'|' + path;
        if (m_visiting.contains(visitKey) || m_visiting.contains(path)) {
            m_graph.warnings << Tr::tr("Application %1 (%2) deploys %3, which deploys it again: "
                                       "the cycle was not followed")
                                    .arg(parent.name, parent.file, path);
            return;
        }
        m_visiting.insert(visitKey);
        m_visiting.insert(path);
        bool workloads = false;
        if (m_scan.kustomizationDirs.contains(path)) {
            for (const Rendered &r : renderedManifests(path)) {
                if (!r.deploys()) {
                    workloads = true;
                    continue;
                }
                try {
                    if (r.kind == u"Application") {
                        if (auto child = ArgoCdApplicationManifest::fromYaml(r.node, r.file)) {
                            child->line = 0; // rendered: lines are found again where needed
                            followApplication(*child, parent.name, path, depth + 1, cluster);
                        }
                    } else if (r.kind == u"ApplicationSet") {
                        followApplicationSet(r.node, r.file, path, cluster, depth);
                    } else {
                        workloads = true; // Flux objects under Argo CD: deployed as plain resources
                    }
                } catch (const YAML::Exception &) { }
            }
            if (m_renderProblems.contains(path)) {
                // The parent does not render: its children cannot be known; say so on a leaf so
                // that the environment shows the problem.
                LeafDeployment leaf;
                leaf.deployment = deploymentOf(parent, {}, cluster);
                leaf.deployment.path = path;
                m_graph.leaves << leaf;
            }
        } else {
            for (const QString &file : files) {
                const auto raw = m_raw.value(file);
                for (const ArgoCdApplicationManifest &child : raw.applications) {
                    if (child.name == parent.name && child.nameSpace == parent.nameSpace)
                        continue; // the root app in the folder it deploys
                    followApplication(child, parent.name, path, depth + 1, cluster);
                }
                for (const YAML::Node &set : raw.applicationSets)
                    followApplicationSet(set, file, path, cluster, depth);
                if (!m_raw.contains(file))
                    workloads = true;
            }
        }
        if (workloads && m_scan.kustomizationDirs.contains(path)) {
            // A parent that also deploys resources of its own (issuers beside cert-manager's
            // Application).
            LeafDeployment leaf;
            leaf.deployment = deploymentOf(parent, {}, cluster);
            leaf.deployment.path = path;
            m_graph.leaves << leaf;
        }
        m_visiting.remove(visitKey);
        m_visiting.remove(path);
    }

    // --- Flux ---------------------------------------------------------------------------

    void followFlux()
    {
        QSet<QString> childFiles;
        for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it) {
            for (const FluxKustomization &k : it->fluxKustomizations) {
                const QString path = cleanRelative(k.path);
                if (leavesRoot(path) || (!path.isEmpty() && !m_scan.hasDirectory(path)))
                    continue;
                for (const QString &f : reach(path, !m_scan.kustomizationDirs.contains(path))) {
                    if (f != it.key())
                        childFiles.insert(f);
                }
            }
        }
        for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it) {
            if (childFiles.contains(it.key()))
                continue;
            const QString cluster = clusterFolderOf(it.key());
            for (const FluxKustomization &k : it->fluxKustomizations)
                followFluxKustomization(k, cluster.isEmpty() ? k.kubeConfigSecret : cluster, 0);
            for (const FluxHelmRelease &release : it->helmReleases)
                addHelmRelease(release, cluster, {}, release.file);
        }
    }

    void addHelmRelease(const FluxHelmRelease &release, const QString &cluster,
                        const QString &parentPath, const QString &file)
    {
        LeafDeployment leaf;
        Deployment &d = leaf.deployment;
        d.kind = Deployment::Kind::FluxHelmRelease;
        d.name = release.name;
        d.nameSpace = release.nameSpace;
        d.definedIn = file;
        d.cluster = release.kubeConfigSecret.isEmpty() ? cluster : release.kubeConfigSecret;
        d.targetNamespace
            = release.targetNamespace.isEmpty() ? release.nameSpace : release.targetNamespace;
        d.chart = release.chart.section(u'/', -1);
        d.chartRepository = release.sourceName;
        // The HelmRepository (or OCIRepository) the release names: its URL is the chart's
        // repository.
        const QString sourceNamespace
            = release.sourceNamespace.isEmpty() ? release.nameSpace : release.sourceNamespace;
        for (const FluxSource &source : std::as_const(m_fluxSources)) {
            if (source.name == release.sourceName
                && (source.kind == release.sourceKind || release.sourceKind.isEmpty())
                && (source.nameSpace.isEmpty() || sourceNamespace.isEmpty()
                    || source.nameSpace == sourceNamespace)) {
                d.chartRepository = source.url;
            }
        }
        d.chartVersion = release.version;
        leaf.parentPath = parentPath;
        leaf.helmValues = release.values;
        leaf.helmValuesFile = file;
        leaf.helmValuesRendered
            = !parentPath.isEmpty() && m_scan.kustomizationDirs.contains(parentPath);
        // The version line where it is written: in the overlay's patch when it sets one, else the
        // release's file.
        int line = 0;
        QString pinFile = file;
        if (!parentPath.isEmpty()) {
            for (const QString &f : yamlFilesIn(parentPath)) {
                if ((line = findKeyLine(m_scan.root, m_root.filePath(f), QStringLiteral("version"),
                                        release.version))
                    > 0) {
                    pinFile = f;
                    break;
                }
            }
            const QString kustomization = KustomizationFile::findIn(m_root.filePath(parentPath));
            if (line == 0 && !kustomization.isEmpty()) {
                const int inline_ = findKeyLine(m_scan.root, kustomization,
                                                QStringLiteral("version"), release.version);
                if (inline_ > 0) {
                    line = inline_;
                    pinFile = cleanRelative(m_root.relativeFilePath(kustomization));
                }
            }
        }
        if (line == 0)
            line = findKeyLine(m_scan.root, m_root.filePath(file), QStringLiteral("version"),
                               release.version);
        leaf.chartPin = {VersionPin::Kind::ChartVersion, pinFile, line,
                         QStringLiteral("spec.chart.spec.version")};
        m_graph.leaves << leaf;
    }

    void followFluxKustomization(const FluxKustomization &k, const QString &cluster, int depth)
    {
        if (depth > maxDepth)
            return;
        const QString path = cleanRelative(k.path);
        if (leavesRoot(path) || (!path.isEmpty() && !m_scan.hasDirectory(path))) {
            m_graph.warnings << Tr::tr("Flux Kustomization %1 (%2) deploys %3, which is not a "
                                       "folder of this repository")
                                    .arg(k.name, k.file, k.path);
            return;
        }
        if (m_visiting.contains(u"flux:" + path))
            return;
        m_visiting.insert(u"flux:" + path);
        const bool kustomize = m_scan.kustomizationDirs.contains(path);
        bool workloads = false;
        if (kustomize) {
            for (const Rendered &r : renderedManifests(path)) {
                if (!r.deploys()) {
                    workloads = true;
                    continue;
                }
                try {
                    if (r.kind == u"Kustomization") {
                        if (auto child = FluxKustomization::fromYaml(r.node, r.file))
                            followFluxKustomization(*child,
                                                    child->kubeConfigSecret.isEmpty()
                                                        ? cluster
                                                        : child->kubeConfigSecret,
                                                    depth + 1);
                    } else if (r.kind == u"HelmRelease") {
                        if (auto release = FluxHelmRelease::fromYaml(r.node, r.file))
                            addHelmRelease(*release, cluster, path, r.file);
                    } else {
                        workloads = true;
                    }
                } catch (const YAML::Exception &) { }
            }
            if (m_renderProblems.contains(path))
                workloads = true;
        } else {
            for (const QString &file : reach(path, true)) {
                const auto raw = m_raw.value(file);
                for (const FluxKustomization &child : raw.fluxKustomizations) {
                    if (child.name != k.name || child.nameSpace != k.nameSpace)
                        followFluxKustomization(
                            child,
                            child.kubeConfigSecret.isEmpty() ? cluster : child.kubeConfigSecret,
                            depth + 1);
                }
                for (const FluxHelmRelease &release : raw.helmReleases)
                    addHelmRelease(release, cluster, path, file);
                if (!m_raw.contains(file))
                    workloads = true;
            }
        }
        if (workloads) {
            LeafDeployment leaf;
            Deployment &d = leaf.deployment;
            d.kind = Deployment::Kind::FluxKustomization;
            d.name = k.name;
            d.nameSpace = k.nameSpace;
            d.definedIn = k.file;
            d.cluster = cluster;
            d.targetNamespace = k.targetNamespace;
            d.path = path;
            for (qsizetype n = 0; n < k.images.size(); ++n) {
                const ImageOverride &image = k.images[n];
                QString value
                    = image.name + u'=' + (image.newName.isEmpty() ? image.name : image.newName);
                if (!image.newTag.isEmpty())
                    value += u':' + image.newTag;
                if (!image.digest.isEmpty())
                    value += u'@' + image.digest;
                const int line = findKeyLine(m_scan.root, m_root.filePath(k.file),
                                             image.digest.isEmpty() ? QStringLiteral("newTag")
                                                                    : QStringLiteral("digest"),
                                             image.digest.isEmpty() ? image.newTag : image.digest);
                leaf.overrides << ImagePinFinder::Override {
                    value,
                    {VersionPin::Kind::ApplicationOverride, k.file, line,
                     QStringLiteral("spec.images[%1]").arg(n)}};
                leaf.deployment.imageOverrides << value;
            }
            m_graph.leaves << leaf;
        }
        m_visiting.remove(u"flux:" + path);
    }

    const RepositoryScan &m_scan;
    DeploymentGraph &m_graph;
    QDir m_root;
    QHash<QString, RawFile> m_raw;
    QList<FluxSource> m_fluxSources;
    QHash<QString, QStringList> m_reachCache;
    QHash<QString, QList<Rendered>> m_renderCache;
    QHash<QString, QString> m_renderProblems;
    QSet<QString> m_visiting;
    ApplicationSetExpander::Context m_appSetContext;
    std::unique_ptr<Kustomize::Renderer> m_renderer;
};

} // namespace

QString DeploymentGraph::clusterName(const QString &name, const QString &server) const
{
    if (!name.isEmpty())
        return name;
    if (server.isEmpty())
        return {};
    for (const ClusterSecret &secret : clusterSecrets) {
        if (QUrl(secret.server).adjusted(QUrl::StripTrailingSlash)
            == QUrl(server).adjusted(QUrl::StripTrailingSlash))
            return secret.name;
    }
    if (server == u"https://kubernetes.default.svc" || server == u"https://kubernetes.default.svc/")
        return QStringLiteral("in-cluster");
    const QUrl url(server);
    return url.host().isEmpty() ? server : url.host();
}

DeploymentGraph DeploymentGraph::build(const RepositoryScan &scan)
{
    DeploymentGraph graph;
    Builder(scan, graph).run();
    return graph;
}

} // namespace Promenade
