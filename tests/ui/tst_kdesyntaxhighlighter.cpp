#include "kdesyntaxhighlighter.h"
#include "syntaxhighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QTest>

using KSyntaxHighlighting::Theme;

namespace {

SyntaxHighlighter::Span at(const QList<SyntaxHighlighter::Span> &spans, int column)
{
    for (const auto &s : spans) {
        if (column >= s.start && column < s.start + s.length)
            return s;
    }
    return {};
}

QColor styleColor(bool dark, Theme::TextStyle style)
{
    return QColor::fromRgba(KdeSyntaxHighlighter::themeFor(dark).textColor(style));
}

} // namespace

// KDE's KSyntaxHighlighting behind the diff view (built only where a Qt 6 build of it was
// found): its definitions by file name, its formats with the theme's colours, the theme that
// matches the app's light or dark palette, and the State carried across lines (YAML block
// scalars).
class TestKdeSyntaxHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionsByFileName()
    {
        QVERIFY(SyntaxHighlighter::hasKSyntaxHighlighting());
        const QList<std::pair<QString, QString>> files {
            {QStringLiteral("production/apps.yaml"), QStringLiteral("YAML")},
            {QStringLiteral("charts/web/templates/deployment.yaml"), QStringLiteral("YAML")},
            {QStringLiteral("apps/base/kustomization"), QStringLiteral("YAML")},
            {QStringLiteral("patch.json"), QStringLiteral("JSON")},
            {QStringLiteral("scripts/deploy.sh"), QStringLiteral("Bash")},
            {QStringLiteral("Dockerfile"), QStringLiteral("Dockerfile")},
            {QStringLiteral("README.md"), QStringLiteral("Markdown")},
        };
        for (const auto &[file, definition] : files) {
            const auto h = SyntaxHighlighter::forFile(file, false);
            QCOMPARE(h->name(), u"KSyntaxHighlighting: " + definition);
        }
        // No definition: the built-in fallback.
        QCOMPARE(SyntaxHighlighter::forFile(QStringLiteral("notes.unknown-ext"), false)->name(),
                 QStringLiteral("none"));
    }

    // YAML: keys, numbers and comments in the theme's colours; a block scalar's lines are the
    // block's text (the State crosses lines), and the next key is a key again.
    void yamlWithBlockScalars()
    {
        auto h = SyntaxHighlighter::forFile(QStringLiteral("config.yaml"), false);
        const QStringList lines {QStringLiteral("data:"), QStringLiteral("  script: |"),
                                 QStringLiteral("    key: value"),
                                 QStringLiteral("    # not a comment"),
                                 QStringLiteral("  other: 1 # c")};
        QList<QList<SyntaxHighlighter::Span>> spans;
        for (const QString &line : lines)
            spans << h->highlightNext(line);

        QCOMPARE(at(spans[0], 0).format, QStringLiteral("Key"));
        QCOMPARE(at(spans[0], 0).color, styleColor(false, Theme::Function));
        QCOMPARE(at(spans[1], 10).format, QStringLiteral("Literal/Folded Operator"));
        QCOMPARE(at(spans[2], 4).format, QStringLiteral("Literal/Folded Block"));
        QCOMPARE(at(spans[2], 4).start, 0);
        QCOMPARE(at(spans[2], 4).length, 14); // "key" inside the block is no key
        QCOMPARE(at(spans[3], 4).format, QStringLiteral("Literal/Folded Block"));
        QCOMPARE(at(spans[4], 2).format, QStringLiteral("Key"));
        QCOMPARE(at(spans[4], 9).format, QStringLiteral("Integer"));
        QCOMPARE(at(spans[4], 9).color, styleColor(false, Theme::DecVal));
        QCOMPARE(at(spans[4], 11).format, QStringLiteral("Comment"));
        QCOMPARE(at(spans[4], 11).color, styleColor(false, Theme::Comment));

        // The same line without the block before it is a key: the state made the difference.
        h->reset();
        QCOMPARE(at(h->highlightNext(u"    key: value"), 4).format, QStringLiteral("Key"));
    }

    void json()
    {
        auto h = SyntaxHighlighter::forFile(QStringLiteral("patch.json"), false);
        QVERIFY(!h->highlightNext(u"{").isEmpty());
        const auto spans = h->highlightNext(u"  \"key\": \"value\", \"n\": 12, \"b\": true");
        QCOMPARE(at(spans, 2).format, QStringLiteral("Style_String_Key"));
        QCOMPARE(at(spans, 2).length, 5);
        QCOMPARE(at(spans, 2).color, styleColor(false, Theme::DataType));
        QCOMPARE(at(spans, 9).format, QStringLiteral("Style_String_Value"));
        QCOMPARE(at(spans, 9).color, styleColor(false, Theme::String));
        QCOMPARE(at(spans, 23).format, QStringLiteral("Style_Decimal"));
        QCOMPARE(at(spans, 33).format, QStringLiteral("Style_Keyword"));
    }

    // Light and dark themes follow the app's palette: a dark theme for the dark look, with
    // other colours.
    void themesFollowThePalette()
    {
        const Theme light = KdeSyntaxHighlighter::themeFor(false);
        const Theme dark = KdeSyntaxHighlighter::themeFor(true);
        QVERIFY(light.isValid() && dark.isValid());
        QVERIFY(QColor::fromRgba(light.editorColor(Theme::BackgroundColor)).lightness() >= 128);
        QVERIFY(QColor::fromRgba(dark.editorColor(Theme::BackgroundColor)).lightness() < 128);
        auto l = SyntaxHighlighter::forFile(QStringLiteral("a.yaml"), false);
        auto d = SyntaxHighlighter::forFile(QStringLiteral("a.yaml"), true);
        const auto ls = l->highlightNext(u"replicas: 2");
        const auto ds = d->highlightNext(u"replicas: 2");
        QCOMPARE(at(ls, 0).format, at(ds, 0).format);
        QVERIFY(at(ls, 0).color != at(ds, 0).color);
        QCOMPARE(at(ds, 0).color, styleColor(true, Theme::Function));
    }
};

QTEST_GUILESS_MAIN(TestKdeSyntaxHighlighter)
#include "tst_kdesyntaxhighlighter.moc"
