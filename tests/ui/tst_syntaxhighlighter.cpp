#include "syntaxhighlighter.h"
#include "yamlhighlighter.h"

#include <QTest>

namespace {

// The spans of each line of a text, highlighted in order.
QList<QList<SyntaxHighlighter::Span>> highlightAll(SyntaxHighlighter &h, const QStringList &lines)
{
    QList<QList<SyntaxHighlighter::Span>> out;
    for (const QString &line : lines)
        out << h.highlightNext(line);
    return out;
}

// The span covering a column, or an empty span.
SyntaxHighlighter::Span at(const QList<SyntaxHighlighter::Span> &spans, int column)
{
    for (const auto &s : spans) {
        if (column >= s.start && column < s.start + s.length)
            return s;
    }
    return {};
}

} // namespace

// The built-in highlighter, the fallback where the build has no KSyntaxHighlighting (and for
// files it has no definition for): YAML tokens with the diff's colours, block scalars carried
// across lines, JSON read as YAML, other files plain.
class TestSyntaxHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlTokens()
    {
        YamlHighlighter h(false);
        const auto spans = h.highlightNext(u"  replicas: 2 # scaled");
        QCOMPARE(at(spans, 2).format, QStringLiteral("key"));
        QCOMPARE(at(spans, 2).length, 8);
        QCOMPARE(at(spans, 2).color,
                 YamlHighlighter::tokenColor(YamlHighlighter::Token::Key, false));
        QCOMPARE(at(spans, 12).format, QStringLiteral("number"));
        QCOMPARE(at(spans, 14).format, QStringLiteral("comment"));
        QVERIFY(at(spans, 14).italic);
        QCOMPARE(at(h.highlightNext(u"  - name: web"), 2).format, QStringLiteral("punctuation"));
        QCOMPARE(at(h.highlightNext(u"enabled: true"), 9).format, QStringLiteral("keyword"));
        QCOMPARE(at(h.highlightNext(u"---"), 0).format, QStringLiteral("marker"));
        QCOMPARE(at(h.highlightNext(u"image: \"web:1\""), 7).format, QStringLiteral("string"));
        // The dark look has its own colours.
        YamlHighlighter dark(true);
        QVERIFY(at(dark.highlightNext(u"replicas: 2"), 0).color
                != at(YamlHighlighter(false).highlightNext(u"replicas: 2"), 0).color);
    }

    // A block scalar's lines are text, not keys or comments, until the indentation drops back.
    void blockScalarsCrossLines()
    {
        YamlHighlighter h(false);
        const QStringList lines {QStringLiteral("data:"),
                                 QStringLiteral("  script: |"),
                                 QStringLiteral("    key: value"),
                                 QString(),
                                 QStringLiteral("    # not a comment"),
                                 QStringLiteral("  other: 1"),
                                 QStringLiteral("  folded: >-"),
                                 QStringLiteral("    text"),
                                 QStringLiteral("next: 2")};
        const auto spans = highlightAll(h, lines);
        QCOMPARE(at(spans[2], 4).format, QStringLiteral("string"));
        QCOMPARE(at(spans[2], 4).length, 10); // the whole line, not "key" then ":"
        QVERIFY(spans[3].isEmpty());
        QCOMPARE(at(spans[4], 4).format, QStringLiteral("string"));
        QCOMPARE(at(spans[5], 2).format, QStringLiteral("key")); // back out of the block
        QCOMPARE(at(spans[7], 4).format, QStringLiteral("string"));
        QCOMPARE(at(spans[8], 0).format, QStringLiteral("key"));
        // reset(): the first line again, outside any block.
        QVERIFY(!h.highlightNext(u"  script: |").isEmpty());
        h.reset();
        QCOMPARE(at(h.highlightNext(u"    key: value"), 4).format, QStringLiteral("key"));
    }

    void fileTypes()
    {
        // The fallback, whatever the build.
        QCOMPARE(SyntaxHighlighter::builtInForFile(QStringLiteral("a/b.yaml"), false)->name(),
                 QStringLiteral("built-in: YAML"));
        QCOMPARE(
            SyntaxHighlighter::builtInForFile(QStringLiteral("apps/kustomization"), false)->name(),
            QStringLiteral("built-in: YAML"));
        QCOMPARE(SyntaxHighlighter::builtInForFile(QStringLiteral("patch.json"), false)->name(),
                 QStringLiteral("built-in: YAML"));
        auto plain = SyntaxHighlighter::builtInForFile(QStringLiteral("run.sh"), false);
        QCOMPARE(plain->name(), QStringLiteral("none"));
        QVERIFY(plain->highlightNext(u"echo key: value # x").isEmpty());
        // JSON read by the YAML highlighter: keys and values by type.
        auto json = SyntaxHighlighter::builtInForFile(QStringLiteral("patch.json"), false);
        const auto spans = json->highlightNext(u"  \"op\": \"replace\",");
        QCOMPARE(at(spans, 2).format, QStringLiteral("key"));

        // What the build picks: KSyntaxHighlighting when it has one, the built-in otherwise.
        const QString name = SyntaxHighlighter::forFile(QStringLiteral("b.yaml"), false)->name();
        if (SyntaxHighlighter::hasKSyntaxHighlighting())
            QCOMPARE(name, QStringLiteral("KSyntaxHighlighting: YAML"));
        else
            QCOMPARE(name, QStringLiteral("built-in: YAML"));
    }
};

QTEST_GUILESS_MAIN(TestSyntaxHighlighter)
#include "tst_syntaxhighlighter.moc"
