#pragma once

#include "result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Promenade {

// One promotion at a time per clone: a lock file in the repository's Git folder
// (.git/promenade-promotion.lock, holding the process id, host and application), taken before
// anything is edited and released when the lock object goes (at the end of the promotion,
// or by the system when the process dies). A lock left by a process that no longer runs on
// this host is stale and taken over; a lock held by a live process (or one on another host
// sharing the disk) refuses the second promotion with who holds it and since when. Two
// promotions in one clone at once would otherwise commit one's edit under the other's message.
// Move-only; not shared between threads.
class PromotionLock
{
public:
    static constexpr auto fileName = "promenade-promotion.lock";

    // Takes the lock in gitDir (the repository's common Git folder); Refused when it is held.
    static Result<PromotionLock> acquire(const QString &gitDir);

    PromotionLock(PromotionLock &&) noexcept;
    PromotionLock &operator=(PromotionLock &&) noexcept;
    ~PromotionLock();

    [[nodiscard]] QString path() const { return m_path; }
    // Set when a stale lock (its process gone) was removed to take this one: "pid 123 on host".
    [[nodiscard]] QString tookOverFrom() const { return m_tookOverFrom; }

private:
    PromotionLock() = default;
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QString m_tookOverFrom;
};

} // namespace Promenade
