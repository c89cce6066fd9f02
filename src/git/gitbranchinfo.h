#pragma once

#include <QString>

namespace Promenade::Git {

// A local branch: its name, the commit it points at, the branch it tracks (if any).
struct BranchInfo
{
    QString name; // short name, e.g. "main"
    QString commitId; // full id of its tip
    QString upstream; // e.g. "origin/main", empty when it tracks nothing
    bool isHead = false;
};

// How far a branch and its upstream have diverged (like `git status -sb`'s [ahead 1, behind 2]).
struct AheadBehind
{
    qsizetype ahead = 0; // commits on the branch that the upstream lacks
    qsizetype behind = 0; // commits on the upstream that the branch lacks

    [[nodiscard]] bool canFastForward() const { return ahead == 0 && behind > 0; }
    [[nodiscard]] bool isDiverged() const { return ahead > 0 && behind > 0; }
};

} // namespace Promenade::Git
