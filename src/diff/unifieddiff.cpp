#include "unifieddiff.h"

namespace Promenade::Diff {

namespace {

const QString noNewline = QStringLiteral("\\ No newline at end of file\n");

} // namespace

QString UnifiedDiff::hunks(const FileDiff &diff)
{
    QString out;
    auto line = [&out](QChar marker, const Row::Side &side, int lineCount, bool missingNewline) {
        out += marker;
        out += side.text;
        out += u'\n';
        if (missingNewline && side.line == lineCount)
            out += noNewline;
    };
    for (const Hunk &hunk : diff.hunks) {
        out += hunk.header();
        out += u'\n';
        qsizetype r = 0;
        while (r < hunk.rows.size()) {
            const Row &row = hunk.rows[r];
            if (row.kind == Row::Kind::Equal) {
                // Equal last lines lack the newline on both sides or on neither.
                line(u' ', row.left, diff.leftLineCount, diff.leftMissingFinalNewline);
                ++r;
                continue;
            }
            qsizetype end = r;
            while (end < hunk.rows.size() && hunk.rows[end].kind != Row::Kind::Equal)
                ++end;
            for (qsizetype k = r; k < end; ++k) {
                if (hunk.rows[k].left.present())
                    line(u'-', hunk.rows[k].left, diff.leftLineCount, diff.leftMissingFinalNewline);
            }
            for (qsizetype k = r; k < end; ++k) {
                if (hunk.rows[k].right.present())
                    line(u'+', hunk.rows[k].right, diff.rightLineCount,
                         diff.rightMissingFinalNewline);
            }
            r = end;
        }
    }
    return out;
}

QString UnifiedDiff::format(const FileDiff &diff)
{
    if (!diff.hasChanges())
        return QString();
    const QString left = diff.status == FileDiff::Status::Added ? QStringLiteral("/dev/null")
                                                                : u"a/" + diff.leftPath;
    const QString right = diff.status == FileDiff::Status::Removed ? QStringLiteral("/dev/null")
                                                                   : u"b/" + diff.rightPath;
    if (diff.binary)
        return u"Binary files " + left + u" and " + right + u" differ\n";
    return u"--- " + left + u"\n+++ " + right + u'\n' + hunks(diff);
}

} // namespace Promenade::Diff
