#include "semanticdiff.h"
#include "testsupport.h"
#include "textdiff.h"
#include "textlines.h"
#include "unifieddiff.h"

#include <QDir>
#include <QTest>

#include <random>

using namespace Promenade;
using namespace Promenade::Diff;

namespace {

// options.txt of a golden case: one option per line ("ignore-namespace", "no-hash-suffix",
// "name-prefix P", "name-suffix S").
SemanticDiff::Options readOptions(const QString &dir)
{
    SemanticDiff::Options options;
    const QString text = QString::fromUtf8(
        TestSupport::readFile(QDir(dir).filePath(QStringLiteral("options.txt"))));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString value = line.section(u' ', 1);
        if (line == u"ignore-namespace")
            options.ignoreNamespace = true;
        else if (line == u"no-hash-suffix")
            options.ignoreHashSuffix = false;
        else if (line.startsWith(u"name-prefix "))
            options.namePrefixes << value;
        else if (line.startsWith(u"name-suffix "))
            options.nameSuffixes << value;
    }
    return options;
}

// Everything a result says, lines included, as text (to compare two results).
QString fullText(const SemanticDiffResult &result)
{
    QString out;
    for (const DocumentChange &d : result.documents) {
        out += QStringLiteral("%1 %2 %3-%4 %5-%6 %7\n")
                   .arg(DocumentChange::statusName(d.status), d.identity())
                   .arg(d.leftFirstLine)
                   .arg(d.leftLastLine)
                   .arg(d.rightFirstLine)
                   .arg(d.rightLastLine)
                   .arg(d.text);
        for (const FieldChange &c : d.changes)
            out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(c.path, c.oldValue, c.newValue)
                       .arg(c.oldLine)
                       .arg(c.newLine);
    }
    return out;
}

const FieldChange *findChange(const DocumentChange &doc, const QString &path)
{
    for (const FieldChange &c : doc.changes) {
        if (c.path == path)
            return &c;
    }
    return nullptr;
}

} // namespace

// SemanticDiff: Kubernetes documents matched by identity and compared field by field.
// Golden files: tests/data/diff-semantic/<case>/{a.yaml,b.yaml,expected.txt[,options.txt]};
// tests/diff/regenerate-golden.sh (PROMENADE_REGENERATE_GOLDEN=1) rewrites expected.txt; review it.
class TestSemanticDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(TestSupport::dataPath(QStringLiteral("diff-semantic")));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 10, qPrintable(root.path()));
        for (const QString &c : cases)
            QTest::addRow("%s", qPrintable(c)) << root.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QDir d(dir);
        const QString a
            = QString::fromUtf8(TestSupport::readFile(d.filePath(QStringLiteral("a.yaml"))));
        const QString b
            = QString::fromUtf8(TestSupport::readFile(d.filePath(QStringLiteral("b.yaml"))));
        const auto result = SemanticDiff::compare(a, b, readOptions(dir));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const QString actual = result->toText();
        const QString expectedPath = d.filePath(QStringLiteral("expected.txt"));
        if (qEnvironmentVariableIntValue("PROMENADE_REGENERATE_GOLDEN")) {
            QVERIFY(TestSupport::writeFile(expectedPath, actual.toUtf8()));
            return;
        }
        // On texts already split into lines (as FolderDiff passes them): the same result, with
        // and without a final newline.
        for (const bool chop : {false, true}) {
            const QString l = chop && a.endsWith(u'\n') ? a.chopped(1) : a;
            const QString r = chop && b.endsWith(u'\n') ? b.chopped(1) : b;
            const auto fromText = SemanticDiff::compare(l, r, readOptions(dir));
            const auto fromLines
                = SemanticDiff::compare(TextLines(l), TextLines(r), readOptions(dir));
            // As files are compared: on their UTF-8 bytes.
            const auto fromBytes = SemanticDiff::compare(Utf8Lines(l.toUtf8()),
                                                         Utf8Lines(r.toUtf8()), readOptions(dir));
            QVERIFY(fromText && fromLines && fromBytes);
            QCOMPARE(fullText(*fromLines), fullText(*fromText));
            QCOMPARE(fullText(*fromBytes), fullText(*fromText));
        }
        const QString expected = QString::fromUtf8(TestSupport::readFile(expectedPath));
        if (actual != expected) {
            FileDiff diff = TextDiff::compare(expected, actual, {});
            diff.leftPath = QStringLiteral("expected.txt");
            diff.rightPath = QStringLiteral("actual");
            QFAIL(qPrintable(u"semantic summary differs from the golden file:\n"
                             + UnifiedDiff::format(diff)));
        }
    }

    void lineNumbersPointIntoBothInputs()
    {
        const QString a = QString::fromUtf8(TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/port-changed/a.yaml"))));
        const QString b = QString::fromUtf8(TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/port-changed/b.yaml"))));
        const auto result = SemanticDiff::compare(a, b, {});
        QVERIFY(result);
        QCOMPARE(result->documents.size(), 2);
        const DocumentChange &service = result->documents[1];
        QCOMPARE(service.kind, QStringLiteral("Service"));
        QCOMPARE(service.leftFirstLine, 18);
        QCOMPARE(service.leftLastLine, 29);
        QCOMPARE(service.rightFirstLine, 18);
        const FieldChange *target
            = findChange(service, QStringLiteral("spec.ports[port=80].targetPort"));
        QVERIFY(target);
        QCOMPARE(target->oldValue, QStringLiteral("8080"));
        QCOMPARE(target->newValue, QStringLiteral("8081"));
        QCOMPARE(target->oldLine, 26);
        QCOMPARE(target->newLine, 30);
        const FieldChange *added = findChange(
            result->documents[0],
            QStringLiteral("spec.template.spec.containers[name=web].ports[containerPort=8081]"));
        QVERIFY(added);
        QCOMPARE(added->kind, FieldChange::Kind::Added);
        QCOMPARE(added->newValue, QStringLiteral("{containerPort: 8081, name: http}"));
        QCOMPARE(added->newLine, 15);
        QCOMPARE(added->oldLine, 12);
    }

    void hashSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hashed");
        QTest::addRow("kustomize hash") << QStringLiteral("app-config-2g4hbfk8mt") << true;
        QTest::addRow("another") << QStringLiteral("web-env-9tt4h8m2dk") << true;
        QTest::addRow("hex digit 0 is never in a hash")
            << QStringLiteral("app-config-0g4hbfk8mt") << false;
        QTest::addRow("vowel") << QStringLiteral("app-config-2g4hbfk8ma") << false;
        QTest::addRow("too short") << QStringLiteral("app-config-5k8f2") << false;
        QTest::addRow("no dash") << QStringLiteral("appconfig2g4hbfk8mt") << false;
        QTest::addRow("only a hash") << QStringLiteral("-2g4hbfk8mt") << false;
    }

    void hashSuffix()
    {
        QFETCH(QString, name);
        QFETCH(bool, hashed);
        QCOMPARE(SemanticDiff::hasHashSuffix(name), hashed);
    }

    void normalizedNames()
    {
        SemanticDiff::Options options;
        options.namePrefixes = {QStringLiteral("staging-")};
        options.nameSuffixes = {QStringLiteral("-v2")};
        QCOMPARE(SemanticDiff::normalizedName(QStringLiteral("staging-app-v2-2g4hbfk8mt"), options),
                 QStringLiteral("app"));
        options.ignoreHashSuffix = false;
        QCOMPARE(SemanticDiff::normalizedName(QStringLiteral("staging-app-2g4hbfk8mt"), options),
                 QStringLiteral("app-2g4hbfk8mt"));
    }

    void syntaxErrorsAreValues()
    {
        SemanticDiff::Options options;
        options.rightLabel = QStringLiteral("b.yaml");
        const auto result = SemanticDiff::compare(
            QStringLiteral("a: 1\n"),
            QStringLiteral("---\nkind: X\n---\nkey: [unclosed\nnext: 1\n"), options);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::BadInput);
        QCOMPARE(result.error().file(), QStringLiteral("b.yaml"));
        QVERIFY2(result.error().line() >= 4, qPrintable(result.error().toString()));
    }

    void theLeftSidesErrorComesFirst()
    {
        // Invalid documents on both sides: the left side's first one is the error, whichever
        // side is read first; with a valid left side, the right side's first one. The same
        // from a text and from a file's bytes (which are converted for the parse).
        SemanticDiff::Options options;
        options.leftLabel = QStringLiteral("a.yaml");
        options.rightLabel = QStringLiteral("b.yaml");
        const QString valid = QStringLiteral("---\nkind: A\nv: 1\n---\nkind: B\nv: 1\n---\n"
                                             "kind: C\nv: 1\n");
        // Line 6 of the left, lines 3 and 9 of the right: the first document changed on
        // both sides, and invalid (an unclosed flow sequence) on the right only.
        const QString leftInvalid = QStringLiteral("---\nkind: A\nv: 1\n---\nkind: B\nv: [\n"
                                                   "---\nkind: C\nv: 1\n");
        const QString rightInvalid = QStringLiteral("---\nkind: A\nv: [\n---\nkind: B\nv: 2\n"
                                                    "---\nkind: C\nv: [\n");
        struct Case
        {
            QString left;
            QString right;
            QString file;
            int line;
        };
        const QList<Case> cases {
            {leftInvalid, rightInvalid, QStringLiteral("a.yaml"), 6},
            {valid, rightInvalid, QStringLiteral("b.yaml"), 3},
            {leftInvalid, valid, QStringLiteral("a.yaml"), 6},
        };
        for (const Case &c : cases) {
            const auto fromText = SemanticDiff::compare(c.left, c.right, options);
            const auto fromBytes = SemanticDiff::compare(Utf8Lines(c.left.toUtf8()),
                                                         Utf8Lines(c.right.toUtf8()), options);
            for (const auto *result : {&fromText, &fromBytes}) {
                QVERIFY(!*result);
                QCOMPARE(result->error().file(), c.file);
                QVERIFY2(result->error().line() >= c.line && result->error().line() <= c.line + 1,
                         qPrintable(result->error().toString()));
            }
            QCOMPARE(fromBytes.error().toString(), fromText.error().toString());
        }
        // Both valid: compared.
        const auto result = SemanticDiff::compare(valid, QString(valid).replace(u'1', u'2'), {});
        QVERIFY(result);
        QCOMPARE(result->count(DocumentChange::Status::Modified), 3);
    }

    void nonResourceDocumentsMatchByPosition()
    {
        const auto result = SemanticDiff::compare(QStringLiteral("a: 1\nb: [x]\n"),
                                                  QStringLiteral("a: 2\nb: [x]\n"), {});
        QVERIFY(result);
        QCOMPARE(result->documents.size(), 1);
        QCOMPARE(result->documents.first().changes.size(), 1);
        QCOMPARE(result->documents.first().changes.first().path, QStringLiteral("a"));
    }

    void mangledInputGivesAResultOrAnError()
    {
        // Repository content is untrusted: any text gives a result or an error value.
        const QString base = QString::fromUtf8(TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/port-changed/b.yaml"))));
        // Non-ASCII spaces and marks too: documents cut from bytes must be cut the same.
        const QString noise
            = QStringLiteral(":-[]{}&*!|>'\"#\t\n ,?%@`.\r\u00a0\u2028\u00e9\ufeff\u3000");
        std::mt19937 rng(99);
        int errors = 0;
        for (int round = 0; round < 300; ++round) {
            QString text = base;
            const int edits = 1 + int(rng() % 6);
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng() % unsigned(text.size()));
                if (rng() % 2)
                    text.remove(at, 1 + int(rng() % 4));
                else
                    text.insert(at, noise[int(rng() % unsigned(noise.size()))]);
            }
            const auto result = SemanticDiff::compare(base, text, {});
            const auto fromBytes
                = SemanticDiff::compare(Utf8Lines(base.toUtf8()), Utf8Lines(text.toUtf8()), {});
            QCOMPARE(bool(fromBytes), bool(result));
            if (result)
                QCOMPARE(fullText(*fromBytes), fullText(*result));
            else
                QCOMPARE(fromBytes.error().toString(), result.error().toString());
            if (!result) {
                ++errors;
                QVERIFY(!result.error().message().isEmpty());
            }
        }
        qInfo("%d of 300 mangled inputs were rejected as invalid YAML", errors);
    }

    void bytesAreCutIntoDocumentsAsText()
    {
        // Files are cut into documents on their UTF-8 bytes: markers, comments, blank and
        // non-ASCII lines must give the same documents, spans and errors as the text's cut.
        // Pieces of a text: markers, comments, blank and space-only lines, documents.
        const QStringList pool {
            QStringLiteral("---"),
            QStringLiteral("--- # c"),
            QStringLiteral("..."),
            QStringLiteral("---\t"),
            QStringLiteral("---\u00a0"),
            QStringLiteral("# comment"),
            QString(),
            QStringLiteral("  "),
            QStringLiteral("\t"),
            QStringLiteral("\r"),
            QStringLiteral("\u00a0# nb"),
            QStringLiteral("\u3000"),
            QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v"),
            QStringLiteral("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: b\r"),
            QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: \u00e9t\u00e9\n"
                           "  namespace: n\nstringData:\n  k: \u00e9\n  l: |\n    ---\n    x"),
            QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n"
                           "  template:\n    spec:\n      containers:\n      - name: app\n"
                           "        image: x:1\n      -- \n      .. z"),
            QStringLiteral("- x\n- y"),
            QStringLiteral("\ufeffkind: X"),
        };
        std::mt19937 rng(7);
        auto randomText = [&]() -> QString {
            QStringList lines;
            const int count = int(rng() % 12);
            for (int i = 0; i < count; ++i)
                lines << pool[int(rng() % unsigned(pool.size()))];
            return lines.join(u'\n') + (rng() % 3 ? QStringLiteral("\n") : QString());
        };
        int compared = 0;
        for (int round = 0; round < 400; ++round) {
            // A file's bytes, and its text as read (a byte order mark at the start dropped).
            const QByteArray a = randomText().toUtf8();
            const QByteArray b = randomText().toUtf8();
            const auto fromText
                = SemanticDiff::compare(QString::fromUtf8(a), QString::fromUtf8(b), {});
            const auto fromBytes = SemanticDiff::compare(Utf8Lines(a), Utf8Lines(b), {});
            QCOMPARE(bool(fromBytes), bool(fromText));
            if (fromText)
                QCOMPARE(fullText(*fromBytes), fullText(*fromText));
            else
                QCOMPARE(fromBytes.error().toString(), fromText.error().toString());
            compared += fromText ? 1 : 0;
            QCOMPARE(SemanticDiff::looksLikeKubernetes(Utf8Lines(a)),
                     SemanticDiff::looksLikeKubernetes(QString::fromUtf8(a)));
        }
        qInfo("%d of 400 random pairs parsed and compared (the others: the same error)", compared);
        QVERIFY(compared > 40);
    }

    void unchangedDocumentsKeepTheirIdentity()
    {
        // Identical documents are paired by text, unparsed: their identity comes from the text.
        const QString doc = QStringLiteral(
            "# leading comment\napiVersion: \"v1\"\nkind: ConfigMap # trailing\nmetadata:\n"
            "    labels:\n        name: not-this\n    name: 'settings'\n    namespace: shop\n"
            "data:\n  name: nor-this\n");
        const auto result = SemanticDiff::compare(doc, QStringLiteral("---\n") + doc, {});
        QVERIFY(result);
        QCOMPARE(result->documents.size(), 1);
        const DocumentChange &d = result->documents.first();
        QCOMPARE(d.status, DocumentChange::Status::Unchanged);
        QCOMPARE(d.identity(), QStringLiteral("v1 ConfigMap shop/settings"));
        QCOMPARE(d.leftFirstLine, 2);
        QCOMPARE(d.rightFirstLine, 3);
    }

    void recognisesKubernetesYaml()
    {
        QVERIFY(SemanticDiff::looksLikeKubernetes(
            QStringLiteral("# c\n---\napiVersion: v1\nkind: ConfigMap\n")));
        QVERIFY(!SemanticDiff::looksLikeKubernetes(QStringLiteral("name: ci\non: push\n")));
        QVERIFY(!SemanticDiff::looksLikeKubernetes(QStringLiteral("key: [unclosed\n")));
        QVERIFY(SemanticDiff::looksLikeKubernetes(
            Utf8Lines("\xEF\xBB\xBF# c\n--- \napiVersion: v1\nkind: ConfigMap\n")));
        QVERIFY(!SemanticDiff::looksLikeKubernetes(Utf8Lines("name: ci\non: push\n")));
    }
};

QTEST_GUILESS_MAIN(TestSemanticDiff)
#include "tst_semanticdiff.moc"
