#include "statuscache.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace Promenade::Clients {

namespace {
bool secretName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("token|password|passwd|secret|authorization|credential|^auth$|apikey|api_"
                       "key|private.?key|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// Keys become flat, safe file names: percent-encoding with '_' for '%' ('_' itself encoded).
QString encodeKey(const QString &key)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(key, QByteArray(), "_~"));
    encoded.replace(u'%', u'_');
    if (encoded.startsWith(u'.'))
        encoded.replace(0, 1, QStringLiteral("_2E"));
    return encoded;
}

QString decodeKey(QString name)
{
    name.replace(u'_', u'%');
    return QUrl::fromPercentEncoding(name.toLatin1());
}
} // namespace

StatusCache::StatusCache(const QString &dir)
    : m_dir(dir.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                .filePath(QStringLiteral("status"))
                          : dir)
{ }

QString StatusCache::fileFor(const QString &key) const
{
    return QDir(m_dir).filePath(encodeKey(key) + u".json");
}

QJsonValue StatusCache::scrubbed(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!secretName(it.key()))
                out.insert(it.key(), scrubbed(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(scrubbed(v));
        return out;
    }
    return value;
}

Result<void> StatusCache::store(const QString &key, const QJsonValue &value,
                                const QDateTime &fetchedAt)
{
    const QString file = fileFor(key);
    if (!QDir().mkpath(m_dir))
        return Error(Error::Kind::Failed,
                     QStringLiteral("the status cache folder cannot be created"))
            .at(m_dir);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Failed,
                     u"the status cache cannot be written (" + out.errorString() + u')')
            .at(file);
    const QJsonObject entry {{u"fetchedAt"_qs, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {u"value"_qs, scrubbed(value)}};
    out.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    if (!out.commit())
        return Error(Error::Kind::Failed,
                     u"the status cache cannot be written (" + out.errorString() + u')')
            .at(file);
    return {};
}

std::optional<CacheEntry> StatusCache::load(const QString &key) const
{
    QFile f(fileFor(key));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QDateTime fetchedAt
        = QDateTime::fromString(o.value(u"fetchedAt").toString(), Qt::ISODateWithMs);
    if (!fetchedAt.isValid() || !o.contains(u"value")) {
        qCWarning(lcClients) << "ignoring a damaged status cache entry" << f.fileName();
        return std::nullopt;
    }
    return CacheEntry {o.value(u"value"), fetchedAt};
}

Result<void> StatusCache::remove(const QString &key)
{
    const QString file = fileFor(key);
    if (QFile::exists(file) && !QFile::remove(file))
        return Error(Error::Kind::Failed,
                     QStringLiteral("the status cache entry cannot be removed"))
            .at(file);
    return {};
}

QStringList StatusCache::keys() const
{
    QStringList out;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (QString name : files) {
        name.chop(5);
        out.append(decodeKey(name));
    }
    out.sort();
    return out;
}

} // namespace Promenade::Clients
