#include "yamlreader.h"
#include "yamlwriter.h"

#include <QTest>

using namespace Promenade;
using namespace Promenade::Kustomize;

// The writer's rules, each checked against what kubectl kustomize prints (the differential
// corpus covers them end to end; these pin the individual decisions).
class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyOrder_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addRow("numbers compare as numbers") << QByteArray("a9") << QByteArray("a10");
        QTest::addRow("non-letters first") << QByteArray("_x") << QByteArray("a");
        QTest::addRow("digits before letters") << QByteArray("1") << QByteArray("B");
        QTest::addRow("upper before lower") << QByteArray("B") << QByteArray("a");
        QTest::addRow("prefix first") << QByteArray("app") << QByteArray("app.kubernetes.io/name");
        QTest::addRow("dash before dot") << QByteArray("a-b") << QByteArray("a.b");
        QTest::addRow("apiVersion before kind") << QByteArray("apiVersion") << QByteArray("kind");
    }

    void keyOrder()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QVERIFY(YamlWriter::keyLess(a, b));
        QVERIFY(!YamlWriter::keyLess(b, a));
    }

    void scalars_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::addRow("yes is quoted") << QByteArray("k: \"yes\"\n") << QByteArray("k: \"yes\"\n");
        QTest::addRow("quoted number stays a string")
            << QByteArray("k: \"1.10\"\n") << QByteArray("k: \"1.10\"\n");
        QTest::addRow("hex becomes decimal") << QByteArray("k: 0x1F\n") << QByteArray("k: 31\n");
        QTest::addRow("float normalised") << QByteArray("k: 1.50\n") << QByteArray("k: 1.5\n");
        QTest::addRow("tilde is null") << QByteArray("k: ~\n") << QByteArray("k: null\n");
        QTest::addRow("hash after space single-quoted")
            << QByteArray("k: 'a #b'\n") << QByteArray("k: 'a #b'\n");
        QTest::addRow("colon space single-quoted")
            << QByteArray("k: \"a: b\"\n") << QByteArray("k: 'a: b'\n");
        QTest::addRow("empty string") << QByteArray("k: \"\"\n") << QByteArray("k: \"\"\n");
        QTest::addRow("tab double-quoted")
            << QByteArray("k: \"a\\tb\"\n") << QByteArray("k: \"a\\tb\"\n");
        QTest::addRow("literal block")
            << QByteArray("k: \"a\\nb\\n\"\n") << QByteArray("k: |\n  a\n  b\n");
        QTest::addRow("literal strip")
            << QByteArray("k: \"a\\nb\"\n") << QByteArray("k: |-\n  a\n  b\n");
        QTest::addRow("sequence not indented")
            << QByteArray("k:\n  - a\n  - b\n") << QByteArray("k:\n- a\n- b\n");
        QTest::addRow("empty collections")
            << QByteArray("a: {}\nb: []\n") << QByteArray("a: {}\nb: []\n");
        QTest::addRow("keys sorted") << QByteArray("b: 1\na: 2\n") << QByteArray("a: 2\nb: 1\n");
        QTest::addRow("folded at 80 columns")
            << QByteArray("k: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm "
                          "nnnn oooo pppp qqqq\n")
            << QByteArray("k: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm "
                          "nnnn oooo pppp\n  qqqq\n");
    }

    void scalars()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        const auto doc = YamlReader::parseOne(input, QStringLiteral("test.yaml"));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        QCOMPARE(YamlWriter::write(*doc), output);
    }

    void malformedYamlIsAnError()
    {
        const auto doc = YamlReader::parseAll("a: [1, 2\nb: c\n", QStringLiteral("bad.yaml"));
        QVERIFY(!doc);
        QCOMPARE(doc.error().file(), QStringLiteral("bad.yaml"));
        QVERIFY(doc.error().line() > 0);
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
