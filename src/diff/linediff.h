#pragma once

#include <QList>

#include <vector>

namespace Promenade::Diff {

// The minimal edit script between two sequences of symbols (lines or tokens interned as ints).
//
// Myers' O(ND) algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986) with the
// linear-space refinement: find the middle snake of the shortest edit path, recurse on both
// halves; common prefixes and suffixes are stripped at every level. No cost-cutting heuristic,
// so the number of inserted + deleted symbols is the minimum (what `diff --minimal` finds).
// After the search, runs of changes are slid over repeated symbols as GNU diff does, so that
// equivalent scripts come out in one canonical, stable form.
//
// Reentrant: every call works on its own buffers.
class LineDiff
{
public:
    // One change: left[leftStart, leftStart+leftLength) replaced by
    // right[rightStart, rightStart+rightLength). Either length may be 0. Sorted, disjoint, and
    // separated by at least one common symbol.
    struct Edit
    {
        int leftStart = 0;
        int leftLength = 0;
        int rightStart = 0;
        int rightLength = 0;
    };

    [[nodiscard]] static QList<Edit> compute(const std::vector<int> &left,
                                             const std::vector<int> &right);
};

} // namespace Promenade::Diff
