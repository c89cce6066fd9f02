#pragma once

#include <QString>

namespace Promenade::Git {

// The state of one path in the work tree and the index, as `git status` shows it.
// Plain data; a path may be both staged and modified (staged, then edited again).
struct StatusEntry
{
    QString path; // relative to the work tree root, '/'-separated
    bool staged = false; // the index differs from HEAD
    bool modified = false; // the work tree differs from the index (edited or deleted)
    bool untracked = false; // new in the work tree, unknown to the index
    bool conflicted = false; // an unresolved merge conflict
    bool deleted = false; // gone from the work tree or the index

    [[nodiscard]] bool isDirty() const { return staged || modified || untracked || conflicted; }
};

} // namespace Promenade::Git
