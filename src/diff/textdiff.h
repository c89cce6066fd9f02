#pragma once

#include "filediff.h"
#include "intralinediff.h"
#include "textlines.h"
#include "utf8lines.h"

namespace Promenade::Diff {

// Compares two texts line by line and returns the FileDiff (hunks of side-by-side rows).
//
// The line diff is minimal (LineDiff: Myers, linear space), so addedLines + removedLines
// equals GNU `diff --minimal`'s count. A last line without '\n' differs from the same line
// with one, as in diff. Within a run of changes, removed and added lines are paired by
// similarity (an order-keeping alignment that maximises the summed similarity of pairs,
// IntraLineDiff::similarity above a third); each pair becomes a Modified row with intra-line
// ranges, the others Removed/Added rows.
// context: unchanged lines kept around each change (3 like diff -u); hunks whose contexts
// touch or overlap are merged. A negative context gives one hunk with every line of both
// files (a whole-file side-by-side view).
// Stateless and reentrant: call it from a worker thread for large files.
class TextDiff
{
public:
    struct Options
    {
        int context = 3;
        IntraLineDiff::Granularity intraLine = IntraLineDiff::Granularity::Word;
        // False: no pairing of removed and added lines (Removed rows, then Added rows, in
        // each run of changes), for a unified diff, which prints them so anyway.
        bool pairLines = true;
    };

    [[nodiscard]] static FileDiff compare(const QString &left, const QString &right,
                                          const Options &options);
    [[nodiscard]] static FileDiff compare(const TextLines &left, const TextLines &right,
                                          const Options &options);
    // The same on UTF-8 texts (what a file holds): the lines are compared as bytes, and only
    // the lines of the hunks are converted to QString.
    [[nodiscard]] static FileDiff compare(const Utf8Lines &left, const Utf8Lines &right,
                                          const Options &options);
};

} // namespace Promenade::Diff
