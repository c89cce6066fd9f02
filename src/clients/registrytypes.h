#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Promenade::Clients {

// Plain data of the OCI Distribution API (and Docker's v2 manifests): image references,
// manifests and indexes with their platforms (BuildKit attestation entries recognised and kept
// apart), and the image metadata a release view shows (created, revision, source).

namespace MediaType {
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char DockerManifestList[]
    = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
} // namespace MediaType

// "ghcr.io/acme/web:1.4.2", "ghcr.io/acme/web@sha256:...", "localhost:5000/x/y:tag".
struct ImageReference
{
    QString registry; // host[:port]; docker.io for names without a registry
    QString repository; // acme/web (library/x for Docker Hub official images)
    QString tag; // "latest" when neither tag nor digest is given
    QString digest;

    [[nodiscard]] static Result<ImageReference> parse(const QString &text);
    [[nodiscard]] QString reference() const { return digest.isEmpty() ? tag : digest; }
    [[nodiscard]] QString toString() const;
};

struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;
    [[nodiscard]] QString toString() const; // linux/arm/v7 (arm64/v8 shown as arm64)
    [[nodiscard]] bool isUnknown() const { return os == u"unknown" && architecture == u"unknown"; }
    bool operator==(const Platform &o) const { return toString() == o.toString(); }
};

struct Descriptor
{
    QString mediaType;
    QString digest;
    qint64 size = 0;
    std::optional<Platform> platform;
    QMap<QString, QString> annotations;
    QString artifactType;

    // A BuildKit attestation entry of an index (unknown/unknown + reference type annotation).
    [[nodiscard]] bool isAttestation() const;
    // The platform manifest digest an attestation describes.
    [[nodiscard]] QString attestedDigest() const
    {
        return annotations.value(QStringLiteral("vnd.docker.reference.digest"));
    }
};

struct ImageManifest
{
    QString mediaType;
    QString digest; // sha256 of the exact bytes
    bool isIndex = false;
    QList<Descriptor> manifests; // index entries
    Descriptor config; // image manifest
    QList<Descriptor> layers;
    QMap<QString, QString> annotations;

    // Runnable platforms of an index (attestations left out); for an image manifest, empty.
    [[nodiscard]] QList<Platform> platforms() const;
    [[nodiscard]] QList<Descriptor> platformManifests() const;
    [[nodiscard]] QList<Descriptor> attestations() const;
};

struct ImageConfig
{
    QDateTime created;
    Platform platform;
    QMap<QString, QString> labels; // config.Labels
};

// What the release view shows for one image reference (tag or digest).
struct ImageDetails
{
    ImageReference reference;
    QString digest; // of what the tag points at (the index for multi-arch images)
    QString mediaType;
    QList<Platform> platforms;
    int attestationCount = 0;
    QDateTime created; // config.created, else org.opencontainers.image.created
    QString revision; // org.opencontainers.image.revision (git SHA)
    QString source; // org.opencontainers.image.source
    QString version; // org.opencontainers.image.version
    QMap<QString, QString> annotations; // index, then manifest annotations
    QMap<QString, QString> labels; // config labels
};

[[nodiscard]] Result<ImageManifest> parseImageManifest(const QByteArray &body,
                                                       const QString &contentType);
[[nodiscard]] ImageConfig parseImageConfig(const QJsonObject &object);
[[nodiscard]] QString sha256Digest(const QByteArray &bytes);

} // namespace Promenade::Clients
