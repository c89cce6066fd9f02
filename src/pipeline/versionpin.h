#pragma once

#include <QString>

namespace Promenade {

// Where a version (an image tag or digest, a chart version) is written in the repository, so
// that it can be shown, promoted, traced and rolled back where it lives. Plain data.
struct VersionPin
{
    enum class Kind {
        None, // not known (or nothing pins it)
        KustomizeImages, // an `images:` entry of a kustomization (newTag / digest / newName)
        Patch, // an image field set by a strategic-merge or JSON 6902 patch
        Manifest, // an image written straight in a resource manifest
        ImageUpdater, // Argo CD Image Updater's write-back file (.argocd-source-<app>.yaml)
        ApplicationOverride, // an Argo CD Application's source.kustomize.images / helm parameters
        HelmValues, // a Helm values key (image.tag, image.repository, ...)
        ChartVersion, // a chart version: Application targetRevision, HelmRelease version
    };

    Kind kind = Kind::None;
    QString file; // relative to the repository root
    int line = 0; // 1-based; 0 when unknown
    QString key; // the field, e.g. "images[name=ghcr.io/acme/web].newTag", "image.tag"

    [[nodiscard]] bool isSet() const { return kind != Kind::None && !file.isEmpty(); }
    // The JSON/CLI name of a kind: "kustomize-images", "patch", "manifest", "image-updater",
    // "application-override", "helm-values", "chart-version"; "" for None.
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] QString kindName() const { return kindName(kind); }
};

} // namespace Promenade
