#include "ignorerules.h"

#include "yamlnode.h"

#include <QCoreApplication>

namespace Promenade::Diff {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

} // namespace

Result<IgnoreRules> IgnoreRules::parse(const QStringList &rules)
{
    IgnoreRules out;
    for (const QString &rule : rules) {
        auto path = parsePath(rule.trimmed());
        if (!path)
            return Error(Error::Kind::BadInput,
                         Tr::tr("ignore rule '%1': %2").arg(rule, path.error().message()));
        if (out.m_rules.contains(rule.trimmed()))
            continue;
        out.m_rules << rule.trimmed();
        out.m_paths << *path;
    }
    return out;
}

Result<IgnoreRules::Path> IgnoreRules::parsePath(const QString &rule)
{
    const auto fail = [](const QString &message) {
        return Error(Error::Kind::BadInput, message);
    };
    if (rule.isEmpty())
        return fail(Tr::tr("the field path is empty"));
    Path path;
    qsizetype i = 0;
    const qsizetype n = rule.size();
    bool expectKey = true; // at the start or after '.'
    while (i < n) {
        const QChar c = rule[i];
        if (expectKey) {
            if (c == u'*') {
                path.append({Step::Kind::AnyKey, {}, 0, {}});
                ++i;
            } else if (isIdentifierChar(c)) {
                const qsizetype start = i;
                while (i < n && isIdentifierChar(rule[i]))
                    ++i;
                path.append({Step::Kind::Key, rule.mid(start, i - start).toUtf8(), 0, {}});
            } else if (c != u'[') {
                return fail(Tr::tr("unexpected '%1' at position %2").arg(c).arg(i + 1));
            }
            expectKey = false;
            continue;
        }
        if (c == u'.') {
            ++i;
            expectKey = true;
            if (i == n)
                return fail(Tr::tr("the path ends with '.'"));
            continue;
        }
        if (c != u'[')
            return fail(Tr::tr("unexpected '%1' at position %2").arg(c).arg(i + 1));
        const qsizetype open = i;
        ++i;
        if (i < n && (rule[i] == u'"' || rule[i] == u'\'')) {
            // A quoted key: ["app.kubernetes.io/name"].
            const QChar quote = rule[i];
            const qsizetype end = rule.indexOf(quote, i + 1);
            if (end < 0 || end + 1 >= n || rule[end + 1] != u']')
                return fail(Tr::tr("unclosed quoted key at position %1").arg(open + 1));
            path.append({Step::Kind::Key, rule.mid(i + 1, end - i - 1).toUtf8(), 0, {}});
            i = end + 2;
            continue;
        }
        const qsizetype close = rule.indexOf(u']', i);
        if (close < 0)
            return fail(Tr::tr("unclosed '[' at position %1").arg(open + 1));
        const QString inside = rule.mid(i, close - i).trimmed();
        i = close + 1;
        if (inside == u"*") {
            path.append({Step::Kind::AnyItem, {}, 0, {}});
            continue;
        }
        bool number = false;
        const int index = inside.toInt(&number);
        if (number) {
            if (index < 0)
                return fail(Tr::tr("a list position cannot be negative"));
            path.append({Step::Kind::Index, {}, index, {}});
            continue;
        }
        Step step {Step::Kind::ItemWhere, {}, 0, {}};
        for (const QString &pair : inside.split(u',')) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return fail(Tr::tr("'[%1]' is neither a position, '*', a quoted key nor "
                                   "field=value")
                                .arg(inside));
            step.where.append(
                {pair.left(eq).trimmed().toUtf8(), pair.mid(eq + 1).trimmed().toUtf8()});
        }
        path.append(step);
    }
    if (path.isEmpty())
        return fail(Tr::tr("the field path is empty"));
    return path;
}

int IgnoreRules::apply(Kustomize::YamlNode &document) const
{
    int removed = 0;
    for (const Path &path : m_paths)
        removed += remove(document, path, 0);
    return removed;
}

int IgnoreRules::remove(Kustomize::YamlNode &node, const Path &path, int step)
{
    using Kustomize::YamlNode;
    const Step &s = path[step];
    const bool last = step + 1 == path.size();
    int removed = 0;
    switch (s.kind) {
    case Step::Kind::Key:
        if (!node.isMap())
            return 0;
        if (last)
            return node.remove(s.key) ? 1 : 0;
        if (YamlNode *child = node.get(s.key))
            return remove(*child, path, step + 1);
        return 0;
    case Step::Kind::AnyKey:
        if (node.isMap()) {
            if (last) {
                removed = static_cast<int>(node.entries().size());
                node.entries().clear();
                return removed;
            }
            for (auto &entry : node.entries())
                removed += remove(entry.value, path, step + 1);
            return removed;
        }
        [[fallthrough]];
    case Step::Kind::AnyItem:
        if (!node.isSequence())
            return 0;
        if (last) {
            removed = static_cast<int>(node.items().size());
            node.items().clear();
            return removed;
        }
        for (YamlNode &item : node.items())
            removed += remove(item, path, step + 1);
        return removed;
    case Step::Kind::Index: {
        if (!node.isSequence() || s.index >= static_cast<int>(node.items().size()))
            return 0;
        if (last) {
            node.items().erase(node.items().begin() + s.index);
            return 1;
        }
        return remove(node.items()[s.index], path, step + 1);
    }
    case Step::Kind::ItemWhere: {
        if (!node.isSequence())
            return 0;
        auto &items = node.items();
        for (auto it = items.begin(); it != items.end();) {
            bool match = it->isMap();
            for (const auto &[key, value] : s.where) {
                const YamlNode *field = match ? it->get(key) : nullptr;
                match = field && field->isScalar() && field->text() == value;
            }
            if (!match) {
                ++it;
                continue;
            }
            if (last) {
                it = items.erase(it);
                ++removed;
                continue;
            }
            removed += remove(*it, path, step + 1);
            ++it;
        }
        return removed;
    }
    }
    return removed;
}

} // namespace Promenade::Diff
