#pragma once

#include "registrytypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace Promenade::Clients {

// What RegistryClients learnt that stays true, or true enough, from one status refresh to the
// next (the window asks every few seconds, hundreds of repositories each time):
//  - manifests and config blobs by digest: content-addressed, they never change, so they are
//    kept until the least recently used make room (capacity entries of each kind);
//  - each repository's tag list, with its ETag: tags come and go, so a list is trusted for
//    tagListMaxAge, then asked again conditionally (If-None-Match, where the registry gave an
//    ETag: a 304 costs no body);
//  - what each tag pointed at: a tag can be moved, so its digest is trusted for tagMaxAge, then
//    checked with `If-None-Match: "<digest>"` (the registry answers 304 while it is unchanged,
//    else the new manifest in the same round trip).
// Ages are spread per key (up to 25 % longer), so that hundreds of repositories read in one
// refresh do not all fall due again in the same later one.
//
// Keys: "<registry>/<repository>" for tag lists, "<registry>/<repository>:<tag>" for tags.
// Threading: one thread (the clients').
class RegistryCache
{
public:
    struct Policy
    {
        std::chrono::milliseconds tagListMaxAge {60000};
        std::chrono::milliseconds tagMaxAge {600000};
        int capacity = 20000; // entries of each kind
    };

    // What was answered without asking the registry, and what a 304 confirmed.
    struct Counters
    {
        int manifestHits = 0;
        int configHits = 0;
        int tagListHits = 0;
        int tagHits = 0;
        int tagListsNotModified = 0;
        int tagsNotModified = 0;
    };

    struct TagList
    {
        QStringList tags;
        QByteArray etag; // empty: the registry gave none (or the list had several pages)
    };

    RegistryCache();
    explicit RegistryCache(const Policy &policy);
    ~RegistryCache();
    RegistryCache(const RegistryCache &) = delete;
    RegistryCache &operator=(const RegistryCache &) = delete;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    [[nodiscard]] const Policy &policy() const { return m_policy; }

    [[nodiscard]] std::optional<ImageManifest> manifest(const QString &digest);
    void storeManifest(const ImageManifest &manifest);
    [[nodiscard]] std::optional<ImageConfig> config(const QString &digest);
    void storeConfig(const QString &digest, const ImageConfig &config);

    [[nodiscard]] std::optional<TagList> tagList(const QString &key);
    [[nodiscard]] bool tagListIsFresh(const QString &key) const;
    void storeTagList(const QString &key, const TagList &list);
    void confirmTagList(const QString &key); // a 304: as fresh as a new answer

    [[nodiscard]] QString tagDigest(const QString &key);
    [[nodiscard]] bool tagIsFresh(const QString &key) const;
    void storeTag(const QString &key, const QString &digest);
    void confirmTag(const QString &key);

    [[nodiscard]] Counters &counters() { return m_counters; }
    [[nodiscard]] int manifestCount() const;
    [[nodiscard]] int configCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    Policy m_policy;
    Counters m_counters;
};

} // namespace Promenade::Clients
