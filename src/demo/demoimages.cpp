#include "demoimages.h"

#include "demofiles.h"
#include "demoservices.h"
#include "demosources.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Promenade::Demo {

namespace {

const QString ociIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
const QString ociManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString ociConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString ociLayer = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
const QString inToto = QStringLiteral("application/vnd.in-toto+json");

QDateTime at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, 12), QTimeZone::utc());
}

// A source commit id derived from the short one in the tag (the rest is stable filler).
QString revisionFor(const QString &tag)
{
    const QString shortSha = tag.mid(4);
    const QByteArray rest
        = QCryptographicHash::hash(tag.toUtf8(), QCryptographicHash::Sha1).toHex();
    return shortSha + QString::fromLatin1(rest.left(33));
}

QString sourceUrl(const QString &app)
{
    if (app == u"signconnect")
        return QStringLiteral("https://github.com/HowDiggy/SignConnect");
    return u"https://github.com/howdiggy/" + app;
}

DemoImages::Blob blob(const QString &mediaType, const QByteArray &bytes)
{
    return {mediaType.toUtf8(), bytes, DemoImages::sha256(bytes)};
}

QJsonObject descriptor(const DemoImages::Blob &b)
{
    return {{QStringLiteral("mediaType"), QString::fromUtf8(b.mediaType)},
            {QStringLiteral("digest"), b.digest},
            {QStringLiteral("size"), b.bytes.size()}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonObject annotations(const DemoImages::Release &r)
{
    return {{QStringLiteral("org.opencontainers.image.created"), r.created.toString(Qt::ISODate)},
            {QStringLiteral("org.opencontainers.image.revision"), r.revision},
            {QStringLiteral("org.opencontainers.image.source"), sourceUrl(r.app)},
            {QStringLiteral("org.opencontainers.image.version"), r.tag}};
}

} // namespace

QString DemoImages::sha256(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QList<DemoImages::Release> &DemoImages::releases()
{
    static const QList<Release> all = [] {
        const QStringList both {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
        QList<Release> list {
            {QStringLiteral("paulojauregui-com"),
             QStringLiteral("sha-3f9a2c1"),
             {},
             at(9, 24, 18, 2),
             both},
            {QStringLiteral("paulojauregui-com"),
             QStringLiteral("sha-8b41d07"),
             {},
             at(9, 29, 9, 41),
             both},
            {QStringLiteral("paulojauregui-com"),
             QStringLiteral("sha-c52e9f3"),
             {},
             at(10, 12, 21, 17),
             both},
            {QStringLiteral("paulojauregui-com"),
             QStringLiteral("sha-e7d1a48"),
             {},
             at(11, 19, 8, 55),
             both},
            // Built from a feature branch after the last bump: available, not yet deployed.
            {QStringLiteral("paulojauregui-com"),
             QStringLiteral("sha-a41f9c3"),
             {},
             at(11, 20, 16, 30),
             both},
            {QStringLiteral("signconnect"),
             QStringLiteral("sha-41c07be"),
             {},
             at(11, 6, 14, 3),
             both},
            {QStringLiteral("signconnect"),
             QStringLiteral("sha-9d2e6f0"),
             {},
             at(11, 12, 11, 26),
             both},
            // The arm64 build of this release failed: staging and production (arm64 nodes)
            // must not get it, and the platform gate says so.
            {QStringLiteral("signconnect"),
             QStringLiteral("sha-5b8c3a2"),
             {},
             at(11, 20, 7, 48),
             {QStringLiteral("linux/amd64")}},
        };
        // The builds' commits in the demo's application histories (DemoSources).
        for (Release &r : list) {
            r.revision = DemoSources::revision(r.app, r.tag);
            if (r.revision.isEmpty())
                r.revision = revisionFor(r.tag);
        }
        return list;
    }();
    return all;
}

QList<DemoImages::Release> DemoImages::releasesOf(const QString &app)
{
    QList<Release> out;
    for (const Release &r : releases()) {
        if (r.app == app)
            out << r;
    }
    if (!out.isEmpty())
        return out;
    for (const Services::Release &built : Services::releases(app)) {
        Release r {app,
                   built.tag,
                   revisionFor(built.tag),
                   built.created,
                   {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}};
        out << r;
    }
    return out;
}

const DemoImages::Release *DemoImages::release(const QString &app, const QString &tag)
{
    for (const Release &r : releases()) {
        if (r.app == app && r.tag == tag)
            return &r;
    }
    return nullptr;
}

DemoImages::Content DemoImages::content(const Release &r)
{
    Content content;
    QJsonArray entries;
    QJsonArray attestations;
    for (const QString &platform : r.platforms) {
        const QString arch = platform.section(u'/', 1, 1);
        // One small layer per platform; its bytes only need to be stable and distinct.
        const Blob layer = blob(ociLayer, (r.app + u'/' + r.tag + u'/' + platform).toUtf8());
        const Blob config
            = blob(ociConfig,
                   json({
                       {QStringLiteral("architecture"), arch},
                       {QStringLiteral("os"), QStringLiteral("linux")},
                       {QStringLiteral("created"), r.created.addSecs(-2).toString(Qt::ISODate)},
                       {QStringLiteral("config"),
                        QJsonObject {
                            {QStringLiteral("User"), QStringLiteral("65532")},
                            {QStringLiteral("ExposedPorts"),
                             QJsonObject {{r.app == u"signconnect" ? QStringLiteral("3000/tcp")
                                                                   : QStringLiteral("8080/tcp"),
                                           QJsonObject()}}},
                            {QStringLiteral("Labels"), annotations(r)},
                        }},
                       {QStringLiteral("rootfs"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                                     {QStringLiteral("diff_ids"),
                                      QJsonArray {sha256(layer.bytes + "-uncompressed")}}}},
                   }));
        const Blob manifest = blob(ociManifest,
                                   json({
                                       {QStringLiteral("schemaVersion"), 2},
                                       {QStringLiteral("mediaType"), ociManifest},
                                       {QStringLiteral("config"), descriptor(config)},
                                       {QStringLiteral("layers"), QJsonArray {descriptor(layer)}},
                                       {QStringLiteral("annotations"), annotations(r)},
                                   }));
        QJsonObject entry = descriptor(manifest);
        entry.insert(QStringLiteral("platform"),
                     QJsonObject {{QStringLiteral("architecture"), arch},
                                  {QStringLiteral("os"), QStringLiteral("linux")}});
        entries.append(entry);
        content.manifests << manifest;
        content.blobs << config << layer;

        // BuildKit's provenance attestation for that platform manifest.
        const Blob statement = blob(
            inToto,
            json({{QStringLiteral("_type"), QStringLiteral("https://in-toto.io/Statement/v0.1")},
                  {QStringLiteral("predicateType"),
                   QStringLiteral("https://slsa.dev/provenance/v0.2")},
                  {QStringLiteral("subject"),
                   QJsonArray {QJsonObject {{QStringLiteral("name"), r.tag},
                                            {QStringLiteral("digest"), manifest.digest}}}}}));
        const Blob attestationConfig = blob(
            ociConfig,
            json({{QStringLiteral("architecture"), QStringLiteral("unknown")},
                  {QStringLiteral("os"), QStringLiteral("unknown")},
                  {QStringLiteral("config"), QJsonObject()},
                  {QStringLiteral("rootfs"),
                   QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                                {QStringLiteral("diff_ids"), QJsonArray {statement.digest}}}}}));
        QJsonObject statementDescriptor = descriptor(statement);
        statementDescriptor.insert(
            QStringLiteral("annotations"),
            QJsonObject {{QStringLiteral("in-toto.io/predicate-type"),
                          QStringLiteral("https://slsa.dev/provenance/v0.2")}});
        const Blob attestation
            = blob(ociManifest,
                   json({{QStringLiteral("schemaVersion"), 2},
                         {QStringLiteral("mediaType"), ociManifest},
                         {QStringLiteral("config"), descriptor(attestationConfig)},
                         {QStringLiteral("layers"), QJsonArray {statementDescriptor}}}));
        QJsonObject attestationEntry = descriptor(attestation);
        attestationEntry.insert(
            QStringLiteral("annotations"),
            QJsonObject {{QStringLiteral("vnd.docker.reference.digest"), manifest.digest},
                         {QStringLiteral("vnd.docker.reference.type"),
                          QStringLiteral("attestation-manifest")}});
        attestationEntry.insert(
            QStringLiteral("platform"),
            QJsonObject {{QStringLiteral("architecture"), QStringLiteral("unknown")},
                         {QStringLiteral("os"), QStringLiteral("unknown")}});
        attestations.append(attestationEntry);
        content.manifests << attestation;
        content.blobs << attestationConfig << statement;
    }
    // Attestations come after every runnable platform, as BuildKit lists them.
    for (const auto &a : std::as_const(attestations))
        entries.append(a);
    content.index = blob(ociIndex,
                         json({{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), ociIndex},
                               {QStringLiteral("manifests"), entries},
                               {QStringLiteral("annotations"), annotations(r)}}));
    return content;
}

QString DemoImages::indexDigest(const QString &app, const QString &tag)
{
    const Release *r = release(app, tag);
    return r ? content(*r).index.digest : QString();
}

} // namespace Promenade::Demo
