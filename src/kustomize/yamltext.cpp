#include "yamltext.h"

namespace Promenade::Kustomize::YamlText {

qsizetype lineStart(const QByteArray &t, qsizetype pos)
{
    while (pos > 0 && t.at(pos - 1) != '\n')
        --pos;
    return pos;
}

qsizetype lineEnd(const QByteArray &t, qsizetype pos)
{
    qsizetype end = t.indexOf('\n', pos);
    if (end < 0)
        end = t.size();
    if (end > pos && t.at(end - 1) == '\r')
        --end;
    return end;
}

qsizetype nextLine(const QByteArray &t, qsizetype pos)
{
    const qsizetype nl = t.indexOf('\n', pos);
    return nl < 0 ? t.size() : nl + 1;
}

qsizetype skipBlanks(const QByteArray &t, qsizetype pos, qsizetype end)
{
    while (pos < end && (t.at(pos) == ' ' || t.at(pos) == '\t'))
        ++pos;
    return pos;
}

YamlSplice::Quote quoteAt(const QByteArray &t, qsizetype pos)
{
    if (pos < t.size() && t.at(pos) == '"')
        return YamlSplice::Quote::Double;
    if (pos < t.size() && t.at(pos) == '\'')
        return YamlSplice::Quote::Single;
    return YamlSplice::Quote::Plain;
}

qsizetype quotedEnd(const QByteArray &t, qsizetype pos, qsizetype end)
{
    const char q = t.at(pos);
    for (qsizetype i = pos + 1; i < end; ++i) {
        if (q == '"' && t.at(i) == '\\') {
            ++i;
        } else if (t.at(i) == q) {
            if (q == '\'' && i + 1 < end && t.at(i + 1) == '\'')
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

qsizetype plainEnd(const QByteArray &t, qsizetype pos, qsizetype end, bool flow)
{
    qsizetype i = pos;
    for (; i < end; ++i) {
        const char c = t.at(i);
        if (c == '#' && i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
            break;
        if (flow && (c == ',' || c == ']' || c == '}'))
            break;
    }
    while (i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
        --i;
    return i;
}

} // namespace Promenade::Kustomize::YamlText
