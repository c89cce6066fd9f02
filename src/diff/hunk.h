#pragma once

#include "row.h"

namespace Promenade::Diff {

// A hunk: a run of changed rows with their surrounding context rows, as in `diff -u`.
//
// leftStart/leftCount and rightStart/rightCount are exactly the numbers of the unified header
// "@@ -leftStart,leftCount +rightStart,rightCount @@": 1-based first line of the hunk on each
// side, and when a side's count is 0, the number of the line *after which* the hunk applies
// (0 for the start of the file), as GNU diff prints it.
// Rows are in side-by-side order: within a run of changes, a removed line and the added line
// that replaced it share one Modified row; unpaired lines get their own Removed/Added rows.
struct Hunk
{
    int leftStart = 0;
    int leftCount = 0;
    int rightStart = 0;
    int rightCount = 0;
    QList<Row> rows;

    // "@@ -a,b +c,d @@" (",1" omitted as diff -u does).
    [[nodiscard]] QString header() const;
};

} // namespace Promenade::Diff
