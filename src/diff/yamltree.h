#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace Promenade::Diff {

// One parsed YAML document as the semantic diff reads it: maps, sequences, scalars and nulls,
// each with the 0-based line it starts on in the text parsed (the line of a map's first key,
// of a sequence's first item).
//
// Two readers build it, and give the same tree for what both accept:
// - readBlock(): a fast reader of the block style kustomize, kubectl and most people write —
//   block maps and sequences, one-line plain scalars, one-line quoted scalars without escapes,
//   {} and [], comments. It declines (nullopt) anything else: flow collections, block
//   scalars, multi-line scalars, anchors, aliases, tags, tabs, duplicate keys, odd keys,
//   anything invalid. It reads the text in place (scalars are views into it: the text must
//   outlive the tree).
// - parse(): readBlock() when it accepts, otherwise yaml-cpp (any YAML 1.2, its error
//   messages; yaml-cpp's nulls: ~, null, Null, NULL and empty values). The tree owns the
//   scalars yaml-cpp read.
// tst_yamltree checks the two agree on every document of tests/data and on mangled copies.
class YamlTree
{
public:
    enum class Type : quint8 { Null, Scalar, Sequence, Map };

private:
    struct Node
    {
        Type type = Type::Null;
        bool plain = true;
        int line = -1;
        QStringView scalar;
        int first = 0; // into m_children: items, or key, value, key, value...
        int count = 0; // items or pairs
    };

public:
    // A node of a tree (or none: false): cheap to copy, valid while the tree lives.
    class Ref
    {
    public:
        Ref() = default;
        Ref(const YamlTree *tree, int index)
            : m_tree(tree)
            , m_index(index)
        { }
        explicit operator bool() const { return m_tree && m_index >= 0; }
        [[nodiscard]] Type type() const { return node().type; }
        [[nodiscard]] bool isNull() const { return !*this || node().type == Type::Null; }
        [[nodiscard]] bool isScalar() const { return *this && node().type == Type::Scalar; }
        [[nodiscard]] bool isMap() const { return *this && node().type == Type::Map; }
        [[nodiscard]] bool isSequence() const { return *this && node().type == Type::Sequence; }
        [[nodiscard]] QStringView scalar() const { return node().scalar; }
        // A scalar written plain (not quoted): "true" and "8080" are then not strings.
        [[nodiscard]] bool plain() const { return node().plain; }
        // 0-based line in the text parsed; -1 when unknown.
        [[nodiscard]] int line() const { return *this ? node().line : -1; }
        // Items of a sequence, key/value pairs of a map.
        [[nodiscard]] int size() const { return *this ? node().count : 0; }
        [[nodiscard]] Ref item(int k) const { return child(k); }
        [[nodiscard]] Ref key(int k) const { return child(2 * k); }
        [[nodiscard]] Ref value(int k) const { return child(2 * k + 1); }
        // The value of a map's scalar key; none when absent (or not a map).
        [[nodiscard]] Ref operator[](QStringView key) const;

    private:
        [[nodiscard]] const Node &node() const { return m_tree->m_nodes[size_t(m_index)]; }
        [[nodiscard]] Ref child(int k) const
        {
            return {m_tree, m_tree->m_children[size_t(node().first + k)]};
        }
        const YamlTree *m_tree = nullptr;
        int m_index = -1;
    };

    [[nodiscard]] Ref root() const { return {this, m_root}; }

    // The fast reader; nullopt when the text is outside what it reads (see above).
    [[nodiscard]] static std::optional<YamlTree> readBlock(QStringView text);
    // yaml-cpp alone (the first document of the text).
    [[nodiscard]] static Result<YamlTree> readWithYamlCpp(QStringView text);
    // readBlock(), else yaml-cpp. A syntax error gives BadInput "not valid YAML: …" at label,
    // line lineOffset + yaml-cpp's line + 1.
    [[nodiscard]] static Result<YamlTree> parse(QStringView text, const QString &label,
                                                int lineOffset);

private:
    friend class Ref;
    friend class BlockReader;
    friend class YamlCppReader;

    std::vector<Node> m_nodes;
    std::vector<int> m_children;
    QStringList m_owned; // scalars read by yaml-cpp (the views point into them)
    int m_root = -1;
};

} // namespace Promenade::Diff
