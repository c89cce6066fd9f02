#include "textdiff.h"

#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace Promenade::Diff {

namespace {

// Lines pair up only when at least this alike (a third of their words in common).
constexpr double pairingThreshold = 0.34;
// Above this many candidate pairs in one run of changes, pair lines by position instead.
constexpr qsizetype maxPairingCells = 40000;

// The bytes of a line, whichever the text's encoding (lines compare equal when their bytes do).
QByteArrayView rawLine(const TextLines &lines, qsizetype i)
{
    const QStringView line = lines.line(i);
    return QByteArrayView(reinterpret_cast<const char *>(line.data()),
                          line.size() * qsizetype(sizeof(QChar)));
}

QByteArrayView rawLine(const Utf8Lines &lines, qsizetype i)
{
    return lines.line(i);
}

QString lineText(const TextLines &lines, qsizetype i)
{
    return lines.line(i).toString();
}

QString lineText(const Utf8Lines &lines, qsizetype i)
{
    return lines.lineText(i);
}

quint64 word(const char *p)
{
    quint64 w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Eight bytes at a time (FNV-1a on lines shorter than eight): lines are short, and Qt's seeded
// hash costs more.
Q_ALWAYS_INLINE quint32 hashOf(QByteArrayView line, bool unterminated)
{
    const char *p = line.data();
    const qsizetype size = line.size();
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(size) ^ (quint64(unterminated) << 63);
    auto mix = [&h](quint64 w) {
        h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    };
    if (size >= 8) {
        qsizetype i = 0;
        for (; i + 8 <= size; i += 8)
            mix(word(p + i));
        if (i < size)
            mix(word(p + size - 8)); // the rest, overlapping what came before
    } else {
        for (qsizetype i = 0; i < size; ++i)
            h = (h ^ quint8(p[i])) * 0x100000001b3ULL;
    }
    // Every bit of h into the low ones, which pick the slot.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return quint32(h);
}

// Inline rather than memcmp: lines are short, and most repeat.
bool equalBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype size = a.size();
    if (size != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (size < 8) {
        for (qsizetype i = 0; i < size; ++i) {
            if (p[i] != q[i])
                return false;
        }
        return true;
    }
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        if (word(p + i) != word(q + i))
            return false;
    }
    return i == size || word(p + size - 8) == word(q + size - 8);
}

// Maps every distinct line to a small int; a last line without '\n' is a different symbol
// from the same text with one (diff reports the newline change). An open-addressing table of
// (hash, id) over the lines' views, grown as distinct lines come (files mostly repeat their
// lines: a small table stays in the caches and takes few fresh pages). Ids are given in the
// order lines first appear: the left text's, then the right text's new ones.
class LineInterner
{
public:
    // The left text (interned first).
    template<typename Lines>
    void intern(const Lines &lines, std::vector<int> &ids)
    {
        const qsizetype count = lines.count();
        const bool lastUnterminated = lines.missingFinalNewline();
        ids.resize(size_t(count));
        for (qsizetype i = 0; i < count; ++i) {
            const bool unterminated = lastUnterminated && i == count - 1;
            const QByteArrayView line = rawLine(lines, i);
            ids[size_t(i)] = idOf(line, unterminated, hashOf(line, unterminated), i);
        }
    }

    // The right text, after the left one (`previous`, interned into previousIds): most lines
    // of a text compared with another version of it are, in order, the other's lines. A line
    // equal to the left line expected next takes its id without a lookup (comparing two lines
    // read in order costs less than hashing one and probing the table). Another line is
    // looked up, and the expected left line moves past its match: the first one a few lines
    // ahead, else its only occurrence in the left text. The ids are those intern() gives: a
    // line equal to a left line has that line's symbol, and only a looked-up line can be new.
    template<typename Lines>
    void internFollowing(const Lines &lines, const Lines &previous,
                         const std::vector<int> &previousIds, std::vector<int> &ids)
    {
        constexpr qsizetype window = 16;
        const qsizetype count = lines.count();
        const bool lastUnterminated = lines.missingFinalNewline();
        const qsizetype previousCount = previous.count();
        const bool previousLastUnterminated = previous.missingFinalNewline();
        ids.resize(size_t(count));
        qsizetype expected = 0; // the left line that the next line may equal
        for (qsizetype i = 0; i < count; ++i) {
            const bool unterminated = lastUnterminated && i == count - 1;
            const QByteArrayView line = rawLine(lines, i);
            if (expected < previousCount
                && unterminated == (previousLastUnterminated && expected == previousCount - 1)
                && equalBytes(rawLine(previous, expected), line)) {
                ids[size_t(i)] = previousIds[size_t(expected++)];
                continue;
            }
            const int id = idOf(line, unterminated, hashOf(line, unterminated), -1);
            ids[size_t(i)] = id;
            const qsizetype end = std::min(previousCount, expected + window);
            qsizetype k = expected;
            while (k < end && previousIds[size_t(k)] != id)
                ++k;
            if (k < end)
                expected = k + 1;
            else if (const int only = m_symbols[size_t(id)].onlyLine; only >= 0)
                expected = only + 1;
        }
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        int id = -1;
    };
    struct Symbol
    {
        QByteArrayView text;
        int onlyLine = -1; // the line of the left text that is its only occurrence there
        bool unterminated = false;
    };

    // Inline in the loop over the lines: a call per line costs as much as the lookup.
    // leftLine: the line's number in the left text (intern()), -1 in the right text.
    Q_ALWAYS_INLINE int idOf(QByteArrayView line, bool unterminated, quint32 hash,
                             qsizetype leftLine)
    {
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.id < 0) {
                slot.hash = hash;
                slot.id = int(m_symbols.size());
                m_symbols.push_back({line, int(leftLine), unterminated});
                if (m_symbols.size() * 2 > m_slots.size())
                    grow(); // at most half full: short probes
                return int(m_symbols.size()) - 1;
            }
            Symbol &symbol = m_symbols[size_t(slot.id)];
            if (slot.hash == hash && symbol.unterminated == unterminated
                && equalBytes(symbol.text, line)) {
                if (leftLine >= 0)
                    symbol.onlyLine = -1; // a second occurrence in the left text
                return slot.id;
            }
        }
    }

    Q_NEVER_INLINE void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = s.hash & m_mask;
            while (m_slots[i].id >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(4096);
    size_t m_mask = 4095;
    std::vector<Symbol> m_symbols;
};

// Pairs removed lines [0, r) with added lines [0, p) keeping order on both sides and
// maximising the summed similarity of the pairs. Returns (removed, added) index pairs.
template<typename Lines>
QList<std::pair<int, int>> pairLines(const Lines &left, int leftStart, int r, const Lines &right,
                                     int rightStart, int p)
{
    QList<std::pair<int, int>> pairs;
    if (r == 0 || p == 0)
        return pairs;
    if (qsizetype(r) * p > maxPairingCells) {
        for (int i = 0; i < std::min(r, p); ++i)
            pairs.append({i, i});
        return pairs;
    }
    // The words are views into these texts.
    QList<QString> lt(r);
    QList<QString> rt(p);
    QList<QList<QStringView>> lw(r);
    QList<QList<QStringView>> rw(p);
    for (int i = 0; i < r; ++i) {
        lt[i] = lineText(left, leftStart + i);
        lw[i] = IntraLineDiff::sortedWords(lt[i]);
    }
    for (int j = 0; j < p; ++j) {
        rt[j] = lineText(right, rightStart + j);
        rw[j] = IntraLineDiff::sortedWords(rt[j]);
    }
    const int cols = p + 1;
    std::vector<double> best(size_t(r + 1) * size_t(cols), 0.0);
    std::vector<double> sim(size_t(r) * size_t(p), 0.0);
    for (int i = 1; i <= r; ++i) {
        for (int j = 1; j <= p; ++j) {
            const double s = IntraLineDiff::dice(lw[i - 1], rw[j - 1]);
            sim[size_t(i - 1) * size_t(p) + size_t(j - 1)] = s;
            double v = std::max(best[size_t(i - 1) * cols + j], best[size_t(i) * cols + j - 1]);
            if (s >= pairingThreshold)
                v = std::max(v, best[size_t(i - 1) * cols + j - 1] + s);
            best[size_t(i) * cols + j] = v;
        }
    }
    int i = r;
    int j = p;
    while (i > 0 && j > 0) {
        const double s = sim[size_t(i - 1) * size_t(p) + size_t(j - 1)];
        const double here = best[size_t(i) * cols + j];
        if (s >= pairingThreshold && here == best[size_t(i - 1) * cols + j - 1] + s) {
            pairs.prepend({i - 1, j - 1});
            --i;
            --j;
        } else if (here == best[size_t(i - 1) * cols + j]) {
            --i;
        } else {
            --j;
        }
    }
    return pairs;
}

template<typename Lines>
Row equalRow(const Lines &left, int i, int j)
{
    Row row;
    row.kind = Row::Kind::Equal;
    row.left.line = i + 1;
    row.left.text = lineText(left, i);
    row.right.line = j + 1;
    row.right.text = row.left.text; // equal lines: one shared string
    return row;
}

template<typename Lines>
void appendChangeRows(QList<Row> &rows, const Lines &left, const Lines &right,
                      const LineDiff::Edit &e, const TextDiff::Options &options)
{
    const IntraLineDiff::Granularity granularity = options.intraLine;
    const auto pairs = options.pairLines
        ? pairLines(left, e.leftStart, e.leftLength, right, e.rightStart, e.rightLength)
        : QList<std::pair<int, int>>();
    int i = 0;
    int j = 0;
    auto removedUpTo = [&](int end) {
        for (; i < end; ++i) {
            Row row;
            row.kind = Row::Kind::Removed;
            row.left.line = e.leftStart + i + 1;
            row.left.text = lineText(left, e.leftStart + i);
            rows.append(row);
        }
    };
    auto addedUpTo = [&](int end) {
        for (; j < end; ++j) {
            Row row;
            row.kind = Row::Kind::Added;
            row.right.line = e.rightStart + j + 1;
            row.right.text = lineText(right, e.rightStart + j);
            rows.append(row);
        }
    };
    for (const auto &[pi, pj] : pairs) {
        removedUpTo(pi);
        addedUpTo(pj);
        Row row;
        row.kind = Row::Kind::Modified;
        row.left.line = e.leftStart + pi + 1;
        row.left.text = lineText(left, e.leftStart + pi);
        row.right.line = e.rightStart + pj + 1;
        row.right.text = lineText(right, e.rightStart + pj);
        const auto changes = IntraLineDiff::compute(row.left.text, row.right.text, granularity);
        row.left.changes = changes.left;
        row.right.changes = changes.right;
        rows.append(row);
        i = pi + 1;
        j = pj + 1;
    }
    removedUpTo(e.leftLength);
    addedUpTo(e.rightLength);
}

template<typename Lines>
FileDiff compareLines(const Lines &left, const Lines &right, const TextDiff::Options &options)
{
    FileDiff diff;
    diff.leftLineCount = int(left.count());
    diff.rightLineCount = int(right.count());
    diff.leftMissingFinalNewline = left.missingFinalNewline();
    diff.rightMissingFinalNewline = right.missingFinalNewline();

    std::vector<int> a;
    std::vector<int> b;
    {
        LineInterner interner;
        interner.intern(left, a);
        interner.internFollowing(right, left, a, b);
    }
    const QList<LineDiff::Edit> edits = LineDiff::compute(a, b);
    for (const LineDiff::Edit &e : edits) {
        diff.removedLines += e.leftLength;
        diff.addedLines += e.rightLength;
    }
    diff.status = edits.isEmpty() ? FileDiff::Status::Unchanged : FileDiff::Status::Modified;

    const int n = diff.leftLineCount;
    const int m = diff.rightLineCount;
    const bool wholeFile = options.context < 0;
    if (edits.isEmpty() && !(wholeFile && (n > 0 || m > 0)))
        return diff;
    const int context = wholeFile ? std::max(n, m) : options.context;

    qsizetype e = 0;
    while (e < edits.size() || (wholeFile && diff.hunks.isEmpty())) {
        // A hunk: edits [e, last] whose gaps are at most 2 * context equal lines.
        qsizetype last = e;
        while (last + 1 < edits.size()
               && edits[last + 1].leftStart - (edits[last].leftStart + edits[last].leftLength)
                   <= 2 * context)
            ++last;
        const bool noEdits = edits.isEmpty();
        const int firstLeft = noEdits ? 0 : std::max(0, edits[e].leftStart - context);
        const int shift = noEdits ? 0 : edits[e].leftStart - firstLeft;
        const int firstRight = noEdits ? 0 : edits[e].rightStart - shift;
        const int endLeftEdit = noEdits ? n : edits[last].leftStart + edits[last].leftLength;
        const int tail = std::min(context, n - endLeftEdit);
        const int endLeft = endLeftEdit + tail;
        const int endRight = noEdits ? m : edits[last].rightStart + edits[last].rightLength + tail;

        Hunk hunk;
        hunk.leftCount = endLeft - firstLeft;
        hunk.rightCount = endRight - firstRight;
        hunk.leftStart = hunk.leftCount ? firstLeft + 1 : firstLeft;
        hunk.rightStart = hunk.rightCount ? firstRight + 1 : firstRight;
        int i = firstLeft;
        int j = firstRight;
        for (qsizetype k = e; !noEdits && k <= last; ++k) {
            const LineDiff::Edit &edit = edits[k];
            for (; i < edit.leftStart; ++i, ++j)
                hunk.rows.append(equalRow(left, i, j));
            appendChangeRows(hunk.rows, left, right, edit, options);
            i = edit.leftStart + edit.leftLength;
            j = edit.rightStart + edit.rightLength;
        }
        for (; i < endLeft; ++i, ++j)
            hunk.rows.append(equalRow(left, i, j));
        diff.hunks.append(std::move(hunk));
        e = last + 1;
    }
    return diff;
}

} // namespace

FileDiff TextDiff::compare(const QString &left, const QString &right, const Options &options)
{
    return compare(TextLines(left), TextLines(right), options);
}

FileDiff TextDiff::compare(const TextLines &left, const TextLines &right, const Options &options)
{
    return compareLines(left, right, options);
}

FileDiff TextDiff::compare(const Utf8Lines &left, const Utf8Lines &right, const Options &options)
{
    return compareLines(left, right, options);
}

} // namespace Promenade::Diff
