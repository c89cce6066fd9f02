#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade::Clients {

struct CacheEntry
{
    QJsonValue value;
    QDateTime fetchedAt;
    [[nodiscard]] qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return fetchedAt.secsTo(now);
    }
};

// A small on-disk cache of the last known live status, so the app opens offline showing what
// it knew and how old it is: one JSON file per key (e.g. "argocd/https://argocd.example.com"),
// each `{"fetchedAt": RFC3339, "value": ...}` (file names are the percent-encoded keys),, written
// atomically (QSaveFile). Values are scrubbed before writing: any object member whose name looks
// like a secret (token, password, secret, authorization, credential, identitytoken, auth,
// refresh...) is dropped, so a token can never land in a cache file even if a caller passes a raw
// API object.
//
// Threading: not thread-safe; use from one thread (files are small).
class StatusCache
{
public:
    // dir empty: QStandardPaths::CacheLocation + "/status".
    explicit StatusCache(const QString &dir = {});

    [[nodiscard]] const QString &directory() const { return m_dir; }
    Result<void> store(const QString &key, const QJsonValue &value,
                       const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    [[nodiscard]] std::optional<CacheEntry> load(const QString &key) const;
    Result<void> remove(const QString &key);
    [[nodiscard]] QStringList keys() const;

    // The value with secret-looking members removed (what store() writes).
    [[nodiscard]] static QJsonValue scrubbed(const QJsonValue &value);

private:
    [[nodiscard]] QString fileFor(const QString &key) const;
    QString m_dir;
};

} // namespace Promenade::Clients
