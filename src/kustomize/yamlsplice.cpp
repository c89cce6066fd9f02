#include "yamlsplice.h"

#include "yamllimits.h"
#include "yamlscalars.h"
#include "yamltext.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace Promenade::Kustomize {

namespace {

using namespace YamlText;

Error spliceError(const QString &fileName, int line, const QString &message)
{
    Error e(Error::Kind::BadInput, message);
    e.at(fileName, line);
    return e;
}

QByteArray unquote(const QByteArray &raw, YamlSplice::Quote quote)
{
    if (quote == YamlSplice::Quote::Plain)
        return raw;
    QByteArray inner = raw.mid(1, raw.size() - 2);
    if (quote == YamlSplice::Quote::Single)
        return inner.replace("''", "'");
    QByteArray out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == '\\' && i + 1 < inner.size()) {
            ++i;
            const char c = inner.at(i);
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += inner.at(i);
        }
    }
    return out;
}

// A scalar starting at pos on one line: false when it is not one (block scalar, unclosed
// quote, a collection).
bool readScalar(const QByteArray &t, qsizetype pos, qsizetype end, bool flow, int line,
                const QByteArray &key, YamlSplice::Scalar *out)
{
    if (pos >= end)
        return false;
    const char c = t.at(pos);
    if (c == '|' || c == '>' || c == '{' || c == '[' || c == '#' || c == '&' || c == '*'
        || c == '!')
        return false;
    YamlSplice::Scalar s;
    s.key = key;
    s.start = pos;
    s.line = line;
    s.quote = quoteAt(t, pos);
    if (s.quote != YamlSplice::Quote::Plain) {
        s.end = quotedEnd(t, pos, end);
        if (s.end < 0)
            return false;
    } else {
        s.end = plainEnd(t, pos, end, flow);
        if (s.end <= pos)
            return false;
    }
    s.value = unquote(t.mid(s.start, s.end - s.start), s.quote);
    *out = s;
    return true;
}

// A mapping key starting at pos: its text and the position just after its ':' (or -1).
qsizetype readKey(const QByteArray &t, qsizetype pos, qsizetype end, bool flow, QByteArray *key)
{
    if (pos >= end)
        return -1;
    qsizetype i = pos;
    const YamlSplice::Quote q = quoteAt(t, pos);
    if (q != YamlSplice::Quote::Plain) {
        const qsizetype close = quotedEnd(t, pos, end);
        if (close < 0)
            return -1;
        i = skipBlanks(t, close, end);
        if (i < end && t.at(i) == ':') {
            *key = unquote(t.mid(pos, close - pos), q);
            return i + 1;
        }
        return -1;
    }
    for (; i < end; ++i) {
        const char c = t.at(i);
        if (c == '#' && i > pos && t.at(i - 1) == ' ')
            return -1;
        if (flow && (c == ',' || c == '}' || c == ']'))
            return -1;
        if (c == ':' && (i + 1 == end || t.at(i + 1) == ' ' || t.at(i + 1) == '\t')) {
            *key = t.mid(pos, i - pos).trimmed();
            return i + 1;
        }
    }
    return -1;
}

// Reads the `key: value` pairs and items of a flow collection starting at pos ('{' or '[').
void readFlow(const QByteArray &t, qsizetype pos, qsizetype end, int line,
              QList<YamlSplice::Scalar> &out)
{
    qsizetype i = pos + 1;
    while (i < end) {
        i = skipBlanks(t, i, end);
        if (i >= end || t.at(i) == '}' || t.at(i) == ']')
            return;
        QByteArray key;
        const qsizetype afterKey = readKey(t, i, end, true, &key);
        const qsizetype valueAt = afterKey >= 0 ? skipBlanks(t, afterKey, end) : i;
        YamlSplice::Scalar s;
        if (readScalar(t, valueAt, end, true, line, afterKey >= 0 ? key : QByteArray(), &s)) {
            out.append(s);
            i = s.end;
        } else {
            return; // nested collections are not followed
        }
        i = skipBlanks(t, i, end);
        if (i < end && t.at(i) == ',')
            ++i;
    }
}

struct Segment
{
    QByteArray name; // a mapping key; empty for an index or a selector
    int index = -1;
    QByteArray selectKey;
    QByteArray selectValue;
};

bool parsePath(const QString &path, std::vector<Segment> &out)
{
    const QByteArray p = path.toUtf8();
    qsizetype i = 0;
    while (i < p.size()) {
        if (p.at(i) == '.') {
            ++i;
            continue;
        }
        if (p.at(i) == '[') {
            const qsizetype close = p.indexOf(']', i);
            if (close < 0)
                return false;
            const QByteArray inside = p.mid(i + 1, close - i - 1);
            Segment s;
            if (const qsizetype eq = inside.indexOf('='); eq >= 0) {
                s.selectKey = inside.left(eq);
                s.selectValue = inside.mid(eq + 1);
            } else {
                bool ok = false;
                s.index = inside.toInt(&ok);
                if (!ok)
                    return false;
            }
            out.push_back(s);
            i = close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < p.size() && p.at(j) != '.' && p.at(j) != '[')
            ++j;
        Segment s;
        s.name = p.mid(i, j - i);
        out.push_back(s);
        i = j;
    }
    return !out.empty();
}

} // namespace

QList<YamlSplice::Scalar> YamlSplice::scalarsOnLine(const QByteArray &text, int line)
{
    QList<Scalar> out;
    if (line < 1)
        return out;
    qsizetype start = 0;
    for (int n = 1; n < line; ++n) {
        start = text.indexOf('\n', start);
        if (start < 0)
            return out;
        ++start;
    }
    const qsizetype end = lineEnd(text, start);
    qsizetype pos = skipBlanks(text, start, end);
    // "- ", "- - ": list items.
    while (pos < end && text.at(pos) == '-' && (pos + 1 == end || text.at(pos + 1) == ' '))
        pos = skipBlanks(text, pos + 1, end);
    if (pos >= end || text.at(pos) == '#')
        return out;
    if (text.at(pos) == '{' || text.at(pos) == '[') {
        readFlow(text, pos, end, line, out);
        return out;
    }
    QByteArray key;
    const qsizetype afterKey = readKey(text, pos, end, false, &key);
    if (afterKey < 0) {
        Scalar s;
        if (readScalar(text, pos, end, false, line, {}, &s))
            out.append(s);
        return out;
    }
    const qsizetype valueAt = skipBlanks(text, afterKey, end);
    if (valueAt < end && (text.at(valueAt) == '{' || text.at(valueAt) == '[')) {
        readFlow(text, valueAt, end, line, out);
        return out;
    }
    Scalar s;
    if (readScalar(text, valueAt, end, false, line, key, &s))
        out.append(s);
    return out;
}

Result<YamlSplice::Scalar> YamlSplice::atPath(const QByteArray &text, const QString &path,
                                              const QString &fileName)
{
    std::vector<Segment> segments;
    if (!parsePath(path, segments))
        return spliceError(fileName, 0, QStringLiteral("not a key path: %1").arg(path));
    if (auto s = YamlLimits::checkSize(text.size(), fileName); !s)
        return s.error();
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        return spliceError(fileName, e.mark.line + 1,
                           QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    try {
        for (const YAML::Node &document : documents) {
            if (auto s = YamlLimits::check(document, fileName); !s)
                return s.error();
            YAML::Node node = document;
            bool flow = false;
            bool found = true;
            for (const Segment &segment : segments) {
                const YAML::Node &current = node; // const: lookups never insert keys
                flow = flow || current.Style() == YAML::EmitterStyle::Flow;
                if (!segment.name.isEmpty()) {
                    if (!current.IsMap() || !current[segment.name.toStdString()]) {
                        found = false;
                        break;
                    }
                    node.reset(current[segment.name.toStdString()]);
                } else if (segment.index >= 0) {
                    if (!current.IsSequence() || segment.index >= int(current.size())) {
                        found = false;
                        break;
                    }
                    node.reset(current[std::size_t(segment.index)]);
                } else {
                    if (!current.IsSequence()) {
                        found = false;
                        break;
                    }
                    bool matched = false;
                    for (const auto &item : current) {
                        const YAML::Node field = item.IsMap()
                            ? item[segment.selectKey.toStdString()]
                            : YAML::Node(YAML::NodeType::Undefined);
                        if (field && field.IsScalar()
                            && field.Scalar() == segment.selectValue.toStdString()) {
                            node.reset(item);
                            matched = true;
                            break;
                        }
                    }
                    if (!matched) {
                        found = false;
                        break;
                    }
                }
            }
            if (!found)
                continue;
            const int line = int(node.Mark().line) + 1;
            if (!node.IsScalar())
                return spliceError(fileName, line, QStringLiteral("%1 is not a scalar").arg(path));
            const qsizetype pos = qsizetype(node.Mark().pos);
            Scalar s;
            if (pos < 0 || pos >= text.size()
                || !readScalar(text, pos, lineEnd(text, pos), flow, line, {}, &s)
                || s.value != QByteArray::fromStdString(node.Scalar())) {
                return spliceError(
                    fileName, line,
                    QStringLiteral("%1 is not written on one line; edit it by hand").arg(path));
            }
            s.key = segments.back().name;
            return s;
        }
    } catch (const YAML::Exception &e) {
        return spliceError(fileName, e.mark.line + 1, QString::fromStdString(e.msg));
    }
    Error e(Error::Kind::NotFound, QStringLiteral("no %1 in the file").arg(path));
    e.at(fileName);
    return e;
}

QByteArray YamlSplice::quoted(const QByteArray &value, Quote style)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/][A-Za-z0-9_./@:+=-]*$"));
    if (style == Quote::Plain) {
        if (!value.isEmpty() && plain.match(QString::fromUtf8(value)).hasMatch()
            && !YamlScalars::v2ResolvesToNonString(value)
            && YamlScalars::resolvePlain(value, 0).isString())
            return value;
        style = Quote::Double;
    }
    if (style == Quote::Single) {
        QByteArray s = value;
        s.replace('\'', "''");
        return '\'' + s + '\'';
    }
    QByteArray s = value;
    s.replace('\\', "\\\\");
    s.replace('"', "\\\"");
    return '"' + s + '"';
}

QByteArray YamlSplice::replace(const QByteArray &text, const Scalar &scalar,
                               const QByteArray &value)
{
    QByteArray out = text;
    out.replace(scalar.start, scalar.end - scalar.start, quoted(value, scalar.quote));
    return out;
}

Result<QByteArray> YamlSplice::appendToList(const QByteArray &text, const QByteArray &key,
                                            const QByteArray &itemLines, const QString &fileName)
{
    const QByteArray eol
        = text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    if (auto s = YamlLimits::checkSize(text.size(), fileName); !s)
        return s.error();
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return spliceError(fileName, e.mark.line + 1,
                           QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (auto s = YamlLimits::check(root, fileName); !s)
        return s.error();
    if (root && !root.IsNull() && (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow))
        return spliceError(fileName, 1, QStringLiteral("the file is not a block mapping"));

    const auto indentLines = [&](const QByteArray &first, const QByteArray &rest) {
        QByteArray out;
        const QList<QByteArray> lines = itemLines.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.at(i).isEmpty())
                break;
            out += (i == 0 ? first : rest) + lines.at(i) + eol;
        }
        return out;
    };

    try {
        const YAML::Node &map = root;
        qsizetype keyPos = -1;
        qsizetype nextKeyPos = -1;
        YAML::Node list(YAML::NodeType::Undefined);
        if (map && map.IsMap()) {
            for (const auto &kv : map) {
                const qsizetype pos = qsizetype(kv.first.Mark().pos);
                if (kv.first.IsScalar() && kv.first.Scalar() == key.toStdString()) {
                    keyPos = pos;
                    list.reset(kv.second);
                } else if (keyPos >= 0 && pos > keyPos && (nextKeyPos < 0 || pos < nextKeyPos)) {
                    nextKeyPos = pos;
                }
            }
        }
        if (keyPos < 0) {
            // Follow the indentation of the file's other block lists.
            QByteArray dash;
            static const QRegularExpression listStyle(
                QStringLiteral("(?m)^[A-Za-z_][A-Za-z0-9_]*:[ \\t]*\\r?\\n( *)- "));
            const auto m = listStyle.match(QString::fromUtf8(text));
            if (m.hasMatch())
                dash = m.captured(1).toUtf8();
            QByteArray out = text;
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += eol;
            out += key + ':' + eol + indentLines(dash + "- ", dash + QByteArray(2, ' '));
            return out;
        }
        const int keyLine = int(list.Mark().line) + 1;
        if (!list.IsNull() && (!list.IsSequence() || list.Style() == YAML::EmitterStyle::Flow))
            return spliceError(
                fileName, keyLine,
                QStringLiteral("'%1' is not a block list").arg(QString::fromUtf8(key)));
        QByteArray dashPrefix = "- ";
        QByteArray rest = "  ";
        if (list.IsSequence() && list.size() > 0) {
            const YAML::Node first = list[0];
            const qsizetype itemPos = qsizetype(first.Mark().pos);
            const qsizetype ls = lineStart(text, itemPos);
            const qsizetype dash = text.lastIndexOf('-', itemPos);
            if (dash >= ls) {
                dashPrefix = QByteArray(dash - ls, ' ') + text.mid(dash, itemPos - dash);
                rest = QByteArray(itemPos - ls, ' ');
            }
        }
        // After the list: before the next top-level key, and before the comments and blank
        // lines that lead up to it (they belong to that key).
        qsizetype at = text.size();
        if (nextKeyPos >= 0) {
            at = lineStart(text, nextKeyPos);
            while (at > 0) {
                const qsizetype prev = lineStart(text, at - 1);
                const QByteArray line = text.mid(prev, at - prev).trimmed();
                if (!line.isEmpty() && !line.startsWith('#'))
                    break;
                if (prev <= keyPos)
                    break;
                at = prev;
            }
        } else {
            // At the end, before trailing blank lines.
            while (at > 0) {
                const qsizetype prev = lineStart(text, at - 1);
                if (!text.mid(prev, at - prev).trimmed().isEmpty() || prev <= keyPos)
                    break;
                at = prev;
            }
        }
        QByteArray insert = indentLines(dashPrefix, rest);
        QByteArray out = text;
        if (at >= out.size() && !out.isEmpty() && !out.endsWith('\n'))
            insert.prepend(eol);
        out.insert(at, insert);
        return out;
    } catch (const YAML::Exception &e) {
        return spliceError(fileName, e.mark.line + 1, QString::fromStdString(e.msg));
    }
}

} // namespace Promenade::Kustomize
