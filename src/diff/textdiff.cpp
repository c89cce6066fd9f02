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

// Maps every distinct line to a small int; a last line without '\n' is a different symbol
// from the same text with one (diff reports the newline change). An open-addressing table of
// (hash, id) over the lines' views: a file of 100,000 lines is interned without allocating a
// node per line.
void internLines(const TextLines &left, const TextLines &right, std::vector<int> &a,
                 std::vector<int> &b)
{
    struct Slot
    {
        quint32 hash = 0;
        int id = -1;
    };
    struct Symbol
    {
        QStringView text;
        bool unterminated = false;
    };
    // At most four fifths full even if every line differs (files mostly repeat their lines: a
    // smaller table takes fewer fresh pages).
    size_t capacity = 16;
    while (capacity < size_t(left.count() + right.count()) * 5 / 4)
        capacity *= 2;
    const size_t mask = capacity - 1;
    std::vector<Slot> slots(capacity);
    std::vector<Symbol> symbols;
    symbols.reserve(size_t(left.count() + right.count())); // pages untouched until used

    // Four UTF-16 units at a time, then FNV-1a on the rest: lines are short, and Qt's seeded
    // hash costs more.
    auto hashOf = [](QStringView line, bool unterminated) {
        const char16_t *p = line.utf16();
        qsizetype n = line.size();
        quint64 h = 0xcbf29ce484222325ULL ^ quint64(n) ^ (quint64(unterminated) << 63);
        for (; n >= 4; n -= 4, p += 4) {
            quint64 word = 0;
            std::memcpy(&word, p, sizeof word);
            h = (h ^ word) * 0x9e3779b97f4a7c15ULL;
            h ^= h >> 29;
        }
        for (; n > 0; --n, ++p)
            h = (h ^ *p) * 0x100000001b3ULL;
        return quint32(h ^ (h >> 32));
    };
    auto idOf = [&](QStringView line, bool unterminated, quint32 hash) {
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = slots[i];
            if (slot.id < 0) {
                slot.hash = hash;
                slot.id = int(symbols.size());
                symbols.push_back({line, unterminated});
                return slot.id;
            }
            const Symbol &symbol = symbols[size_t(slot.id)];
            // memcmp inline rather than Qt's out-of-line comparison: most lines repeat.
            if (slot.hash == hash && symbol.unterminated == unterminated
                && symbol.text.size() == line.size()
                && std::memcmp(symbol.text.data(), line.data(), size_t(line.size()) * sizeof(QChar))
                    == 0)
                return slot.id;
        }
    };
    // The table is larger than the caches: the hashes first, so that each line's slot can be
    // fetched from memory a few lines ahead of its lookup.
    constexpr qsizetype ahead = 16;
    auto intern = [&](const TextLines &lines, std::vector<int> &ids) {
        const qsizetype count = lines.count();
        const bool lastUnterminated = lines.missingFinalNewline();
        std::vector<quint32> hashes(static_cast<size_t>(count));
        for (qsizetype i = 0; i < count; ++i)
            hashes[size_t(i)] = hashOf(lines.line(i), lastUnterminated && i == count - 1);
        ids.resize(size_t(count));
        for (qsizetype i = 0; i < count; ++i) {
            if (i + ahead < count)
                __builtin_prefetch(&slots[hashes[size_t(i + ahead)] & mask]);
            ids[size_t(i)]
                = idOf(lines.line(i), lastUnterminated && i == count - 1, hashes[size_t(i)]);
        }
    };
    intern(left, a);
    intern(right, b);
}

// Pairs removed lines [0, r) with added lines [0, p) keeping order on both sides and
// maximising the summed similarity of the pairs. Returns (removed, added) index pairs.
QList<std::pair<int, int>> pairLines(const TextLines &left, int leftStart, int r,
                                     const TextLines &right, int rightStart, int p)
{
    QList<std::pair<int, int>> pairs;
    if (r == 0 || p == 0)
        return pairs;
    if (qsizetype(r) * p > maxPairingCells) {
        for (int i = 0; i < std::min(r, p); ++i)
            pairs.append({i, i});
        return pairs;
    }
    QList<QList<QStringView>> lw(r);
    QList<QList<QStringView>> rw(p);
    for (int i = 0; i < r; ++i)
        lw[i] = IntraLineDiff::sortedWords(left.line(leftStart + i));
    for (int j = 0; j < p; ++j)
        rw[j] = IntraLineDiff::sortedWords(right.line(rightStart + j));
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

Row equalRow(const TextLines &left, int i, int j)
{
    Row row;
    row.kind = Row::Kind::Equal;
    row.left.line = i + 1;
    row.left.text = left.line(i).toString();
    row.right.line = j + 1;
    row.right.text = row.left.text; // equal lines: one shared string
    return row;
}

void appendChangeRows(QList<Row> &rows, const TextLines &left, const TextLines &right,
                      const LineDiff::Edit &e, IntraLineDiff::Granularity granularity)
{
    const auto pairs
        = pairLines(left, e.leftStart, e.leftLength, right, e.rightStart, e.rightLength);
    int i = 0;
    int j = 0;
    auto removedUpTo = [&](int end) {
        for (; i < end; ++i) {
            Row row;
            row.kind = Row::Kind::Removed;
            row.left.line = e.leftStart + i + 1;
            row.left.text = left.line(e.leftStart + i).toString();
            rows.append(row);
        }
    };
    auto addedUpTo = [&](int end) {
        for (; j < end; ++j) {
            Row row;
            row.kind = Row::Kind::Added;
            row.right.line = e.rightStart + j + 1;
            row.right.text = right.line(e.rightStart + j).toString();
            rows.append(row);
        }
    };
    for (const auto &[pi, pj] : pairs) {
        removedUpTo(pi);
        addedUpTo(pj);
        Row row;
        row.kind = Row::Kind::Modified;
        row.left.line = e.leftStart + pi + 1;
        row.left.text = left.line(e.leftStart + pi).toString();
        row.right.line = e.rightStart + pj + 1;
        row.right.text = right.line(e.rightStart + pj).toString();
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

} // namespace

FileDiff TextDiff::compare(const QString &left, const QString &right, const Options &options)
{
    return compare(TextLines(left), TextLines(right), options);
}

FileDiff TextDiff::compare(const TextLines &left, const TextLines &right, const Options &options)
{
    FileDiff diff;
    diff.leftLineCount = int(left.count());
    diff.rightLineCount = int(right.count());
    diff.leftMissingFinalNewline = left.missingFinalNewline();
    diff.rightMissingFinalNewline = right.missingFinalNewline();

    std::vector<int> a;
    std::vector<int> b;
    internLines(left, right, a, b);
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
            appendChangeRows(hunk.rows, left, right, edit, options.intraLine);
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

} // namespace Promenade::Diff
