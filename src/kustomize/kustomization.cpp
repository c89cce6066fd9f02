#include "kustomization.h"

namespace Promenade::Kustomize {

namespace {

// Go's encoding/json (which kustomize decodes kustomizations with) matches field names without
// regard to case: "nameprefix" sets namePrefix. Renames such keys to their canonical spelling.
void canonicalizeKeys(YamlNode &map, std::initializer_list<const char *> known)
{
    if (!map.isMap())
        return;
    for (auto &e : map.entries()) {
        bool exact = false;
        for (const char *k : known) {
            if (e.key == k) {
                exact = true;
                break;
            }
        }
        if (exact)
            continue;
        for (const char *k : known) {
            if (qstricmp(e.key.constData(), k) == 0 && !map.get(k)) {
                e.key = k;
                break;
            }
        }
    }
}

class Parser
{
public:
    explicit Parser(const QString &file)
        : m_file(file)
    { }

    Error error(const YamlNode &at, const QString &message) const
    {
        Error e(Error::Kind::BadInput, message);
        e.at(m_file, at.line());
        return e;
    }

    static QString typeName(const YamlNode &n)
    {
        switch (n.type()) {
        case YamlNode::Type::Map:
            return QStringLiteral("a mapping");
        case YamlNode::Type::Sequence:
            return QStringLiteral("a list");
        case YamlNode::Type::Int:
        case YamlNode::Type::Float:
            return QStringLiteral("a number");
        case YamlNode::Type::Bool:
            return QStringLiteral("a boolean");
        case YamlNode::Type::Null:
            return QStringLiteral("null");
        default:
            return QStringLiteral("a string");
        }
    }

    Result<QByteArray> string(const YamlNode &n, const QString &field) const
    {
        if (n.isNull())
            return QByteArray();
        if (!n.isString())
            return error(
                n,
                QStringLiteral("invalid Kustomization: '%1' must be a string, not %2 (quote it)")
                    .arg(field, typeName(n)));
        return n.text();
    }

    Result<bool> boolean(const YamlNode &n, const QString &field) const
    {
        if (n.isNull())
            return false;
        if (n.type() != YamlNode::Type::Bool)
            return error(
                n, QStringLiteral("invalid Kustomization: '%1' must be true or false").arg(field));
        return n.text() == "true";
    }

    Result<QList<std::pair<QByteArray, int>>> stringList(const YamlNode &n,
                                                         const QString &field) const
    {
        QList<std::pair<QByteArray, int>> out;
        if (n.isNull())
            return out;
        if (!n.isSequence())
            return error(
                n,
                QStringLiteral("invalid Kustomization: '%1' must be a list of strings").arg(field));
        for (const YamlNode &i : n.items()) {
            auto s = string(i, field);
            if (!s)
                return s.error();
            out.append({*s, i.line() ? i.line() : n.line()});
        }
        return out;
    }

    Result<StringPairs> stringMap(const YamlNode &n, const QString &field) const
    {
        StringPairs out;
        if (n.isNull())
            return out;
        if (!n.isMap())
            return error(n,
                         QStringLiteral("invalid Kustomization: '%1' must be a mapping of strings")
                             .arg(field));
        for (const auto &e : n.entries()) {
            auto s = string(e.value, field + u'.' + QString::fromUtf8(e.key));
            if (!s)
                return s.error();
            out.append({e.key, *s});
        }
        return out;
    }

    Status checkFields(const YamlNode &constNode, std::initializer_list<const char *> allowed,
                       const QString &where) const
    {
        // Parsing works on the parser's own copy of the file, so canonicalizing in place is safe.
        YamlNode &n = const_cast<YamlNode &>(constNode);
        canonicalizeKeys(n, allowed);
        if (!n.isMap())
            return error(
                n,
                QStringLiteral("invalid Kustomization: every entry of '%1' must be a mapping")
                    .arg(where));
        for (const auto &e : n.entries()) {
            bool ok = false;
            for (const char *a : allowed) {
                if (e.key == a) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return error(e.value.line() ? e.value : n,
                             QStringLiteral("invalid Kustomization: unknown field \"%1\" in '%2'")
                                 .arg(QString::fromUtf8(e.key), where));
            }
        }
        return {};
    }

    Result<GeneratorOptions> options(const YamlNode &n, const QString &field) const
    {
        GeneratorOptions o;
        if (n.isNull())
            return o;
        if (auto s = checkFields(n, {"labels", "annotations", "disableNameSuffixHash", "immutable"},
                                 field);
            !s)
            return s.error();
        auto labels
            = stringMap(n.get("labels") ? *n.get("labels") : YamlNode(), field + u".labels");
        if (!labels)
            return labels.error();
        auto annotations = stringMap(n.get("annotations") ? *n.get("annotations") : YamlNode(),
                                     field + u".annotations");
        if (!annotations)
            return annotations.error();
        auto d = boolean(
            n.get("disableNameSuffixHash") ? *n.get("disableNameSuffixHash") : YamlNode(), field);
        if (!d)
            return d.error();
        auto im = boolean(n.get("immutable") ? *n.get("immutable") : YamlNode(), field);
        if (!im)
            return im.error();
        o.labels = *labels;
        o.annotations = *annotations;
        o.disableNameSuffixHash = *d;
        o.immutable = *im;
        return o;
    }

    Result<PatchTarget> target(const YamlNode &n) const
    {
        PatchTarget t;
        if (auto s = checkFields(n,
                                 {"group", "version", "kind", "name", "namespace", "labelSelector",
                                  "annotationSelector"},
                                 QStringLiteral("target"));
            !s)
            return s.error();
        struct F
        {
            const char *key;
            QByteArray *out;
        } fields[] = {{"group", &t.group},
                      {"version", &t.version},
                      {"kind", &t.kind},
                      {"name", &t.name},
                      {"namespace", &t.nameSpace},
                      {"labelSelector", &t.labelSelector},
                      {"annotationSelector", &t.annotationSelector}};
        for (const F &f : fields) {
            if (const YamlNode *v = n.get(f.key)) {
                auto s = string(*v, QStringLiteral("target.") + QLatin1String(f.key));
                if (!s)
                    return s.error();
                *f.out = *s;
            }
        }
        return t;
    }

    // Calls f(item) for every item of a list of mappings (nothing when the field is null), each
    // checked to hold only `allowed` fields; kustomize's error when the field is no list.
    template<typename F>
    Status eachEntry(const YamlNode &n, const QString &field,
                     std::initializer_list<const char *> allowed, F &&f) const
    {
        if (n.isNull())
            return {};
        if (!n.isSequence())
            return error(n,
                         QStringLiteral("invalid Kustomization: '%1' must be a list").arg(field));
        for (const YamlNode &i : n.items()) {
            if (auto s = checkFields(i, allowed, field); !s)
                return s;
            if (Status s = f(i); !s)
                return s;
        }
        return {};
    }

    Result<QList<PatchEntry>> patchList(const YamlNode &n, const QString &field,
                                        bool json6902) const
    {
        QList<PatchEntry> out;
        if (Status listed = eachEntry(
                n, field, {"path", "patch", "target", "options"},
                [&](const YamlNode &i) -> Status {
                    PatchEntry p;
                    p.line = i.line();
                    if (const YamlNode *v = i.get("path")) {
                        auto s = string(*v, field + u".path");
                        if (!s)
                            return s.error();
                        p.path = QString::fromUtf8(*s);
                    }
                    if (const YamlNode *v = i.get("patch")) {
                        auto s = string(*v, field + u".patch");
                        if (!s)
                            return s.error();
                        p.inlineText = *s;
                    }
                    if (p.path.isEmpty() && p.inlineText.isEmpty())
                        return error(
                            i,
                            QStringLiteral("must specify one of patch and path in %1").arg(field));
                    if (!p.path.isEmpty() && !p.inlineText.isEmpty())
                        return error(
                            i,
                            QStringLiteral("patch and path can't be set at the same time in %1")
                                .arg(field));
                    if (const YamlNode *v = i.get("target"); v && !v->isNull()) {
                        auto t = target(*v);
                        if (!t)
                            return t.error();
                        p.target = *t;
                        p.hasTarget = true;
                    }
                    if (const YamlNode *v = i.get("options"); v && !v->isNull()) {
                        if (auto s = checkFields(*v, {"allowNameChange", "allowKindChange"},
                                                 field + u".options");
                            !s)
                            return s.error();
                        auto a = boolean(v->get("allowNameChange") ? *v->get("allowNameChange")
                                                                   : YamlNode(),
                                         field);
                        auto b = boolean(v->get("allowKindChange") ? *v->get("allowKindChange")
                                                                   : YamlNode(),
                                         field);
                        if (!a)
                            return a.error();
                        if (!b)
                            return b.error();
                        p.allowNameChange = *a;
                        p.allowKindChange = *b;
                    }
                    if (json6902 && !p.hasTarget)
                        return error(i,
                                     QStringLiteral("must specify a target for JSON patch in %1")
                                         .arg(field));
                    out.append(p);
                    return {};
                });
            !listed)
            return listed.error();
        return out;
    }

    Result<QList<GeneratorEntry>> generators(const YamlNode &n, const QString &field,
                                             bool secret) const
    {
        QList<GeneratorEntry> out;
        auto read = [&](const YamlNode &i) -> Status {
            GeneratorEntry g;
            g.line = i.line();
            auto get = [&](const char *k) -> YamlNode {
                return i.get(k) ? *i.get(k) : YamlNode();
            };
            auto name = string(get("name"), field + u".name");
            auto ns = string(get("namespace"), field + u".namespace");
            auto behavior = string(get("behavior"), field + u".behavior");
            auto type = string(get("type"), field + u".type");
            for (auto *r : {&name, &ns, &behavior, &type}) {
                if (!*r)
                    return r->error();
            }
            g.name = *name;
            g.nameSpace = *ns;
            g.behavior = behavior->isEmpty() ? QByteArrayLiteral("create") : *behavior;
            g.type = *type;
            if (g.behavior != "create" && g.behavior != "merge" && g.behavior != "replace")
                return error(
                    i,
                    QStringLiteral("invalid behavior \"%1\" in %2: use create, merge or replace")
                        .arg(QString::fromUtf8(g.behavior), field));
            for (const char *k : {"literals", "files", "envs"}) {
                auto l = stringList(get(k), field + u'.' + QLatin1String(k));
                if (!l)
                    return l.error();
                QList<QByteArray> &dst = qstrcmp(k, "literals") == 0 ? g.literals
                    : qstrcmp(k, "files") == 0                       ? g.files
                                                                     : g.envs;
                for (const auto &p : *l)
                    dst.append(p.first);
            }
            if (i.get("env")) {
                auto e = string(get("env"), field + u".env");
                if (!e)
                    return e.error();
                if (!e->isEmpty())
                    g.envs.prepend(*e);
            }
            auto o = options(get("options"), field + u".options");
            if (!o)
                return o.error();
            g.options = *o;
            out.append(g);
            return {};
        };
        // A Secret generator may also name its type.
        const Status listed = secret ? eachEntry(n, field,
                                                 {"name", "namespace", "behavior", "literals",
                                                  "files", "envs", "env", "options", "type"},
                                                 read)
                                     : eachEntry(n, field,
                                                 {"name", "namespace", "behavior", "literals",
                                                  "files", "envs", "env", "options"},
                                                 read);
        if (!listed)
            return listed.error();
        return out;
    }

private:
    QString m_file;
};

// --- the top-level fields ------------------------------------------------------------------
// Each reader takes its field's value (a null node when the field is absent) and fills its part
// of the kustomization.
using FieldReader = Status (*)(const Parser &, const YamlNode &, Kustomization &);

Status readStringList(const Parser &p, const YamlNode &n, const char *key,
                      QList<std::pair<QByteArray, int>> &out)
{
    auto list = p.stringList(n, QLatin1String(key));
    if (!list)
        return list.error();
    out += *list;
    return {};
}

Status readString(const Parser &p, const YamlNode &n, const char *key, QByteArray &out)
{
    auto s = p.string(n, QLatin1String(key));
    if (!s)
        return s.error();
    out = *s;
    return {};
}

Status readStringMap(const Parser &p, const YamlNode &n, const char *key, StringPairs &out)
{
    auto map = p.stringMap(n, QLatin1String(key));
    if (!map)
        return map.error();
    out = *map;
    return {};
}

YamlNode valueOf(const YamlNode &map, const char *key)
{
    return map.get(key) ? *map.get(key) : YamlNode();
}

Status readLabels(const Parser &p, const YamlNode &l, Kustomization &k)
{
    return p.eachEntry(
        l, QStringLiteral("labels"), {"pairs", "includeSelectors", "includeTemplates", "fields"},
        [&](const YamlNode &i) -> Status {
            if (i.get("fields") && !i.get("fields")->isNull())
                return p.error(i,
                               QStringLiteral("'labels[].fields' (custom field specs) is not "
                                              "supported by Promenade's renderer yet"));
            LabelEntry entry;
            auto pairs = p.stringMap(valueOf(i, "pairs"), QStringLiteral("labels.pairs"));
            if (!pairs)
                return pairs.error();
            entry.pairs = *pairs;
            auto sel
                = p.boolean(valueOf(i, "includeSelectors"), QStringLiteral("includeSelectors"));
            auto tpl
                = p.boolean(valueOf(i, "includeTemplates"), QStringLiteral("includeTemplates"));
            if (!sel)
                return sel.error();
            if (!tpl)
                return tpl.error();
            entry.includeSelectors = *sel;
            entry.includeTemplates = *tpl;
            k.labels.append(entry);
            return {};
        });
}

// patchesStrategicMerge: each entry is a path or an inline patch.
Status readPatchesStrategicMerge(const Parser &p, const YamlNode &psm, Kustomization &k)
{
    if (psm.isNull())
        return {};
    auto list = p.stringList(psm, QStringLiteral("patchesStrategicMerge"));
    if (!list)
        return list.error();
    for (const auto &[text, line] : *list) {
        PatchEntry e;
        e.line = line;
        if (text.contains('\n') || text.trimmed().startsWith("apiVersion")
            || text.trimmed().startsWith("kind:") || text.trimmed().startsWith('{'))
            e.inlineText = text;
        else
            e.path = QString::fromUtf8(text);
        k.patchesStrategicMerge.append(e);
    }
    return {};
}

Status readPatches(const Parser &p, const YamlNode &n, const char *key, bool json6902,
                   QList<PatchEntry> &out)
{
    auto patches = p.patchList(n, QLatin1String(key), json6902);
    if (!patches)
        return patches.error();
    out = *patches;
    return {};
}

// images and (the older) imageTags.
Status readImages(const Parser &p, const YamlNode &imgs, const char *imagesKey, Kustomization &k)
{
    return p.eachEntry(
        imgs, QLatin1String(imagesKey), {"name", "newName", "newTag", "digest", "tagSuffix"},
        [&](const YamlNode &i) -> Status {
            ImageEntry img;
            img.line = i.line();
            for (auto [key, out] :
                 {std::pair {"name", &img.name}, std::pair {"newName", &img.newName},
                  std::pair {"newTag", &img.newTag}, std::pair {"digest", &img.digest},
                  std::pair {"tagSuffix", &img.tagSuffix}}) {
                if (const YamlNode *v = i.get(key)) {
                    auto s = p.string(*v, QStringLiteral("images.") + QLatin1String(key));
                    if (!s)
                        return s.error();
                    *out = *s;
                }
            }
            k.images.append(img);
            return {};
        });
}

Status readReplicas(const Parser &p, const YamlNode &reps, Kustomization &k)
{
    return p.eachEntry(
        reps, QStringLiteral("replicas"), {"name", "count"}, [&](const YamlNode &i) -> Status {
            ReplicaEntry r;
            r.line = i.line();
            auto name = p.string(valueOf(i, "name"), QStringLiteral("replicas.name"));
            if (!name)
                return name.error();
            r.name = *name;
            const YamlNode *count = i.get("count");
            if (!count || count->type() != YamlNode::Type::Int)
                return p.error(
                    count ? *count : i,
                    QStringLiteral("invalid Kustomization: 'replicas.count' must be an integer"));
            r.count = count->text();
            k.replicas.append(r);
            return {};
        });
}

Status readReplacements(const Parser &p, const YamlNode &reps, Kustomization &k)
{
    return p.eachEntry(
        reps, QStringLiteral("replacements"), {"path", "source", "targets"},
        [&](const YamlNode &i) -> Status {
            ReplacementEntry r;
            r.line = i.line();
            if (const YamlNode *path = i.get("path")) {
                auto s = p.string(*path, QStringLiteral("replacements.path"));
                if (!s)
                    return s.error();
                r.path = QString::fromUtf8(*s);
                if (i.get("source") || i.get("targets"))
                    return p.error(
                        i,
                        QStringLiteral("a replacement has either a path or a source and targets"));
            } else {
                r.inlineReplacement = i;
            }
            k.replacements.append(r);
            return {};
        });
}

Status readGenerators(const Parser &p, const YamlNode &n, const char *key, bool secret,
                      QList<GeneratorEntry> &out)
{
    auto generators = p.generators(n, QLatin1String(key), secret);
    if (!generators)
        return generators.error();
    out = *generators;
    return {};
}

Status readGeneratorOptions(const Parser &p, const YamlNode &n, Kustomization &k)
{
    auto options = p.options(n, QStringLiteral("generatorOptions"));
    if (!options)
        return options.error();
    k.generatorOptions = *options;
    return {};
}

Status readSortOptions(const Parser &p, const YamlNode &so, Kustomization &k)
{
    if (so.isNull())
        return {};
    if (auto s = p.checkFields(so, {"order", "legacySortOptions"}, QStringLiteral("sortOptions"));
        !s)
        return s.error();
    auto order = p.string(valueOf(so, "order"), QStringLiteral("sortOptions.order"));
    if (!order)
        return order.error();
    if (*order != "legacy" && *order != "fifo")
        return p.error(so, QStringLiteral("the sortOptions order must be legacy or fifo"));
    k.sortOrder = *order;
    const YamlNode *lso = so.get("legacySortOptions");
    if (!lso || lso->isNull())
        return {};
    if (auto s
        = p.checkFields(*lso, {"orderFirst", "orderLast"}, QStringLiteral("legacySortOptions"));
        !s)
        return s.error();
    k.hasLegacySortOptions = true;
    for (auto [key, out] :
         {std::pair {"orderFirst", &k.orderFirst}, std::pair {"orderLast", &k.orderLast}}) {
        auto l = p.stringList(valueOf(*lso, key), QLatin1String(key));
        if (!l)
            return l.error();
        for (const auto &x : *l)
            out->append(x.first);
    }
    return {};
}

const char *const helmRefusal
    = "'%1' is not supported: Promenade never runs Helm on repository content (inflate the "
      "chart into plain YAML and list that under resources)";
const char *const pluginRefusal = "'%1' is not supported: kustomize plugins run programs, and "
                                  "Promenade never executes repository content";
const char *const notYet = "'%1' is not supported by Promenade's renderer yet";

// Every top-level field kustomize (v5) accepts, in the order Promenade reads them: a reader,
// none (apiVersion, kind and metadata are read first, on their own), or the sentence that
// refuses a set value.
struct TopLevelField
{
    const char *name;
    FieldReader read = nullptr;
    const char *refusal = nullptr;
};

// clang-format off
const TopLevelField topLevelFields[] = {
    {"apiVersion"},
    {"kind"},
    {"metadata"},
    {"resources", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readStringList(p, n, "resources", k.resources); }},
    {"bases", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readStringList(p, n, "bases", k.resources); }},
    {"components", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readStringList(p, n, "components", k.components); }},
    {"namespace", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readString(p, n, "namespace", k.nameSpace); }},
    {"namePrefix", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readString(p, n, "namePrefix", k.namePrefix); }},
    {"nameSuffix", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readString(p, n, "nameSuffix", k.nameSuffix); }},
    {"commonLabels", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readStringMap(p, n, "commonLabels", k.commonLabels); }},
    {"commonAnnotations", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readStringMap(p, n, "commonAnnotations", k.commonAnnotations); }},
    {"labels", &readLabels},
    {"patchesStrategicMerge", &readPatchesStrategicMerge},
    {"patches", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readPatches(p, n, "patches", false, k.patches); }},
    {"patchesJson6902", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readPatches(p, n, "patchesJson6902", true, k.patchesJson6902); }},
    {"images", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readImages(p, n, "images", k); }},
    {"imageTags", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readImages(p, n, "imageTags", k); }},
    {"replicas", &readReplicas},
    {"replacements", &readReplacements},
    {"configMapGenerator", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readGenerators(p, n, "configMapGenerator", false, k.configMapGenerator); }},
    {"secretGenerator", [](const Parser &p, const YamlNode &n, Kustomization &k) {
         return readGenerators(p, n, "secretGenerator", true, k.secretGenerator); }},
    {"generatorOptions", &readGeneratorOptions},
    {"sortOptions", &readSortOptions},
    {"helmGlobals", nullptr, helmRefusal},
    {"helmCharts", nullptr, helmRefusal},
    {"helmChartInflationGenerator", nullptr, helmRefusal},
    {"generators", nullptr, pluginRefusal},
    {"transformers", nullptr, pluginRefusal},
    {"validators", nullptr, pluginRefusal},
    {"vars", nullptr, notYet},
    {"configurations", nullptr, notYet},
    {"crds", nullptr, notYet},
    {"openapi", nullptr, notYet},
    {"buildMetadata", nullptr, notYet},
};
// clang-format on

const TopLevelField *topLevelField(const QByteArray &name)
{
    for (const TopLevelField &f : topLevelFields) {
        if (name == f.name)
            return &f;
    }
    return nullptr;
}

// kind and apiVersion: strings, a known kind, the apiVersion that goes with it.
Status readKindAndApiVersion(const Parser &p, const YamlNode &root, Kustomization &k)
{
    auto kind = p.string(valueOf(root, "kind"), QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    auto apiVersion = p.string(valueOf(root, "apiVersion"), QStringLiteral("apiVersion"));
    if (!apiVersion)
        return apiVersion.error();
    if (!kind->isEmpty() && *kind != "Kustomization" && *kind != "Component")
        return p.error(*root.get("kind"),
                       QStringLiteral("kind should be Kustomization or Component"));
    k.isComponent = *kind == "Component";
    if (apiVersion->isEmpty())
        return {};
    const QByteArray expected
        = k.isComponent ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1";
    if (*apiVersion != expected)
        return p.error(*root.get("apiVersion"),
                       QStringLiteral("apiVersion for %1 should be %2")
                           .arg(QString::fromUtf8(k.isComponent ? "Component" : "Kustomization"),
                                QString::fromUtf8(expected)));
    return {};
}

// Canonicalizes the keys' case (as kustomize's JSON decoding does), then refuses an unknown
// field, or a set field Promenade does not run.
Status checkTopLevelFields(YamlNode &root, const QString &file)
{
    for (auto &e : root.entries()) {
        for (const TopLevelField &f : topLevelFields) {
            if (e.key != f.name && qstricmp(e.key.constData(), f.name) == 0 && !root.get(f.name)) {
                e.key = f.name;
                break;
            }
        }
    }
    for (const auto &e : root.entries()) {
        const TopLevelField *f = topLevelField(e.key);
        const int line = e.value.line() ? e.value.line() : root.line();
        if (!f) {
            return Error(Error::Kind::BadInput,
                         QStringLiteral("invalid Kustomization: unknown field \"%1\"")
                             .arg(QString::fromUtf8(e.key)))
                .at(file, line);
        }
        if (f->refusal && !e.value.isNull())
            return Error(Error::Kind::BadInput,
                         QString::fromLatin1(f->refusal).arg(QString::fromUtf8(e.key)))
                .at(file, line);
    }
    return {};
}

} // namespace

const QList<const char *> &Kustomization::knownFields()
{
    static const QList<const char *> known = [] {
        QList<const char *> names;
        for (const TopLevelField &f : topLevelFields)
            names.append(f.name);
        return names;
    }();
    return known;
}

Result<Kustomization> Kustomization::parse(const YamlNode &original, const QString &file)
{
    YamlNode root = original; // keys are canonicalized in this copy
    Parser p(file);
    Kustomization k;
    k.file = file;
    bool empty = !root.isMap();
    if (root.isMap()) {
        empty = true;
        for (const auto &e : root.entries()) {
            if (e.key != "apiVersion" && e.key != "kind")
                empty = false;
        }
    }
    if (root.isNull() || empty)
        return Error(Error::Kind::BadInput, QStringLiteral("the kustomization is empty"))
            .at(file, root.line());
    if (!root.isMap())
        return p.error(root, QStringLiteral("invalid Kustomization: the file must hold a mapping"));
    if (Status s = checkTopLevelFields(root, file); !s)
        return s.error();
    if (Status s = readKindAndApiVersion(p, root, k); !s)
        return s.error();
    for (const TopLevelField &f : topLevelFields) {
        if (!f.read)
            continue;
        if (Status s = f.read(p, valueOf(root, f.name), k); !s)
            return s.error();
    }
    return k;
}

} // namespace Promenade::Kustomize
