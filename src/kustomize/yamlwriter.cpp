#include "yamlwriter.h"

#include "yamlscalars.h"

#include <QChar>

#include <algorithm>

namespace Promenade::Kustomize {

namespace {

constexpr int bestWidth = 80;
constexpr int bestIndent = 2;

int utf8Width(uchar c)
{
    if ((c & 0x80) == 0x00)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1;
}

char32_t decodeAt(const QByteArray &s, qsizetype i, int *width)
{
    const uchar c = uchar(s.at(i));
    const int w = utf8Width(c);
    *width = w;
    if (w == 1 || i + w > s.size()) {
        *width = 1;
        return c;
    }
    char32_t v = c & (w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07);
    for (int k = 1; k < w; ++k)
        v = (v << 6) | (uchar(s.at(i + k)) & 0x3F);
    return v;
}

// yaml's is_printable over UTF-8 bytes (note: 4-byte characters are not "printable").
bool isPrintable(const QByteArray &b, qsizetype i)
{
    const uchar c = uchar(b.at(i));
    const uchar c1 = i + 1 < b.size() ? uchar(b.at(i + 1)) : 0;
    const uchar c2 = i + 2 < b.size() ? uchar(b.at(i + 2)) : 0;
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && c1 >= 0xA0)
        || (c > 0xC2 && c < 0xED) || (c == 0xED && c1 < 0xA0) || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF)
            && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)));
}

bool isBreakAt(const QByteArray &b, qsizetype i)
{
    if (i >= b.size())
        return false;
    const uchar c = uchar(b.at(i));
    const uchar c1 = i + 1 < b.size() ? uchar(b.at(i + 1)) : 0;
    const uchar c2 = i + 2 < b.size() ? uchar(b.at(i + 2)) : 0;
    return c == '\r' || c == '\n' || (c == 0xC2 && c1 == 0x85)
        || (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9));
}

bool isSpaceAt(const QByteArray &b, qsizetype i)
{
    return i < b.size() && b.at(i) == ' ';
}

bool isBlankAt(const QByteArray &b, qsizetype i)
{
    return i < b.size() && (b.at(i) == ' ' || b.at(i) == '\t');
}

bool isBlankZAt(const QByteArray &b, qsizetype i)
{
    return i >= b.size() || b.at(i) == '\0' || isBlankAt(b, i) || isBreakAt(b, i);
}

bool isBomAt(const QByteArray &b, qsizetype i)
{
    return i + 2 < b.size() && uchar(b.at(i)) == 0xEF && uchar(b.at(i + 1)) == 0xBB
        && uchar(b.at(i + 2)) == 0xBF;
}

enum class Style { Plain, Single, Double, Literal };

struct Analysis
{
    bool multiline = false;
    bool blockPlainAllowed = true;
    bool singleQuotedAllowed = true;
    bool blockAllowed = true;
};

// Indicators: characters that would make a plain scalar read as YAML structure (libyaml's
// yaml_emitter_analyze_scalar), apart from analyze() so that its scan of spaces and breaks reads
// on its own.
struct Indicators
{
    bool flow = false;
    bool block = false;
};

void noteIndicator(Indicators &ind, char c, bool first, bool followedByWhitespace,
                   bool precededByWhitespace)
{
    if (first) {
        switch (c) {
        case '#':
        case ',':
        case '[':
        case ']':
        case '{':
        case '}':
        case '&':
        case '*':
        case '!':
        case '|':
        case '>':
        case '\'':
        case '"':
        case '%':
        case '@':
        case '`':
            ind.flow = true;
            ind.block = true;
            break;
        case '?':
        case ':':
            ind.flow = true;
            if (followedByWhitespace)
                ind.block = true;
            break;
        case '-':
            if (followedByWhitespace) {
                ind.flow = true;
                ind.block = true;
            }
            break;
        default:
            break;
        }
    } else {
        switch (c) {
        case ',':
        case '?':
        case '[':
        case ']':
        case '{':
        case '}':
            ind.flow = true;
            break;
        case ':':
            ind.flow = true;
            if (followedByWhitespace)
                ind.block = true;
            break;
        case '#':
            if (precededByWhitespace) {
                ind.flow = true;
                ind.block = true;
            }
            break;
        default:
            break;
        }
    }
}

Analysis analyze(const QByteArray &value)
{
    Analysis a;
    if (value.isEmpty()) {
        a.blockPlainAllowed = true;
        a.singleQuotedAllowed = true;
        a.blockAllowed = false;
        return a;
    }
    Indicators ind;
    bool lineBreaks = false, special = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false, precededByWhitespace = true, previousSpace = false,
         previousBreak = false;
    if (value.size() >= 3 && (value.startsWith("---") || value.startsWith("..."))) {
        ind.block = true;
        ind.flow = true;
    }
    for (qsizetype i = 0; i < value.size();) {
        const int w = utf8Width(uchar(value.at(i)));
        const bool followedByWhitespace
            = i + w >= value.size() || isBlankAt(value, i + w) || isBreakAt(value, i + w);
        const char c = value.at(i);
        noteIndicator(ind, c, i == 0, followedByWhitespace, precededByWhitespace);
        if (!isPrintable(value, i))
            special = true;
        if (c == ' ') {
            if (i == 0)
                leadingSpace = true;
            if (i + w == value.size())
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreakAt(value, i)) {
            lineBreaks = true;
            if (i == 0)
                leadingBreak = true;
            if (i + w == value.size())
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankZAt(value, i);
        i += w;
    }
    a.multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.blockPlainAllowed = false;
    if (trailingSpace)
        a.blockAllowed = false;
    if (breakSpace) {
        a.blockPlainAllowed = false;
        a.singleQuotedAllowed = false;
    }
    if (spaceBreak || special) {
        a.blockPlainAllowed = false;
        a.singleQuotedAllowed = false;
        a.blockAllowed = false;
    }
    if (lineBreaks)
        a.blockPlainAllowed = false;
    if (ind.block)
        a.blockPlainAllowed = false;
    return a;
}

bool goIsLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return QChar::isLetter(c);
}

bool goIsDigit(char32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return QChar::isDigit(c);
}

std::u32string runes(const QByteArray &s)
{
    std::u32string out;
    out.reserve(size_t(s.size()));
    for (qsizetype i = 0; i < s.size();) {
        int w = 1;
        out.push_back(decodeAt(s, i, &w));
        i += w;
    }
    return out;
}

// The emitter: a small port of the parts of libyaml's block emitter that kustomize's output uses.
class Emitter
{
public:
    QByteArray out;

    void document(const YamlNode &node)
    {
        m_column = 0;
        m_whitespace = true;
        m_indention = true;
        m_openEnded = false;
        if (node.isMap() && !node.entries().empty()) {
            mapping(node, 0);
        } else if (node.isSequence() && !node.items().empty()) {
            sequence(node, 0);
        } else {
            scalarOrEmpty(node, bestIndent, false);
        }
        writeIndent(0);
        if (m_openEnded) {
            put("...");
            m_column += 3;
            m_whitespace = false;
            m_indention = false;
            writeIndent(0);
        }
    }

private:
    int m_column = 0;
    bool m_whitespace = true;
    bool m_indention = true;
    bool m_openEnded = false;

    void put(const char *s) { out.append(s); }
    void putChar(char c)
    {
        out.append(c);
        ++m_column;
    }
    void putBreak()
    {
        out.append('\n');
        m_column = 0;
    }
    // Writes one (possibly multi-byte) character and advances i.
    void writeChar(const QByteArray &v, qsizetype &i)
    {
        const int w = utf8Width(uchar(v.at(i)));
        out.append(v.constData() + i, qMin<qsizetype>(w, v.size() - i));
        i += w;
        ++m_column;
    }
    void writeIndent(int indent)
    {
        if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
            putBreak();
        while (m_column < indent)
            putChar(' ');
        m_whitespace = true;
        m_indention = true;
    }
    void indicator(const char *text, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !m_whitespace)
            putChar(' ');
        const qsizetype n = qstrlen(text);
        out.append(text, n);
        m_column += int(n);
        m_whitespace = isWhitespace;
        m_indention = m_indention && isIndention;
        m_openEnded = false;
    }

    static bool isEmptyCollection(const YamlNode &n)
    {
        return (n.isMap() && n.entries().empty()) || (n.isSequence() && n.items().empty());
    }

    void mapping(const YamlNode &node, int indent)
    {
        std::vector<const YamlNode::Entry *> entries;
        entries.reserve(node.entries().size());
        for (const auto &e : node.entries())
            entries.push_back(&e);
        std::sort(entries.begin(), entries.end(),
                  [](const YamlNode::Entry *a, const YamlNode::Entry *b) {
                      return YamlWriter::keyLess(a->key, b->key);
                  });
        for (const YamlNode::Entry *e : entries) {
            writeIndent(indent);
            // yaml writes keys longer than 128 bytes, or holding a line break, as "? key" / ":
            // value".
            const bool simple = e->key.size() <= 128 && !analyze(e->key).multiline;
            if (simple) {
                stringScalar(e->key, indent + bestIndent, true);
                indicator(":", false, false, false);
            } else {
                indicator("?", true, false, true);
                stringScalar(e->key, indent + bestIndent, false);
                writeIndent(indent);
                indicator(":", true, false, true);
            }
            const YamlNode &v = e->value;
            if (v.isMap() && !v.entries().empty()) {
                mapping(v, indent + bestIndent);
            } else if (v.isSequence() && !v.items().empty()) {
                sequence(v,
                         simple
                             ? indent
                             : indent + bestIndent); // block sequences under a key are not indented
            } else {
                scalarOrEmpty(v, indent + bestIndent, false);
            }
        }
    }

    void sequence(const YamlNode &node, int indent)
    {
        for (const YamlNode &item : node.items()) {
            writeIndent(indent);
            indicator("-", true, false, true);
            if (item.isMap() && !item.entries().empty()) {
                mapping(item, indent + bestIndent);
            } else if (item.isSequence() && !item.items().empty()) {
                sequence(item, indent + bestIndent);
            } else {
                scalarOrEmpty(item, indent + bestIndent, false);
            }
        }
    }

    void scalarOrEmpty(const YamlNode &node, int indent, bool simpleKey)
    {
        if (node.isMap()) {
            indicator("{", true, true, false);
            indicator("}", false, false, false);
        } else if (node.isSequence()) {
            indicator("[", true, true, false);
            indicator("]", false, false, false);
        } else if (node.isString()) {
            stringScalar(node.text(), indent, simpleKey);
        } else {
            writePlain(node.text(), indent, !simpleKey);
        }
    }

    void stringScalar(const QByteArray &s, int indent, bool simpleKey)
    {
        Style style;
        if (s.contains('\n'))
            style = Style::Literal;
        else if (!YamlScalars::v2ResolvesToNonString(s))
            style = Style::Plain;
        else
            style = Style::Double;
        const Analysis a = analyze(s);
        if (simpleKey && a.multiline)
            style = Style::Double;
        if (style == Style::Plain) {
            if (!a.blockPlainAllowed)
                style = Style::Single;
            if (s.isEmpty() && simpleKey)
                style = Style::Single;
        }
        if (style == Style::Single && !a.singleQuotedAllowed)
            style = Style::Double;
        if (style == Style::Literal && (!a.blockAllowed || simpleKey))
            style = Style::Double;
        const bool allowBreaks = !simpleKey;
        switch (style) {
        case Style::Plain:
            writePlain(s, indent, allowBreaks);
            break;
        case Style::Single:
            writeSingle(s, indent, allowBreaks);
            break;
        case Style::Double:
            writeDouble(s, indent, allowBreaks);
            break;
        case Style::Literal:
            writeLiteral(s, indent);
            break;
        }
    }

    void writePlain(const QByteArray &v, int indent, bool allowBreaks)
    {
        if (!m_whitespace)
            putChar(' ');
        bool spaces = false;
        bool breaks = false;
        for (qsizetype i = 0; i < v.size();) {
            if (isSpaceAt(v, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && !isSpaceAt(v, i + 1)) {
                    writeIndent(indent);
                    i += 1;
                } else {
                    writeChar(v, i);
                }
                spaces = true;
            } else if (isBreakAt(v, i)) {
                // Plain scalars never hold breaks (analysis forbids it); kept for completeness.
                writeChar(v, i);
                breaks = true;
            } else {
                if (breaks)
                    writeIndent(indent);
                writeChar(v, i);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
        m_whitespace = false;
        m_indention = false;
    }

    void writeBreakChar(const QByteArray &v, qsizetype &i)
    {
        if (v.at(i) == '\n') {
            putBreak();
            ++i;
        } else {
            const int w = utf8Width(uchar(v.at(i)));
            out.append(v.constData() + i, w);
            i += w;
            m_column = 0;
        }
    }

    void writeSingle(const QByteArray &v, int indent, bool allowBreaks)
    {
        indicator("'", true, false, false);
        bool spaces = false;
        bool breaks = false;
        for (qsizetype i = 0; i < v.size();) {
            if (isSpaceAt(v, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && i != 0 && i != v.size() - 1
                    && !isSpaceAt(v, i + 1)) {
                    writeIndent(indent);
                    i += 1;
                } else {
                    writeChar(v, i);
                }
                spaces = true;
            } else if (isBreakAt(v, i)) {
                if (!breaks && v.at(i) == '\n')
                    putBreak();
                writeBreakChar(v, i);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent(indent);
                if (v.at(i) == '\'')
                    putChar('\'');
                writeChar(v, i);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
        indicator("'", false, false, false);
    }

    void writeDouble(const QByteArray &v, int indent, bool allowBreaks)
    {
        indicator("\"", true, false, false);
        bool spaces = false;
        for (qsizetype i = 0; i < v.size();) {
            const char c = v.at(i);
            if (!isPrintable(v, i) || isBomAt(v, i) || isBreakAt(v, i) || c == '"' || c == '\\') {
                int w = 1;
                const char32_t ch = decodeAt(v, i, &w);
                i += w;
                putChar('\\');
                switch (ch) {
                case 0x00:
                    putChar('0');
                    break;
                case 0x07:
                    putChar('a');
                    break;
                case 0x08:
                    putChar('b');
                    break;
                case 0x09:
                    putChar('t');
                    break;
                case 0x0A:
                    putChar('n');
                    break;
                case 0x0B:
                    putChar('v');
                    break;
                case 0x0C:
                    putChar('f');
                    break;
                case 0x0D:
                    putChar('r');
                    break;
                case 0x1B:
                    putChar('e');
                    break;
                case 0x22:
                    putChar('"');
                    break;
                case 0x5C:
                    putChar('\\');
                    break;
                case 0x85:
                    putChar('N');
                    break;
                case 0xA0:
                    putChar('_');
                    break;
                case 0x2028:
                    putChar('L');
                    break;
                case 0x2029:
                    putChar('P');
                    break;
                default: {
                    int digits;
                    if (ch <= 0xFF) {
                        putChar('x');
                        digits = 2;
                    } else if (ch <= 0xFFFF) {
                        putChar('u');
                        digits = 4;
                    } else {
                        putChar('U');
                        digits = 8;
                    }
                    for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
                        const int d = int((ch >> k) & 0x0F);
                        putChar(char(d < 10 ? '0' + d : 'A' + d - 10));
                    }
                }
                }
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && m_column > bestWidth && i != 0 && i != v.size() - 1) {
                    writeIndent(indent);
                    if (isSpaceAt(v, i + 1))
                        putChar('\\');
                    i += 1;
                } else {
                    writeChar(v, i);
                }
                spaces = true;
            } else {
                writeChar(v, i);
                spaces = false;
            }
        }
        indicator("\"", false, false, false);
    }

    void writeLiteral(const QByteArray &v, int indent)
    {
        indicator("|", true, false, false);
        if (isSpaceAt(v, 0) || isBreakAt(v, 0))
            indicator("2", false, false, false);
        m_openEnded = false;
        qsizetype i = v.size() - 1;
        while (i > 0 && (uchar(v.at(i)) & 0xC0) == 0x80)
            --i;
        if (!isBreakAt(v, i)) {
            indicator("-", false, false, false);
        } else if (i == 0) {
            indicator("+", false, false, false);
            m_openEnded = true; // yaml ends such a document with "..."
        } else {
            --i;
            while (i > 0 && (uchar(v.at(i)) & 0xC0) == 0x80)
                --i;
            if (isBreakAt(v, i)) {
                indicator("+", false, false, false);
                m_openEnded = true;
            }
        }
        putBreak();
        m_indention = true;
        m_whitespace = true;
        bool breaks = true;
        for (qsizetype j = 0; j < v.size();) {
            if (isBreakAt(v, j)) {
                writeBreakChar(v, j);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent(indent);
                writeChar(v, j);
                m_indention = false;
                breaks = false;
            }
        }
    }
};

} // namespace

bool YamlWriter::keyLess(const QByteArray &a8, const QByteArray &b8)
{
    const std::u32string ar = runes(a8);
    const std::u32string br = runes(b8);
    for (size_t i = 0; i < ar.size() && i < br.size(); ++i) {
        if (ar[i] == br[i])
            continue;
        const bool al = goIsLetter(ar[i]);
        const bool bl = goIsLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return bl;
        qint64 an = 0, bn = 0;
        if (ar[i] == U'0' || br[i] == U'0') {
            for (qsizetype j = qsizetype(i) - 1; j >= 0 && goIsDigit(ar[size_t(j)]); --j) {
                if (ar[size_t(j)] != U'0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        size_t ai = i, bi = i;
        // Go's int64 arithmetic wraps on overflow; so does this (unsigned, then converted).
        for (; ai < ar.size() && goIsDigit(ar[ai]); ++ai)
            an = qint64(quint64(an) * 10u + quint64(ar[ai] - U'0'));
        for (; bi < br.size() && goIsDigit(br[bi]); ++bi)
            bn = qint64(quint64(bn) * 10u + quint64(br[bi] - U'0'));
        if (an != bn)
            return an < bn;
        if (ai != bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return ar.size() < br.size();
}

QByteArray YamlWriter::write(const YamlNode &document)
{
    Emitter e;
    e.document(document);
    return e.out;
}

QByteArray YamlWriter::writeAll(const QList<YamlNode> &documents)
{
    QByteArray out;
    bool first = true;
    for (const YamlNode &d : documents) {
        if (!first)
            out += "---\n";
        first = false;
        out += write(d);
    }
    return out;
}

} // namespace Promenade::Kustomize
