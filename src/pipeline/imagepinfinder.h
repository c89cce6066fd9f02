#pragma once

#include "helmvaluesimages.h"
#include "result.h"
#include "versionpin.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Promenade {

// An image a source deploys, with the version kustomize would render and where that version is
// written.
struct ImagePin
{
    QString
        baseRepository; // the repository as the workload's manifest names it (the app's identity)
    QString repository; // after newName / overrides (what runs)
    QString tag;
    QString digest;
    VersionPin pin; // where the effective tag/digest is written
    bool pinnedBySource = false; // the source (overlay, override) pins it, not its base manifest
    QString workload; // kind/name of the first workload using it, e.g. "Deployment/web"
    QString container; // that container's name
};

// Finds, without rendering, the images a kustomize source (or plain folder of manifests) deploys
// and where each effective version is pinned: it walks the kustomization and its resources,
// bases and components as kustomize applies them (inner layers first; an outer `images:` entry
// wins over an inner one and over the manifest), including image fields set by
// strategic-merge and JSON 6902 patches (files and inline), `images:` entries with newName /
// newTag / digest, then the overrides an Argo CD Application or Image Updater write-back file
// applies on top (given by the caller). Every path stays inside the repository root; a missing
// or malformed file gives an error naming the file and line (the source is broken: kustomize's
// message where it would fail the same way). Blocking file I/O; any thread.
class ImagePinFinder
{
public:
    struct Override
    {
        QString image; // "[name=]repo[:tag][@digest]" as Argo CD's kustomize.images writes it
        VersionPin pin; // where the override is written (ApplicationOverride / ImageUpdater)
    };

    struct Options
    {
        // A folder without a kustomization (an Argo CD directory app): read its sub-folders too.
        bool recurse = false;
        // kustomize's --load-restrictor LoadRestrictionsNone (Argo CD's kustomize.buildOptions):
        // files may then come from anywhere in the repository, not only from below the
        // kustomization's own folder. Never outside the repository root.
        bool loadRestrictionsNone = false;
    };

    struct Found
    {
        QList<ImagePin> images; // one per distinct base repository, in first-seen order
        QStringList filesRead; // repository-relative files the answer depends on
        QStringList warnings; // what was skipped: remote resources, Helm charts, plugins
    };

    // Parsed files and built bases shared by the calls of one discovery pass, so that a base
    // used by many overlays is read and walked once. Assumes the files do not change while it
    // lives (clear() otherwise). Not thread-safe: one per thread.
    class Cache
    {
    public:
        Cache();
        ~Cache();
        Cache(const Cache &) = delete;
        Cache &operator=(const Cache &) = delete;
        void clear();

        struct Private; // opaque: the finder's parsed files, built layers and pin table

    private:
        friend class ImagePinFinder;
        std::unique_ptr<Private> d;
    };

    // root: the repository root (absolute); source: the repository-relative folder.
    // overrides apply in order (the last for one image name wins), as Argo CD applies them:
    // `kustomize edit set image` on the source's kustomization, so an override replaces the
    // source's own `images:` entry of the same name. Without a cache, nothing is kept.
    static Result<Found> find(const QString &root, const QString &source,
                              const QList<Override> &overrides = {});
    static Result<Found> find(const QString &root, const QString &source,
                              const QList<Override> &overrides, const Options &options,
                              Cache *cache = nullptr);
};

} // namespace Promenade
