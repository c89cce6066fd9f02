#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade::Demo {

// The container images of the demo: every release of every demo app, as a multi-arch OCI
// image index (platform manifests, BuildKit provenance attestations, config blobs with OCI
// labels), byte for byte. The bytes are deterministic, so digests are stable: the demo
// repository's commit trailers and the embedded registry agree on them.
// Plain data; safe from any thread.
class DemoImages
{
public:
    struct Release
    {
        QString app;
        QString tag; // sha-<7 hex>
        QString revision; // the source commit (40 hex)
        QDateTime created;
        QStringList platforms; // "linux/amd64", "linux/arm64"
    };

    struct Blob
    {
        QByteArray mediaType;
        QByteArray bytes;
        QString digest; // "sha256:…"
    };

    // The registry content of one release: the index (what the tag points at), the
    // manifests it lists, and the config and layer blobs they reference.
    struct Content
    {
        Blob index;
        QList<Blob> manifests;
        QList<Blob> blobs;
    };

    // The releases of the real demo apps (the blog and SignConnect).
    static const QList<Release> &releases();
    // Every release of an app's image: the real apps' above, else the synthetic service's
    // (DemoServices, multi-arch, derived from its name).
    static QList<Release> releasesOf(const QString &app);
    static const Release *release(const QString &app, const QString &tag);
    static Content content(const Release &release);
    // The digest of a release's index ("sha256:…"), or an empty string for an unknown tag.
    static QString indexDigest(const QString &app, const QString &tag);
    static QString sha256(const QByteArray &bytes);
};

} // namespace Promenade::Demo
