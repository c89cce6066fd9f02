#include "intralinediff.h"

#include <QTest>

using namespace Promenade::Diff;

namespace {

QStringList pieces(const QString &text, const QList<Row::Range> &ranges)
{
    QStringList out;
    for (const Row::Range &r : ranges)
        out << text.mid(r.start, r.length);
    return out;
}

} // namespace

// IntraLineDiff: word and character changes within a modified line, and line similarity.
class TestIntraLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("added");
        const int word = int(IntraLineDiff::Granularity::Word);
        const int character = int(IntraLineDiff::Granularity::Character);
        QTest::addRow("image tag, words")
            << QStringLiteral("    image: ghcr.io/a/web:1.4.2")
            << QStringLiteral("    image: ghcr.io/a/web:1.5.0") << word
            << QStringList {QStringLiteral("4"), QStringLiteral("2")}
            << QStringList {QStringLiteral("5"), QStringLiteral("0")};
        QTest::addRow("adjacent words merge")
            << QStringLiteral("a quick brown fox") << QStringLiteral("a slow red fox") << word
            << QStringList {QStringLiteral("quick brown")}
            << QStringList {QStringLiteral("slow red")};
        QTest::addRow("characters")
            << QStringLiteral("name: app-config-5k8f2h9mtb")
            << QStringLiteral("name: app-config-5k8f2h9mtc") << character
            << QStringList {QStringLiteral("b")} << QStringList {QStringLiteral("c")};
        QTest::addRow("word inserted") << QStringLiteral("a b") << QStringLiteral("a new b") << word
                                       << QStringList {} << QStringList {QStringLiteral("new ")};
        QTest::addRow("none") << QStringLiteral("a") << QStringLiteral("b")
                              << int(IntraLineDiff::Granularity::None) << QStringList {}
                              << QStringList {};
        QTest::addRow("unicode") << QStringLiteral("größe: 1") << QStringLiteral("größe: 2") << word
                                 << QStringList {QStringLiteral("1")}
                                 << QStringList {QStringLiteral("2")};
    }

    void changes()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, granularity);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, added);
        const auto c = IntraLineDiff::compute(left, right, IntraLineDiff::Granularity(granularity));
        QCOMPARE(pieces(left, c.left), removed);
        QCOMPARE(pieces(right, c.right), added);
    }

    void similarity()
    {
        QCOMPARE(IntraLineDiff::similarity(u"a b c", u"a b c"), 1.0);
        QCOMPARE(IntraLineDiff::similarity(u"foo", u"bar"), 0.0);
        QVERIFY(IntraLineDiff::similarity(u"  replicas: 1", u"  replicas: 2") > 0.6);
        QCOMPARE(IntraLineDiff::similarity(u"", u"  "), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestIntraLineDiff)
#include "tst_intralinediff.moc"
