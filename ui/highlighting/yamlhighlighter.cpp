#include "yamlhighlighter.h"

#include <QRegularExpression>

std::unique_ptr<SyntaxHighlighter> SyntaxHighlighter::builtInForFile(const QString &fileName,
                                                                     bool dark)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".yaml") || lower.endsWith(u".yml") || lower.endsWith(u"/kustomization")
        || lower == u"kustomization" || lower.endsWith(u".json"))
        return std::make_unique<YamlHighlighter>(dark);
    return std::make_unique<PlainHighlighter>();
}

namespace {

using Token = YamlHighlighter::Token;

struct TokenColors
{
    const char *key, *string, *number, *keyword, *comment, *punctuation, *anchor, *marker;
};

const TokenColors lightColors {"#0b5394", "#a31515", "#098658", "#7a3e9d",
                               "#6a737d", "#57606a", "#b35900", "#6a737d"};
const TokenColors darkColors {"#79b8ff", "#f3a683", "#85e89d", "#d2a8ff",
                              "#8b949e", "#8b949e", "#ffab70", "#8b949e"};

// The indentation of a line (spaces), and whether it is blank.
int indentation(QStringView line)
{
    int i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

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

QString YamlHighlighter::tokenName(Token token)
{
    switch (token) {
    case Token::Plain:
        return QStringLiteral("plain");
    case Token::Key:
        return QStringLiteral("key");
    case Token::String:
        return QStringLiteral("string");
    case Token::Number:
        return QStringLiteral("number");
    case Token::Keyword:
        return QStringLiteral("keyword");
    case Token::Comment:
        return QStringLiteral("comment");
    case Token::Punctuation:
        return QStringLiteral("punctuation");
    case Token::Anchor:
        return QStringLiteral("anchor");
    case Token::Marker:
        return QStringLiteral("marker");
    }
    return {};
}

QColor YamlHighlighter::tokenColor(Token token, bool dark)
{
    const TokenColors &c = dark ? darkColors : lightColors;
    switch (token) {
    case Token::Key:
        return QColor(QLatin1String(c.key));
    case Token::String:
        return QColor(QLatin1String(c.string));
    case Token::Number:
        return QColor(QLatin1String(c.number));
    case Token::Keyword:
        return QColor(QLatin1String(c.keyword));
    case Token::Comment:
        return QColor(QLatin1String(c.comment));
    case Token::Punctuation:
        return QColor(QLatin1String(c.punctuation));
    case Token::Anchor:
        return QColor(QLatin1String(c.anchor));
    case Token::Marker:
        return QColor(QLatin1String(c.marker));
    case Token::Plain:
        break;
    }
    return {};
}

QList<SyntaxHighlighter::Span> YamlHighlighter::highlightNext(QStringView line)
{
    QList<Span> spans;
    // A block scalar's lines: everything more indented than its key (and blank lines) is text.
    if (m_blockIndent >= 0) {
        if (isBlank(line))
            return spans;
        if (indentation(line) > m_blockIndent) {
            const int from = indentation(line);
            spans.append({from, int(line.size()) - from, tokenColor(Token::String, m_dark), false,
                          false, tokenName(Token::String)});
            return spans;
        }
        m_blockIndent = -1;
    }
    const QList<TokenSpan> found = tokens(line);
    for (const TokenSpan &t : found) {
        spans.append({t.start, t.length, tokenColor(t.token, m_dark), false,
                      t.token == Token::Comment, tokenName(t.token)});
    }
    // "key: |" (or >, |-, >+ …) opens a block scalar; so does "- |".
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        if (it->token == Token::Comment)
            continue;
        const QStringView text = line.mid(it->start, it->length);
        if (it->token == Token::Punctuation && (text.startsWith(u'|') || text.startsWith(u'>')))
            m_blockIndent = indentation(line);
        break;
    }
    return spans;
}

QList<YamlHighlighter::TokenSpan> YamlHighlighter::tokens(QStringView line)
{
    QList<TokenSpan> spans;
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
