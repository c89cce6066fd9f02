#include "yamlnode.h"

namespace Promenade::Kustomize {

YamlNode YamlNode::string(const QByteArray &text, int line)
{
    return scalar(Type::String, text, line);
}

YamlNode YamlNode::scalar(Type type, const QByteArray &text, int line)
{
    YamlNode n;
    n.m_type = type;
    n.m_text = text;
    n.m_line = line;
    return n;
}

YamlNode YamlNode::boolean(bool value)
{
    return scalar(Type::Bool, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

YamlNode YamlNode::integer(qint64 value)
{
    return scalar(Type::Int, QByteArray::number(value));
}

void YamlNode::append(YamlNode node)
{
    m_items.push_back(std::move(node));
}

YamlNode YamlNode::map(int line)
{
    YamlNode n;
    n.m_type = Type::Map;
    n.m_line = line;
    return n;
}

YamlNode YamlNode::sequence(int line)
{
    YamlNode n;
    n.m_type = Type::Sequence;
    n.m_line = line;
    return n;
}

const YamlNode *YamlNode::get(const QByteArray &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

YamlNode *YamlNode::get(const QByteArray &key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

YamlNode &YamlNode::set(const QByteArray &key, YamlNode value)
{
    if (m_type != Type::Map) {
        *this = map(m_line);
    }
    if (YamlNode *existing = get(key)) {
        *existing = std::move(value);
        return *existing;
    }
    m_entries.push_back({key, std::move(value)});
    return m_entries.back().value;
}

bool YamlNode::remove(const QByteArray &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->key == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

YamlNode &YamlNode::ensureMap(const QByteArray &key)
{
    YamlNode *existing = get(key);
    if (existing && existing->isMap())
        return *existing;
    return set(key, map());
}

const YamlNode *YamlNode::at(std::initializer_list<const char *> path) const
{
    const YamlNode *node = this;
    for (const char *key : path) {
        if (!node->isMap())
            return nullptr;
        node = node->get(QByteArray::fromRawData(key, int(qstrlen(key))));
        if (!node)
            return nullptr;
    }
    return node;
}

QByteArray YamlNode::textAt(std::initializer_list<const char *> path) const
{
    const YamlNode *node = at(path);
    return node && node->isScalar() && !node->isNull() ? node->text() : QByteArray();
}

bool YamlNode::operator==(const YamlNode &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Sequence:
        return m_items == other.m_items;
    case Type::Map: {
        if (m_entries.size() != other.m_entries.size())
            return false;
        for (const Entry &e : m_entries) {
            const YamlNode *o = other.get(e.key);
            if (!o || *o != e.value)
                return false;
        }
        return true;
    }
    default:
        return m_text == other.m_text;
    }
}

} // namespace Promenade::Kustomize
