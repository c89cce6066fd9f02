#pragma once

#include "syntaxhighlighter.h"

// The built-in YAML highlighter: keys, scalars by type, comments, anchors, aliases, tags,
// sequence and document markers, and the lines of a block scalar (`key: |` and the more
// indented lines after it) as one string. Colours from the diff's own light or dark palette.
class YamlHighlighter : public SyntaxHighlighter
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

    explicit YamlHighlighter(bool dark = false)
        : m_dark(dark)
    { }

    [[nodiscard]] QList<Span> highlightNext(QStringView line) override;
    void reset() override { m_blockIndent = -1; }
    [[nodiscard]] QString name() const override { return QStringLiteral("built-in: YAML"); }

    [[nodiscard]] static QString tokenName(Token token);
    [[nodiscard]] static QColor tokenColor(Token token, bool dark);

private:
    struct TokenSpan
    {
        int start;
        int length;
        Token token;
    };
    [[nodiscard]] static QList<TokenSpan> tokens(QStringView line);

    bool m_dark = false;
    // Inside a block scalar: the indentation of the key that opened it (-1: not inside).
    int m_blockIndent = -1;
};

// No highlighting at all (for files the built-in highlighter does not know).
class PlainHighlighter : public SyntaxHighlighter
{
public:
    [[nodiscard]] QList<Span> highlightNext(QStringView) override { return {}; }
    void reset() override { }
    [[nodiscard]] QString name() const override { return QStringLiteral("none"); }
};
