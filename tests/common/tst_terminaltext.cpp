#include "terminaltext.h"

#include <QTest>

using namespace Promenade;

// Text from outside made safe for a terminal: every control character visible, nothing else
// changed.
class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("single");
        QTest::addColumn<QString>("multi");
        QTest::addRow("plain") << u"web-app v1.2 ✓ ß"_qs << u"web-app v1.2 ✓ ß"_qs
                               << u"web-app v1.2 ✓ ß"_qs;
        QTest::addRow("CSI clear screen") << u"a\x1b[2Jb"_qs << u"a\\e[2Jb"_qs << u"a\\e[2Jb"_qs;
        QTest::addRow("OSC title with BEL")
            << u"\x1b]0;owned\x07"_qs << u"\\e]0;owned\\x07"_qs << u"\\e]0;owned\\x07"_qs;
        QTest::addRow("carriage return") << u"ok\rfake"_qs << u"ok\\rfake"_qs << u"ok\\rfake"_qs;
        QTest::addRow("newline and tab") << u"a\nb\tc"_qs << u"a\\nb\\tc"_qs << u"a\nb\tc"_qs;
        QTest::addRow("backspace, DEL")
            << QStringLiteral("x\by\x7f") << u"x\\x08y\\x7f"_qs << u"x\\x08y\\x7f"_qs;
        QTest::addRow("C1 CSI") << QString(QChar(0x9b)) + u"31m"_qs << u"\\x9b31m"_qs
                                << u"\\x9b31m"_qs;
        QTest::addRow("bidi override") << u"evil"_qs + QChar(0x202e) + u"txt.exe"_qs
                                       << u"evil\\u202etxt.exe"_qs << u"evil\\u202etxt.exe"_qs;
        QTest::addRow("NUL") << QString(QChar(0)) + u"x"_qs << u"\\x00x"_qs << u"\\x00x"_qs;
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, single);
        QFETCH(QString, multi);
        QCOMPARE(terminalSafe(text), single);
        QCOMPARE(terminalSafe(text, TerminalLines::Multi), multi);
        QCOMPARE(needsTerminalEscape(text), single != text);
        // Nothing that a terminal acts on is left.
        for (const QChar c : terminalSafe(text))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f
                    && (c.unicode() < 0x80 || c.unicode() > 0x9f));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
