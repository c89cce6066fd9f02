// The image pin walk's patches: strategic-merge and JSON 6902 patches (files and inline), applied
// to a layer's resources as kustomize applies them, so that an image a patch sets is pinned in
// the patch.
#include "imagepinwalk.h"

#include "jsonpatch.h"
#include "labelselector.h"
#include "safefile.h"
#include "strategicmerge.h"
#include "yamlreader.h"

#include <QCoreApplication>

namespace Promenade::ImagePins {

using Kustomize::YamlNode;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

// True when a JSON patch text has an operation on the whole document or its whole spec
// ("path": "", "/", "/spec"), which can remove or replace every container.
bool replacesWholeSpec(const QByteArray &text)
{
    for (qsizetype at = text.indexOf("path"); at >= 0; at = text.indexOf("path", at + 4)) {
        qsizetype i = at + 4;
        while (i < text.size() && (text.at(i) == '"' || text.at(i) == '\'' || text.at(i) == ' '))
            ++i;
        if (i >= text.size() || text.at(i) != ':')
            continue;
        ++i;
        qsizetype end = i;
        while (end < text.size() && text.at(end) != '\n' && text.at(end) != ','
               && text.at(end) != '}')
            ++end;
        QByteArray value = text.mid(i, end - i).trimmed();
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty() || value == "/" || value == "/spec" || value == "/spec/")
            return true;
    }
    return false;
}

// A patch applied by target selection that names no image, container list, pod template or
// whole spec cannot change an image: not parsing it keeps the walk cheap (a JSON patch that
// would fail there is then not reported).
bool cannotChangeAnImage(const QByteArray &text)
{
    return !text.contains("image") && !text.contains("ontainers") && !text.contains("emplate")
        && !text.contains("$patch") && !replacesWholeSpec(text);
}

} // namespace

// A patch's text and where it is written (the patch file, or the kustomization for an inline
// one), so that errors and pins name the right line.
struct Walk::PatchText
{
    QByteArray text;
    QString file;
    int lineOffset = 0;
    int entryLine = 0; // the kustomization line of the entry

    Error located(const Error &e) const
    {
        return Error(e.kind(), e.message())
            .at(file, e.line() > 0 ? e.line() + lineOffset : entryLine);
    }
};

bool Walk::selected(const LayerResource &res, const PatchTarget &t, Status *error)
{
    auto matches = [&](const QByteArray &pattern, const QByteArray &value) {
        if (pattern.isEmpty())
            return true;
        const QRegularExpression &re = regex(pattern, false);
        return re.isValid() && re.match(QString::fromUtf8(value)).hasMatch();
    };
    if (!matches(t.group, res.group) || !matches(t.version, res.version)
        || !matches(t.kind, res.kind))
        return false;
    if (!matches(t.name, res.name) && !matches(t.name, res.originalName))
        return false;
    if (!t.nameSpace.isEmpty() && !matches(t.nameSpace, res.nameSpace)
        && !matches(t.nameSpace, res.originalNamespace))
        return false;
    for (auto [selector, key] : {std::pair {&t.labelSelector, "labels"},
                                 std::pair {&t.annotationSelector, "annotations"}}) {
        if (selector->isEmpty())
            continue;
        auto parsed = Kustomize::LabelSelector::parse(*selector);
        if (!parsed) {
            *error = parsed.error();
            return false;
        }
        const auto &added = qstrcmp(key, "labels") == 0 ? res.addedLabels : res.addedAnnotations;
        const YamlNode *own = res.doc->at({"metadata", key});
        if (added.isEmpty()) {
            if (!parsed->matches(own))
                return false;
            continue;
        }
        YamlNode merged = own && own->isMap() ? *own : YamlNode::map();
        for (const auto &[k, v] : added)
            merged.set(k, YamlNode::string(v));
        if (!parsed->matches(&merged))
            return false;
    }
    return true;
}

Result<Walk::PatchText> Walk::patchText(Layer &layer, const KustomizationModel &k,
                                        const QString &dir, const PatchEntry &patch)
{
    PatchText out;
    out.entryLine = patch.line;
    if (patch.path.isEmpty()) {
        out.text = patch.text;
        out.file = k.file;
        out.lineOffset = patch.textLine > 0 ? patch.textLine - 1 : 0;
        return out;
    }
    auto fail = [&](const Error &e) {
        return Error(e.kind(),
                     Tr::tr("failed to get the patch file from path(%1): %2")
                         .arg(patch.path, e.message()))
            .at(k.file, patch.line);
    };
    auto resolved = resolve(dir, patch.path);
    if (!resolved)
        return fail(resolved.error());
    if (resolved->isDir)
        return fail(Error(Error::Kind::BadInput, Tr::tr("is a directory")));
    if (!m_options.loadRestrictionsNone && !SafeFile::isWithin(resolved->path, dir))
        return fail(Error(Error::Kind::Refused,
                          Tr::tr("security; file '%1' is not in or below '%2'")
                              .arg(relative(resolved->path), relative(dir))));
    auto bytes = readFile(resolved->path);
    if (!bytes)
        return fail(bytes.error());
    out.text = *bytes;
    out.file = relative(resolved->path);
    layer.files << out.file;
    return out;
}

Status Walk::applyPatch(Layer &layer, const KustomizationModel &k, const QString &dir,
                        const PatchEntry &patch)
{
    auto text = patchText(layer, k, dir, patch);
    if (!text)
        return text.error();
    if (patch.hasTarget && cannotChangeAnImage(text->text))
        return {};
    auto docs = Kustomize::YamlReader::parseAll(text->text, text->file);
    if (!docs)
        return text->located(docs.error());
    if (docs->isEmpty())
        return {};

    bool json = patch.type == PatchEntry::Type::Json6902;
    if (patch.type == PatchEntry::Type::Detect)
        json = docs->size() == 1 && Kustomize::JsonPatch::looksLikeOperations(docs->first());
    if (json && !patch.hasTarget)
        return Error(Error::Kind::BadInput, Tr::tr("must specify a target for JSON patch"))
            .at(k.file, patch.line);
    if (!json && patch.hasTarget && docs->size() > 1)
        return Error(Error::Kind::BadInput,
                     Tr::tr("Multiple Strategic-Merge Patches in one patches entry is not allowed "
                            "to set patches.target field"))
            .at(text->file, patch.line);

    if (json || patch.hasTarget)
        return applyTargetedPatch(layer, k, patch, docs->first(), json, *text);
    for (const YamlNode &doc : *docs) {
        if (auto s = applyStrategicMerge(layer, doc, *text); !s)
            return s;
    }
    return {};
}

Status Walk::applyPatchDocument(Layer &layer, qsizetype index, const YamlNode &doc, bool json,
                                const PatchText &text)
{
    LayerResource &res = layer.resources[index];
    const QHash<QByteArray, int> before = slotsOf(res);
    bool deleted = false;
    YamlNode &target = res.edit();
    Status s = json ? Kustomize::JsonPatch::apply(target, doc)
                    : Kustomize::StrategicMerge::apply(target, doc, res.kind, &deleted);
    if (!s)
        return text.located(s.error());
    if (deleted) {
        layer.resources.removeAt(index);
        return {};
    }
    settle(res, VersionPin::Kind::Patch, text.file, text.lineOffset, before);
    return {};
}

// A JSON patch, or a strategic merge with a target: applied to every resource the target
// selects (from the last, so that a deletion keeps the indexes still to visit).
Status Walk::applyTargetedPatch(Layer &layer, const KustomizationModel &k, const PatchEntry &patch,
                                const YamlNode &doc, bool json, const PatchText &text)
{
    if (!json && !doc.isMap())
        return text.located(Error(Error::Kind::BadInput, Tr::tr("unable to parse SM or JSON patch"))
                                .at(text.file, doc.line()));
    for (qsizetype i = layer.resources.size() - 1; i >= 0; --i) {
        Status selectorError;
        if (!selected(layer.resources.at(i), patch.target, &selectorError)) {
            if (!selectorError)
                return Error(Error::Kind::BadInput,
                             Tr::tr("unable to find patch target: %1")
                                 .arg(selectorError.error().message()))
                    .at(k.file, patch.line);
            continue;
        }
        if (auto s = applyPatchDocument(layer, i, doc, json, text); !s)
            return s;
    }
    return {};
}

// Strategic merge without a target: the document patches the one resource its own id names.
Status Walk::applyStrategicMerge(Layer &layer, const YamlNode &doc, const PatchText &text)
{
    if (!doc.isMap())
        return text.located(Error(Error::Kind::BadInput, Tr::tr("unable to parse SM or JSON patch"))
                                .at(text.file, doc.line()));
    const QByteArray apiVersion = doc.textAt({"apiVersion"});
    const qsizetype slash = apiVersion.indexOf('/');
    const QByteArray group = slash < 0 ? QByteArray() : apiVersion.left(slash);
    const QByteArray kind = doc.textAt({"kind"});
    const QByteArray name = doc.textAt({"metadata", "name"});
    QByteArray ns = doc.textAt({"metadata", "namespace"});
    auto sameNs = [](const QByteArray &a, const QByteArray &b) {
        return a == b || (a.isEmpty() && b == "default") || (a == "default" && b.isEmpty());
    };
    QList<qsizetype> matches;
    for (qsizetype i = 0; i < layer.resources.size(); ++i) {
        const LayerResource &r = layer.resources.at(i);
        if (r.kind != kind || r.group != group)
            continue;
        if (r.name != name && r.originalName != name)
            continue;
        if (!sameNs(ns, r.nameSpace) && !sameNs(ns, r.originalNamespace))
            continue;
        matches.append(i);
    }
    if (matches.size() != 1) {
        const QString id
            = QStringLiteral("%1.%2%3/%4.[%5]")
                  .arg(QString::fromUtf8(kind),
                       QString::fromUtf8(slash < 0 ? apiVersion : apiVersion.mid(slash + 1)),
                       group.isEmpty() ? QString() : u'.' + QString::fromUtf8(group),
                       QString::fromUtf8(name),
                       ns.isEmpty() ? QStringLiteral("noNs") : QString::fromUtf8(ns));
        return Error(Error::Kind::BadInput,
                     matches.isEmpty()
                         ? Tr::tr("no resource matches strategic merge patch \"%1\"").arg(id)
                         : Tr::tr("multiple resources match strategic merge patch \"%1\"").arg(id))
            .at(text.file, doc.line() + text.lineOffset);
    }
    return applyPatchDocument(layer, matches.first(), doc, false, text);
}

} // namespace Promenade::ImagePins
