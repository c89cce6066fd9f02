#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade::Kustomize {
class YamlNode;
}

namespace Promenade::Diff {

// Fields left out of the rendered-manifest comparison: the differences every environment is
// expected to have (an environment label or annotation), so that what is left is what a
// promotion would really change. promenade.yaml's diff.ignore and `promenade diff --ignore`.
//
// A rule is a field path from a document's root, in the syntax the semantic diff prints
// (FieldChange): map keys joined by '.'; a key that is not a plain identifier in brackets and
// quotes (metadata.annotations["example.com/environment"]); `*` for any key of a map (or every
// item of a list); list items by position (args[2]), all of them (containers[*]) or by a field
// (containers[name=web], several joined by ','). A rule that matches nothing removes nothing.
// Plain data; apply() is reentrant.
class IgnoreRules
{
public:
    IgnoreRules() = default;

    // BadInput naming the rule and what is wrong with it.
    static Result<IgnoreRules> parse(const QStringList &rules);

    [[nodiscard]] bool isEmpty() const { return m_paths.isEmpty(); }
    [[nodiscard]] const QStringList &rules() const { return m_rules; }

    // Removes every field a rule matches from the document; returns how many were removed.
    int apply(Kustomize::YamlNode &document) const;

private:
    struct Step
    {
        enum class Kind { Key, AnyKey, Index, AnyItem, ItemWhere };
        Kind kind = Kind::Key;
        QByteArray key;
        int index = 0;
        QList<std::pair<QByteArray, QByteArray>> where;
    };
    using Path = QList<Step>;

    static Result<Path> parsePath(const QString &rule);
    static int remove(Kustomize::YamlNode &node, const Path &path, int step);

    QStringList m_rules;
    QList<Path> m_paths;
};

} // namespace Promenade::Diff
