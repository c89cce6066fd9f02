#include "intralinediff.h"

#include "linediff.h"

#include <QHash>

#include <algorithm>

namespace Promenade::Diff {

namespace {

struct Token
{
    int start = 0;
    int length = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const int start = i;
        const QChar c = text[i];
        if (isWordChar(c)) {
            while (i < size && isWordChar(text[i]))
                ++i;
        } else if (c.isSpace()) {
            while (i < size && text[i].isSpace())
                ++i;
        } else {
            ++i;
        }
        tokens.append({start, i - start});
    }
    return tokens;
}

// Interns the tokens of both lines so that equal tokens get equal ids.
void intern(QStringView left, const QList<Token> &lt, QStringView right, const QList<Token> &rt,
            std::vector<int> &a, std::vector<int> &b)
{
    QHash<QStringView, int> ids;
    ids.reserve(lt.size() + rt.size());
    auto idOf = [&ids](QStringView s) {
        const auto it = ids.constFind(s);
        if (it != ids.constEnd())
            return it.value();
        const int id = int(ids.size());
        ids.insert(s, id);
        return id;
    };
    a.reserve(size_t(lt.size()));
    b.reserve(size_t(rt.size()));
    for (const Token &t : lt)
        a.push_back(idOf(left.mid(t.start, t.length)));
    for (const Token &t : rt)
        b.push_back(idOf(right.mid(t.start, t.length)));
}

void appendRange(QList<Row::Range> &ranges, int start, int length)
{
    if (length <= 0)
        return;
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == start) {
        ranges.last().length += length;
        return;
    }
    ranges.append({start, length});
}

// Character diff of two substrings, appending ranges shifted by the substrings' offsets.
void characterDiff(QStringView left, int leftOffset, QStringView right, int rightOffset,
                   IntraLineDiff::Changes &out)
{
    std::vector<int> a(size_t(left.size()));
    std::vector<int> b(size_t(right.size()));
    for (qsizetype i = 0; i < left.size(); ++i)
        a[size_t(i)] = left[i].unicode();
    for (qsizetype i = 0; i < right.size(); ++i)
        b[size_t(i)] = right[i].unicode();
    for (const LineDiff::Edit &e : LineDiff::compute(a, b)) {
        appendRange(out.left, leftOffset + e.leftStart, e.leftLength);
        appendRange(out.right, rightOffset + e.rightStart, e.rightLength);
    }
}

} // namespace

IntraLineDiff::Changes IntraLineDiff::compute(QStringView left, QStringView right,
                                              Granularity granularity)
{
    Changes out;
    if (granularity == Granularity::None || left == right)
        return out;
    const QList<Token> lt = tokenize(left);
    const QList<Token> rt = tokenize(right);
    std::vector<int> a;
    std::vector<int> b;
    intern(left, lt, right, rt, a, b);
    // Changes separated only by white space read as one change ("quick brown" → "slow red").
    QList<LineDiff::Edit> edits;
    for (const LineDiff::Edit &e : LineDiff::compute(a, b)) {
        if (!edits.isEmpty()) {
            LineDiff::Edit &prev = edits.last();
            bool blankGap = true;
            for (int t = prev.leftStart + prev.leftLength; t < e.leftStart && blankGap; ++t)
                blankGap = left[lt[t].start].isSpace();
            if (blankGap) {
                prev.leftLength = e.leftStart + e.leftLength - prev.leftStart;
                prev.rightLength = e.rightStart + e.rightLength - prev.rightStart;
                continue;
            }
        }
        edits.append(e);
    }
    for (const LineDiff::Edit &e : edits) {
        const int ls = e.leftLength ? lt[e.leftStart].start : 0;
        const int le = e.leftLength
            ? lt[e.leftStart + e.leftLength - 1].start + lt[e.leftStart + e.leftLength - 1].length
            : 0;
        const int rs = e.rightLength ? rt[e.rightStart].start : 0;
        const int re = e.rightLength ? rt[e.rightStart + e.rightLength - 1].start
                + rt[e.rightStart + e.rightLength - 1].length
                                     : 0;
        if (granularity == Granularity::Character && e.leftLength && e.rightLength) {
            characterDiff(left.mid(ls, le - ls), ls, right.mid(rs, re - rs), rs, out);
            continue;
        }
        appendRange(out.left, ls, le - ls);
        appendRange(out.right, rs, re - rs);
    }
    return out;
}

QList<QStringView> IntraLineDiff::sortedWords(QStringView line)
{
    QList<QStringView> out;
    for (const Token &t : tokenize(line)) {
        const QStringView s = line.mid(t.start, t.length);
        if (!s.front().isSpace())
            out.append(s);
    }
    std::sort(out.begin(), out.end());
    return out;
}

double IntraLineDiff::dice(const QList<QStringView> &a, const QList<QStringView> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    int common = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const int c = a[i].compare(b[j]);
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * common / double(a.size() + b.size());
}

double IntraLineDiff::similarity(QStringView left, QStringView right)
{
    if (left == right)
        return 1.0;
    return dice(sortedWords(left), sortedWords(right));
}

} // namespace Promenade::Diff
