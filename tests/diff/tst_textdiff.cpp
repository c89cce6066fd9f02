#include "diffgenerator.h"
#include "linediff.h"
#include "testsupport.h"
#include "textdiff.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Diff;

namespace {

// Applies the hunks of a FileDiff to the left text; fails (returns a message) when a context
// or removed line does not match the left text or the hunk header disagrees with its rows.
QString applyDiff(const FileDiff &diff, const QString &leftText, QString *error)
{
    const TextLines left(leftText);
    QStringList out;
    int cursor = 0;
    for (const Hunk &hunk : diff.hunks) {
        const int start = hunk.leftCount ? hunk.leftStart - 1 : hunk.leftStart;
        if (start < cursor) {
            *error = QStringLiteral("hunks overlap at %1").arg(hunk.header());
            return {};
        }
        for (; cursor < start; ++cursor)
            out.append(left.line(cursor).toString());
        int leftRows = 0;
        int rightRows = 0;
        for (const Row &row : hunk.rows) {
            if (row.left.present()) {
                ++leftRows;
                if (row.left.line != cursor + 1 || row.left.text != left.line(cursor)) {
                    *error = QStringLiteral("left line %1 does not match in %2")
                                 .arg(cursor + 1)
                                 .arg(hunk.header());
                    return {};
                }
                ++cursor;
            }
            if (row.right.present()) {
                ++rightRows;
                out.append(row.right.text);
            }
            if ((row.kind == Row::Kind::Equal)
                    != (row.left.present() && row.right.present() && row.left.text == row.right.text
                        && row.left.changes.isEmpty())
                && row.kind != Row::Kind::Modified) {
                *error
                    = QStringLiteral("row kind does not match its sides in %1").arg(hunk.header());
                return {};
            }
        }
        if (leftRows != hunk.leftCount || rightRows != hunk.rightCount) {
            *error = QStringLiteral("header %1 but %2 left and %3 right rows")
                         .arg(hunk.header())
                         .arg(leftRows)
                         .arg(rightRows);
            return {};
        }
    }
    for (; cursor < left.count(); ++cursor)
        out.append(left.line(cursor).toString());
    QString text = out.join(u'\n');
    if (!out.isEmpty() && !diff.rightMissingFinalNewline)
        text += u'\n';
    return text;
}

// GNU diff's minimal count of changed lines (deleted + inserted), or -1 when diff is missing.
int gnuChangedLines(const QString &left, const QString &right)
{
    static const QString diffProgram = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diffProgram.isEmpty())
        return -1;
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(QStringLiteral("a")), left.toUtf8());
    TestSupport::writeFile(dir.filePath(QStringLiteral("b")), right.toUtf8());
    const auto r = TestSupport::runProcess(diffProgram,
                                           {QStringLiteral("--minimal"), QStringLiteral("-a"),
                                            dir.filePath(QStringLiteral("a")),
                                            dir.filePath(QStringLiteral("b"))});
    int count = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith("< ") || line.startsWith("> ") || line == "<" || line == ">")
            ++count;
    }
    return count;
}

// Everything a FileDiff says (hunks, rows, intra-line ranges), to compare two.
QString dump(const FileDiff &diff)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                      .arg(diff.leftLineCount)
                      .arg(diff.rightLineCount)
                      .arg(diff.addedLines)
                      .arg(diff.removedLines)
                      .arg(diff.leftMissingFinalNewline)
                      .arg(diff.rightMissingFinalNewline);
    for (const Hunk &hunk : diff.hunks) {
        out += hunk.header() + u'\n';
        for (const Row &row : hunk.rows) {
            out += QStringLiteral("%1 %2[%3] %4[%5]")
                       .arg(int(row.kind))
                       .arg(row.left.line)
                       .arg(row.left.text)
                       .arg(row.right.line)
                       .arg(row.right.text);
            for (const auto *side : {&row.left, &row.right})
                for (const Row::Range &r : side->changes)
                    out += QStringLiteral(" %1+%2").arg(r.start).arg(r.length);
            out += u'\n';
        }
    }
    return out;
}

} // namespace

// TextDiff: the line diff as hunks of side-by-side rows; minimal, applicable, paired.
class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomPairsApplyAndMatchGnuDiff_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 400; ++i)
            QTest::addRow("%d", i) << i;
    }

    void randomPairsApplyAndMatchGnuDiff()
    {
        QFETCH(int, index);
        const DiffGenerator::Case c = DiffGenerator::generate(index);
        const FileDiff diff = TextDiff::compare(c.left, c.right, {});
        QString error;
        const QString applied = applyDiff(diff, c.left, &error);
        QVERIFY2(error.isEmpty(), qPrintable(c.name + u": " + error));
        QCOMPARE(applied, c.right);
        QCOMPARE(diff.hasChanges(), c.left != c.right);

        // The whole-file form lists every line of both sides, in order.
        const FileDiff whole
            = TextDiff::compare(c.left, c.right, {-1, IntraLineDiff::Granularity::Word});
        QCOMPARE(whole.addedLines, diff.addedLines);
        QCOMPARE(whole.removedLines, diff.removedLines);
        QCOMPARE(applyDiff(whole, c.left, &error), c.right);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(whole.hunks.size() <= 1);

        const int gnu = gnuChangedLines(c.left, c.right);
        PROMENADE_REQUIRE_TOOL(gnu >= 0, "GNU diff is not on PATH: the minimality check needs it");
        QVERIFY2(diff.addedLines + diff.removedLines == gnu,
                 qPrintable(QStringLiteral("%1: %2 changed lines, GNU diff --minimal %3")
                                .arg(c.name)
                                .arg(diff.addedLines + diff.removedLines)
                                .arg(gnu)));
    }

    void utf8LinesGiveTheSameDiff_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        for (int i = 0; i < 400; i += 3) {
            const DiffGenerator::Case c = DiffGenerator::generate(i);
            QTest::addRow("random %d", i) << c.left.toUtf8() << c.right.toUtf8();
        }
        QTest::addRow("non-ASCII")
            << QStringLiteral("caf\u00e9 ok\nna\u00efve x\n\U0001F600 y\n").toUtf8()
            << QStringLiteral("caf\u00e9 ok\nna\u00efve z\n\U0001F600 y\n").toUtf8();
        QTest::addRow("byte order mark on one side") << QByteArray("\xEF\xBB\xBF"
                                                                   "a\nb\n")
                                                     << QByteArray("a\nc\n");
        QTest::addRow("byte order marks inside") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                               "a\n\xEF\xBB\xBF"
                                                               "b\nc\n")
                                                 << QByteArray("a\n\xEF\xBB\xBF"
                                                               "b\nd\n");
        QTest::addRow("CRLF and no final newline")
            << QByteArray("a\r\nb\r\nc") << QByteArray("a\r\nb\nc\n");
        QTest::addRow("invalid UTF-8, the same bytes")
            << QByteArray("x\xC3\ny\xFF z\n") << QByteArray("x\xC3\ny\xFF w\n");
        QTest::addRow("empty to text") << QByteArray("") << QByteArray("a\n");
        QTest::addRow("text to nothing") << QByteArray("a\nb") << QByteArray();
    }

    // Files are compared on their UTF-8 bytes: the same diff as on their text.
    void utf8LinesGiveTheSameDiff()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        for (const int context : {3, 0, -1}) {
            const TextDiff::Options options {context, IntraLineDiff::Granularity::Word};
            const FileDiff fromText
                = TextDiff::compare(QString::fromUtf8(left), QString::fromUtf8(right), options);
            const FileDiff fromBytes
                = TextDiff::compare(Utf8Lines(left), Utf8Lines(right), options);
            QCOMPARE(dump(fromBytes), dump(fromText));
        }
    }

    void internedLinesGiveTheScriptOfAPlainLookup_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        for (int i = 0; i < 400; i += 2) {
            const DiffGenerator::Case c = DiffGenerator::generate(i);
            QTest::addRow("random %d", i) << c.left.toUtf8() << c.right.toUtf8();
        }
        QByteArray numbered;
        for (int i = 0; i < 200; ++i)
            numbered += "line " + QByteArray::number(i) + (i % 10 ? "\n" : "\nrepeated\n");
        const QList<QByteArray> lines = numbered.split('\n');
        auto without = [&lines](int from, int to) {
            return (lines.mid(0, from) + lines.mid(to)).join('\n');
        };
        // Blocks longer than the window the right text's lines are looked for in.
        QTest::addRow("block of 60 deleted") << numbered << without(50, 110);
        QTest::addRow("block of 60 inserted") << without(50, 110) << numbered;
        QTest::addRow("block moved to the end")
            << numbered << without(0, 40) + lines.mid(0, 40).join('\n') + '\n';
        QTest::addRow("every line changed")
            << numbered << QByteArray(numbered).replace("line", "row");
        QTest::addRow("identical") << numbered << numbered;
        QTest::addRow("both empty") << QByteArray() << QByteArray();
        QTest::addRow("left empty") << QByteArray() << numbered;
        QTest::addRow("right empty") << numbered << QByteArray();
        QTest::addRow("no final newline on the left") << numbered.chopped(1) << numbered;
        QTest::addRow("no final newline on the right") << numbered << numbered.chopped(1);
        QTest::addRow("no final newline, last line changed")
            << QByteArray("a\nb\nc") << QByteArray("a\nb\nc\nc");
        QTest::addRow("CRLF") << QByteArray(numbered).replace(
            "\n",
            "\r\n") << QByteArray(numbered).replace("\n", "\r\n").replace("line 7\r", "line 7");
        QTest::addRow("repeated lines") << QByteArray("a\na\nb\na\na\na\nb\n").repeated(20)
                                        << QByteArray("a\nb\na\na\nb\nb\n").repeated(25);
    }

    // The right text's lines take the ids of the left lines they equal, found in order
    // without a lookup when they can: the same edit script as plain interning (every line
    // looked up in a table of texts) gives LineDiff.
    void internedLinesGiveTheScriptOfAPlainLookup()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        const Utf8Lines leftLines(left);
        const Utf8Lines rightLines(right);
        QHash<std::pair<QByteArray, bool>, int> symbols;
        auto ids = [&symbols](const Utf8Lines &lines) {
            std::vector<int> out;
            for (qsizetype i = 0; i < lines.count(); ++i) {
                const bool unterminated = lines.missingFinalNewline() && i == lines.count() - 1;
                const auto key = std::pair {lines.line(i).toByteArray(), unterminated};
                out.push_back(symbols.contains(key)
                                  ? symbols.value(key)
                                  : symbols.insert(key, int(symbols.size())).value());
            }
            return out;
        };
        const std::vector<int> a = ids(leftLines);
        const std::vector<int> b = ids(rightLines);
        QList<int> removed;
        QList<int> added;
        for (const LineDiff::Edit &e : LineDiff::compute(a, b)) {
            for (int k = 0; k < e.leftLength; ++k)
                removed << e.leftStart + k + 1;
            for (int k = 0; k < e.rightLength; ++k)
                added << e.rightStart + k + 1;
        }
        const TextDiff::Options options {-1, IntraLineDiff::Granularity::None, false};
        for (const FileDiff &diff :
             {TextDiff::compare(leftLines, rightLines, options),
              TextDiff::compare(QString::fromUtf8(left), QString::fromUtf8(right), options)}) {
            QList<int> diffRemoved;
            QList<int> diffAdded;
            for (const Hunk &hunk : diff.hunks) {
                for (const Row &row : hunk.rows) {
                    if (row.kind == Row::Kind::Removed)
                        diffRemoved << row.left.line;
                    else if (row.kind == Row::Kind::Added)
                        diffAdded << row.right.line;
                }
            }
            QCOMPARE(diffRemoved, removed);
            QCOMPARE(diffAdded, added);
        }
    }

    void modifiedLinesArePairedWithIntraLineRanges()
    {
        const QString left = QStringLiteral("spec:\n  replicas: 1\n  image: nginx:1.24\nend\n");
        const QString right = QStringLiteral("spec:\n  replicas: 2\n  image: nginx:1.25\nend\n");
        const FileDiff diff = TextDiff::compare(left, right, {});
        QCOMPARE(diff.hunks.size(), 1);
        const QList<Row> &rows = diff.hunks.first().rows;
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].kind, Row::Kind::Equal);
        QCOMPARE(rows[1].kind, Row::Kind::Modified);
        QCOMPARE(rows[1].left.line, 2);
        QCOMPARE(rows[1].right.line, 2);
        QCOMPARE(rows[1].left.changes, (QList<Row::Range> {{12, 1}}));
        QCOMPARE(rows[1].right.changes, (QList<Row::Range> {{12, 1}}));
        QCOMPARE(rows[2].kind, Row::Kind::Modified);
        QCOMPARE(rows[2].left.text.mid(rows[2].left.changes.first().start,
                                       rows[2].left.changes.first().length),
                 QStringLiteral("24"));
        QCOMPARE(rows[3].kind, Row::Kind::Equal);
        QCOMPARE(diff.addedLines, 2);
        QCOMPARE(diff.removedLines, 2);
    }

    void unlikeLinesStayUnpaired()
    {
        const QString left = QStringLiteral("keep\n  replicas: 1\n");
        const QString right = QStringLiteral("keep\ncompletely different words\n  replicas: 3\n");
        const FileDiff diff = TextDiff::compare(left, right, {});
        const QList<Row> &rows = diff.hunks.first().rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].kind, Row::Kind::Added);
        QCOMPARE(rows[1].left.line, 0);
        QCOMPARE(rows[1].right.line, 2);
        QCOMPARE(rows[2].kind, Row::Kind::Modified);
        QCOMPARE(rows[2].left.line, 2);
        QCOMPARE(rows[2].right.line, 3);
    }

    void contextAndHunkMerging_data()
    {
        QTest::addColumn<int>("gap");
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("hunks");
        QTest::addRow("gap 6, context 3: one hunk") << 6 << 3 << 1;
        QTest::addRow("gap 7, context 3: two hunks") << 7 << 3 << 2;
        QTest::addRow("gap 0 context") << 1 << 0 << 2;
        QTest::addRow("gap 2, context 1: one hunk") << 2 << 1 << 1;
    }

    void contextAndHunkMerging()
    {
        QFETCH(int, gap);
        QFETCH(int, context);
        QFETCH(int, hunks);
        QStringList left {QStringLiteral("x")};
        for (int i = 0; i < gap; ++i)
            left << QString::number(i);
        left << QStringLiteral("y");
        QStringList right = left;
        right.first() = QStringLiteral("X");
        right.last() = QStringLiteral("Y");
        const FileDiff diff = TextDiff::compare(left.join(u'\n'), right.join(u'\n'),
                                                {context, IntraLineDiff::Granularity::Word});
        QCOMPARE(diff.hunks.size(), hunks);
    }

    void wholeFileOfIdenticalTexts()
    {
        const FileDiff diff = TextDiff::compare(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"),
                                                {-1, IntraLineDiff::Granularity::Word});
        QCOMPARE(diff.status, FileDiff::Status::Unchanged);
        QCOMPARE(diff.hunks.size(), 1);
        QCOMPARE(diff.hunks.first().rows.size(), 2);
        QVERIFY(
            TextDiff::compare(QStringLiteral("a\n"), QStringLiteral("a\n"), {}).hunks.isEmpty());
    }

    void missingFinalNewlineIsAChange()
    {
        const FileDiff diff
            = TextDiff::compare(QStringLiteral("a\nb\n"), QStringLiteral("a\nb"), {});
        QCOMPARE(diff.status, FileDiff::Status::Modified);
        QCOMPARE(diff.removedLines, 1);
        QCOMPARE(diff.addedLines, 1);
        QVERIFY(diff.rightMissingFinalNewline);
        QVERIFY(!diff.leftMissingFinalNewline);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
