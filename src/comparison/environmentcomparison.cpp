#include "environmentcomparison.h"

#include "safefile.h"

#include "folderdiff.h"
#include "ignorerules.h"
#include "rendereddiff.h"
#include "renderer.h"
#include "repositorydiscovery.h"
#include "transformers.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Promenade::Diff {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

const Environment *findEnvironment(const Pipeline &pipeline, const QString &name, Error &error)
{
    const Environment *env = pipeline.environment(name);
    if (!env) {
        QStringList known;
        for (const Environment &e : pipeline.environments)
            known << e.name;
        error = Error(Error::Kind::NotFound,
                      Tr::tr("no environment named '%1' (the repository has: %2)")
                          .arg(name, known.join(QStringLiteral(", "))))
                    .at(pipeline.root);
    }
    return env;
}

// A lane per source an environment deploys: each app's own (keyed by the app), or "apps" for a
// shared overlay holding several. Deployments of one app to several clusters from different
// folders get one lane per folder ("web@eu-1"). From the deployment graph's leaves, so an
// App-of-Apps is followed to what it finally deploys, never its Application manifests.
QMap<QString, QString> appOverlays(const Environment &env, const QString &app)
{
    QMap<QString, QString> lanes; // lane key → relative folder
    for (const Deployment &d : env.deployments) {
        // A Helm chart in a folder is a chart's lane (chartLanes), not a kustomize one.
        if (d.infrastructure || d.path.isEmpty() || !d.chart.isEmpty()
            || (!app.isEmpty() && !d.app.isEmpty() && d.app != app))
            continue;
        QString lane = d.app.isEmpty() ? QStringLiteral("apps") : d.app;
        if (lanes.contains(lane) && lanes.value(lane) != d.path)
            lane += u'@' + (d.cluster.isEmpty() ? d.path.section(u'/', -1) : d.cluster);
        if (!lanes.contains(lane))
            lanes.insert(lane, d.path);
    }
    if (lanes.isEmpty() && env.deployments.isEmpty()) {
        if (!env.appsOverlay.isEmpty())
            lanes.insert(QStringLiteral("apps"), env.appsOverlay);
        for (const QString &overlay : env.appOverlays) {
            const QString name = overlay.section(u'/', 1, 1); // apps/<app>/overlays/<env>
            if (app.isEmpty() || name == app)
                lanes.insert(name, overlay);
        }
    }
    return lanes;
}

// A Helm chart an environment deploys (Promenade never runs Helm): its lane is the chart, its
// version and its value files as text, so that a version or values change still shows.
QMap<QString, QString> chartLanes(const QString &root, const Environment &env, const QString &app)
{
    QMap<QString, QString> lanes;
    for (const Deployment &d : env.deployments) {
        if (d.infrastructure || d.chart.isEmpty()
            || (!d.path.isEmpty()
                && QFileInfo(QDir(root).filePath(d.path) + QStringLiteral("/kustomization.yaml"))
                       .exists())
            || (!app.isEmpty() && d.app != app)) {
            continue;
        }
        QString text
            = QStringLiteral("# Helm chart (not rendered: Promenade does not run Helm)\nchart: "
                             "%1\nversion: %2\n")
                  .arg(d.chart, d.chartVersion.isEmpty() ? QStringLiteral("\"\"") : d.chartVersion);
        QStringList files = d.valueFiles;
        if (d.kind == Deployment::Kind::FluxHelmRelease && !d.definedIn.isEmpty())
            files << d.definedIn;
        // Image Updater's git write-back in a Git chart's folder: its helm.parameters win over
        // the values (the file of another Application there is not this one's).
        if (d.kind == Deployment::Kind::ArgoCdApplication && !d.path.isEmpty()) {
            for (const QString &name :
                 {QStringLiteral(".argocd-source.yaml"),
                  QStringLiteral(".argocd-source-%1.yaml").arg(d.name),
                  QStringLiteral(".argocd-source-%1_%2.yaml").arg(d.nameSpace, d.name)}) {
                if (QFileInfo::exists(QDir(root).filePath(d.path + u'/' + name)))
                    files << d.path + u'/' + name;
            }
        }
        for (const QString &file : std::as_const(files)) {
            auto bytes = SafeFile::read(QDir(root).filePath(file), root);
            if (!bytes)
                continue;
            text += QStringLiteral("---\n# %1\n").arg(file) + QString::fromUtf8(*bytes);
            if (!text.endsWith(u'\n'))
                text += u'\n';
        }
        lanes.insert(d.app.isEmpty() ? d.chart : d.app, text);
    }
    return lanes;
}

// The infrastructure lane's folders: "infrastructure", then "infrastructure-<folder>" for more.
QMap<QString, QString> infrastructureOverlays(const Environment &env)
{
    QMap<QString, QString> lanes;
    for (const Deployment &d : env.deployments) {
        if (!d.infrastructure || d.path.isEmpty() || lanes.values().contains(d.path))
            continue;
        lanes.insert(lanes.isEmpty() ? QStringLiteral("infrastructure")
                                     : u"infrastructure-" + d.path.section(u'/', -1),
                     d.path);
    }
    if (lanes.isEmpty() && !env.infrastructureOverlay.isEmpty())
        lanes.insert(QStringLiteral("infrastructure"), env.infrastructureOverlay);
    return lanes;
}

// Whether a rendered resource belongs to an app: its app.kubernetes.io/name label, its
// namespace, or its name says so.
bool belongsTo(const Kustomize::Resource &resource, const QString &app)
{
    const QByteArray name = app.toUtf8();
    return resource.document().textAt({"metadata", "labels", "app.kubernetes.io/name"}) == name
        || resource.nameSpace() == name
        || (resource.kind() == "Namespace" && resource.name() == name);
}

// Argo CD's and Flux's image overrides ("[name=]repo[:tag][@digest]") on top of a render, as
// `kustomize edit set image` would apply them.
void applyImageOverrides(QList<Kustomize::Resource> &resources, const QStringList &overrides)
{
    for (const QString &override : overrides) {
        Kustomize::ImageEntry entry;
        QString reference = override;
        QString name;
        if (const qsizetype eq = reference.indexOf(u'='); eq >= 0) {
            name = reference.left(eq);
            reference = reference.mid(eq + 1);
        }
        if (const qsizetype at = reference.indexOf(u'@'); at >= 0) {
            entry.digest = reference.mid(at + 1).toUtf8();
            reference.truncate(at);
        }
        if (const qsizetype colon = reference.lastIndexOf(u':');
            colon > reference.lastIndexOf(u'/')) {
            entry.newTag = reference.mid(colon + 1).toUtf8();
            reference.truncate(colon);
        }
        entry.name = (name.isEmpty() ? reference : name).toUtf8();
        if (reference.toUtf8() != entry.name)
            entry.newName = reference.toUtf8();
        Kustomize::Transformers::setImage(resources, entry);
    }
}

// What the deployment of a folder adds on top of its build: image overrides (Argo CD's
// kustomize.images, Flux's spec.images, Image Updater's write-back) and, for a Flux
// Kustomization, its targetNamespace — Flux builds the path as a kustomization with that
// namespace, so it is on every namespaced resource, replacing the overlay's. (Argo CD's
// destination namespace only fills in resources that have none, when it applies them: not a
// build step.)
struct DeploymentAdditions
{
    QStringList imageOverrides;
    QByteArray nameSpace;
};

DeploymentAdditions additionsFor(const Environment &env, const QString &path)
{
    for (const Deployment &d : env.deployments) {
        if (d.path != path)
            continue;
        DeploymentAdditions additions {d.imageOverrides, {}};
        if (d.kind == Deployment::Kind::FluxKustomization)
            additions.nameSpace = d.targetNamespace.toUtf8();
        return additions;
    }
    return {};
}

Result<QString> renderFolder(Kustomize::Renderer &renderer, const QString &folder,
                             const QString &app, bool filter, const DeploymentAdditions &additions,
                             const IgnoreRules &ignore)
{
    auto resources = renderer.render(folder);
    if (!resources)
        return resources.error();
    // Kustomize's order within one level: namespace before images.
    if (!additions.nameSpace.isEmpty()) {
        if (auto set
            = Kustomize::Transformers::setNamespace(*resources, additions.nameSpace, folder);
            !set)
            return set.error();
    }
    applyImageOverrides(*resources, additions.imageOverrides);
    QList<Kustomize::Resource> kept;
    for (const Kustomize::Resource &r : std::as_const(*resources)) {
        if (!filter || belongsTo(r, app))
            kept.append(r);
    }
    if (!ignore.isEmpty()) {
        for (Kustomize::Resource &r : kept)
            ignore.apply(r.document());
    }
    return QString::fromUtf8(Kustomize::Renderer::toYaml(kept));
}

Result<QMap<QString, QString>> renderLanes(const QString &root, const Environment &env,
                                           const QString &app, bool apps, bool infrastructure,
                                           const IgnoreRules &ignore = {})
{
    Kustomize::Renderer::Options options;
    options.repositoryRoot = root;
    Kustomize::Renderer renderer(options);
    QMap<QString, QString> out;
    if (apps) {
        const QMap<QString, QString> lanes = appOverlays(env, app);
        for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
            // A shared overlay holds every app: keep the asked-for app's resources only.
            const bool shared = it.key() == u"apps";
            auto yaml
                = renderFolder(renderer, QDir(root).filePath(it.value()), app,
                               shared && !app.isEmpty(), additionsFor(env, it.value()), ignore);
            if (!yaml)
                return yaml.error();
            out.insert(it.key(), *yaml);
        }
        const QMap<QString, QString> charts = chartLanes(root, env, app);
        for (auto it = charts.cbegin(); it != charts.cend(); ++it) {
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
        }
    }
    if (infrastructure && app.isEmpty()) {
        const QMap<QString, QString> lanes = infrastructureOverlays(env);
        for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
            auto yaml
                = renderFolder(renderer, QDir(root).filePath(it.value()), {}, false, {}, ignore);
            if (!yaml)
                return yaml.error();
            out.insert(it.key(), *yaml);
        }
    }
    return out;
}

// Whether a file of a shared overlay (one holding several apps' patches) concerns an app: the
// kustomization does (every app's lines are in it); a file of Kubernetes documents does when
// one of them belongs to the app (label, namespace or name); a file that holds no Kubernetes
// document says nothing about whose it is, and is kept.
bool concernsApp(const QString &root, const FileDiff &diff, const QString &app)
{
    const QString name = QFileInfo(diff.displayPath()).fileName();
    if (name == u"kustomization.yaml" || name == u"kustomization.yml" || name == u"Kustomization")
        return true;
    bool kubernetes = false;
    for (const QString &path : {diff.leftPath, diff.rightPath}) {
        if (path.isEmpty())
            continue;
        auto bytes = SafeFile::read(QDir(root).filePath(path), root);
        if (!bytes)
            return true; // unreadable: show it, the comparison said what it could
        auto documents = Kustomize::YamlReader::parseAll(*bytes, path);
        if (!documents)
            return true;
        for (const Kustomize::YamlNode &document : std::as_const(*documents)) {
            const Kustomize::Resource resource(document, path);
            if (resource.kind().isEmpty())
                continue;
            kubernetes = true;
            if (belongsTo(resource, app) || resource.name() == app.toUtf8())
                return true;
        }
    }
    return !kubernetes;
}

// Compares two overlay folders and labels the files with their repository paths.
Result<QList<FileComparison>> compareFolders(const QString &root, const QString &left,
                                             const QString &right, const ComparisonOptions &options)
{
    const QDir dir(root);
    QList<FileComparison> out;
    if (left.isEmpty() || right.isEmpty()) {
        // One side has no such overlay: every file of the other is added or removed.
        const QString present = left.isEmpty() ? right : left;
        QDirIterator it(dir.filePath(present), QDir::Files | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : files) {
            const QString label = dir.relativeFilePath(file);
            // A link is compared as the path it holds (as FolderDiff does); a file is read only
            // when regular, inside the repository and within the size cap.
            const QFileInfo info(file);
            auto read = info.isSymLink()
                ? Result<QByteArray>(info.dir().relativeFilePath(info.symLinkTarget()).toUtf8())
                : SafeFile::read(file, root);
            if (!read)
                return Error(read.error().kind(), read.error().message()).at(label);
            const QByteArray bytes = *read;
            out << (left.isEmpty() ? FolderDiff::compareContents(QByteArray(), bytes, QString(),
                                                                 label, options)
                                   : FolderDiff::compareContents(bytes, QByteArray(), label,
                                                                 QString(), options));
        }
        return out;
    }
    auto files = FolderDiff::compare(dir.filePath(left), dir.filePath(right), options);
    if (!files)
        return files.error();
    for (FileComparison &f : *files) {
        if (!f.text.leftPath.isEmpty())
            f.text.leftPath = left + u'/' + f.text.leftPath;
        if (!f.text.rightPath.isEmpty())
            f.text.rightPath = right + u'/' + f.text.rightPath;
    }
    return *files;
}

// Copies what the renderer may read: the regular files (links resolved inside the repository)
// within the size cap. Anything else is left out: rendering the original refuses it already,
// and copying a link to /dev/zero or a huge file would never end.
Status copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (relative.startsWith(QStringLiteral(".git/")) || relative == u".git")
            continue;
        auto bytes = SafeFile::read(file, from);
        if (!bytes)
            continue;
        const QString target = QDir(to).filePath(relative);
        QFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly)
            || out.write(*bytes) != bytes->size())
            return Error(Error::Kind::Failed, Tr::tr("cannot copy the repository for the preview"))
                .at(target);
    }
    return {};
}

// The files of each lane's folder on both sides, lanes in name order. app: keep only that
// app's files of a shared overlay (the "apps" lane holds every app's).
Result<QList<FileComparison>> compareLanes(const QString &root, const QMap<QString, QString> &left,
                                           const QMap<QString, QString> &right,
                                           const ComparisonOptions &options, const QString &app)
{
    QList<FileComparison> out;
    QStringList lanes = left.keys() + right.keys();
    lanes.removeDuplicates();
    lanes.sort();
    for (const QString &lane : std::as_const(lanes)) {
        auto files = compareFolders(root, left.value(lane), right.value(lane), options);
        if (!files)
            return files.error();
        if (lane == u"apps" && !app.isEmpty()) {
            files->removeIf(
                [&](const FileComparison &f) { return !concernsApp(root, f.text, app); });
        }
        out += *files;
    }
    return out;
}

} // namespace

Result<QMap<QString, QString>> EnvironmentComparison::render(const Pipeline &pipeline,
                                                             const QString &environment,
                                                             const QString &app,
                                                             bool infrastructure)
{
    Error error;
    const Environment *env = findEnvironment(pipeline, environment, error);
    if (!env)
        return error;
    return renderLanes(pipeline.root, *env, app, true, infrastructure);
}

Result<QList<FileComparison>> EnvironmentComparison::compare(const Pipeline &pipeline,
                                                             const Request &request)
{
    Error error;
    const Environment *left = findEnvironment(pipeline, request.left, error);
    if (!left)
        return error;
    const Environment *right = findEnvironment(pipeline, request.right, error);
    if (!right)
        return error;
    if (!request.app.isEmpty() && !pipeline.app(request.app)) {
        QStringList known;
        for (const App &a : pipeline.apps)
            known << a.name;
        return Error(Error::Kind::NotFound,
                     Tr::tr("no app named '%1' (the repository has: %2)")
                         .arg(request.app, known.join(QStringLiteral(", "))))
            .at(pipeline.root);
    }

    if (request.mode == Mode::Rendered) {
        auto ignore = IgnoreRules::parse(request.ignore);
        if (!ignore)
            return ignore.error();
        auto leftLanes = renderLanes(pipeline.root, *left, request.app, request.apps,
                                     request.infrastructure, *ignore);
        if (!leftLanes)
            return leftLanes.error();
        auto rightLanes = renderLanes(pipeline.root, *right, request.app, request.apps,
                                      request.infrastructure, *ignore);
        if (!rightLanes)
            return rightLanes.error();
        auto compared = RenderedDiff::compareAll(*leftLanes, *rightLanes, request.options);
        if (!compared)
            return compared.error();
        QList<FileComparison> out = *compared;
        // Name both sides: "apps (development → production, rendered)" reads better than a key.
        for (FileComparison &f : out) {
            const QString lane = f.text.leftPath.isEmpty() ? f.text.rightPath : f.text.leftPath;
            if (!f.text.leftPath.isEmpty())
                f.text.leftPath = QStringLiteral("%1/%2.yaml").arg(request.left, lane);
            if (!f.text.rightPath.isEmpty())
                f.text.rightPath = QStringLiteral("%1/%2.yaml").arg(request.right, lane);
        }
        return out;
    }

    QList<FileComparison> out;
    if (request.apps) {
        auto files = compareLanes(pipeline.root, appOverlays(*left, request.app),
                                  appOverlays(*right, request.app), request.options, request.app);
        if (!files)
            return files.error();
        out += *files;
    }
    if (request.infrastructure && request.app.isEmpty()) {
        auto files = compareLanes(pipeline.root, infrastructureOverlays(*left),
                                  infrastructureOverlays(*right), request.options, {});
        if (!files)
            return files.error();
        out += *files;
    }
    return out;
}

Result<QList<FileComparison>>
EnvironmentComparison::compareEdit(const Pipeline &pipeline, const QString &environment,
                                   const QMap<QString, QByteArray> &edits, const QString &app,
                                   const ComparisonOptions &options)
{
    Error error;
    const Environment *env = findEnvironment(pipeline, environment, error);
    if (!env)
        return error;
    auto before = renderLanes(pipeline.root, *env, app, true, true);
    if (!before)
        return before.error();

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot create a scratch folder for the preview: %1")
                         .arg(scratch.errorString()));
    if (Status s = copyTree(pipeline.root, scratch.path()); !s)
        return s.error();
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const QString relative = QDir::cleanPath(it.key());
        if (relative.startsWith(QStringLiteral("../")) || QDir::isAbsolutePath(relative))
            return Error(Error::Kind::BadInput, Tr::tr("an edit must stay inside the repository"))
                .at(it.key());
        QSaveFile file(QDir(scratch.path()).filePath(relative));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit())
            return Error(Error::Kind::Failed,
                         Tr::tr("cannot write the edited file for the preview"))
                .at(it.key());
    }
    // Image overrides (Argo CD, Image Updater's write-back, Flux) and chart versions are read by
    // discovery, not by the renderer: where the edit may change them, the copy is discovered
    // again so that the "after" side applies what the edited files say.
    Environment edited = *env;
    bool rediscover = false;
    for (auto it = edits.cbegin(); it != edits.cend() && !rediscover; ++it) {
        const QString path = QDir::cleanPath(it.key());
        // Image Updater's write-back, a manifest that deploys (an Application's or Flux's
        // overrides, a chart's version), or the infrastructure lane that renders them.
        rediscover = QFileInfo(path).fileName().startsWith(QLatin1String(".argocd-source"))
            || (!env->infrastructureOverlay.isEmpty()
                && path.startsWith(env->infrastructureOverlay + u'/'));
        for (const Deployment &d : env->deployments) {
            if (d.definedIn == path && (!d.imageOverrides.isEmpty() || !d.chart.isEmpty()))
                rediscover = true;
        }
    }
    if (rediscover) {
        // The copy is the repository's root, whatever its layout (the copy holds no .git: an
        // empty one marks it, as the repository's own does).
        QDir(scratch.path()).mkdir(QStringLiteral(".git"));
        auto again = RepositoryDiscovery::discover(scratch.path());
        if (!again)
            return again.error();
        if (const Environment *e = again->environment(environment))
            edited = *e;
    }
    auto after = renderLanes(scratch.path(), edited, app, true, true);
    if (!after)
        return after.error();
    auto compared = RenderedDiff::compareAll(*before, *after, options);
    if (!compared)
        return compared.error();
    QList<FileComparison> out = *compared;
    for (FileComparison &f : out) {
        const QString lane = f.text.leftPath.isEmpty() ? f.text.rightPath : f.text.leftPath;
        f.text.leftPath = Tr::tr("%1/%2.yaml (now)").arg(environment, lane);
        f.text.rightPath = Tr::tr("%1/%2.yaml (after the change)").arg(environment, lane);
    }
    return out;
}

} // namespace Promenade::Diff
