#include "jsonpatch.h"

#include <QString>

namespace Promenade::Kustomize {

namespace {

Error opError(const YamlNode &op, const QString &message)
{
    Error e(Error::Kind::BadInput, message);
    e.at(QString(), op.line());
    return e;
}

Result<QList<QByteArray>> parsePointer(const QByteArray &pointer)
{
    QList<QByteArray> tokens;
    if (pointer.isEmpty())
        return tokens;
    if (!pointer.startsWith('/'))
        return Error(Error::Kind::BadInput,
                     QStringLiteral("JSON pointer \"%1\" must start with /")
                         .arg(QString::fromUtf8(pointer)));
    for (QByteArray t : pointer.mid(1).split('/')) {
        t.replace("~1", "/");
        t.replace("~0", "~");
        tokens.append(t);
    }
    return tokens;
}

bool parseIndex(const QByteArray &token, qsizetype size, bool allowEnd, qsizetype *index)
{
    if (allowEnd && token == "-") {
        *index = size;
        return true;
    }
    if (token.isEmpty() || (token.size() > 1 && token.startsWith('0')))
        return false;
    for (char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    bool ok = false;
    const qlonglong v = token.toLongLong(&ok);
    if (!ok || v < 0 || v > (allowEnd ? size : size - 1))
        return false;
    *index = qsizetype(v);
    return true;
}

// The node a pointer's parent designates, or nullptr.
YamlNode *walk(YamlNode &root, const QList<QByteArray> &tokens, qsizetype count)
{
    YamlNode *node = &root;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray &t = tokens.at(i);
        if (node->isMap()) {
            node = node->get(t);
        } else if (node->isSequence()) {
            qsizetype idx = 0;
            if (!parseIndex(t, qsizetype(node->items().size()), false, &idx))
                return nullptr;
            node = &node->items()[size_t(idx)];
        } else {
            return nullptr;
        }
        if (!node)
            return nullptr;
    }
    return node;
}

Status addAt(YamlNode &doc, const QList<QByteArray> &tokens, YamlNode value, bool replace)
{
    if (tokens.isEmpty()) {
        doc = std::move(value);
        return {};
    }
    YamlNode *parent = walk(doc, tokens, tokens.size() - 1);
    if (!parent)
        return Error(Error::Kind::BadInput, QStringLiteral("the path's parent does not exist"));
    const QByteArray &last = tokens.last();
    if (parent->isMap()) {
        if (replace && !parent->get(last))
            return Error(Error::Kind::BadInput, QStringLiteral("the path does not exist"));
        parent->set(last, std::move(value));
        return {};
    }
    if (parent->isSequence()) {
        auto &items = parent->items();
        qsizetype idx = 0;
        if (!parseIndex(last, qsizetype(items.size()), !replace, &idx))
            return Error(
                Error::Kind::BadInput,
                QStringLiteral("index \"%1\" is out of range").arg(QString::fromUtf8(last)));
        if (replace)
            items[size_t(idx)] = std::move(value);
        else
            items.insert(items.begin() + idx, std::move(value));
        return {};
    }
    return Error(Error::Kind::BadInput, QStringLiteral("the path's parent is not a map or a list"));
}

Result<YamlNode> removeAt(YamlNode &doc, const QList<QByteArray> &tokens)
{
    if (tokens.isEmpty())
        return Error(Error::Kind::BadInput, QStringLiteral("cannot remove the whole document"));
    YamlNode *parent = walk(doc, tokens, tokens.size() - 1);
    if (!parent)
        return Error(Error::Kind::BadInput, QStringLiteral("the path does not exist"));
    const QByteArray &last = tokens.last();
    if (parent->isMap()) {
        YamlNode *v = parent->get(last);
        if (!v)
            return Error(Error::Kind::BadInput, QStringLiteral("the path does not exist"));
        YamlNode removed = std::move(*v);
        parent->remove(last);
        return removed;
    }
    if (parent->isSequence()) {
        auto &items = parent->items();
        qsizetype idx = 0;
        if (!parseIndex(last, qsizetype(items.size()), false, &idx))
            return Error(
                Error::Kind::BadInput,
                QStringLiteral("index \"%1\" is out of range").arg(QString::fromUtf8(last)));
        YamlNode removed = std::move(items[size_t(idx)]);
        items.erase(items.begin() + idx);
        return removed;
    }
    return Error(Error::Kind::BadInput, QStringLiteral("the path does not exist"));
}

} // namespace

bool JsonPatch::looksLikeOperations(const YamlNode &node)
{
    if (!node.isSequence())
        return false;
    for (const YamlNode &op : node.items()) {
        if (!op.isMap() || !op.get("op"))
            return false;
    }
    return true;
}

Status JsonPatch::apply(YamlNode &document, const YamlNode &operations)
{
    if (!operations.isSequence())
        return Error(Error::Kind::BadInput,
                     QStringLiteral("a JSON patch must be a list of operations"));
    for (const YamlNode &op : operations.items()) {
        if (!op.isMap())
            return opError(op, QStringLiteral("a JSON patch operation must be a mapping"));
        const QByteArray name = op.textAt({"op"});
        auto path = parsePointer(op.textAt({"path"}));
        if (!path)
            return opError(op, path.error().message());
        const YamlNode *value = op.get("value");
        auto fail = [&](const Error &e) -> Status {
            return opError(op,
                           QStringLiteral("JSON patch %1 at \"%2\": %3")
                               .arg(QString::fromUtf8(name), QString::fromUtf8(op.textAt({"path"})),
                                    e.message()));
        };
        if (name == "add" || name == "replace") {
            if (!value)
                return fail(
                    Error(Error::Kind::BadInput, QStringLiteral("the operation has no value")));
            if (auto s = addAt(document, *path, *value, name == "replace"); !s)
                return fail(s.error());
        } else if (name == "remove") {
            if (auto r = removeAt(document, *path); !r)
                return fail(r.error());
        } else if (name == "move" || name == "copy") {
            auto from = parsePointer(op.textAt({"from"}));
            if (!from)
                return fail(from.error());
            YamlNode moved;
            if (name == "move") {
                auto r = removeAt(document, *from);
                if (!r)
                    return fail(r.error());
                moved = std::move(*r);
            } else {
                const YamlNode *src = walk(document, *from, from->size());
                if (!src)
                    return fail(Error(Error::Kind::BadInput,
                                      QStringLiteral("the from path does not exist")));
                moved = *src;
            }
            if (auto s = addAt(document, *path, std::move(moved), false); !s)
                return fail(s.error());
        } else if (name == "test") {
            const YamlNode *at = walk(document, *path, path->size());
            if (!at || !value || *at != *value)
                return fail(Error(Error::Kind::BadInput, QStringLiteral("the test failed")));
        } else {
            return opError(
                op,
                QStringLiteral("unknown JSON patch operation \"%1\"").arg(QString::fromUtf8(name)));
        }
    }
    return {};
}

} // namespace Promenade::Kustomize
