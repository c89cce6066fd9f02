#include "registrytypes.h"

#include "jsonfields.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Promenade::Clients {

namespace {

Platform platform(const QJsonObject &o)
{
    Platform p;
    p.os = o.value(u"os").toString();
    p.architecture = o.value(u"architecture").toString();
    p.variant = o.value(u"variant").toString();
    p.osVersion = o.value(u"os.version").toString();
    return p;
}

// RFC 3339 with any number of fractional digits (Go writes nanoseconds).
QDateTime rfc3339(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral(R"re(\.(\d{1,3})\d*)re"));
    QString t = text;
    t.replace(fraction, QStringLiteral(".\\1"));
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

Descriptor descriptor(const QJsonObject &o)
{
    Descriptor d;
    d.mediaType = o.value(u"mediaType").toString();
    d.digest = o.value(u"digest").toString();
    d.size = o.value(u"size").toInteger();
    if (o.value(u"platform").isObject())
        d.platform = platform(o.value(u"platform").toObject());
    d.annotations = jsonStringMap(o.value(u"annotations"));
    d.artifactType = o.value(u"artifactType").toString();
    return d;
}
} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"re(^(?:([a-zA-Z0-9.-]+(?::[0-9]+)?|localhost(?::[0-9]+)?)/)?([a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@([a-z0-9]+:[a-f0-9]{32,}))?$)re"));
    const QString trimmed = text.trimmed();
    auto m = re.match(trimmed);
    if (!m.hasMatch())
        return Error(Error::Kind::BadInput, u"\"" + trimmed + u"\" is not an image reference");
    ImageReference ref;
    QString host = m.captured(1);
    QString repo = m.captured(2);
    // A first component without '.' or ':' (and not localhost) is part of the name (Docker Hub).
    if (!host.isEmpty() && !host.contains(u'.') && !host.contains(u':') && host != u"localhost") {
        repo = host + u'/' + repo;
        host.clear();
    }
    if (host.isEmpty()) {
        host = QStringLiteral("docker.io");
        if (!repo.contains(u'/'))
            repo = u"library/" + repo;
    }
    ref.registry = host;
    ref.repository = repo;
    ref.tag = m.captured(3);
    ref.digest = m.captured(4);
    if (ref.tag.isEmpty() && ref.digest.isEmpty())
        ref.tag = QStringLiteral("latest");
    return ref;
}

QString ImageReference::toString() const
{
    QString s = registry + u'/' + repository;
    if (!tag.isEmpty())
        s += u':' + tag;
    if (!digest.isEmpty())
        s += u'@' + digest;
    return s;
}

QString Platform::toString() const
{
    QString s = os + u'/' + architecture;
    if (!variant.isEmpty() && !(architecture == u"arm64" && variant == u"v8"))
        s += u'/' + variant;
    return s;
}

bool Descriptor::isAttestation() const
{
    if (annotations.contains(QStringLiteral("vnd.docker.reference.type")))
        return true;
    return platform && platform->isUnknown();
}

QList<Descriptor> ImageManifest::platformManifests() const
{
    QList<Descriptor> out;
    for (const Descriptor &d : manifests) {
        if (!d.isAttestation())
            out.append(d);
    }
    return out;
}

QList<Platform> ImageManifest::platforms() const
{
    QList<Platform> out;
    for (const Descriptor &d : platformManifests()) {
        if (d.platform)
            out.append(*d.platform);
    }
    return out;
}

QList<Descriptor> ImageManifest::attestations() const
{
    QList<Descriptor> out;
    for (const Descriptor &d : manifests) {
        if (d.isAttestation())
            out.append(d);
    }
    return out;
}

QString sha256Digest(const QByteArray &bytes)
{
    return u"sha256:"
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<ImageManifest> parseImageManifest(const QByteArray &body, const QString &contentType)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return Error(Error::Kind::Failed,
                     u"the manifest is not valid JSON (" + error.errorString() + u')');
    const QJsonObject o = doc.object();
    ImageManifest m;
    m.digest = sha256Digest(body);
    m.mediaType = o.value(u"mediaType").toString();
    if (m.mediaType.isEmpty())
        m.mediaType = contentType.section(u';', 0, 0).trimmed();
    if (o.value(u"schemaVersion").toInt() != 2)
        return Error(Error::Kind::Failed,
                     QStringLiteral("unsupported manifest schema version %1")
                         .arg(o.value(u"schemaVersion").toInt()));
    m.isIndex = m.mediaType == QLatin1String(MediaType::OciIndex)
        || m.mediaType == QLatin1String(MediaType::DockerManifestList)
        || (m.mediaType.isEmpty() && o.value(u"manifests").isArray());
    for (const auto &d : o.value(u"manifests").toArray())
        m.manifests.append(descriptor(d.toObject()));
    if (o.value(u"config").isObject())
        m.config = descriptor(o.value(u"config").toObject());
    for (const auto &d : o.value(u"layers").toArray())
        m.layers.append(descriptor(d.toObject()));
    m.annotations = jsonStringMap(o.value(u"annotations"));
    return m;
}

ImageConfig parseImageConfig(const QJsonObject &o)
{
    ImageConfig c;
    c.created = rfc3339(o.value(u"created").toString());
    c.platform = platform(o);
    c.labels = jsonStringMap(o.value(u"config").toObject().value(u"Labels"));
    return c;
}

} // namespace Promenade::Clients
