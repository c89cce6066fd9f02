#include "linediff.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <unordered_map>

namespace Promenade::Diff {

namespace {

// Marks a diagonal that no path inside the box reaches in the current round.
constexpr int unreachable = std::numeric_limits<int>::min();

// From this many symbols on, symbols without a match on the other side are discarded first.
constexpr int discardThreshold = 10000;

// Myers' search, on symbol arrays a[0..n) and b[0..m). Diagonal k = x - y; the two frontier
// arrays are indexed by k + offset.
class MyersSearch
{
public:
    MyersSearch(const int *a, int n, const int *b, int m)
        : m_a(a)
        , m_b(b)
        , m_offset(m + 1)
        // Not initialised: a round reads only the diagonals the previous round wrote, and the
        // pages of a large file's far diagonals are never touched.
        , m_forward(new int[size_t(n) + size_t(m) + 3])
        , m_backward(new int[size_t(n) + size_t(m) + 3])
        , m_changedA(size_t(n), 0)
        , m_changedB(size_t(m), 0)
    { }

    void run(int xoff, int xlim, int yoff, int ylim)
    {
        // Common prefix and suffix are never part of a shortest edit script's changes.
        while (xoff < xlim && yoff < ylim && m_a[xoff] == m_b[yoff]) {
            ++xoff;
            ++yoff;
        }
        while (xlim > xoff && ylim > yoff && m_a[xlim - 1] == m_b[ylim - 1]) {
            --xlim;
            --ylim;
        }
        if (xoff == xlim) {
            std::fill(m_changedB.begin() + yoff, m_changedB.begin() + ylim, 1);
            return;
        }
        if (yoff == ylim) {
            std::fill(m_changedA.begin() + xoff, m_changedA.begin() + xlim, 1);
            return;
        }
        int xmid = 0;
        int ymid = 0;
        middleSnake(xoff, xlim, yoff, ylim, xmid, ymid);
        run(xoff, xmid, yoff, ymid);
        run(xmid, xlim, ymid, ylim);
    }

    std::vector<char> &changedA() { return m_changedA; }
    std::vector<char> &changedB() { return m_changedB; }

private:
    // Finds a point (xmid, ymid) on a shortest edit path of the box, such that the path's
    // cost splits in two halves of (nearly) equal cost. Frontiers use absolute coordinates;
    // diagonals outside the box are never read (each move is checked against the box).
    void middleSnake(int xoff, int xlim, int yoff, int ylim, int &xmid, int &ymid)
    {
        int *fwd = m_forward.get() + m_offset;
        int *bwd = m_backward.get() + m_offset;
        const int kLow = xoff - ylim; // lowest diagonal inside the box
        const int kHigh = xlim - yoff; // highest
        const int kStart = xoff - yoff;
        const int kEnd = xlim - ylim;
        const bool odd = ((kStart - kEnd) & 1) != 0;
        fwd[kStart] = xoff;
        bwd[kEnd] = xlim;
        // Diagonals computed in the last forward and backward rounds.
        int fLo = kStart;
        int fHi = kStart;
        int bLo = kEnd;
        int bHi = kEnd;

        for (int d = 1;; ++d) {
            // Forward round d: extend each (d-1)-path by one edit and follow its snake.
            const int nfLo = std::max(kStart - d, kLow + ((kStart - d - kLow) & 1));
            const int nfHi = std::min(kStart + d, kHigh - ((kStart + d - kHigh) & 1));
            for (int k = nfHi; k >= nfLo; k -= 2) {
                int x = unreachable;
                // Deletion: from diagonal k-1, one step right.
                if (k - 1 >= fLo && k - 1 <= fHi && fwd[k - 1] != unreachable
                    && fwd[k - 1] + 1 <= xlim)
                    x = fwd[k - 1] + 1;
                // Insertion: from diagonal k+1, one step down (x unchanged); wins ties.
                if (k + 1 >= fLo && k + 1 <= fHi && fwd[k + 1] != unreachable
                    && fwd[k + 1] - k <= ylim && fwd[k + 1] >= x)
                    x = fwd[k + 1];
                if (x == unreachable) {
                    // Both moves leave the box: the neighbour's path already reached the edge,
                    // and every path through this diagonal costs more than following the edge.
                    fwd[k] = unreachable;
                    continue;
                }
                int y = x - k;
                while (x < xlim && y < ylim && m_a[x] == m_b[y]) {
                    ++x;
                    ++y;
                }
                fwd[k] = x;
                if (odd && k >= bLo && k <= bHi && bwd[k] != unreachable && bwd[k] <= x) {
                    xmid = x;
                    ymid = y;
                    return;
                }
            }
            fLo = nfLo;
            fHi = nfHi;

            // Backward round d, from the end of the box.
            const int nbLo = std::max(kEnd - d, kLow + ((kEnd - d - kLow) & 1));
            const int nbHi = std::min(kEnd + d, kHigh - ((kEnd + d - kHigh) & 1));
            for (int k = nbHi; k >= nbLo; k -= 2) {
                int x = unreachable;
                // Reverse deletion: from diagonal k+1, one step left.
                if (k + 1 >= bLo && k + 1 <= bHi && bwd[k + 1] != unreachable
                    && bwd[k + 1] - 1 >= xoff)
                    x = bwd[k + 1] - 1;
                // Reverse insertion: from diagonal k-1, one step up (x unchanged); wins ties.
                if (k - 1 >= bLo && k - 1 <= bHi && bwd[k - 1] != unreachable
                    && bwd[k - 1] - k >= yoff && (x == unreachable || bwd[k - 1] <= x))
                    x = bwd[k - 1];
                if (x == unreachable) {
                    bwd[k] = unreachable;
                    continue;
                }
                int y = x - k;
                while (x > xoff && y > yoff && m_a[x - 1] == m_b[y - 1]) {
                    --x;
                    --y;
                }
                bwd[k] = x;
                if (!odd && k >= fLo && k <= fHi && fwd[k] != unreachable && x <= fwd[k]) {
                    xmid = x;
                    ymid = y;
                    return;
                }
            }
            bLo = nbLo;
            bHi = nbHi;
        }
    }

    const int *m_a;
    const int *m_b;
    int m_offset;
    std::unique_ptr<int[]> m_forward;
    std::unique_ptr<int[]> m_backward;
    std::vector<char> m_changedA;
    std::vector<char> m_changedB;
};

QList<LineDiff::Edit> collectEdits(const std::vector<char> &changedA,
                                   const std::vector<char> &changedB)
{
    QList<LineDiff::Edit> edits;
    const int n = int(changedA.size());
    const int m = int(changedB.size());
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !changedA[size_t(i)] && !changedB[size_t(j)]) {
            ++i;
            ++j;
            continue;
        }
        LineDiff::Edit e;
        e.leftStart = i;
        e.rightStart = j;
        while (i < n && changedA[size_t(i)])
            ++i;
        while (j < m && changedB[size_t(j)])
            ++j;
        e.leftLength = i - e.leftStart;
        e.rightLength = j - e.rightStart;
        edits.append(e);
    }
    return edits;
}

// Canonical placement of runs of changes (the same rules as GNU diff, so that both print the
// same hunks): where a run of changed symbols can slide over equal symbols, first slide it up
// (merging with runs it meets), then down as far as it goes (merging again), repeat while it
// grows, and finally move it back up to the last place where it lines up with a change in the
// other sequence, so that a deletion and an insertion stay one change. Every slide keeps the
// script minimal, because the symbols slid over are equal.
void shiftBoundaries(const int *seq, int n, std::vector<char> &changed,
                     const std::vector<char> &otherChanged)
{
    // gapChanged[u]: the other sequence has changes between its unchanged symbols u-1 and u.
    std::vector<char> gapChanged(otherChanged.size() + 1);
    {
        size_t gaps = 0;
        bool pending = false;
        for (char c : otherChanged) {
            if (c) {
                pending = true;
            } else {
                gapChanged[gaps++] = pending;
                pending = false;
            }
        }
        gapChanged[gaps++] = pending;
        gapChanged.resize(gaps);
    }
    auto at = [&changed](int i) {
        return changed[size_t(i)] != 0;
    };
    int i = 0;
    int u = 0; // unchanged symbols before i
    for (;;) {
        while (i < n && !at(i)) {
            ++i;
            ++u;
        }
        if (i == n)
            break;
        int start = i;
        int end = i;
        while (end < n && at(end))
            ++end;
        int corresponding = -1;
        int length = 0;
        do {
            length = end - start;
            while (start > 0 && seq[start - 1] == seq[end - 1]) {
                changed[size_t(--start)] = 1;
                changed[size_t(--end)] = 0;
                --u;
                while (start > 0 && at(start - 1))
                    --start;
            }
            corresponding = gapChanged[size_t(u)] ? end : -1;
            while (end < n && seq[start] == seq[end]) {
                changed[size_t(start++)] = 0;
                changed[size_t(end++)] = 1;
                ++u;
                while (end < n && at(end))
                    ++end;
                if (gapChanged[size_t(u)])
                    corresponding = end;
            }
        } while (length != end - start);
        if (corresponding >= 0) {
            while (corresponding < end) {
                changed[size_t(--start)] = 1;
                changed[size_t(--end)] = 0;
                --u;
            }
        }
        i = end;
    }
}

} // namespace

QList<LineDiff::Edit> LineDiff::compute(const std::vector<int> &left, const std::vector<int> &right)
{
    const int n = int(left.size());
    const int m = int(right.size());
    std::vector<char> changedA(size_t(n), 1);
    std::vector<char> changedB(size_t(m), 1);

    if (n + m < discardThreshold) {
        MyersSearch search(left.data(), n, right.data(), m);
        search.run(0, n, 0, m);
        changedA = std::move(search.changedA());
        changedB = std::move(search.changedB());
    } else {
        // A symbol that does not occur on the other side can never be matched: mark it changed
        // and leave it out of the search. The longest common subsequence stays the same, so the
        // result stays minimal, and the search gets much cheaper when changed lines are new
        // text. (Small inputs skip this: the search is cheap there, and without it the placement
        // of ambiguous changes is the same as GNU diff --minimal's.)
        int minSymbol = 0;
        int maxSymbol = 0;
        for (const std::vector<int> *seq : {&left, &right}) {
            for (int x : *seq) {
                minSymbol = std::min(minSymbol, x);
                maxSymbol = std::max(maxSymbol, x);
            }
        }
        // Symbols as small non-negative ints (interned lines already are; others are renumbered)
        // so that "occurs on the other side" is a flag in an array.
        const std::vector<int> *a = &left;
        const std::vector<int> *b = &right;
        std::vector<int> renumberedA;
        std::vector<int> renumberedB;
        if (minSymbol < 0 || maxSymbol >= 4 * (n + m) + 1024) {
            std::unordered_map<int, int> numbers;
            for (const auto &[from, to] :
                 {std::pair {&left, &renumberedA}, {&right, &renumberedB}}) {
                to->reserve(from->size());
                for (int x : *from)
                    to->push_back(numbers.emplace(x, int(numbers.size())).first->second);
            }
            a = &renumberedA;
            b = &renumberedB;
            maxSymbol = int(numbers.size());
        }
        std::vector<char> inLeft(size_t(maxSymbol) + 1, 0);
        std::vector<char> inRight(size_t(maxSymbol) + 1, 0);
        for (int x : *a)
            inLeft[size_t(x)] = 1;
        for (int x : *b)
            inRight[size_t(x)] = 1;
        // The kept symbols (renumbered or not: the search only compares them for equality), in
        // order: the k-th kept symbol of a side is its k-th symbol that occurs on the other.
        std::vector<int> keptA;
        std::vector<int> keptB;
        keptA.reserve(size_t(n));
        keptB.reserve(size_t(m));
        for (const int x : *a) {
            if (inRight[size_t(x)])
                keptA.push_back(x);
        }
        for (const int x : *b) {
            if (inLeft[size_t(x)])
                keptB.push_back(x);
        }
        MyersSearch search(keptA.data(), int(keptA.size()), keptB.data(), int(keptB.size()));
        search.run(0, int(keptA.size()), 0, int(keptB.size()));
        // Back to every symbol: a kept one as the search found it (discarded ones stay changed).
        size_t k = 0;
        for (int i = 0; i < n; ++i) {
            if (inRight[size_t((*a)[size_t(i)])])
                changedA[size_t(i)] = search.changedA()[k++];
        }
        k = 0;
        for (int j = 0; j < m; ++j) {
            if (inLeft[size_t((*b)[size_t(j)])])
                changedB[size_t(j)] = search.changedB()[k++];
        }
    }

    shiftBoundaries(left.data(), n, changedA, changedB);
    shiftBoundaries(right.data(), m, changedB, changedA);
    return collectEdits(changedA, changedB);
}

} // namespace Promenade::Diff
