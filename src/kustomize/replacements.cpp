#include "replacements.h"

#include "yamlscalars.h"

#include <QRegularExpression>

#include <functional>

namespace Promenade::Kustomize {

namespace {

Error fail(const QString &file, int line, const QString &message)
{
    Error e(Error::Kind::BadInput, message);
    e.at(file, line);
    return e;
}

// Splits a field path on dots outside brackets: "a.[b.c=d].e" -> a, [b.c=d], e.
QList<QByteArray> splitPath(const QByteArray &path)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    for (char c : path) {
        if (c == '[')
            ++depth;
        else if (c == ']')
            --depth;
        if (c == '.' && depth == 0) {
            out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.append(current);
    return out;
}

// Visits the nodes a path designates. create: missing map fields are made on the way.
// Returns false when some step is missing (and not created).
bool visit(YamlNode &node, const QList<QByteArray> &segments, qsizetype i, bool create,
           const std::function<void(YamlNode &)> &fn)
{
    if (i == segments.size()) {
        fn(node);
        return true;
    }
    const QByteArray &seg = segments.at(i);
    if (seg.startsWith('[') && seg.endsWith(']')) {
        const QByteArray inner = seg.mid(1, seg.size() - 2);
        const qsizetype eq = inner.indexOf('=');
        if (!node.isSequence() || eq <= 0)
            return false;
        const QByteArray key = inner.left(eq);
        const QByteArray value = inner.mid(eq + 1);
        bool any = false;
        for (YamlNode &item : node.items()) {
            if (item.isMap() && item.textAt({key.constData()}) == value) {
                any = visit(item, segments, i + 1, create, fn) || any;
            }
        }
        return any;
    }
    if (node.isSequence()) {
        if (seg == "*" || seg == "-") {
            bool any = false;
            for (YamlNode &item : node.items())
                any = visit(item, segments, i + 1, create, fn) || any;
            return any;
        }
        bool ok = false;
        const int index = seg.toInt(&ok);
        if (!ok || index < 0 || size_t(index) >= node.items().size())
            return false;
        return visit(node.items()[size_t(index)], segments, i + 1, create, fn);
    }
    if (node.isNull() && create)
        node = YamlNode::map();
    if (!node.isMap())
        return false;
    YamlNode *child = node.get(seg);
    if (!child) {
        if (!create)
            return false;
        child = &node.set(seg, i + 1 == segments.size() ? YamlNode() : YamlNode::map());
    }
    return visit(*child, segments, i + 1, create, fn);
}

bool regexMatch(const QByteArray &pattern, std::initializer_list<QByteArray> values)
{
    if (pattern.isEmpty())
        return true;
    const QRegularExpression re(QStringLiteral("^(?:") + QString::fromUtf8(pattern)
                                + QStringLiteral(")$"));
    if (!re.isValid())
        return false;
    for (const QByteArray &v : values) {
        if (re.match(QString::fromUtf8(v)).hasMatch())
            return true;
    }
    return false;
}

bool selects(const YamlNode &selector, const Resource &r)
{
    if (!selector.isMap())
        return false;
    const QByteArray group = selector.textAt({"group"});
    const QByteArray version = selector.textAt({"version"});
    const QByteArray kind = selector.textAt({"kind"});
    const QByteArray name = selector.textAt({"name"});
    const QByteArray ns = selector.textAt({"namespace"});
    return regexMatch(group, {r.group()}) && regexMatch(version, {r.version()})
        && regexMatch(kind, {r.kind()}) && regexMatch(name, {r.originalName(), r.name()})
        && regexMatch(ns, {r.originalNamespace(), r.nameSpace()});
}

// kustomize copies only the text into an existing scalar and keeps the target's type (so a
// string field stays a string); a created (null) field takes the text as if written plain.
void setValue(YamlNode &target, const QByteArray &text, const YamlNode &value)
{
    if (!value.isScalar() || !target.isScalar()) {
        target = value;
        return;
    }
    const int line = target.line();
    if (target.isString())
        target = YamlNode::string(text, line);
    else
        target = YamlScalars::resolvePlain(text, line);
}

struct Options
{
    QByteArray delimiter;
    int index = 0;
    bool create = false;
};

Options optionsOf(const YamlNode *node)
{
    Options o;
    if (!node || !node->isMap())
        return o;
    o.delimiter = node->textAt({"delimiter"});
    o.index = node->textAt({"index"}).toInt();
    o.create = node->textAt({"create"}) == "true";
    return o;
}

// The pieces of `text` between occurrences of `delimiter` (a multi-byte delimiter, which
// QByteArray::split does not take); shared by the source and the target options.
QList<QByteArray> splitByDelimiter(const QByteArray &text, const QByteArray &delimiter)
{
    QList<QByteArray> pieces;
    qsizetype start = 0;
    while (true) {
        const qsizetype at = text.indexOf(delimiter, start);
        if (at < 0) {
            pieces.append(text.mid(start));
            break;
        }
        pieces.append(text.mid(start, at - start));
        start = at + delimiter.size();
    }
    return pieces;
}

// Whether one of the target's reject selectors selects `r`.
bool rejects(const YamlNode *reject, const Resource &r)
{
    bool rejected = false;
    if (reject && reject->isSequence()) {
        for (const YamlNode &rj : reject->items()) {
            if (selects(rj, r))
                rejected = true;
        }
    }
    return rejected;
}

// Writes the source value into one target field: whole, or (with a delimiter) into the
// index-th piece of the field's text.
void writeTarget(YamlNode &n, const YamlNode &value, const Options &options)
{
    if (options.delimiter.isEmpty()) {
        setValue(n, value.text(), value);
        return;
    }
    const QByteArray text = n.isScalar() && !n.isNull() ? n.text() : QByteArray();
    QList<QByteArray> pieces = splitByDelimiter(text, options.delimiter);
    if (options.index >= pieces.size())
        pieces.append(value.text());
    else if (options.index >= 0)
        pieces[options.index] = value.text();
    else
        pieces.prepend(value.text());
    const QByteArray joined = pieces.join(options.delimiter);
    setValue(n, joined, YamlNode::string(joined));
}

} // namespace

Status Replacements::apply(QList<Resource> &resources, const YamlNode &replacement,
                           const QString &file)
{
    const int line = replacement.line();
    if (!replacement.isMap())
        return fail(file, line,
                    QStringLiteral("a replacement must be a mapping with source and targets"));
    const YamlNode *source = replacement.get("source");
    if (!source || !source->isMap())
        return fail(file, line, QStringLiteral("a replacement needs a source"));

    // The source: exactly one resource, matched by its original or current id.
    QList<const Resource *> sources;
    for (const Resource &r : resources) {
        const QByteArray kind = source->textAt({"kind"});
        const QByteArray group = source->textAt({"group"});
        const QByteArray version = source->textAt({"version"});
        const QByteArray name = source->textAt({"name"});
        const QByteArray ns = source->textAt({"namespace"});
        if ((!kind.isEmpty() && kind != r.kind()) || (!group.isEmpty() && group != r.group())
            || (!version.isEmpty() && version != r.version())
            || (!name.isEmpty() && !r.hadName(name)) || (!ns.isEmpty() && !r.hadNamespace(ns)))
            continue;
        sources.append(&r);
    }
    if (sources.size() != 1) {
        return fail(
            file, source->line() ? source->line() : line,
            sources.isEmpty()
                ? QStringLiteral("nothing selected by the replacement source")
                : QStringLiteral("more than one resource selected by the replacement source"));
    }
    QByteArray fieldPath = source->textAt({"fieldPath"});
    if (fieldPath.isEmpty())
        fieldPath = "metadata.name";
    YamlNode value;
    bool found = false;
    {
        YamlNode copy = sources.first()->document();
        visit(copy, splitPath(fieldPath), 0, false, [&](YamlNode &n) {
            if (!found) {
                value = n;
                found = true;
            }
        });
    }
    if (!found)
        return fail(file, source->line(),
                    QStringLiteral("fieldPath `%1` is missing for replacement source")
                        .arg(QString::fromUtf8(fieldPath)));
    const Options sourceOptions = optionsOf(source->get("options"));
    if (!sourceOptions.delimiter.isEmpty()) {
        if (!value.isScalar())
            return fail(file, source->line(),
                        QStringLiteral("the delimiter option needs a scalar source"));
        const QByteArray text = value.text();
        const QList<QByteArray> pieces = splitByDelimiter(text, sourceOptions.delimiter);
        if (sourceOptions.index < 0 || sourceOptions.index >= pieces.size())
            return fail(file, source->line(),
                        QStringLiteral("options.index %1 is out of bounds for value %2")
                            .arg(sourceOptions.index)
                            .arg(QString::fromUtf8(text)));
        value = YamlNode::string(pieces.at(sourceOptions.index));
    }

    const YamlNode *targets = replacement.get("targets");
    if (!targets || !targets->isSequence())
        return fail(file, line, QStringLiteral("a replacement needs a list of targets"));
    for (const YamlNode &target : targets->items()) {
        const YamlNode *select = target.get("select");
        if (!select || !select->isMap())
            return fail(file, target.line(), QStringLiteral("a replacement target needs select"));
        const YamlNode *reject = target.get("reject");
        const Options options = optionsOf(target.get("options"));
        QList<QByteArray> paths;
        if (const YamlNode *fps = target.get("fieldPaths"); fps && fps->isSequence()) {
            for (const YamlNode &p : fps->items())
                paths.append(p.text());
        }
        if (paths.isEmpty())
            paths.append("metadata.name");
        for (Resource &r : resources) {
            if (!selects(*select, r))
                continue;
            if (rejects(reject, r))
                continue;
            for (const QByteArray &path : paths) {
                const bool ok = visit(r.document(), splitPath(path), 0, options.create,
                                      [&](YamlNode &n) { writeTarget(n, value, options); });
                if (!ok) {
                    return fail(
                        file, target.line(),
                        QStringLiteral("unable to find field \"%1\" in replacement target %2")
                            .arg(QString::fromUtf8(path), r.idString()));
                }
            }
        }
    }
    return {};
}

} // namespace Promenade::Kustomize
