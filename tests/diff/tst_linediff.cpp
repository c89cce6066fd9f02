#include "linediff.h"

#include <QTest>

#include <random>

using namespace Promenade::Diff;

namespace {

std::vector<int> symbols(const char *text)
{
    std::vector<int> out;
    for (const char *p = text; *p; ++p)
        out.push_back(*p);
    return out;
}

// Length of the longest common subsequence by dynamic programming (the reference).
int lcs(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> prev(b.size() + 1, 0);
    std::vector<int> cur(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

int cost(const QList<LineDiff::Edit> &edits)
{
    int c = 0;
    for (const auto &e : edits)
        c += e.leftLength + e.rightLength;
    return c;
}

} // namespace

// LineDiff: Myers' minimal edit script on symbol sequences.
class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void myersPaperExample()
    {
        // The example of Myers' paper: ABCABBA → CBABAC has D = 5.
        const auto edits = LineDiff::compute(symbols("ABCABBA"), symbols("CBABAC"));
        QCOMPARE(cost(edits), 5);
    }

    void emptySides()
    {
        QVERIFY(LineDiff::compute({}, {}).isEmpty());
        const auto added = LineDiff::compute({}, symbols("abc"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().rightLength, 3);
        const auto removed = LineDiff::compute(symbols("ab"), {});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().leftLength, 2);
    }

    void insertionInRepeatsSlidesDown()
    {
        // "a a" → "a a a": the inserted a is reported last, as GNU diff does.
        const auto edits = LineDiff::compute(symbols("aa"), symbols("aaa"));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().rightStart, 2);
        QCOMPARE(edits.first().leftStart, 2);
    }

    void largeInputsStayMinimal()
    {
        // Above 10,000 symbols, symbols without a match are discarded before the search.
        std::mt19937 rng(77);
        for (int round = 0; round < 3; ++round) {
            const int n = 6000;
            std::vector<int> a(static_cast<size_t>(n));
            for (int &x : a)
                x = int(rng() % (round == 0 ? 8u : 3000u));
            std::vector<int> b;
            for (int x : a) {
                const unsigned r = rng() % 100;
                if (r < 3)
                    continue; // deleted
                if (r < 6)
                    b.push_back(100000 + int(rng() % 50)); // new text
                if (r < 8)
                    b.push_back(int(rng() % 8)); // repeated text
                b.push_back(x);
            }
            if (round == 2)
                b.push_back(-5); // a negative symbol takes the sparse path
            QCOMPARE(cost(LineDiff::compute(a, b)), int(a.size() + b.size()) - 2 * lcs(a, b));
        }
    }

    void minimalAgainstDynamicProgramming()
    {
        std::mt19937 rng(4242);
        for (int round = 0; round < 2000; ++round) {
            const int n = int(rng() % 40);
            const int m = int(rng() % 40);
            const int alphabet = 1 + int(rng() % 6);
            std::vector<int> a(static_cast<size_t>(n));
            std::vector<int> b(static_cast<size_t>(m));
            for (int &x : a)
                x = int(rng() % unsigned(alphabet));
            for (int &x : b)
                x = int(rng() % unsigned(alphabet));
            const auto edits = LineDiff::compute(a, b);
            QCOMPARE(cost(edits), n + m - 2 * lcs(a, b));
            // The edits are sorted, disjoint, and what lies between them is equal.
            int i = 0;
            int j = 0;
            for (const auto &e : edits) {
                QVERIFY(e.leftStart >= i && e.rightStart >= j);
                QCOMPARE(e.leftStart - i, e.rightStart - j);
                for (; i < e.leftStart; ++i, ++j)
                    QCOMPARE(a[size_t(i)], b[size_t(j)]);
                i += e.leftLength;
                j += e.rightLength;
            }
            QCOMPARE(n - i, m - j);
            for (; i < n; ++i, ++j)
                QCOMPARE(a[size_t(i)], b[size_t(j)]);
        }
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
