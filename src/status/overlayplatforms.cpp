#include "overlayplatforms.h"

#include "imagetags.h"
#include "renderer.h"
#include "yamlnode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QMutex>

namespace Promenade::OverlayPlatforms {

namespace {

// The key under which platformsOf() files what the workloads running an image need.
QString imageKey(const QString &repository)
{
    return u"image:" + repository;
}

// What an overlay's workloads need, per app (by app.kubernetes.io/name label or namespace) and
// per image their containers run (imageKey): the platforms of their node selectors, e.g.
// linux/arm64. A workload with neither label nor namespace is still found by its image.
PlatformsByApp platformsOf(const QList<Kustomize::Resource> &resources)
{
    PlatformsByApp out;
    for (const auto &r : resources) {
        const QByteArray arch = r.document().textAt(
            {"spec", "template", "spec", "nodeSelector", "kubernetes.io/arch"});
        if (arch.isEmpty())
            continue;
        const QString platform = u"linux/" + QString::fromUtf8(arch);
        const QString label = QString::fromUtf8(
            r.document().textAt({"metadata", "labels", "app.kubernetes.io/name"}));
        QStringList keys {label, QString::fromUtf8(r.nameSpace())};
        for (const char *list : {"containers", "initContainers"}) {
            const Kustomize::YamlNode *containers
                = r.document().at({"spec", "template", "spec", list});
            if (!containers || !containers->isSequence())
                continue;
            for (const Kustomize::YamlNode &container : containers->items()) {
                const Kustomize::YamlNode *image = container.get("image");
                if (image && image->isScalar() && !image->text().isEmpty())
                    keys << imageKey(ImageTags::splitImage(QString::fromUtf8(image->text())).first);
            }
        }
        for (const QString &app : std::as_const(keys)) {
            if (!app.isEmpty() && !out.value(app).contains(platform))
                out[app] << platform;
        }
    }
    return out;
}

// Which files an overlay's rendering depends on, as sizes and times: the files under the
// overlay's grandparent (apps/<app>/ for apps/<app>/overlays/<env>, apps/ for
// apps/overlays/<env>), where its bases live in the usual layouts.
QString fingerprintScope(const QString &overlayDir)
{
    QDir scope(overlayDir);
    scope.cdUp();
    scope.cdUp();
    return scope.path();
}

QByteArray fingerprintOf(const QString &scopeDir)
{
    const QDir scope(scopeDir);
    QStringList entries;
    QDirIterator it(scope.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries << info.filePath() + u'|' + QString::number(info.size()) + u'|'
                + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    entries.sort();
    return QCryptographicHash::hash(entries.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
}

// Rendering every overlay again on each refresh (every 2 s for the demo, hundreds of overlays
// in large repositories) would keep a core busy: the result per overlay is kept while the files
// it depends on are unchanged. Shared by the collectors of the process (one per refresh).
struct PlatformCache
{
    struct Entry
    {
        QByteArray fingerprint;
        PlatformsByApp platforms;
    };
    QMutex mutex;
    QHash<QString, Entry> overlays;
};

PlatformCache &platformCache()
{
    static PlatformCache cache;
    return cache;
}

} // namespace

QList<PlatformsByApp> neededPlatforms(const Pipeline &pipeline, const CancellationToken &cancelled)
{
    Kustomize::Renderer::Options options;
    options.repositoryRoot = pipeline.root;
    Kustomize::Renderer renderer(options);
    PlatformCache &cache = platformCache();
    QHash<QString, PlatformsByApp> seen; // overlays of this run
    QHash<QString, QByteArray> fingerprints; // by scope: environments' overlays share theirs
    QList<PlatformsByApp> out;
    for (const Environment &env : pipeline.environments) {
        PlatformsByApp needs;
        for (const DeclaredImage &image : env.images) {
            if (cancelled.isCancelled())
                return out;
            const QString overlay = env.overlayFor(image.app);
            if (overlay.isEmpty())
                continue;
            if (!seen.contains(overlay)) {
                const QString dir = QDir(pipeline.root).filePath(overlay);
                const QString scope = fingerprintScope(dir);
                auto scoped = fingerprints.constFind(scope);
                if (scoped == fingerprints.cend())
                    scoped = fingerprints.insert(scope, fingerprintOf(scope));
                const QByteArray fingerprint = *scoped;
                std::optional<PlatformsByApp> known;
                {
                    QMutexLocker lock(&cache.mutex);
                    const auto it = cache.overlays.constFind(dir);
                    if (it != cache.overlays.cend() && it->fingerprint == fingerprint)
                        known = it->platforms;
                }
                if (!known) {
                    const auto resources = renderer.render(dir);
                    known = resources ? platformsOf(*resources) : PlatformsByApp();
                    QMutexLocker lock(&cache.mutex);
                    if (cache.overlays.size() > 20000)
                        cache.overlays.clear();
                    cache.overlays.insert(dir, {fingerprint, *known});
                }
                seen.insert(overlay, *known);
            }
            // The app's workloads by label or namespace, and those running its image.
            QStringList &need = needs[image.app];
            for (const QString &key : {image.app, imageKey(image.repository)}) {
                for (const QString &p : seen.value(overlay).value(key)) {
                    if (!need.contains(p))
                        need << p;
                }
            }
        }
        out.append(needs);
    }
    return out;
}

} // namespace Promenade::OverlayPlatforms
