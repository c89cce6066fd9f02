#include "yamllimits.h"

#include <yaml-cpp/yaml.h>

#include <unordered_map>
#include <vector>

namespace Promenade::Kustomize {

namespace {

// go-yaml: up to 400,000 decoded nodes 99 % may come from aliases; from 4,000,000 only 10 %;
// in between the allowed share falls linearly.
double allowedAliasRatio(quint64 decoded)
{
    constexpr double low = 400000;
    constexpr double high = 4000000;
    if (double(decoded) <= low)
        return 0.99;
    if (double(decoded) >= high)
        return 0.10;
    return 0.99 - 0.89 * ((double(decoded) - low) / (high - low));
}

struct Count
{
    quint64 nodes = 0; // nodes of the expanded subtree, the node itself included
    quint64 fromAliases = 0; // of which reached through aliases inside the subtree
};

// One visit per distinct yaml-cpp node: an aliased node is the same node reached again.
class Checker
{
public:
    explicit Checker(const QString &fileName)
        : m_file(fileName)
    { }

    Status run(const YAML::Node &root)
    {
        Count total;
        if (auto s = visit(root, 1, total); !s)
            return s;
        return {};
    }

private:
    struct Seen
    {
        YAML::Node node;
        Count count;
        bool done = false;
    };
    QString m_file;
    // Nodes by their position in the text (a map and its first key may share one: `is` tells).
    std::unordered_map<qint64, std::vector<Seen>> m_seen;
    quint64 m_decoded = 0;
    quint64 m_fromAliases = 0;

    Error fail(const QString &message, const YAML::Node &at) const
    {
        const YAML::Mark mark = at.Mark();
        Error e(Error::Kind::BadInput, message);
        e.at(m_file, mark.line >= 0 ? mark.line + 1 : 0);
        return e;
    }

    static qint64 key(const YAML::Mark &mark, YAML::NodeType::value type)
    {
        return (qint64(mark.pos) << 3) | qint64(type);
    }

    Status visit(const YAML::Node &node, int depth, Count &into)
    {
        const YAML::Mark mark = node.Mark();
        std::vector<Seen> *bucket = nullptr;
        if (mark.pos >= 0) {
            bucket = &m_seen[key(mark, node.Type())];
            for (const Seen &s : *bucket) {
                if (!s.node.is(node))
                    continue;
                if (!s.done)
                    return fail(YamlLimits::cycleMessage(), node);
                // An alias: the whole subtree again.
                into.nodes += s.count.nodes;
                into.fromAliases += s.count.nodes;
                m_decoded += s.count.nodes;
                m_fromAliases += s.count.nodes;
                if (YamlLimits::excessiveAliasing(m_decoded, m_fromAliases))
                    return fail(YamlLimits::aliasingMessage(m_decoded, m_fromAliases), node);
                return {};
            }
            bucket->push_back({node, {}, false});
        }
        const size_t slot = bucket ? bucket->size() - 1 : 0;
        Count own;
        own.nodes = 1;
        ++m_decoded;
        if (node.IsMap() || node.IsSequence()) {
            if (depth > YamlLimits::maxDepth)
                return fail(YamlLimits::depthMessage(), node);
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (node.IsMap()) {
                    if (auto s = visit(it->first, depth + 1, own); !s)
                        return s;
                    if (auto s = visit(it->second, depth + 1, own); !s)
                        return s;
                } else if (auto s = visit(*it, depth + 1, own); !s) {
                    return s;
                }
            }
        }
        if (bucket) {
            // The bucket may have grown (and moved) while the children were visited.
            std::vector<Seen> &b = m_seen[key(mark, node.Type())];
            b[slot].count = own;
            b[slot].done = true;
        }
        into.nodes += own.nodes;
        into.fromAliases += own.fromAliases;
        return {};
    }
};

} // namespace

bool YamlLimits::excessiveAliasing(quint64 decoded, quint64 fromAliases)
{
    return fromAliases > 100 && decoded > 1000
        && double(fromAliases) / double(decoded) > allowedAliasRatio(decoded);
}

QString YamlLimits::aliasingMessage(quint64 decoded, quint64 fromAliases)
{
    return QStringLiteral("the YAML expands its aliases too far (%1 of %2 nodes come from "
                          "aliases; the limit, as in kustomize's YAML library, is 99 %, less "
                          "for large documents): an alias bomb?")
        .arg(fromAliases)
        .arg(decoded);
}

QString YamlLimits::depthMessage()
{
    return QStringLiteral("the YAML nests mappings and sequences more than %1 levels deep (the "
                          "limit)")
        .arg(maxDepth);
}

QString YamlLimits::sizeMessage(qint64 bytes)
{
    return QStringLiteral("the file is %1 MiB, more than the %2 MiB limit for a YAML file")
        .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(maxFileBytes / (1024 * 1024));
}

QString YamlLimits::cycleMessage()
{
    return QStringLiteral("an alias refers to the node that contains it (a cycle)");
}

Status YamlLimits::checkSize(qint64 bytes, const QString &fileName)
{
    if (bytes <= maxFileBytes)
        return {};
    return Error(Error::Kind::BadInput, sizeMessage(bytes)).at(fileName);
}

Status YamlLimits::check(const YAML::Node &document, const QString &fileName)
{
    try {
        Checker checker(fileName);
        return checker.run(document);
    } catch (const std::exception &e) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("malformed YAML: %1").arg(QString::fromLocal8Bit(e.what())))
            .at(fileName);
    }
}

} // namespace Promenade::Kustomize
