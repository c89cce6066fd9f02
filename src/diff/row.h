#pragma once

#include <QList>
#include <QString>

namespace Promenade::Diff {

// One row of a side-by-side diff: a line on the left, a line on the right, or both.
//
// Format (plain data, read by the view models and the JSON writer):
//   - left.line / right.line are 1-based line numbers in the two inputs; 0 means the side is
//     empty on this row (an added row has no left line, a removed row no right line).
//   - text is the line without its line terminator ('\r' of a CRLF file is kept, so that the
//     unified output stays byte-exact).
//   - changes are the intra-line changes on a Modified row: ranges in UTF-16 code units of
//     text (QString indices, what QML's TextEdit positions use), sorted, not overlapping.
//   - kind: Equal (both sides, same text), Removed (left only), Added (right only),
//     Modified (a removed line paired with the added line that replaced it).
// Rows are values; copy them freely between threads.
struct Row
{
    enum class Kind { Equal, Added, Removed, Modified };

    struct Range
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    struct Side
    {
        int line = 0;
        QString text;
        QList<Range> changes;
        [[nodiscard]] bool present() const { return line > 0; }
    };

    Side left;
    Side right;
    Kind kind = Kind::Equal;
};

} // namespace Promenade::Diff
