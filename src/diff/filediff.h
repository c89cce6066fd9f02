#pragma once

#include "hunk.h"

namespace Promenade::Diff {

// The line diff of one file: FileDiff → Hunk → Row (see row.h and hunk.h for the row format).
//
// leftPath/rightPath are the labels of the two sides (relative paths in a folder comparison,
// empty for a side that does not exist). status says whether the file was added, removed,
// modified or is unchanged; an added file diffs against an empty left side and the other way
// round. addedLines/removedLines count changed lines as `diff` does (a Modified row counts as
// one removed and one added line); they equal GNU diff's minimal count.
// A binary file (a NUL byte in its first 8000 bytes, Git's rule) has no hunks.
// Plain data, copyable, safe to hand to another thread.
struct FileDiff
{
    enum class Status { Unchanged, Modified, Added, Removed };

    QString leftPath;
    QString rightPath;
    Status status = Status::Unchanged;
    bool binary = false;
    int leftLineCount = 0;
    int rightLineCount = 0;
    bool leftMissingFinalNewline = false;
    bool rightMissingFinalNewline = false;
    int addedLines = 0;
    int removedLines = 0;
    QList<Hunk> hunks;

    [[nodiscard]] bool hasChanges() const { return status != Status::Unchanged; }
    // The path to show for the file: the right one unless the file was removed.
    [[nodiscard]] QString displayPath() const { return rightPath.isEmpty() ? leftPath : rightPath; }
    [[nodiscard]] static QString statusName(Status status);
};

} // namespace Promenade::Diff
