#include "terminaltext.h"

namespace Promenade {

namespace {

bool isBidiControl(char16_t c)
{
    // LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM: they reorder what a terminal shows.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}

bool mustEscape(char16_t c, TerminalLines lines)
{
    if (c == u'\n' || c == u'\t')
        return lines == TerminalLines::Single;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c);
}

} // namespace

bool needsTerminalEscape(QStringView text, TerminalLines lines)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F)
            continue; // printable ASCII, most of any text: one test
        if (mustEscape(u, lines))
            return true;
    }
    return false;
}

QString terminalSafe(QStringView text, TerminalLines lines)
{
    if (!needsTerminalEscape(text, lines))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!mustEscape(c, lines)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case 0x1B:
            out += QLatin1String("\\e");
            break;
        default:
            if (c < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace Promenade
