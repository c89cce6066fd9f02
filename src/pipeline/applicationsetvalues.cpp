#include "applicationsetvalues.h"

#include "yamldocuments.h"
#include "yamlfields.h"

#include <QJsonDocument>

// Parameter values and template trees of ApplicationSets, apart from the expander
// (applicationsetexpander.cpp) so that each reads on its own.
namespace Promenade::ApplicationSetValues {

QVariant toVariant(const YAML::Node &node, int depth)
{
    if (!node.IsDefined() || node.IsNull() || depth > MaxDepth)
        return {};
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list << toVariant(item, depth + 1);
        return list;
    }
    QVariantMap map;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->first.IsScalar())
            map.insert(QString::fromStdString(it->first.Scalar()),
                       toVariant(it->second, depth + 1));
    }
    return map;
}

// JSON numbers arrive as doubles: whole ones print as integers, as Go's %v does for them.
QVariant normalizedJson(const QVariant &v, int depth)
{
    if (depth > MaxDepth)
        return {};
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == double(qlonglong(d)) && qAbs(d) < 1e15)
            return qlonglong(d);
        return v;
    }
    if (v.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = normalizedJson(it.value(), depth + 1);
        return map;
    }
    if (v.typeId() == QMetaType::QVariantList) {
        QVariantList list = v.toList();
        for (QVariant &item : list)
            item = normalizedJson(item, depth + 1);
        return list;
    }
    return v;
}

QString textOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// Flattens nested maps and lists into dot keys ("cluster.address", "list.0"), as the legacy
// (non-Go-template) mode sees a git file's content.
void flatten(const QVariant &v, const QString &prefix, QVariantMap &out, int depth)
{
    if (depth > MaxDepth)
        return;
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), out,
                    depth + 1);
    } else if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            flatten(list.at(i),
                    prefix.isEmpty() ? QString::number(i) : prefix + u'.' + QString::number(i), out,
                    depth + 1);
    } else if (!prefix.isEmpty()) {
        out.insert(prefix, textOf(v));
    }
}

// Go-template mode merge: `over` wins on equal keys, maps merged deeply.
QVariantMap mergedParams(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const auto existing = base.constFind(it.key());
        if (existing != base.cend() && existing->typeId() == QMetaType::QVariantMap
            && it->typeId() == QMetaType::QVariantMap) {
            base.insert(it.key(), mergedParams(existing->toMap(), it->toMap()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

QString goBase(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// A copy without the source's marks (a templatePatch's lines are not the file's).
YAML::Node unmarked(const YAML::Node &node, int depth)
{
    if (!node.IsDefined() || depth > MaxDepth)
        return YAML::Node();
    if (node.IsScalar())
        return YAML::Node(node.Scalar());
    if (node.IsSequence()) {
        YAML::Node out(YAML::NodeType::Sequence);
        for (const YAML::Node &item : node)
            out.push_back(unmarked(item, depth + 1));
        return out;
    }
    if (node.IsMap()) {
        YAML::Node out(YAML::NodeType::Map);
        for (auto it = node.begin(); it != node.end(); ++it)
            out[unmarked(it->first, depth + 1)] = unmarked(it->second, depth + 1);
        return out;
    }
    return YAML::Node();
}

// The parts of an Application template that ArgoCdApplicationManifest reads: rendering the rest
// (syncPolicy, ignoreDifferences, ...) for every generated Application would be wasted work.
YAML::Node readTemplateParts(const YAML::Node &tmpl)
{
    YAML::Node out(YAML::NodeType::Map);
    if (const YAML::Node metadata = yamlChild(tmpl, "metadata"); metadata.IsDefined())
        out["metadata"] = metadata;
    const YAML::Node spec = yamlChild(tmpl, "spec");
    if (spec.IsMap()) {
        YAML::Node parts(YAML::NodeType::Map);
        for (const char *key : {"project", "source", "sources", "sourceHydrator", "destination"}) {
            if (const YAML::Node part = yamlChild(spec, key); part.IsDefined())
                parts[key] = part;
        }
        out["spec"] = parts;
    }
    return out;
}

// Lines of a generated Application's pins that the template writes as they are (no template in
// them, not changed by a templatePatch): they can be edited in the ApplicationSet's file.
void restoreLines(ArgoCdApplicationManifest &app, const YAML::Node &tmpl)
{
    const YAML::Node spec = yamlChild(tmpl, "spec");
    const YAML::Node sources = yamlChild(spec, "sources");
    const bool many = sources.IsSequence() && sources.size() > 0;
    for (qsizetype i = 0; i < app.sources.size(); ++i) {
        const YAML::Node source = many
            ? (std::size_t(i) < sources.size() ? sources[std::size_t(i)] : YAML::Node())
            : (i == 0 ? yamlChild(spec, "source") : YAML::Node());
        auto &s = app.sources[i];
        const YAML::Node revision = yamlChild(source, "targetRevision");
        if (revision.IsScalar() && revision.Scalar().find("{{") == std::string::npos
            && yamlScalar(revision) == s.targetRevision)
            s.targetRevisionLine = yamlLine(revision);
        const YAML::Node images = yamlChild(yamlChild(source, "kustomize"), "images");
        if (images.IsSequence() && yamlScalarList(images) == s.kustomizeImages)
            s.kustomizeImagesLine = yamlLine(images);
    }
}

// A strategic-merge-like patch: maps merged key by key, anything else replaced, null removes.
// Builds new maps and shares the nodes it keeps (marks and all); never changes its inputs.
YAML::Node deepMerged(const YAML::Node &base, const YAML::Node &patch, int depth)
{
    if (!base.IsMap() || !patch.IsMap() || depth > MaxDepth)
        return patch;
    YAML::Node out(YAML::NodeType::Map);
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        const std::string &key = it->first.Scalar();
        const YAML::Node over = yamlChild(patch, key.c_str());
        if (!over.IsDefined())
            out[key] = it->second;
        else if (!over.IsNull())
            out[key] = it->second.IsMap() && over.IsMap() ? deepMerged(it->second, over, depth + 1)
                                                          : over;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->first.IsScalar() && !it->second.IsNull()
            && !yamlChild(base, it->first.Scalar().c_str()).IsDefined())
            out[it->first.Scalar()] = it->second;
    }
    return out;
}

bool containsTemplate(const YAML::Node &node, int depth)
{
    if (!node.IsDefined() || depth > MaxDepth)
        return false;
    if (node.IsScalar())
        return node.Scalar().find("{{") != std::string::npos;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (containsTemplate(item, depth + 1))
                return true;
        }
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (containsTemplate(it->second, depth + 1))
                return true;
        }
    }
    return false;
}

} // namespace Promenade::ApplicationSetValues
