#include "imagepinfinder.h"

#include "imagepinwalk.h"
#include "imageref.h"
#include "podcontainers.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

// The walk itself lives in imagepinwalk*.cpp (files and layers, patches, images: entries) and
// kustomizationmodel.cpp (what a kustomization says); this file runs it over one source and
// reads the pins off the built layer.
namespace Promenade {

using Kustomize::YamlNode;
using namespace ImagePins;

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

// The images of a built layer, one per distinct base repository, with the pin that sets each.
QList<ImagePin> pinsOf(const Layer &layer, const CacheData &cache, const QString &sourceRelative)
{
    QList<ImagePin> out;
    QSet<QString> seen;
    for (const LayerResource &res : layer.resources) {
        if (!res.hasContainers)
            continue;
        std::vector<PathSegment> path;
        forEachContainer(std::as_const(*res.doc), path,
                         [&](const YamlNode &container, ListKind, const QByteArray &,
                             const std::vector<PathSegment> &) {
                             const YamlNode *image = container.get("image");
                             const YamlNode *slot = container.get(slotKey());
                             if (!image || !image->isScalar() || !slot)
                                 return;
                             const int slotId = slot->text().toInt();
                             const QString base = cache.slots.at(size_t(slotId)).baseRepository;
                             if (seen.contains(base))
                                 return;
                             seen.insert(base);
                             const ImageRef ref = ImageRef::split(QString::fromUtf8(image->text()));
                             ImagePin pin;
                             pin.baseRepository = base;
                             pin.repository = ref.name;
                             pin.tag = ref.tag;
                             pin.digest = ref.digest;
                             const int pinId = -image->line() - 1;
                             if (pinId >= 0 && size_t(pinId) < cache.pins.size())
                                 pin.pin = cache.pins.at(size_t(pinId));
                             pin.pinnedBySource
                                 = pin.pin.kind == VersionPin::Kind::ApplicationOverride
                                 || pin.pin.kind == VersionPin::Kind::ImageUpdater
                                 || (pin.pin.isSet()
                                     && (sourceRelative.isEmpty()
                                         || SafeFile::isWithin(pin.pin.file, sourceRelative)));
                             pin.workload
                                 = QString::fromUtf8(res.kind) + u'/' + QString::fromUtf8(res.name);
                             pin.container = QString::fromUtf8(containerName(container));
                             out.append(pin);
                         });
    }
    return out;
}

} // namespace

ImagePinFinder::Cache::Cache()
    : d(std::make_unique<Private>())
{ }

ImagePinFinder::Cache::~Cache() = default;

void ImagePinFinder::Cache::clear()
{
    *d = Private();
}

Result<ImagePinFinder::Found> ImagePinFinder::find(const QString &root, const QString &source,
                                                   const QList<Override> &overrides)
{
    return find(root, source, overrides, Options(), nullptr);
}

Result<ImagePinFinder::Found> ImagePinFinder::find(const QString &root, const QString &source,
                                                   const QList<Override> &overrides,
                                                   const Options &options, Cache *cache)
{
    Cache local;
    Cache &c = cache ? *cache : local;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return Error(Error::Kind::NotFound, Tr::tr("the repository folder does not exist"))
            .at(root);
    if (c.d->root != canonicalRoot) {
        c.clear();
        c.d->root = canonicalRoot;
    }
    Walk walk(*c.d, options);

    const QString src = QDir::cleanPath(source.isEmpty() ? QStringLiteral(".") : source);
    auto resolved = walk.resolve(canonicalRoot, src);
    if (!resolved)
        return Error(resolved.error().kind(),
                     Tr::tr("the source folder '%1': %2").arg(source, resolved.error().message()))
            .at(source);
    if (!resolved->isDir)
        return Error(Error::Kind::BadInput, Tr::tr("the source '%1' is not a folder").arg(source))
            .at(source);
    const QString dir = resolved->path;

    Found found;
    Result<Layer> layer = Layer();
    QStringList stack;
    if (walk.findKustomization(dir).isEmpty()) {
        layer = walk.buildDirectory(dir);
        if (layer && !overrides.isEmpty())
            walk.applyImages(*layer, applyOverrides({}, overrides, &found.warnings));
    } else if (overrides.isEmpty()) {
        layer = walk.build(dir, nullptr, stack);
    } else {
        auto k = walk.kustomization(dir);
        if (!k)
            return k.error();
        const QList<ImageEntry> images = applyOverrides(k->images, overrides, &found.warnings);
        layer = walk.build(dir, &images, stack);
    }
    if (!layer)
        return layer.error();

    found.warnings += layer->warnings;
    found.warnings.removeDuplicates();
    found.filesRead = layer->files;
    found.filesRead.removeDuplicates();
    found.images = pinsOf(*layer, *c.d, walk.relative(dir));
    return found;
}

} // namespace Promenade
