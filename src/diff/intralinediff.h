#pragma once

#include "row.h"

#include <QStringView>

namespace Promenade::Diff {

// Intra-line changes of a modified line: which parts of the old line were replaced by which
// parts of the new one. Lines are split into tokens (runs of letters, digits and '_'; runs of
// white space; any other character alone), the token sequences are diffed with LineDiff
// (minimal), and changed tokens next to each other become one range. With Character
// granularity every replaced run of tokens is refined to the characters that differ.
// Also scores how alike two lines are, to pair removed with added lines.
// Stateless and reentrant.
class IntraLineDiff
{
public:
    enum class Granularity { None, Word, Character };

    struct Changes
    {
        QList<Row::Range> left;
        QList<Row::Range> right;
    };

    [[nodiscard]] static Changes compute(QStringView left, QStringView right,
                                         Granularity granularity);

    // 0 (nothing in common) .. 1 (same tokens): the Dice coefficient of the two lines' multisets
    // of non-blank tokens. Blank lines are alike only to blank lines.
    [[nodiscard]] static double similarity(QStringView left, QStringView right);
    // The pieces of similarity(), for callers that compare one line with many: a line's
    // non-blank tokens, sorted; and the Dice coefficient of two such lists.
    [[nodiscard]] static QList<QStringView> sortedWords(QStringView line);
    [[nodiscard]] static double dice(const QList<QStringView> &a, const QList<QStringView> &b);
};

} // namespace Promenade::Diff
