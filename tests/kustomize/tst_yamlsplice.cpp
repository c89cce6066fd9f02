#include "yamlsplice.h"

#include <QTest>

using Promenade::Kustomize::YamlSplice;

// The scalar splice a promotion uses on every pin form: found by line or by key path, replaced
// byte for byte, everything around it kept.
class TestYamlSplice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheScalarsOfALine()
    {
        const QByteArray text = "a:\n  - name: web  # the app\n  - 'ghcr.io/acme/web:v1'\n"
                                "  b: {newTag: v2, digest: \"sha256:ab\"}\n";
        auto first = YamlSplice::scalarsOnLine(text, 2);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().key, QByteArray("name"));
        QCOMPARE(first.first().value, QByteArray("web"));
        QCOMPARE(text.mid(first.first().start, first.first().end - first.first().start),
                 QByteArray("web"));
        auto item = YamlSplice::scalarsOnLine(text, 3);
        QCOMPARE(item.size(), 1);
        QCOMPARE(item.first().key, QByteArray());
        QCOMPARE(item.first().value, QByteArray("ghcr.io/acme/web:v1"));
        QCOMPARE(item.first().quote, YamlSplice::Quote::Single);
        auto flow = YamlSplice::scalarsOnLine(text, 4);
        QCOMPARE(flow.size(), 2);
        QCOMPARE(flow.at(1).key, QByteArray("digest"));
        QCOMPARE(flow.at(1).value, QByteArray("sha256:ab"));
        QVERIFY(YamlSplice::scalarsOnLine(text, 1).isEmpty()); // "a:" holds no scalar
        QVERIFY(YamlSplice::scalarsOnLine(text, 9).isEmpty());
    }

    void replacesOnlyTheScalarKeepingItsQuoting()
    {
        const QByteArray text = "spec:\n  source:\n    # the chart\n    targetRevision: \"1.15.3\" "
                                "# pinned\r\n    chart: cert-manager\r\n";
        auto at = YamlSplice::atPath(text, QStringLiteral("spec.source.targetRevision"));
        QVERIFY2(at, qPrintable(at ? QString() : at.error().toString()));
        QCOMPARE(at->line, 4);
        const QByteArray out = YamlSplice::replace(text, *at, "1.16.2");
        QCOMPARE(out, QByteArray(text).replace("\"1.15.3\"", "\"1.16.2\""));
    }

    void aPlainScalarIsQuotedOnlyWhenItWouldNotReadBackAsAString()
    {
        QCOMPARE(YamlSplice::quoted("v1.2.3", YamlSplice::Quote::Plain), QByteArray("v1.2.3"));
        QCOMPARE(YamlSplice::quoted("1.5", YamlSplice::Quote::Plain), QByteArray("\"1.5\""));
        QCOMPARE(YamlSplice::quoted("yes", YamlSplice::Quote::Plain), QByteArray("\"yes\""));
        QCOMPARE(YamlSplice::quoted("it's", YamlSplice::Quote::Single), QByteArray("'it''s'"));
    }

    void findsByPathInAnyDocumentAndThroughSelectors()
    {
        const QByteArray text = "kind: A\n---\nspec:\n  containers:\n    - name: side\n"
                                "      image: busybox:1\n    - name: web\n      image: web:v1\n";
        auto at = YamlSplice::atPath(text, QStringLiteral("spec.containers[name=web].image"));
        QVERIFY(at);
        QCOMPARE(at->value, QByteArray("web:v1"));
        QCOMPARE(at->line, 8);
        auto byIndex = YamlSplice::atPath(text, QStringLiteral("spec.containers[0].image"));
        QVERIFY(byIndex);
        QCOMPARE(byIndex->value, QByteArray("busybox:1"));
        auto missing = YamlSplice::atPath(text, QStringLiteral("spec.containers[name=x].image"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Promenade::Error::Kind::NotFound);
        auto notScalar = YamlSplice::atPath(text, QStringLiteral("spec.containers"));
        QVERIFY(!notScalar);
        QCOMPARE(notScalar.error().kind(), Promenade::Error::Kind::BadInput);
        auto broken = YamlSplice::atPath("a: [\n", QStringLiteral("a"), QStringLiteral("f.yaml"));
        QVERIFY(!broken);
        QVERIFY(broken.error().toString().contains(QStringLiteral("f.yaml")));
    }

    void aBlockScalarIsNotEditedByPath()
    {
        const QByteArray text = "a: |\n  v1\n";
        auto at = YamlSplice::atPath(text, QStringLiteral("a"));
        QVERIFY(!at);
        QCOMPARE(at.error().kind(), Promenade::Error::Kind::BadInput);
    }

    void appendsAListItemBeforeTheNextKeyAndItsComments()
    {
        const QByteArray text = "resources:\n- a.yaml\npatches:\n  - target:\n      kind: X\n"
                                "    patch: |-\n      - op: add\n        path: /a\n\n"
                                "# the labels\nlabels: []\n";
        auto out = YamlSplice::appendToList(text, "patches", "path: p.yaml\nkeep: 1\n");
        QVERIFY(out);
        QCOMPARE(*out,
                 QByteArray("resources:\n- a.yaml\npatches:\n  - target:\n      kind: X\n"
                            "    patch: |-\n      - op: add\n        path: /a\n"
                            "  - path: p.yaml\n    keep: 1\n\n# the labels\nlabels: []\n"));
    }

    void createsTheListWhenMissing()
    {
        auto out = YamlSplice::appendToList("resources:\n  - a.yaml\n", "patches", "path: p\n");
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("resources:\n  - a.yaml\npatches:\n  - path: p\n"));
        auto refused = YamlSplice::appendToList("patches: {a: 1}\n", "patches", "path: p\n");
        QVERIFY(!refused);
    }
};

QTEST_GUILESS_MAIN(TestYamlSplice)
#include "tst_yamlsplice.moc"
