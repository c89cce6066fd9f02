#include "diffgenerator.h"
#include "testsupport.h"
#include "textdiff.h"
#include "unifieddiff.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade::Diff;

namespace {

// GNU diff -u's hunks (without the two file header lines), or a null array when diff is missing.
QByteArray gnuUnifiedHunks(const QString &left, const QString &right, int context)
{
    static const QString diffProgram = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diffProgram.isEmpty())
        return {};
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(QStringLiteral("a")), left.toUtf8());
    TestSupport::writeFile(dir.filePath(QStringLiteral("b")), right.toUtf8());
    const auto r = TestSupport::runProcess(
        diffProgram,
        {QStringLiteral("--minimal"), QStringLiteral("-a"), QStringLiteral("-U%1").arg(context),
         dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    QByteArray out = r.out;
    for (int i = 0; i < 2 && !out.isEmpty(); ++i)
        out = out.mid(out.indexOf('\n') + 1);
    return out.isNull() ? QByteArray("") : out;
}

} // namespace

// UnifiedDiff: diff -u output, compared with GNU diff byte for byte.
class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private:
    int m_compared = 0;
    int m_identical = 0;

private Q_SLOTS:
    void handWrittenCasesMatchGnuExactly_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("context");
        QTest::addRow("one line changed") << QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\n")
                                          << QStringLiteral("a\nb\nc\nD\ne\nf\ng\nh\n") << 3;
        QTest::addRow("added at end, no newline")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc") << 3;
        QTest::addRow("newline removed") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb") << 3;
        QTest::addRow("both without newline, same end")
            << QStringLiteral("x\na\nb") << QStringLiteral("y\na\nb") << 3;
        QTest::addRow("empty to text") << QString() << QStringLiteral("a\nb\n") << 3;
        QTest::addRow("text to empty") << QStringLiteral("a\nb\n") << QString() << 3;
        QTest::addRow("two hunks") << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n")
                                   << QStringLiteral("1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12\n") << 2;
        QTest::addRow("zero context")
            << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nc\nd\n") << 0;
        QTest::addRow("yaml")
            << QStringLiteral("spec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n   "
                              "   - name: web\n        image: a:1\n")
            << QStringLiteral("spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n   "
                              "   - name: web\n        image: a:2\n        env: []\n")
            << 3;
    }

    void handWrittenCasesMatchGnuExactly()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, context);
        const QByteArray gnu = gnuUnifiedHunks(left, right, context);
        PROMENADE_REQUIRE_TOOL(!gnu.isNull(), "GNU diff is not on PATH");
        const FileDiff diff
            = TextDiff::compare(left, right, {context, IntraLineDiff::Granularity::Word});
        QCOMPARE(UnifiedDiff::hunks(diff).toUtf8(), gnu);
    }

    void randomCasesAgreeOnHeadersOrAtLeastCounts_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 300; ++i)
            QTest::addRow("%d", i) << i;
    }

    void randomCasesAgreeOnHeadersOrAtLeastCounts()
    {
        QFETCH(int, index);
        const DiffGenerator::Case c = DiffGenerator::generate(index);
        const QByteArray gnu = gnuUnifiedHunks(c.left, c.right, 3);
        PROMENADE_REQUIRE_TOOL(!gnu.isNull(), "GNU diff is not on PATH");
        const QByteArray ours = UnifiedDiff::hunks(TextDiff::compare(c.left, c.right, {})).toUtf8();
        // As the command line compares files for its text report: on bytes, without pairing
        // lines or intra-line ranges. The same unified text.
        const TextDiff::Options unpaired {3, IntraLineDiff::Granularity::None, false};
        QCOMPARE(UnifiedDiff::hunks(TextDiff::compare(Utf8Lines(c.left.toUtf8()),
                                                      Utf8Lines(c.right.toUtf8()), unpaired))
                     .toUtf8(),
                 ours);
        ++m_compared;
        if (ours == gnu) {
            ++m_identical;
            return;
        }
        // Both minimal but a different (equally short) script: the +/- line counts agree.
        auto count = [](const QByteArray &text, char marker) {
            int n = 0;
            for (const QByteArray &line : text.split('\n'))
                n += line.startsWith(marker) && !line.startsWith("---") && !line.startsWith("+++")
                    ? 1
                    : 0;
            return n;
        };
        QCOMPARE(count(ours, '-'), count(gnu, '-'));
        QCOMPARE(count(ours, '+'), count(gnu, '+'));
    }

    void cleanupTestCase()
    {
        if (m_compared == 0)
            return;
        qInfo("unified output byte-identical to GNU diff -u --minimal in %d of %d random cases",
              m_identical, m_compared);
        // Same search and the same boundary shifting as GNU diff: nearly always the same bytes.
        QVERIFY(m_identical * 100 >= m_compared * 95);
    }

    void fileHeaders()
    {
        FileDiff diff = TextDiff::compare(QString(), QStringLiteral("a\n"), {});
        diff.status = FileDiff::Status::Added;
        diff.rightPath = QStringLiteral("dir/new.yaml");
        QCOMPARE(UnifiedDiff::format(diff),
                 QStringLiteral("--- /dev/null\n+++ b/dir/new.yaml\n@@ -0,0 +1 @@\n+a\n"));
        FileDiff binary;
        binary.status = FileDiff::Status::Modified;
        binary.binary = true;
        binary.leftPath = binary.rightPath = QStringLiteral("x.bin");
        QCOMPARE(UnifiedDiff::format(binary),
                 QStringLiteral("Binary files a/x.bin and b/x.bin differ\n"));
        QVERIFY(UnifiedDiff::format(FileDiff()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
