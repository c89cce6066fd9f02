#include "kustomizationmodel.h"

#include "kustomization.h"
#include "yamlnode.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Promenade::ImagePins {

using Kustomize::YamlNode;

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

using KM = KustomizationModel;

// The field tables: which kustomization field fills which part of the model, read in this
// order (the first error found is the one reported, as kustomize's decoding would).
struct ListField
{
    const char *key;
    QList<std::pair<QByteArray, int>> KM::*out;
};
const ListField listFields[]
    = {{"resources", &KM::resources}, {"bases", &KM::resources}, {"components", &KM::components}};

struct StringField
{
    const char *key;
    QByteArray KM::*out;
};
const StringField nameFields[] = {{"namespace", &KM::nameSpace},
                                  {"namePrefix", &KM::namePrefix},
                                  {"nameSuffix", &KM::nameSuffix}};

struct PatchListField
{
    const char *key;
    PatchEntry::Type type;
    QList<PatchEntry> KM::*out;
};
const PatchListField patchListFields[]
    = {{"patchesStrategicMerge", PatchEntry::Type::StrategicMerge, &KM::patchesStrategicMerge},
       {"patches", PatchEntry::Type::Detect, &KM::patches},
       {"patchesJson6902", PatchEntry::Type::Json6902, &KM::patchesJson6902}};

struct TargetField
{
    const char *key;
    QByteArray PatchTarget::*out;
};
const TargetField targetFields[] = {{"group", &PatchTarget::group},
                                    {"version", &PatchTarget::version},
                                    {"kind", &PatchTarget::kind},
                                    {"name", &PatchTarget::name},
                                    {"namespace", &PatchTarget::nameSpace},
                                    {"labelSelector", &PatchTarget::labelSelector},
                                    {"annotationSelector", &PatchTarget::annotationSelector}};

struct ImageField
{
    const char *key;
    QByteArray ImageEntry::*out;
    VersionPin ImageEntry::*pin;
};
const ImageField imageFields[] = {{"newName", &ImageEntry::newName, &ImageEntry::newNamePin},
                                  {"newTag", &ImageEntry::newTag, &ImageEntry::newTagPin},
                                  {"digest", &ImageEntry::digest, &ImageEntry::digestPin},
                                  {"tagSuffix", &ImageEntry::tagSuffix, &ImageEntry::tagSuffixPin}};

const YamlNode *field(const YamlNode &map, const char *key)
{
    if (const YamlNode *exact = map.get(key))
        return exact;
    // Go's JSON decoding (kustomize's) matches field names without regard to case.
    for (const auto &e : map.entries()) {
        if (qstricmp(e.key.constData(), key) == 0)
            return &e.value;
    }
    return nullptr;
}

// The first line of a block scalar's text: the line after its indicator (| or >); a flow
// scalar starts on its own line.
int textStartLine(const QByteArray &fileText, int scalarLine)
{
    if (scalarLine <= 0)
        return 0;
    qsizetype start = 0;
    for (int l = 1; l < scalarLine && start >= 0; ++l) {
        start = fileText.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return scalarLine;
    qsizetype end = fileText.indexOf('\n', start);
    const QByteArray line = fileText.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression block(
        QStringLiteral("(?:^|[:\\-\\s])\\s*[|>][-+0-9]*\\s*(?:#.*)?$"));
    return block.match(QString::fromUtf8(line)).hasMatch() ? scalarLine + 1 : scalarLine;
}

// Reads the fields of one kustomization's root mapping into a model.
class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &file, const YamlNode &root)
        : m_bytes(bytes)
        , m_file(file)
        , m_root(root)
    { }

    Result<KustomizationModel> parse();

private:
    Error error(const YamlNode &at, const QString &message) const
    {
        return Error(Error::Kind::BadInput, message).at(m_file, at.line());
    }
    Status checkKnownFields() const;
    Result<QByteArray> string(const YamlNode *n, const QString &name) const;
    // Calls f(item, list) for every item of the list a field holds (nothing when the field is
    // absent or null); kustomize's error when it holds something else, or f's first error.
    template<typename F>
    Status eachItem(const char *key, F &&f) const
    {
        const YamlNode *n = field(m_root, key);
        if (!n || n->isNull())
            return {};
        if (!n->isSequence())
            return error(
                *n, Tr::tr("invalid Kustomization: '%1' must be a list").arg(QLatin1String(key)));
        for (const YamlNode &i : n->items()) {
            if (Status s = f(i, *n); !s)
                return s;
        }
        return {};
    }
    Status stringList(const char *key, QList<std::pair<QByteArray, int>> &out) const;
    Status stringMap(const YamlNode *n, const QString &name,
                     QList<std::pair<QByteArray, QByteArray>> &out) const;
    Status labelsAndAnnotations(KustomizationModel &k) const;
    Status patchList(const PatchListField &list, QList<PatchEntry> &out) const;
    Result<PatchEntry> patchEntry(const YamlNode &item, const char *key, PatchEntry p) const;
    Status imageList(const char *key, const QString &file, QList<ImageEntry> &out) const;
    Result<ImageEntry> imageEntry(const YamlNode &item, const QString &file) const;
    QStringList warnings(const QString &file) const;

    const QByteArray &m_bytes;
    const QString m_file;
    const YamlNode &m_root;
};

Status Parser::checkKnownFields() const
{
    const auto &known = Kustomize::Kustomization::knownFields();
    for (const auto &e : m_root.entries()) {
        const bool ok = std::any_of(known.cbegin(), known.cend(), [&](const char *kk) {
            return qstricmp(e.key.constData(), kk) == 0;
        });
        if (!ok)
            return error(e.value.line() ? e.value : m_root,
                         Tr::tr("invalid Kustomization: json: unknown field \"%1\"")
                             .arg(QString::fromUtf8(e.key)));
    }
    return {};
}

Result<QByteArray> Parser::string(const YamlNode *n, const QString &name) const
{
    if (!n || n->isNull())
        return QByteArray();
    if (!n->isString())
        return error(
            *n,
            Tr::tr("invalid Kustomization: json: cannot unmarshal %1 into field %2 of type "
                   "string")
                .arg(n->isMap()                              ? QStringLiteral("object")
                         : n->isSequence()                   ? QStringLiteral("array")
                         : n->type() == YamlNode::Type::Bool ? QStringLiteral("bool")
                                                             : QStringLiteral("number"),
                     name));
    return n->text();
}

Status Parser::stringList(const char *key, QList<std::pair<QByteArray, int>> &out) const
{
    return eachItem(key, [&](const YamlNode &i, const YamlNode &list) -> Status {
        auto s = string(&i, QLatin1String(key));
        if (!s)
            return s.error();
        out.append({*s, i.line() ? i.line() : list.line()});
        return {};
    });
}

Status Parser::stringMap(const YamlNode *n, const QString &name,
                         QList<std::pair<QByteArray, QByteArray>> &out) const
{
    if (!n || n->isNull())
        return {};
    if (!n->isMap())
        return error(*n, Tr::tr("invalid Kustomization: '%1' must be a mapping").arg(name));
    for (const auto &e : n->entries()) {
        auto s = string(&e.value, name + u'.' + QString::fromUtf8(e.key));
        if (!s)
            return s.error();
        out.append({e.key, *s});
    }
    return {};
}

Status Parser::labelsAndAnnotations(KustomizationModel &k) const
{
    if (auto s = stringMap(field(m_root, "commonLabels"), QStringLiteral("commonLabels"), k.labels);
        !s)
        return s;
    if (const YamlNode *labels = field(m_root, "labels"); labels && labels->isSequence()) {
        for (const YamlNode &i : labels->items()) {
            if (!i.isMap())
                continue;
            if (auto s = stringMap(field(i, "pairs"), QStringLiteral("labels.pairs"), k.labels); !s)
                return s;
        }
    }
    return stringMap(field(m_root, "commonAnnotations"), QStringLiteral("commonAnnotations"),
                     k.annotations);
}

// Patches: a path or inline text, and an optional target.
Status Parser::patchList(const PatchListField &list, QList<PatchEntry> &out) const
{
    return eachItem(list.key, [&](const YamlNode &i, const YamlNode &items) -> Status {
        PatchEntry p;
        p.type = list.type;
        p.line = i.line() ? i.line() : items.line();
        auto entry = patchEntry(i, list.key, p);
        if (!entry)
            return entry.error();
        out.append(*entry);
        return {};
    });
}

Result<PatchEntry> Parser::patchEntry(const YamlNode &i, const char *key, PatchEntry p) const
{
    if (i.isString()) { // patchesStrategicMerge: a path or an inline patch
        const QByteArray text = i.text();
        if (text.contains('\n') || text.trimmed().startsWith("apiVersion")
            || text.trimmed().startsWith("kind:") || text.trimmed().startsWith('{')) {
            p.text = text;
            p.textLine = textStartLine(m_bytes, i.line());
        } else {
            p.path = QString::fromUtf8(text);
        }
        return p;
    }
    if (!i.isMap())
        return error(i,
                     Tr::tr("invalid Kustomization: every entry of '%1' must be a mapping")
                         .arg(QLatin1String(key)));
    auto path = string(field(i, "path"), QStringLiteral("path"));
    if (!path)
        return path.error();
    auto text = string(field(i, "patch"), QStringLiteral("patch"));
    if (!text)
        return text.error();
    p.path = QString::fromUtf8(*path);
    p.text = *text;
    if (!p.text.isEmpty())
        p.textLine = textStartLine(m_bytes, field(i, "patch")->line());
    if (p.path.isEmpty() && p.text.isEmpty())
        return error(i, Tr::tr("must specify one of patch and path in %1").arg(QLatin1String(key)));
    if (!p.path.isEmpty() && !p.text.isEmpty())
        return error(
            i,
            Tr::tr("patch and path can't be set at the same time in %1").arg(QLatin1String(key)));
    if (const YamlNode *t = field(i, "target"); t && t->isMap()) {
        p.hasTarget = true;
        for (const TargetField &f : targetFields) {
            auto s = string(field(*t, f.key), QStringLiteral("target.") + QLatin1String(f.key));
            if (!s)
                return s.error();
            p.target.*f.out = *s;
        }
    }
    if (p.type == PatchEntry::Type::Json6902 && !p.hasTarget)
        return error(i,
                     Tr::tr("must specify a target for JSON patch in %1").arg(QLatin1String(key)));
    return p;
}

Status Parser::imageList(const char *key, const QString &file, QList<ImageEntry> &out) const
{
    return eachItem(key, [&](const YamlNode &i, const YamlNode &) -> Status {
        auto image = imageEntry(i, file);
        if (!image)
            return image.error();
        out.append(*image);
        return {};
    });
}

Result<ImageEntry> Parser::imageEntry(const YamlNode &i, const QString &file) const
{
    if (!i.isMap())
        return error(i, Tr::tr("invalid Kustomization: every entry of 'images' must be a mapping"));
    ImageEntry img;
    auto name = string(field(i, "name"), QStringLiteral("images.name"));
    if (!name)
        return name.error();
    img.name = *name;
    for (const ImageField &f : imageFields) {
        const YamlNode *v = field(i, f.key);
        auto s = string(v, QStringLiteral("images.") + QLatin1String(f.key));
        if (!s)
            return s.error();
        img.*f.out = *s;
        if (v) {
            VersionPin &pin = img.*f.pin;
            pin.kind = VersionPin::Kind::KustomizeImages;
            pin.file = file;
            pin.line = v->line() ? v->line() : i.line();
            pin.key = QStringLiteral("images[name=%1].%2")
                          .arg(QString::fromUtf8(img.name), QLatin1String(f.key));
        }
    }
    return img;
}

// What the walk cannot follow: said, so that a missing image is explained.
QStringList Parser::warnings(const QString &file) const
{
    QStringList out;
    for (const char *key : {"helmCharts", "helmChartInflationGenerator"}) {
        if (const YamlNode *n = field(m_root, key); n && !n->isNull())
            out << Tr::tr("%1: the images of Helm charts inflated by kustomize (%2) "
                          "are not listed")
                       .arg(file, QLatin1String(key));
    }
    for (const char *key : {"generators", "transformers"}) {
        if (const YamlNode *n = field(m_root, key); n && !n->isNull())
            out << Tr::tr("%1: kustomize plugins (%2) are not run: images they set "
                          "are not seen")
                       .arg(file, QLatin1String(key));
    }
    return out;
}

Result<KustomizationModel> Parser::parse()
{
    KustomizationModel k;
    k.file = m_file;
    if (auto s = checkKnownFields(); !s)
        return s.error();
    auto kind = string(field(m_root, "kind"), QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    if (!kind->isEmpty() && *kind != "Kustomization" && *kind != "Component")
        return error(*field(m_root, "kind"), Tr::tr("kind should be Kustomization or Component"));
    k.isComponent = *kind == "Component";

    for (const ListField &f : listFields) {
        if (auto s = stringList(f.key, k.*f.out); !s)
            return s.error();
    }
    for (const StringField &f : nameFields) {
        auto s = string(field(m_root, f.key), QLatin1String(f.key));
        if (!s)
            return s.error();
        k.*f.out = *s;
    }
    if (auto s = labelsAndAnnotations(k); !s)
        return s.error();
    for (const PatchListField &f : patchListFields) {
        if (auto s = patchList(f, k.*f.out); !s)
            return s.error();
    }
    for (const char *key : {"images", "imageTags"}) {
        if (auto s = imageList(key, k.file, k.images); !s)
            return s.error();
    }
    k.warnings = warnings(k.file);
    return k;
}

} // namespace

Result<KustomizationModel> KustomizationModel::parse(const QByteArray &bytes, const QString &file)
{
    auto docs = Kustomize::YamlReader::parseAll(bytes, file);
    if (!docs)
        return Error(Error::Kind::BadInput,
                     Tr::tr("invalid Kustomization: %1").arg(docs.error().message()))
            .at(file, docs.error().line());
    if (docs->isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("the kustomization is empty")).at(file, 1);
    if (docs->size() > 1)
        return Error(Error::Kind::BadInput,
                     Tr::tr("a kustomization file must hold one YAML document"))
            .at(file, docs->at(1).line());
    const YamlNode &root = docs->first();
    if (!root.isMap())
        return Error(Error::Kind::BadInput,
                     Tr::tr("invalid Kustomization: the file must hold a mapping"))
            .at(file, root.line());
    return Parser(bytes, file, root).parse();
}

} // namespace Promenade::ImagePins
