#include "yamlvaluetext.h"

#include <QStringList>

namespace Promenade::Diff {

namespace {

// A scalar inside compact YAML: plain when the source had it plain and it reads back the same,
// double-quoted otherwise (so the string "true" stays a string, unlike yaml-cpp's emitter).
QString flowScalar(const YamlTree::Ref &node)
{
    QString text = node.scalar().toString();
    const bool wasPlain = node.plain();
    auto safe = [](QChar c, bool first) {
        return c.isLetterOrNumber() || QStringView(u"_./@+=-").contains(c)
            || (!first && (c == u':' || c == u' '));
    };
    bool plain = wasPlain && !text.isEmpty() && !text.endsWith(u' ')
        && !text.contains(QStringLiteral(": "));
    for (qsizetype i = 0; plain && i < text.size(); ++i)
        plain = safe(text[i], i == 0);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + quoted + u'"';
}

QString flowText(const YamlTree::Ref &node)
{
    if (node.isNull())
        return QStringLiteral("null");
    if (node.isScalar())
        return flowScalar(node);
    QStringList parts;
    if (node.isSequence()) {
        for (int k = 0; k < node.size(); ++k)
            parts << flowText(node.item(k));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    for (int k = 0; k < node.size(); ++k)
        parts << flowText(node.key(k)) + QStringLiteral(": ") + flowText(node.value(k));
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

} // namespace

// A value as text: scalars as written, null as "null", maps and lists as compact flow YAML.
QString valueText(const YamlTree::Ref &node)
{
    if (node.isScalar())
        return node.scalar().toString();
    return flowText(node);
}

} // namespace Promenade::Diff
