#include "patchselection.h"

#include "labelselector.h"
#include "strategicmerge.h"

#include <QRegularExpression>

// Which resources a patch reaches and how a strategic merge patch lands on one, apart from
// the renderer (renderer.cpp) so that its build steps read on their own.
namespace Promenade::Kustomize::PatchSelection {

Error badInput(const QString &message, const QString &file, int line)
{
    Error e(Error::Kind::BadInput, message);
    e.at(file, line);
    return e;
}

Result<bool> selected(const Resource &r, const PatchTarget &t, const QString &file, int line)
{
    auto rx = [&](const QByteArray &pattern) -> Result<QRegularExpression> {
        QRegularExpression re(QStringLiteral("^(?:") + QString::fromUtf8(pattern)
                              + QStringLiteral(")$"));
        if (!re.isValid())
            return badInput(QStringLiteral("invalid regular expression \"%1\" in a patch target")
                                .arg(QString::fromUtf8(pattern)),
                            file, line);
        return re;
    };
    auto test
        = [&](const QByteArray &pattern, std::initializer_list<QByteArray> values) -> Result<bool> {
        if (pattern.isEmpty())
            return true;
        auto re = rx(pattern);
        if (!re)
            return re.error();
        for (const QByteArray &v : values) {
            if (re->match(QString::fromUtf8(v)).hasMatch())
                return true;
        }
        return false;
    };
    auto effective = [&](const QByteArray &ns) -> QByteArray {
        if (r.isClusterScoped())
            return {};
        return ns.isEmpty() ? QByteArrayLiteral("default") : ns;
    };
    auto g = test(t.group, {r.group()});
    auto v = test(t.version, {r.version()});
    auto kd = test(t.kind, {r.kind()});
    auto n = test(t.name, {r.originalName(), r.name()});
    auto ns = test(t.nameSpace, {effective(r.originalNamespace()), effective(r.nameSpace())});
    for (auto *res : {&g, &v, &kd, &n, &ns}) {
        if (!*res)
            return res->error();
        if (!**res)
            return false;
    }
    if (!t.labelSelector.isEmpty()) {
        auto sel = LabelSelector::parse(t.labelSelector);
        if (!sel)
            return badInput(sel.error().message(), file, line);
        if (!sel->matches(r.document().at({"metadata", "labels"})))
            return false;
    }
    if (!t.annotationSelector.isEmpty()) {
        auto sel = LabelSelector::parse(t.annotationSelector);
        if (!sel)
            return badInput(sel.error().message(), file, line);
        if (!sel->matches(r.document().at({"metadata", "annotations"})))
            return false;
    }
    return true;
}

// Applies one strategic merge patch document to list[index]; removes it on $patch: delete.
Status applySm(QList<Resource> &list, qsizetype index, const YamlNode &patchDoc,
               const PatchEntry &p, const QString &file, int line)
{
    Resource &r = list[index];
    YamlNode patch = patchDoc;
    QByteArray newName;
    if (YamlNode *meta = patch.get("metadata"); meta && meta->isMap()) {
        if (p.allowNameChange && p.hasTarget) {
            const QByteArray pn = meta->textAt({"name"});
            if (!pn.isEmpty() && pn != r.name())
                newName = pn;
        }
        meta->remove("name");
        meta->remove("namespace");
    }
    if (!p.allowKindChange)
        patch.remove("kind");
    // kustomize keeps the id before a patch that may rename (name references follow it).
    if (p.allowNameChange || p.allowKindChange)
        r.storePreviousId();
    patch.remove("apiVersion");
    bool deleted = false;
    Status s = StrategicMerge::apply(r.document(), patch, r.kind(), &deleted);
    if (!s)
        return badInput(s.error().message(), file, line ? line : patchDoc.line());
    if (deleted) {
        list.removeAt(index);
        return {};
    }
    if (!newName.isEmpty())
        r.setName(newName);
    return {};
}

bool matchesPatchId(const Resource &r, const YamlNode &patch)
{
    const QByteArray apiVersion = patch.textAt({"apiVersion"});
    const QByteArray kind = patch.textAt({"kind"});
    const QByteArray name = patch.textAt({"metadata", "name"});
    const QByteArray ns = patch.textAt({"metadata", "namespace"});
    if (kind != r.kind() || !r.hadName(name))
        return false;
    const int slash = apiVersion.indexOf('/');
    const QByteArray group = slash < 0 ? QByteArray() : apiVersion.left(slash);
    const QByteArray version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    if (group != r.group() || (!version.isEmpty() && version != r.version()))
        return false;
    if (r.isClusterScoped())
        return true;
    return r.hadNamespace(ns);
}

} // namespace Promenade::Kustomize::PatchSelection
