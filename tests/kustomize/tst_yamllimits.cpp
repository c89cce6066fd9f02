#include "testsupport.h"
#include "yamllimits.h"
#include "yamlreader.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Promenade;
using Kustomize::YamlLimits;
using Kustomize::YamlReader;

namespace {

// The nine-level "billion laughs": 419 bytes that expand to 9^9 strings.
QByteArray aliasBomb()
{
    return TestSupport::readFile(
        TestSupport::dataPath(QStringLiteral("kustomize-errors/yaml-alias-bomb/lol.yaml")));
}

QByteArray nested(int levels)
{
    return "root: " + QByteArray(levels, '[') + QByteArray(levels, ']') + '\n';
}

} // namespace

// The YAML limits (alias expansion, depth, size), in Promenade's reader and in the check of
// documents yaml-cpp has loaded (used by repository discovery).
class TestYamlLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliasBombIsRefusedByTheReader()
    {
        const QByteArray bomb = aliasBomb();
        QVERIFY(bomb.size() < 500);
        const auto docs = YamlReader::parseAll(bomb, QStringLiteral("lol.yaml"));
        QVERIFY(!docs);
        QVERIFY2(docs.error().message().contains(QStringLiteral("expands its aliases too far")),
                 qPrintable(docs.error().toString()));
        QVERIFY(docs.error().message().contains(QStringLiteral("99 %")));
        QCOMPARE(docs.error().line(), 9);
    }

    // yaml-cpp shares aliased nodes: loading the bomb is cheap, walking it is not. check()
    // counts with one visit per distinct node and refuses it.
    void aliasBombIsRefusedByTheCheck()
    {
        const YAML::Node root = YAML::Load(aliasBomb().toStdString());
        const Status s = YamlLimits::check(root, QStringLiteral("lol.yaml"));
        QVERIFY(!s);
        QVERIFY2(s.error().message().contains(QStringLiteral("expands its aliases too far")),
                 qPrintable(s.error().toString()));
        QCOMPARE(s.error().file(), QStringLiteral("lol.yaml"));
        QVERIFY(s.error().line() > 0);
    }

    // Ordinary anchors (a shared label set, a container template) stay well inside the limit.
    void ordinaryAliasesAreAccepted()
    {
        QByteArray text = "labels: &l {app: web, tier: front, team: a, env: prod}\nitems:\n";
        for (int i = 0; i < 200; ++i)
            text += "- {name: n" + QByteArray::number(i) + ", labels: *l}\n";
        const auto docs = YamlReader::parseAll(text, QStringLiteral("ok.yaml"));
        QVERIFY2(docs, qPrintable(docs ? QString() : docs.error().toString()));
        QCOMPARE(docs->first().get("items")->items().size(), size_t(200));
        QVERIFY(YamlLimits::check(YAML::Load(text.toStdString()), QStringLiteral("ok.yaml")));
    }

    // go-yaml's rule, at its edges.
    void aliasingRule()
    {
        QVERIFY(!YamlLimits::excessiveAliasing(1000, 990)); // not more than 1000 nodes
        QVERIFY(!YamlLimits::excessiveAliasing(5000, 100)); // not more than 100 aliased
        QVERIFY(!YamlLimits::excessiveAliasing(5000, 4950)); // 99 % exactly
        QVERIFY(YamlLimits::excessiveAliasing(5000, 4951));
        QVERIFY(!YamlLimits::excessiveAliasing(5000000, 500000)); // 10 % of a large document
        QVERIFY(YamlLimits::excessiveAliasing(5000000, 500001));
    }

    // yaml-cpp builds an alias to an anchor still open as a cycle; check() must not loop.
    void selfReferenceIsACycle()
    {
        const YAML::Node root = YAML::Load("a: &x [1, *x]\n");
        const Status s = YamlLimits::check(root, QStringLiteral("cycle.yaml"));
        QVERIFY(!s);
        QVERIFY2(s.error().message().contains(QStringLiteral("cycle")),
                 qPrintable(s.error().toString()));
        // Promenade's reader sees an alias to an unfinished anchor as unknown.
        QVERIFY(!YamlReader::parseAll("a: &x [1, *x]\n", QStringLiteral("cycle.yaml")));
    }

    void nestingDepth()
    {
        const int limit = YamlLimits::maxDepth;
        QVERIFY(YamlReader::parseAll(nested(limit - 2), QStringLiteral("d.yaml")));
        const auto deep = YamlReader::parseAll(nested(limit + 10), QStringLiteral("d.yaml"));
        QVERIFY(!deep);
        QVERIFY2(deep.error().message().contains(QString::number(limit)),
                 qPrintable(deep.error().toString()));
        QVERIFY(YamlLimits::check(YAML::Load(nested(limit - 2).toStdString()),
                                  QStringLiteral("d.yaml")));
        const Status s = YamlLimits::check(YAML::Load(nested(limit + 10).toStdString()),
                                           QStringLiteral("d.yaml"));
        QVERIFY(!s);
        QVERIFY(s.error().message().contains(QString::number(limit)));
    }

    void fileSize()
    {
        QVERIFY(YamlLimits::checkSize(YamlLimits::maxFileBytes, QStringLiteral("big.yaml")));
        const Status s
            = YamlLimits::checkSize(YamlLimits::maxFileBytes + 1, QStringLiteral("big.yaml"));
        QVERIFY(!s);
        QVERIFY(s.error().message().contains(QStringLiteral("64 MiB")));
    }

    // A kustomization decodes like JSON (the last key wins); a resource refuses a repeated key.
    void duplicateKeys()
    {
        const QByteArray text = "a: 1\nb: x\na: 2\n";
        const auto last = YamlReader::parseAll(text, QStringLiteral("k.yaml"),
                                               YamlReader::Dialect::Kustomization);
        QVERIFY(last);
        QCOMPARE(last->first().get("a")->text(), QByteArray("2"));
        QCOMPARE(last->first().entries().size(), size_t(2));
        const auto refused = YamlReader::parseAll(text, QStringLiteral("r.yaml"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().line(), 3);
    }

    // The text as written survives next to the resolved value (kustomize writes it back when it
    // turns a value into a string).
    void sourceTextIsKept()
    {
        const auto docs
            = YamlReader::parseAll("a: 0o17\nb: 1.0\nc: ~\nd: plain\n", QStringLiteral("s.yaml"));
        QVERIFY(docs);
        const Kustomize::YamlNode &m = docs->first();
        QCOMPARE(m.get("a")->text(), QByteArray("15"));
        QCOMPARE(m.get("a")->sourceText(), QByteArray("0o17"));
        QCOMPARE(m.get("b")->sourceText(), QByteArray("1.0"));
        QCOMPARE(m.get("c")->sourceText(), QByteArray("~"));
        QCOMPARE(m.get("d")->sourceText(), QByteArray("plain"));
    }
};

QTEST_GUILESS_MAIN(TestYamlLimits)
#include "tst_yamllimits.moc"
