#include "registrycache.h"

#include <QHash>

#include <list>

namespace Promenade::Clients {

namespace {

using Clock = std::chrono::steady_clock;

// A map that forgets its least recently used entries beyond a capacity.
template<typename Value>
class Lru
{
public:
    Value *find(const QString &key)
    {
        const auto it = m_index.constFind(key);
        if (it == m_index.cend())
            return nullptr;
        m_order.splice(m_order.begin(), m_order, it.value()); // now the most recent
        return &it.value()->second;
    }
    [[nodiscard]] const Value *peek(const QString &key) const
    {
        const auto it = m_index.constFind(key);
        return it == m_index.cend() ? nullptr : &it.value()->second;
    }
    void put(const QString &key, Value value, int capacity)
    {
        if (Value *known = find(key)) {
            *known = std::move(value);
            return;
        }
        m_order.emplace_front(key, std::move(value));
        m_index.insert(key, m_order.begin());
        while (static_cast<int>(m_order.size()) > std::max(1, capacity)) {
            m_index.remove(m_order.back().first);
            m_order.pop_back();
        }
    }
    [[nodiscard]] int size() const { return static_cast<int>(m_order.size()); }

private:
    using Entries = std::list<std::pair<QString, Value>>;
    Entries m_order; // most recent first
    QHash<QString, typename Entries::iterator> m_index;
};

template<typename T>
struct Checked
{
    T value;
    Clock::time_point checkedAt;
};

// maxAge, up to 25 % longer depending on the key: spreads the next checks of entries made
// together over a quarter of their age.
Clock::duration spreadAge(std::chrono::milliseconds maxAge, const QString &key)
{
    const double spread = 1.0 + 0.25 * static_cast<double>(qHash(key) % 1024) / 1024.0;
    return std::chrono::duration_cast<Clock::duration>(maxAge * spread);
}

} // namespace

struct RegistryCache::Private
{
    Lru<ImageManifest> manifests;
    Lru<ImageConfig> configs;
    Lru<Checked<TagList>> tagLists;
    Lru<Checked<QString>> tags;
};

RegistryCache::RegistryCache()
    : RegistryCache(Policy {})
{ }

RegistryCache::RegistryCache(const Policy &policy)
    : d(std::make_unique<Private>())
    , m_policy(policy)
{ }

RegistryCache::~RegistryCache() = default;

std::optional<ImageManifest> RegistryCache::manifest(const QString &digest)
{
    const ImageManifest *m = d->manifests.find(digest);
    return m ? std::optional(*m) : std::nullopt;
}

void RegistryCache::storeManifest(const ImageManifest &manifest)
{
    if (manifest.digest.startsWith(u"sha256:"))
        d->manifests.put(manifest.digest, manifest, m_policy.capacity);
}

std::optional<ImageConfig> RegistryCache::config(const QString &digest)
{
    const ImageConfig *c = d->configs.find(digest);
    return c ? std::optional(*c) : std::nullopt;
}

void RegistryCache::storeConfig(const QString &digest, const ImageConfig &config)
{
    if (digest.startsWith(u"sha256:"))
        d->configs.put(digest, config, m_policy.capacity);
}

std::optional<RegistryCache::TagList> RegistryCache::tagList(const QString &key)
{
    const auto *list = d->tagLists.find(key);
    return list ? std::optional(list->value) : std::nullopt;
}

bool RegistryCache::tagListIsFresh(const QString &key) const
{
    const auto *list = d->tagLists.peek(key);
    return list && Clock::now() - list->checkedAt < spreadAge(m_policy.tagListMaxAge, key);
}

void RegistryCache::storeTagList(const QString &key, const TagList &list)
{
    d->tagLists.put(key, {list, Clock::now()}, m_policy.capacity);
}

void RegistryCache::confirmTagList(const QString &key)
{
    if (auto *list = d->tagLists.find(key))
        list->checkedAt = Clock::now();
}

QString RegistryCache::tagDigest(const QString &key)
{
    const auto *tag = d->tags.find(key);
    return tag ? tag->value : QString();
}

bool RegistryCache::tagIsFresh(const QString &key) const
{
    const auto *tag = d->tags.peek(key);
    return tag && Clock::now() - tag->checkedAt < spreadAge(m_policy.tagMaxAge, key);
}

void RegistryCache::storeTag(const QString &key, const QString &digest)
{
    d->tags.put(key, {digest, Clock::now()}, m_policy.capacity);
}

void RegistryCache::confirmTag(const QString &key)
{
    if (auto *tag = d->tags.find(key))
        tag->checkedAt = Clock::now();
}

int RegistryCache::manifestCount() const
{
    return d->manifests.size();
}

int RegistryCache::configCount() const
{
    return d->configs.size();
}

} // namespace Promenade::Clients
