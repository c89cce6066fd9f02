#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

// Highlights one line of text at a time, for the diff view (whose rows are single lines, so
// no state crosses lines). One small interface, so that KSyntaxHighlighting can take over
// where a Qt 6 build of it exists; the built-in YAML highlighter is used otherwise.
class SyntaxHighlighter
{
public:
    enum class Token {
        Plain,
        Key,
        String,
        Number,
        Keyword, // true, false, null, ~
        Comment,
        Punctuation, // - : | > [ ] { } ,
        Anchor, // &anchor, *alias, !tag
        Marker, // --- and ...
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        Token token = Token::Plain;
    };

    virtual ~SyntaxHighlighter() = default;
    // Spans covering the tokens of line, sorted and not overlapping; gaps are Plain.
    [[nodiscard]] virtual QList<Span> highlight(QStringView line) const = 0;

    // The highlighter for a file name (YAML for .yaml/.yml/kustomization files, plain text
    // otherwise).
    static std::unique_ptr<SyntaxHighlighter> forFile(const QString &fileName);
};
