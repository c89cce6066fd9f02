#pragma once

#include "common/result.h"
#include "pipeline/versionpin.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Promenade {

// An image a source deploys, with the version kustomize would render and where that version is
// written.
struct ImagePin
{
    QString baseRepository; // the repository as the workload's manifest names it (the app's identity)
    QString repository;     // after newName / overrides (what runs)
    QString tag;
    QString digest;
    VersionPin pin;         // where the effective tag/digest is written
    bool pinnedBySource = false; // the source (overlay, override) pins it, not its base manifest
    QString workload;       // kind/name of the first workload using it, e.g. "Deployment/web"
    QString container;      // that container's name
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
        QString image;     // "[name=]repo[:tag][@digest]" as Argo CD's kustomize.images writes it
        VersionPin pin;    // where the override is written (ApplicationOverride / ImageUpdater)
    };

    struct Found
    {
        QList<ImagePin> images;   // one per distinct base repository, in first-seen order
        QStringList filesRead;    // repository-relative files the answer depends on
    };

    // root: the repository root (absolute); source: the repository-relative folder.
    static Result<Found> find(const QString &root, const QString &source, const QList<Override> &overrides = {});
};

// Images in Helm values, by the conventions charts use (image.repository + image.tag,
// image.registry, image.name, image.digest, <component>.image.*, global.image*, images.<name>.*).
// Each with the key and line where its tag (or digest) is written.
struct HelmValuesImage
{
    QString key;        // the image block's key path, e.g. "image", "web.image"
    QString repository; // registry + repository when both are given
    QString tag;        // empty: the chart's appVersion is used
    QString digest;
    VersionPin pin;     // the tag's (or digest's) key and line; HelmValues kind
};

class HelmValuesImages
{
public:
    // values: a parsed values document (marks are the file's own); file: repository-relative.
    static QList<HelmValuesImage> find(const YAML::Node &values, const QString &file);
    // Later files (and the later entries of one list) win, as Helm merges them.
    static Result<QList<HelmValuesImage>> findInFiles(const QString &root, const QStringList &files);
};

} // namespace Promenade
