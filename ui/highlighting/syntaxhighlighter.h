#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

// Highlights the lines of one text, first to last, for the diff view. State crosses lines (a
// YAML block scalar, a JSON string, a shell here-document): call highlightNext() with each line
// in order, and reset() to start again. Where the build found a Qt 6 build of KDE's
// KSyntaxHighlighting, forFile() returns its highlighter, with a definition for every file type
// it knows (YAML, JSON, shell, Dockerfile, Markdown, Go templates …) and a light or dark theme;
// else the built-in YAML highlighter (YAML, JSON, kustomization files), or none.
class SyntaxHighlighter
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        QColor color; // invalid: the text's own colour
        bool bold = false;
        bool italic = false;
        // What the range is, for tests and tooltips: KSyntaxHighlighting's format name
        // ("Key", "Literal/Folded Block", …) or the built-in highlighter's token ("key", …).
        QString format;
    };

    virtual ~SyntaxHighlighter() = default;

    // Spans of the next line (sorted, not overlapping; gaps are plain text).
    [[nodiscard]] virtual QList<Span> highlightNext(QStringView line) = 0;
    // The next line is the text's first again.
    virtual void reset() = 0;
    // Which highlighter this is: "KSyntaxHighlighting: YAML", "built-in: YAML", "none".
    [[nodiscard]] virtual QString name() const = 0;

    // The highlighter for a file name, in the light or the dark look.
    static std::unique_ptr<SyntaxHighlighter> forFile(const QString &fileName, bool dark);
    // Only the built-in highlighters, whatever the build (the fallback; tests).
    static std::unique_ptr<SyntaxHighlighter> builtInForFile(const QString &fileName, bool dark);
    // Whether this build highlights with KSyntaxHighlighting.
    static bool hasKSyntaxHighlighting();
};
