#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace Promenade::Kustomize {

// One node of a parsed YAML document, as kustomize sees it after its YAML→JSON round trip:
// scalars are already resolved (YAML 1.2 core schema, as yaml.v3 does) to a string, an integer,
// a float, a boolean or null, and numbers carry the text kustomize prints for them.
// Maps keep their keys in input order (the writer sorts them as kustomize's output does).
// Comments and anchors are not kept: kustomize's output has none.
// A plain value type; copies are deep. Not thread-safe to mutate from several threads.
// (Member functions that create or destroy a YamlNode are defined out of line: Entry is only
// complete after the class.)
class YamlNode
{
public:
    enum class Type : quint8 { Null, String, Int, Float, Bool, Sequence, Map };
    struct Entry;

    YamlNode() = default;
    static YamlNode string(const QByteArray &text, int line = 0);
    static YamlNode scalar(Type type, const QByteArray &text, int line = 0);
    static YamlNode map(int line = 0);
    static YamlNode sequence(int line = 0);
    static YamlNode boolean(bool value);
    static YamlNode integer(qint64 value);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isNull() const { return m_type == Type::Null; }
    [[nodiscard]] bool isMap() const { return m_type == Type::Map; }
    [[nodiscard]] bool isSequence() const { return m_type == Type::Sequence; }
    [[nodiscard]] bool isScalar() const { return m_type != Type::Map && m_type != Type::Sequence; }
    [[nodiscard]] bool isString() const { return m_type == Type::String; }
    // The scalar's text: the string itself, or the printed form of a number or boolean.
    [[nodiscard]] const QByteArray &text() const { return m_text; }
    // A scalar's text as written in the file, when it differs from text() (`0o17`, `1.0`, `~`,
    // a date): kustomize writes it back verbatim where it turns a value into a string
    // (annotations, a ConfigMap merged by a generator).
    [[nodiscard]] const QByteArray &sourceText() const
    {
        return m_source.isNull() ? m_text : m_source;
    }
    void setSourceText(const QByteArray &source)
    {
        if (source != m_text)
            m_source = source;
    }
    // 1-based line in the source file (0 when the node was made by a transformer).
    [[nodiscard]] int line() const { return m_line; }
    void setLine(int line) { m_line = line; }
    // kustomize's label and annotation transformers put one shared value node at every place they
    // add a key to (metadata, selectors, templates); a later write to any of them changes all.
    // Scalars sharing a non-zero alias id stand for such a shared node. Ignored by ==.
    [[nodiscard]] quint32 alias() const { return m_alias; }
    void setAlias(quint32 alias) { m_alias = alias; }

    // Sequences.
    [[nodiscard]] const std::vector<YamlNode> &items() const { return m_items; }
    std::vector<YamlNode> &items() { return m_items; }
    void append(YamlNode node);

    // Maps. get() returns nullptr when the key is absent.
    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    std::vector<Entry> &entries() { return m_entries; }
    [[nodiscard]] const YamlNode *get(const QByteArray &key) const;
    YamlNode *get(const QByteArray &key);
    // Sets (or replaces) a key, keeping its position when it exists.
    YamlNode &set(const QByteArray &key, YamlNode value);
    bool remove(const QByteArray &key);
    // The child map at key, created (or replaced when not a map) as needed.
    YamlNode &ensureMap(const QByteArray &key);

    // Follows a path of map keys; nullptr when any step is missing or not a map.
    [[nodiscard]] const YamlNode *at(std::initializer_list<const char *> path) const;
    // The string at a path of map keys, or an empty array.
    [[nodiscard]] QByteArray textAt(std::initializer_list<const char *> path) const;

    // Structural equality (the type and text of scalars, order of sequences, keys of maps in any
    // order).
    [[nodiscard]] bool operator==(const YamlNode &other) const;
    [[nodiscard]] bool operator!=(const YamlNode &other) const { return !(*this == other); }

private:
    Type m_type = Type::Null;
    quint32 m_alias = 0;
    int m_line = 0;
    QByteArray m_text;
    QByteArray m_source; // null unless it differs from m_text
    std::vector<YamlNode> m_items;
    std::vector<Entry> m_entries;
};

struct YamlNode::Entry
{
    QByteArray key;
    YamlNode value;
};

} // namespace Promenade::Kustomize
