#include "yamlhighlighter.h"

#include <QRegularExpression>

std::unique_ptr<SyntaxHighlighter> SyntaxHighlighter::forFile(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".yaml") || lower.endsWith(u".yml") || lower.endsWith(u"/kustomization")
        || lower == u"kustomization" || lower.endsWith(u".json"))
        return std::make_unique<YamlHighlighter>();
    return std::make_unique<PlainHighlighter>();
}

namespace {

using Token = SyntaxHighlighter::Token;

// Where a comment starts: a '#' at the line's start or after whitespace, outside quotes.
qsizetype commentStart(QStringView line, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || line[i - 1].isSpace())) {
            return i;
        }
    }
    return -1;
}

Token scalarToken(QStringView value)
{
    static const QRegularExpression number(QStringLiteral(
        R"(^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$)"));
    if (value.startsWith(u'"') || value.startsWith(u'\''))
        return Token::String;
    if (value.startsWith(u'&') || value.startsWith(u'*') || value.startsWith(u'!'))
        return Token::Anchor;
    if (value == u"true" || value == u"false" || value == u"null" || value == u"~"
        || value == u"True" || value == u"False" || value == u"Null" || value == u"NULL"
        || value == u"TRUE" || value == u"FALSE")
        return Token::Keyword;
    if (number.match(value).hasMatch())
        return Token::Number;
    if (value == u"|" || value == u">" || value == u"|-" || value == u">-" || value == u"|+"
        || value == u">+")
        return Token::Punctuation;
    return Token::Plain;
}

} // namespace

QList<SyntaxHighlighter::Span> YamlHighlighter::highlight(QStringView line) const
{
    QList<Span> spans;
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (i == 0 && (line.startsWith(u"---") || line.startsWith(u"..."))) {
        spans.append({0, 3, Token::Marker});
        i = 3;
    }
    // Sequence markers: "- ", possibly nested ("- - x").
    while (i < line.size() && line[i] == u'-' && (i + 1 == line.size() || line[i + 1] == u' ')) {
        spans.append({int(i), 1, Token::Punctuation});
        i += 1;
        while (i < line.size() && line[i] == u' ')
            ++i;
    }
    const qsizetype comment = commentStart(line, i);
    const qsizetype end = comment >= 0 ? comment : line.size();

    // "key:" (plain or quoted key), then the value.
    static const QRegularExpression key(
        QStringLiteral(R"(^("[^"]*"|'[^']*'|[^\s#'"{\[][^#]*?)\s*:(?=\s|$))"));
    const QStringView rest = line.mid(i, end - i);
    const QRegularExpressionMatch m = key.match(rest);
    if (m.hasMatch()) {
        spans.append({int(i), int(m.capturedLength(1)), Token::Key});
        spans.append({int(i + m.capturedEnd(0) - 1), 1, Token::Punctuation});
        i += m.capturedEnd(0);
        while (i < end && line[i].isSpace())
            ++i;
    }
    if (i < end) {
        qsizetype valueEnd = end;
        while (valueEnd > i && line[valueEnd - 1].isSpace())
            --valueEnd;
        const QStringView value = line.mid(i, valueEnd - i);
        if (value.startsWith(u'{') || value.startsWith(u'[')) {
            // A flow collection: brackets and commas as punctuation, the rest by type.
            for (qsizetype j = i; j < valueEnd; ++j) {
                const QChar c = line[j];
                if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':')
                    spans.append({int(j), 1, Token::Punctuation});
            }
        } else {
            const Token token = scalarToken(value);
            if (token != Token::Plain)
                spans.append({int(i), int(value.size()), token});
        }
    }
    if (comment >= 0)
        spans.append({int(comment), int(line.size() - comment), Token::Comment});
    return spans;
}
