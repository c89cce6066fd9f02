#include "ignorerules.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QTest>

using namespace Promenade;
using namespace Promenade::Diff;
using Promenade::Kustomize::YamlNode;
using Promenade::Kustomize::YamlReader;
using Promenade::Kustomize::YamlWriter;

namespace {

const QByteArray deployment = R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    env: staging
  annotations:
    example.com/environment: staging
    owner: team-a
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: web
          image: web:1
          env:
            - name: ENV
              value: staging
            - name: LOG
              value: info
        - name: sidecar
          image: proxy:2
      args: [a, b, c]
)YAML";

YamlNode parse(const QByteArray &text)
{
    auto node = YamlReader::parseOne(text, QStringLiteral("test.yaml"));
    return node ? *node : YamlNode();
}

} // namespace

// The rules that leave expected per-environment fields out of the rendered comparison: their
// syntax (the semantic diff's field paths), what they remove, and bad rules.
class TestIgnoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesMatchingFields_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QByteArrayList>("gone");
        QTest::addColumn<QByteArrayList>("kept");
        QTest::addRow("plain keys")
            << QStringList {QStringLiteral("metadata.labels.env")} << 1
            << QByteArrayList {"env: staging"} << QByteArrayList {"app: web", "replicas: 2"};
        QTest::addRow("quoted key")
            << QStringList {QStringLiteral("metadata.annotations[\"example.com/environment\"]")}
            << 1 << QByteArrayList {"example.com/environment"}
            << QByteArrayList {"owner: team-a", "env: staging"};
        QTest::addRow("any key") << QStringList {QStringLiteral("metadata.annotations.*")} << 2
                                 << QByteArrayList {"example.com/environment", "owner: team-a"}
                                 << QByteArrayList {"annotations:", "env: staging"};
        QTest::addRow("item by field")
            << QStringList {QStringLiteral("spec.template.spec.containers[name=web].image")} << 1
            << QByteArrayList {"image: web:1"} << QByteArrayList {"image: proxy:2"};
        QTest::addRow("item by two fields")
            << QStringList {QStringLiteral(
                   "spec.template.spec.containers[name=web].env[name=ENV,value=staging]")}
            << 1 << QByteArrayList {"value: staging"} << QByteArrayList {"value: info"};
        QTest::addRow("every item")
            << QStringList {QStringLiteral("spec.template.spec.containers[*].image")} << 2
            << QByteArrayList {"image: web:1", "image: proxy:2"}
            << QByteArrayList {"name: sidecar"};
        QTest::addRow("position") << QStringList {QStringLiteral("spec.template.spec.args[1]")} << 1
                                  << QByteArrayList {"- b"} << QByteArrayList {"- a", "- c"};
        QTest::addRow("several rules, one twice")
            << QStringList {QStringLiteral("metadata.labels.env"), QStringLiteral("spec.replicas"),
                            QStringLiteral(" metadata.labels.env ")}
            << 2 << QByteArrayList {"env: staging", "replicas: 2"} << QByteArrayList {"app: web"};
        QTest::addRow("matches nothing")
            << QStringList {QStringLiteral("metadata.labels.tier"),
                            QStringLiteral("spec.template.spec.containers[name=db].image"),
                            QStringLiteral("spec.template.spec.args[7]"),
                            QStringLiteral("spec.replicas.value"), QStringLiteral("kind.name")}
            << 0 << QByteArrayList {} << QByteArrayList {"replicas: 2", "kind: Deployment"};
    }

    void removesMatchingFields()
    {
        QFETCH(QStringList, rules);
        QFETCH(int, removed);
        QFETCH(QByteArrayList, gone);
        QFETCH(QByteArrayList, kept);
        const auto parsed = IgnoreRules::parse(rules);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        YamlNode document = parse(deployment);
        QVERIFY(document.isMap());
        const QByteArray before = YamlWriter::write(document);
        QCOMPARE(parsed->apply(document), removed);
        const QByteArray after = YamlWriter::write(document);
        for (const QByteArray &text : gone) {
            QVERIFY2(before.contains(text), text.constData());
            QVERIFY2(!after.contains(text), after.constData());
        }
        for (const QByteArray &text : kept)
            QVERIFY2(after.contains(text), after.constData());
        if (removed == 0)
            QCOMPARE(after, before);
    }

    void badRulesAreErrors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QString() << QStringLiteral("empty");
        QTest::addRow("trailing dot") << QStringLiteral("metadata.") << QStringLiteral("ends");
        QTest::addRow("unclosed bracket")
            << QStringLiteral("spec.containers[name=web") << QStringLiteral("unclosed");
        QTest::addRow("unclosed quote")
            << QStringLiteral("metadata.annotations[\"a.b]") << QStringLiteral("unclosed");
        QTest::addRow("bad selector")
            << QStringLiteral("spec.containers[web]") << QStringLiteral("field=value");
        QTest::addRow("negative position")
            << QStringLiteral("spec.args[-1]") << QStringLiteral("negative");
        QTest::addRow("stray character")
            << QStringLiteral("metadata/labels") << QStringLiteral("unexpected '/'");
    }

    void badRulesAreErrors()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const auto parsed = IgnoreRules::parse({QStringLiteral("metadata.labels.env"), rule});
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind(), Error::Kind::BadInput);
        QVERIFY2(parsed.error().message().contains(message), qPrintable(parsed.error().message()));
        QVERIFY(parsed.error().message().contains(u'\'' + rule + u'\''));
    }
};

QTEST_GUILESS_MAIN(TestIgnoreRules)
#include "tst_ignorerules.moc"
