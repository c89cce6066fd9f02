#pragma once

#include "kustomizationfile.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade {

// Reads the `images:` list of a kustomization from its bytes (a blob at some commit, not a
// file on disk), and recognises which repository paths are app overlays. History compares
// these lists between a commit and its parent to find image changes made without trailers.
// Stateless; thread-safe.
class KustomizationImages
{
public:
    // The images: entries of a kustomization's text; BadInput naming path on malformed YAML.
    static Result<QList<ImageOverride>> parse(const QByteArray &yaml, const QString &path);

    // True for apps/overlays/<env>/kustomization.yaml and apps/<app>/overlays/<env>/… (any of
    // the names kustomize accepts); sets env, and app for the per-app layout (else empty).
    static bool isOverlayKustomization(const QString &path, QString *app, QString *environment);

    // The app an image belongs to when the layout does not say: its repository's last segment
    // (ghcr.io/howdiggy/signconnect → signconnect).
    static QString appOfImage(const QString &image);
};

} // namespace Promenade
