#include "testsupport.h"
#include "yamltree.h"

#include <QDirIterator>
#include <QTest>

#include <random>

using namespace Promenade;
using namespace Promenade::Diff;

namespace {

// The documents of a YAML stream, cut before each "---" or "..." line as the semantic diff
// cuts them (the marker stays with the document it starts).
QList<QString> documents(const QString &text)
{
    QList<QString> out;
    QString current;
    for (const QString &line : text.split(u'\n')) {
        const bool marker = (line.startsWith(u"---") || line.startsWith(u"..."))
            && (line.size() == 3 || line[3].isSpace());
        if (marker && !current.isEmpty()) {
            out << current;
            current.clear();
        }
        current += line + u'\n';
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

// Empty when both trees are the same (types, scalars, plain or quoted, lines, order);
// otherwise where they differ first.
QString difference(const YamlTree::Ref &a, const YamlTree::Ref &b, const QString &path)
{
    if (a.isNull() != b.isNull())
        return path + QStringLiteral(": null on one side only");
    if (a.isNull())
        return {}; // a null's line is never read: only its key's
    if (a.type() != b.type())
        return path + QStringLiteral(": types differ");
    if (a.line() != b.line())
        return path + QStringLiteral(": line %1 against %2").arg(a.line()).arg(b.line());
    if (a.isScalar()) {
        if (a.scalar() != b.scalar() || a.plain() != b.plain())
            return path
                + QStringLiteral(": scalar '%1' (plain %2) against '%3' (plain %4)")
                      .arg(a.scalar().toString())
                      .arg(a.plain())
                      .arg(b.scalar().toString())
                      .arg(b.plain());
        return {};
    }
    if (a.size() != b.size())
        return path + QStringLiteral(": %1 children against %2").arg(a.size()).arg(b.size());
    for (int k = 0; k < a.size(); ++k) {
        QString d;
        if (a.isSequence()) {
            d = difference(a.item(k), b.item(k), path + u'[' + QString::number(k) + u']');
        } else {
            d = difference(a.key(k), b.key(k), path + QStringLiteral("{key %1}").arg(k));
            if (d.isEmpty())
                d = difference(a.value(k), b.value(k), path + u'.' + a.key(k).scalar().toString());
        }
        if (!d.isEmpty())
            return d;
    }
    return {};
}

// True when the fast reader declined the text, or read it as yaml-cpp does.
bool agrees(const QString &text, QString *why)
{
    const auto fast = YamlTree::readBlock(text);
    if (!fast)
        return true;
    const auto reference = YamlTree::readWithYamlCpp(text);
    if (!reference) {
        *why = QStringLiteral("the fast reader accepted what yaml-cpp rejects: ")
            + reference.error().toString();
        return false;
    }
    *why = difference(fast->root(), reference->root(), QStringLiteral("$"));
    return why->isEmpty();
}

} // namespace

// YamlTree: the semantic diff's fast block-style reader reads what it accepts exactly as
// yaml-cpp does (same tree, lines, quoting), and leaves the rest to yaml-cpp.
class TestYamlTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryTestDocumentAsYamlCppDoes()
    {
        int accepted = 0;
        int declined = 0;
        QDirIterator it(TestSupport::dataPath(QStringLiteral(".")), {QStringLiteral("*.yaml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(TestSupport::readFile(path));
            for (const QString &doc : documents(text)) {
                QString why;
                QVERIFY2(agrees(doc, &why),
                         qPrintable(path + QStringLiteral(": ") + why + u'\n' + doc));
                if (YamlTree::readBlock(doc))
                    ++accepted;
                else
                    ++declined;
            }
        }
        qInfo("fast reader: %d documents read, %d left to yaml-cpp", accepted, declined);
        // Most of what kustomize writes is in the fast reader's subset.
        QVERIFY2(accepted > 1000 && accepted > 3 * declined,
                 qPrintable(QStringLiteral("%1 read, %2 declined").arg(accepted).arg(declined)));
    }

    void readsMangledDocumentsAsYamlCppDoes()
    {
        // Random edits with YAML's special characters: whatever the fast reader accepts,
        // yaml-cpp accepts too and reads the same.
        const QString base = QString::fromUtf8(TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/port-changed/b.yaml"))));
        const QList<QString> docs = documents(base);
        QVERIFY(!docs.isEmpty());
        const QString noise = QStringLiteral(":-[]{}&*!|>'\"#\t\n ,?%@`~\\x");
        std::mt19937 rng(2024);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text = docs[int(rng() % unsigned(docs.size()))];
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng() % unsigned(text.size()));
                if (rng() % 3 == 0)
                    text.remove(at, 1 + int(rng() % 3));
                else
                    text.insert(at, noise[int(rng() % unsigned(noise.size()))]);
            }
            QString why;
            QVERIFY2(agrees(text, &why), qPrintable(why + u'\n' + text));
            if (YamlTree::readBlock(text))
                ++accepted;
        }
        qInfo("%d of 3000 mangled documents read by the fast reader", accepted);
        QVERIFY(accepted > 100);
    }

    void readsTheSubset()
    {
        const QString text = QStringLiteral("---\n"
                                            "# comment\n"
                                            "a: 1 # trailing\n"
                                            "b: \"true\"\n"
                                            "c: 'x y'\n"
                                            "d: ~\n"
                                            "e:\n"
                                            "f: {}\n"
                                            "g:\n"
                                            "- one\n"
                                            "- name: web\n"
                                            "  image: nginx:1.25\n"
                                            "h:\n"
                                            "  i: http://example.com/a#b\n");
        const auto tree = YamlTree::readBlock(text);
        QVERIFY(tree);
        const YamlTree::Ref root = tree->root();
        QVERIFY(root.isMap());
        QCOMPARE(root.size(), 8);
        QCOMPARE(root[u"a"].scalar(), u"1");
        QCOMPARE(root[u"a"].line(), 2);
        QVERIFY(!root[u"b"].plain());
        QCOMPARE(root[u"b"].scalar(), u"true");
        QCOMPARE(root[u"c"].scalar(), u"x y");
        QVERIFY(root[u"d"].isNull());
        QVERIFY(root[u"e"].isNull());
        QVERIFY(root[u"f"].isMap());
        QCOMPARE(root[u"f"].size(), 0);
        QVERIFY(root[u"g"].isSequence());
        QCOMPARE(root[u"g"].size(), 2);
        QCOMPARE(root[u"g"].item(1)[u"image"].scalar(), u"nginx:1.25");
        QCOMPARE(root[u"g"].item(1).line(), 10);
        QCOMPARE(root[u"h"][u"i"].scalar(), u"http://example.com/a#b");
        QVERIFY(!root[u"missing"]);
        QString why;
        QVERIFY2(agrees(text, &why), qPrintable(why));
    }

    void declinesWhatItDoesNotRead()
    {
        for (const char *text :
             {"a: [1, 2]\n", "a: |\n  text\n", "a: &x 1\nb: *x\n", "a: !!str 1\n",
              "a: one\n  two\n", "a: 1\na: 2\n", "a:\tb\n", "a: \"x\\ny\"\n", "? a\n: b\n",
              "a: 1\n--- \nb: 2\n", "- a\n- - b\n", "a: b: c\n", "plain\n", "a: 'it''s'\n"}) {
            QVERIFY2(!YamlTree::readBlock(QString::fromUtf8(text)), text);
            // yaml-cpp still reads (or rejects) them: parse() gives a tree or an error.
            const auto parsed = YamlTree::parse(QString::fromUtf8(text), QStringLiteral("t"), 0);
            if (!parsed)
                QCOMPARE(parsed.error().kind(), Error::Kind::BadInput);
        }
    }

    void syntaxErrorsComeFromYamlCpp()
    {
        const auto parsed = YamlTree::parse(QStringLiteral("---\na: 1\nspec:-x1\n  b: 2\n"),
                                            QStringLiteral("right.yaml"), 10);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().file(), QStringLiteral("right.yaml"));
        QVERIFY2(parsed.error().message().startsWith(u"not valid YAML: "),
                 qPrintable(parsed.error().message()));
        QVERIFY2(parsed.error().line() > 10, qPrintable(parsed.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
