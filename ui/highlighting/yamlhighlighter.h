#pragma once

#include "syntaxhighlighter.h"

// The built-in YAML highlighter: keys, scalars by type, comments, anchors, aliases, tags,
// sequence and document markers. Line by line: a block scalar's continuation lines are
// highlighted as plain text or keys, which is close enough for reading a diff.
class YamlHighlighter : public SyntaxHighlighter
{
public:
    [[nodiscard]] QList<Span> highlight(QStringView line) const override;
};

// No highlighting at all (for files that are not YAML).
class PlainHighlighter : public SyntaxHighlighter
{
public:
    [[nodiscard]] QList<Span> highlight(QStringView) const override { return {}; }
};
