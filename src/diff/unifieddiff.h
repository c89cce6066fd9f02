#pragma once

#include "filediff.h"

namespace Promenade::Diff {

// Writes a FileDiff in the unified format of `diff -u` / `git diff`: per hunk the
// "@@ -a,b +c,d @@" header, context lines with ' ', then per run of changes every removed
// line ('-') before every added line ('+'), and "\ No newline at end of file" after a last
// line that has no newline. For a FileDiff built with the same context this is byte for byte
// what GNU diff -u prints wherever both found the same (minimal) edit script.
// Stateless and reentrant.
class UnifiedDiff
{
public:
    // The hunks only (what follows the two file header lines).
    [[nodiscard]] static QString hunks(const FileDiff &diff);
    // "--- a/<left>\n+++ b/<right>\n" (or /dev/null for a missing side) and the hunks; a binary
    // file gives "Binary files a/<left> and b/<right> differ\n". Empty when nothing changed.
    [[nodiscard]] static QString format(const FileDiff &diff);
};

} // namespace Promenade::Diff
