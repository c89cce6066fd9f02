#pragma once

#include "imagepinfinder.h"
#include "imagepinlayer.h"
#include "kustomizationmodel.h"
#include "yamlnode.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace Promenade {

namespace ImagePins {

struct Slot
{
    QString baseRepository;
};

struct Resolved
{
    QString path; // canonical
    bool isDir = false;
};

// A cached answer: a value or the error it gave (an error is as much worth keeping).
template<typename T>
struct Cached
{
    bool ok = false;
    T value;
    Error error;

    static Cached from(const Result<T> &result)
    {
        Cached entry;
        entry.ok = result.hasValue();
        if (result)
            entry.value = *result;
        else
            entry.error = result.error();
        return entry;
    }
    Result<T> result() const { return ok ? Result<T>(value) : Result<T>(error); }
};

} // namespace ImagePins

struct ImagePinFinder::Cache::Private
{
    QString root; // canonical
    QHash<QString, ImagePins::Cached<QList<Kustomize::YamlNode>>> documents;
    QHash<QString, ImagePins::Cached<ImagePins::KustomizationModel>> kustomizations;
    QHash<QString, ImagePins::Cached<ImagePins::Layer>> layers;
    QHash<QString, ImagePins::Cached<ImagePins::Resolved>> resolved; // absolute -> canonical
    QHash<QString, QString> kustomizationFiles; // folder -> its kustomization file or ""
    QHash<QByteArray, QRegularExpression> regexes;
    std::vector<VersionPin> pins;
    std::vector<ImagePins::Slot> slots;
};

namespace ImagePins {

using CacheData = ImagePinFinder::Cache::Private;

// One walk over a source, as kustomize builds it: resolves paths, reads and parses files through
// the cache, builds layers (resources, components, then this layer's transformers), and tracks
// the pin of every image. Its parts: imagepinwalk.cpp (files and layers),
// imagepinwalkpatches.cpp (patches), imagepinwalkimages.cpp (images: entries).
class Walk
{
public:
    Walk(CacheData &cache, const ImagePinFinder::Options &options)
        : m_cache(cache)
        , m_options(options)
    { }

    QString relative(const QString &absolute) const;

    // The one place repository files are read: a regular file inside the root, at most
    // maxFileSize bytes. Parsed files are cached (documents()), the bytes are not: each file
    // is read once.
    Result<QByteArray> readFile(const QString &canonical);
    Result<QList<Kustomize::YamlNode>> documents(const QString &canonical);

    // A path named in a kustomization (or a source), made absolute, checked to stay in the
    // repository (symbolic links resolved) and to exist. Errors are plain messages; the caller
    // adds kustomize's context and the place.
    Result<Resolved> resolve(const QString &dir, const QString &relativePath);
    QString findKustomization(const QString &dir);
    Result<KustomizationModel> kustomization(const QString &dir);

    // The resources a folder holding a kustomization builds to (transformers applied).
    Result<Layer> build(const QString &dir, const QList<ImageEntry> *overrides, QStringList &stack);
    // The resources of a folder without a kustomization (an Argo CD directory app).
    Result<Layer> buildDirectory(const QString &dir);

    void applyImages(Layer &layer, const QList<ImageEntry> &images);

private:
    Result<Resolved> resolveUncached(const QString &absolute);
    Status accumulate(Layer &layer, const KustomizationModel &k, const QString &dir,
                      QStringList &stack);
    Status accumulateResource(Layer &layer, const KustomizationModel &k, const QString &dir,
                              const QByteArray &path, int line, QStringList &stack);
    Status accumulateComponent(Layer &layer, const KustomizationModel &k, const QString &dir,
                               const QByteArray &path, int line, QStringList &stack);
    void applyNames(Layer &layer, const KustomizationModel &k);
    Status addFile(Layer &layer, const QString &canonical, bool lenient);
    void addDocument(Layer &layer, const Kustomize::YamlNode &doc);

    // imagepinwalkpatches.cpp
    Status applyPatch(Layer &layer, const KustomizationModel &k, const QString &dir,
                      const PatchEntry &patch);
    struct PatchText;
    Result<PatchText> patchText(Layer &layer, const KustomizationModel &k, const QString &dir,
                                const PatchEntry &patch);
    Status applyPatchDocument(Layer &layer, qsizetype index, const Kustomize::YamlNode &doc,
                              bool json, const PatchText &text);
    Status applyTargetedPatch(Layer &layer, const KustomizationModel &k, const PatchEntry &patch,
                              const Kustomize::YamlNode &doc, bool json, const PatchText &text);
    Status applyStrategicMerge(Layer &layer, const Kustomize::YamlNode &doc, const PatchText &text);
    bool selected(const LayerResource &res, const PatchTarget &target, Status *error);

    // After a resource arrives or a patch changed it: gives every new image its pin and every
    // new container its slot. previous: the slots the resource's containers had before.
    void settle(LayerResource &res, VersionPin::Kind kind, const QString &file, int lineOffset,
                const QHash<QByteArray, int> &previous = {});
    QHash<QByteArray, int> slotsOf(const LayerResource &res) const;

    const QRegularExpression &regex(const QByteArray &pattern, bool imageName);
    int addPin(const VersionPin &pin);

    CacheData &m_cache;
    const ImagePinFinder::Options &m_options;
};

// `kustomize edit set image` (what Argo CD runs for source.kustomize.images) on a
// kustomization's images: an argument replaces the entry of the same name ("*" keeps that
// field), later arguments for one name win, and the list ends up sorted by name.
QList<ImageEntry> applyOverrides(const QList<ImageEntry> &existing,
                                 const QList<ImagePinFinder::Override> &overrides,
                                 QStringList *warnings);

} // namespace ImagePins

} // namespace Promenade
