#include "diffrowmodel.h"
#include "semanticsummarymodel.h"
#include "textdiff.h"
#include "yamlhighlighter.h"

#include "rendereddiff.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Promenade::Diff;

namespace {

// 200 lines of YAML-ish text with changes at lines 50 and 150.
QString document(bool changed)
{
    QString text;
    for (int i = 1; i <= 200; ++i) {
        if (i == 50)
            text += changed ? QStringLiteral("  replicas: 2\n") : QStringLiteral("  replicas: 1\n");
        else if (i == 150 && changed)
            text += QStringLiteral("  key150: value150 # new\n");
        else
            text += QStringLiteral("  key%1: value%1\n").arg(i);
    }
    return text;
}

FileComparison comparison()
{
    TextDiff::Options options;
    options.context = -1;
    FileComparison c;
    c.text = TextDiff::compare(document(false), document(true), options);
    c.text.leftPath = QStringLiteral("a.yaml");
    c.text.rightPath = QStringLiteral("a.yaml");
    return c;
}

} // namespace

// The diff view's row model: folds, expansion, navigation between changes, jumping to a line,
// rich text with highlighting and intra-line marks; and the semantic summary model.
class TestDiffRowModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsLongUnchangedRuns()
    {
        DiffRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({comparison()});
        QCOMPARE(model.addedLines(), 2);
        QCOMPARE(model.removedLines(), 2);
        QCOMPARE(model.changedFiles(), 1);
        // header, fold(1..46), 47..49, 50, 51..53, fold, 147..149, 150, 151..153, fold
        QStringList types;
        for (int i = 0; i < model.rowCount(); ++i)
            types << model.data(model.index(i), DiffRowModel::TypeRole).toString();
        QCOMPARE(types.count(QStringLiteral("fold")), 3);
        QCOMPARE(types.first(), QStringLiteral("file"));
        QCOMPARE(model.rowCount(), 1 + 3 + 3 + 1 + 3 + 3 + 1 + 3);
        QCOMPARE(model.data(model.index(1), DiffRowModel::FoldCountRole).toInt(), 46);
        QCOMPARE(model.data(model.index(2), DiffRowModel::LeftLineRole).toInt(), 47);
    }

    void expandShowsTheHiddenLines()
    {
        DiffRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({comparison()});
        const int before = model.rowCount();
        model.expand(1);
        QCOMPARE(model.rowCount(), before - 1 + 46);
        QCOMPARE(model.data(model.index(1), DiffRowModel::LeftLineRole).toInt(), 1);
        QCOMPARE(model.data(model.index(46), DiffRowModel::RightLineRole).toInt(), 46);
        model.expand(0); // not a fold: nothing happens
        QCOMPARE(model.rowCount(), before - 1 + 46);
        model.expandAll();
        QCOMPARE(model.rowCount(), 1 + 200);
    }

    void navigatesBetweenChanges()
    {
        DiffRowModel model;
        model.setFiles({comparison()});
        const int first = model.nextChange(-1);
        QCOMPARE(model.data(model.index(first), DiffRowModel::KindRole).toString(),
                 QStringLiteral("modified"));
        QCOMPARE(model.data(model.index(first), DiffRowModel::RightLineRole).toInt(), 50);
        const int second = model.nextChange(first);
        QCOMPARE(model.data(model.index(second), DiffRowModel::RightLineRole).toInt(), 150);
        QCOMPARE(model.nextChange(second), -1);
        QCOMPARE(model.previousChange(second), first);
        QCOMPARE(model.previousChange(first), -1);
    }

    void jumpsToALineInsideAFold()
    {
        DiffRowModel model;
        model.setFiles({comparison()});
        const int row = model.rowForLine(0, 0, 100);
        QVERIFY(row > 0);
        QCOMPARE(model.data(model.index(row), DiffRowModel::RightLineRole).toInt(), 100);
        QCOMPARE(model.data(model.index(row), DiffRowModel::TypeRole).toString(),
                 QStringLiteral("row"));
        QCOMPARE(model.rowForLine(0, 0, 999), -1);
    }

    void richTextIsHighlightedEscapedAndMarked()
    {
        DiffRowModel model;
        model.setFiles({comparison()});
        const int row = model.nextChange(-1);
        const QString right = model.data(model.index(row), DiffRowModel::RightTextRole).toString();
        QVERIFY2(right.contains(QStringLiteral("background-color:")),
                 qPrintable(right)); // the intra-line change
        QVERIFY(right.contains(QStringLiteral("&nbsp;&nbsp;"))); // indentation kept
        QVERIFY(right.contains(QStringLiteral(">replicas</span>"))); // a highlighted key
        const QString light = right;
        model.setDark(true);
        QVERIFY(model.data(model.index(row), DiffRowModel::RightTextRole).toString() != light);

        FileComparison html;
        html.text
            = TextDiff::compare(QStringLiteral("a: <b>\n"), QStringLiteral("a: <i>&\n"), {-1, {}});
        html.text.rightPath = QStringLiteral("x.yaml");
        model.setFiles({html});
        const QString escaped = model.data(model.index(1), DiffRowModel::RightTextRole).toString();
        QVERIFY(escaped.contains(QStringLiteral("&lt;i&gt;&amp;")));
        QVERIFY(!escaped.contains(QStringLiteral("<i>")));
    }

    // Find: lines containing the text on either side, case-insensitive, also inside folds
    // (a match there expands it); the matches are marked in the rich text.
    void findsTextInAllLines()
    {
        DiffRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({comparison()});
        QSignalSpy searched(&model, &DiffRowModel::searchChanged);
        model.setSearchText(QStringLiteral("VALUE10"));
        QCOMPARE(searched.count(), 1);
        // key10, key100..key109: 11 lines, all hidden in folds.
        QCOMPARE(model.matchCount(), 11);
        const int before = model.rowCount();
        const int row = model.matchRow(0);
        QVERIFY(row > 0);
        QVERIFY(model.rowCount() > before); // the fold holding line 10 opened
        QCOMPARE(model.data(model.index(row), DiffRowModel::RightLineRole).toInt(), 10);
        const QString html = model.data(model.index(row), DiffRowModel::RightTextRole).toString();
        QVERIFY2(html.contains(QStringLiteral("background-color:#ffe066;\">value10")),
                 qPrintable(html));
        QCOMPARE(model.data(model.index(model.matchRow(10)), DiffRowModel::RightLineRole).toInt(),
                 109);
        QCOMPARE(model.matchRow(11), -1);
        QCOMPARE(model.matchColumn(0), 9); // "  key10: value10"
        QCOMPARE(model.matchColumn(11), -1);
        // The first match at or after a row: the change at line 50 comes before key100.
        QCOMPARE(model.matchAtOrAfter(model.nextChange(-1)), 1);
        model.setSearchText(QStringLiteral("replicas: 2"));
        QCOMPARE(model.matchCount(), 1);
        model.setSearchText(QStringLiteral("nowhere"));
        QCOMPARE(model.matchCount(), 0);
        QCOMPARE(model.matchRow(0), -1);
        QCOMPARE(model.matchAtOrAfter(0), -1);
        model.setSearchText({});
        QCOMPARE(model.matchCount(), 0);
    }

    // Copy: one side's lines, folds giving the lines they hide, or unified diff lines; a
    // change block as a unified hunk.
    void copiesLinesAndChanges()
    {
        DiffRowModel model;
        model.setFiles({comparison()});
        const int change = model.nextChange(-1);
        QCOMPARE(model.copyText(change, change, QStringLiteral("left")),
                 QStringLiteral("  replicas: 1\n"));
        QCOMPARE(model.copyText(change, change, QStringLiteral("right")),
                 QStringLiteral("  replicas: 2\n"));
        QCOMPARE(model.copyText(change - 1, change + 1, QStringLiteral("both")),
                 QStringLiteral(
                     "   key49: value49\n-  replicas: 1\n+  replicas: 2\n   key51: value51\n"));
        QCOMPARE(model.changeText(change), QStringLiteral("-  replicas: 1\n+  replicas: 2\n"));
        QCOMPARE(model.changeText(change - 1), QString()); // not a change
        // A fold copies the lines it hides; the file header gives nothing on one side.
        const QString all = model.copyText(0, model.rowCount() - 1, QStringLiteral("right"));
        QCOMPARE(all, document(true));
        QCOMPARE(model.copyText(0, model.rowCount() - 1, QStringLiteral("left")), document(false));
        QVERIFY(model.copyText(0, 0, QStringLiteral("both")).startsWith(u"a.yaml"));
    }

    // The change counter, the file list and the longest line (for sideways scrolling).
    void countsChangesAndListsFiles()
    {
        DiffRowModel model;
        FileComparison second = comparison();
        second.text.leftPath = second.text.rightPath = QStringLiteral("b.yaml");
        model.setFiles({comparison(), second});
        QCOMPARE(model.changeCount(), 4);
        const int first = model.nextChange(-1);
        QCOMPARE(model.changeIndex(0), 0);
        QCOMPARE(model.changeIndex(first), 1);
        QCOMPARE(model.changeIndex(first + 1), 1);
        QCOMPARE(model.changeIndex(model.nextChange(first)), 2);
        QCOMPARE(model.changeIndex(model.rowCount() - 1), 4);
        model.expandAll(); // folds hold unchanged lines only: the count stays
        QCOMPARE(model.changeCount(), 4);
        QCOMPARE(model.changeIndex(model.rowCount() - 1), 4);

        const QVariantList files = model.fileList();
        QCOMPARE(files.size(), 2);
        const QVariantMap b = files[1].toMap();
        QCOMPARE(b.value(QStringLiteral("title")).toString(), QStringLiteral("b.yaml"));
        QCOMPARE(b.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("modified"));
        const int header = model.rowForFile(b.value(QStringLiteral("file")).toInt());
        QCOMPARE(model.data(model.index(header), DiffRowModel::TypeRole).toString(),
                 QStringLiteral("file"));
        QCOMPARE(model.data(model.index(header), DiffRowModel::TitleRole).toString(),
                 QStringLiteral("b.yaml"));
        QCOMPARE(model.rowForFile(7), -1);
        // "  key150: value150 # new" is the longest line.
        QCOMPARE(model.maxLineLength(), 24);
    }

    // Highlighting carries state across lines (a block scalar's lines are text, not keys),
    // also where the view jumps far into a file: it starts a little before the line.
    void blockScalarsAfterAJump()
    {
        QString left;
        QString right;
        for (int i = 1; i <= 6000; ++i) {
            QString line = QStringLiteral("key%1: value%1\n").arg(i);
            if (i == 5000)
                line = QStringLiteral("script: |\n");
            else if (i > 5000 && i <= 5010)
                line = QStringLiteral("  inner%1: text\n").arg(i);
            left += line;
            right += i == 5005 ? QStringLiteral("  inner5005: changed\n") : line;
        }
        FileComparison c;
        c.text = TextDiff::compare(left, right, {-1, {}});
        c.text.leftPath = c.text.rightPath = QStringLiteral("big.yaml");
        DiffRowModel model;
        model.setFiles({c});
        const int row = model.nextChange(-1);
        QCOMPARE(model.data(model.index(row), DiffRowModel::RightLineRole).toInt(), 5005);
        // The first line asked for is line 5005: no key colour on "inner5005", the string's.
        const QString html = model.data(model.index(row), DiffRowModel::RightTextRole).toString();
        const QString stringColor
            = YamlHighlighter::tokenColor(YamlHighlighter::Token::String, false).name();
        const QString keyColor
            = YamlHighlighter::tokenColor(YamlHighlighter::Token::Key, false).name();
        QVERIFY2(html.contains(stringColor), qPrintable(html));
        QVERIFY2(!html.contains(keyColor), qPrintable(html));
        // Line 4999, before the block, is a key again; so is the line after the block.
        const int before = model.rowForLine(0, 0, 4999);
        QVERIFY(model.data(model.index(before), DiffRowModel::RightTextRole)
                    .toString()
                    .contains(keyColor));
        const int after = model.rowForLine(0, 0, 5011);
        QVERIFY(model.data(model.index(after), DiffRowModel::RightTextRole)
                    .toString()
                    .contains(keyColor));
    }

    void unchangedFilesAreLeftOut()
    {
        DiffRowModel model;
        FileComparison same;
        same.text = TextDiff::compare(QStringLiteral("a\n"), QStringLiteral("a\n"), {-1, {}});
        model.setFiles({same, comparison()});
        QCOMPARE(model.changedFiles(), 1);
        QCOMPARE(model.data(model.index(0), DiffRowModel::FileIndexRole).toInt(), 1);
    }

    void semanticSummaryListsResourcesAndFields()
    {
        const QString left = QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  "
                                            "name: web\nspec:\n  replicas: 1\n");
        const QString right = QStringLiteral(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "
            "3\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n");
        ComparisonOptions options;
        options.text.context = -1;
        const FileComparison c = RenderedDiff::compare(left, right, QStringLiteral("dev"),
                                                       QStringLiteral("prod"), options);
        SemanticSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({c});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), SemanticSummaryModel::TitleRole).toString(),
                 QStringLiteral("apps/v1 Deployment web"));
        QCOMPARE(model.data(model.index(1), SemanticSummaryModel::TitleRole).toString(),
                 QStringLiteral("spec.replicas"));
        QCOMPARE(model.data(model.index(1), SemanticSummaryModel::NewValueRole).toString(),
                 QStringLiteral("3"));
        QCOMPARE(model.data(model.index(1), SemanticSummaryModel::RightLineRole).toInt(), 6);
        QCOMPARE(model.data(model.index(2), SemanticSummaryModel::StatusRole).toString(),
                 QStringLiteral("added"));

        // The row model finds the line the summary points at.
        DiffRowModel rows;
        rows.setFiles({c});
        const int row = rows.rowForLine(0, 0, 6);
        QCOMPARE(rows.data(rows.index(row), DiffRowModel::KindRole).toString(),
                 QStringLiteral("modified"));
    }
};

QTEST_GUILESS_MAIN(TestDiffRowModel)
#include "tst_diffrowmodel.moc"
