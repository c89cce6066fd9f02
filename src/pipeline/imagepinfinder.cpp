#include "imagepinfinder.h"

#include "jsonpatch.h"
#include "kustomization.h"
#include "labelselector.h"
#include "resource.h"
#include "strategicmerge.h"
#include "yamlnode.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>
#include <vector>

namespace Promenade {

using Kustomize::YamlNode;

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

constexpr qint64 maxFileSize = 8 * 1024 * 1024;

// Every image scalar the walk has accounted for carries, instead of its source line, a negative
// number naming its pin in the pin table (-1 is pin 0): after a patch, a non-negative line is an
// image the patch wrote. Each container map carries a hidden key naming its slot (the base
// repository it started with), which strategic merges keep and whole-container replacements lose.
const QByteArray &slotKey()
{
    static const QByteArray key("\x1f"
                                "promenade-slot");
    return key;
}

bool isWithin(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir + u'/');
}

bool isRemote(const QByteArray &path)
{
    // Most paths are plain relative ones: only those that could be a URL pay for the expression.
    if (!path.contains("://") && !path.startsWith("git") && !path.contains("?ref=")
        && !path.contains(".git") && !path.startsWith("bitbucket.org/") && !path.startsWith("ssh:"))
        return false;
    static const QRegularExpression re(
        QStringLiteral("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|git@|git::|github\\.com/|gitlab\\.com/"
                       "|bitbucket\\.org/|ssh:)|\\?ref=|\\.git(?:/|$|//)"));
    return re.match(QString::fromUtf8(path)).hasMatch();
}

// kustomize's image.Split: name, tag and digest of a reference; a ':' before the first '/' is
// a registry port, not a tag.
struct ImageRef
{
    QString name, tag, digest;
};

ImageRef splitImage(const QString &image)
{
    const qsizetype slash = image.indexOf(u'/');
    const qsizetype from = slash > 0 ? slash : 0;
    const qsizetype at = image.indexOf(u'@', from);
    const qsizetype colon = image.indexOf(u':', from);
    if (at < 0 && colon < 0)
        return {image, {}, {}};
    if (at >= 0 && (colon < 0 || at < colon))
        return {image.left(at), {}, image.mid(at + 1)};
    if (at >= 0)
        return {image.left(colon), image.mid(colon + 1, at - colon - 1), image.mid(at + 1)};
    return {image.left(colon), image.mid(colon + 1), {}};
}

QString joinImage(const QString &name, const QString &tag, const QString &digest)
{
    QString out = name;
    if (!tag.isEmpty())
        out += u':' + tag;
    if (!digest.isEmpty())
        out += u'@' + digest;
    return out;
}

struct PatchTarget
{
    QByteArray group, version, kind, name, nameSpace, labelSelector, annotationSelector;
};

struct PatchEntry
{
    enum class Type { Detect, StrategicMerge, Json6902 };
    Type type = Type::Detect;
    QString path; // relative to the kustomization's folder, or empty
    QByteArray text; // the inline patch
    int textLine = 0; // the kustomization line of the inline text's first line
    int line = 0; // the entry's line
    bool hasTarget = false;
    PatchTarget target;
};

// One `images:` entry, with where each of its fields is written (or the override that set it).
struct ImageEntry
{
    QByteArray name, newName, newTag, digest, tagSuffix;
    VersionPin newNamePin, newTagPin, digestPin, tagSuffixPin;
};

// The parts of a kustomization the walk uses.
struct KustomizationModel
{
    QString file; // repository-relative
    bool isComponent = false;
    QList<std::pair<QByteArray, int>> resources; // resources then bases
    QList<std::pair<QByteArray, int>> components;
    QByteArray nameSpace, namePrefix, nameSuffix;
    QList<std::pair<QByteArray, QByteArray>> labels, annotations;
    QList<PatchEntry> patchesStrategicMerge, patches, patchesJson6902;
    QList<ImageEntry> images;
    QStringList warnings;
};

// A resource of a layer. Its document is shared with the cached base it came from until this
// layer changes it (a patch, an images: entry): copying a base costs no deep copy.
struct Res
{
    std::shared_ptr<YamlNode> doc;
    YamlNode &edit()
    {
        if (doc.use_count() > 1)
            doc = std::make_shared<YamlNode>(*doc);
        return *doc;
    }
    // Labels and annotations layers added (for later patch selectors), not written to doc.
    QList<std::pair<QByteArray, QByteArray>> addedLabels, addedAnnotations;
    QByteArray group, version, kind;
    QByteArray originalName, name, originalNamespace, nameSpace;
    bool hasContainers = false;
};

struct Layer
{
    QList<Res> resources;
    QStringList files;
    QStringList warnings;
};

struct Slot
{
    QString baseRepository;
};

struct Resolved
{
    QString path; // canonical
    bool isDir = false;
};

template<typename T>
struct Cached
{
    bool ok = false;
    T value;
    Error error;
};

} // namespace

struct ImagePinFinder::Cache::Private
{
    QString root; // canonical
    QHash<QString, Cached<QList<YamlNode>>> documents;
    QHash<QString, Cached<KustomizationModel>> kustomizations;
    QHash<QString, Cached<Layer>> layers;
    QHash<QString, Cached<Resolved>> resolved; // absolute path -> canonical, checked
    QHash<QString, QString> kustomizationFiles; // folder -> its kustomization file or ""
    QHash<QByteArray, QRegularExpression> regexes;
    std::vector<VersionPin> pins;
    std::vector<Slot> slots;
};

ImagePinFinder::Cache::Cache()
    : d(std::make_unique<Private>())
{ }

ImagePinFinder::Cache::~Cache() = default;

void ImagePinFinder::Cache::clear()
{
    *d = Private();
}

namespace {

using CacheData = ImagePinFinder::Cache::Private;

// One walk over a source: resolves paths, reads and parses files through the cache, builds
// layers, and tracks pins.
class Walk
{
public:
    Walk(CacheData &cache, const ImagePinFinder::Options &options)
        : m_cache(cache)
        , m_options(options)
    { }

    QString relative(const QString &absolute) const
    {
        if (absolute == m_cache.root)
            return QString();
        return absolute.mid(m_cache.root.size() + 1);
    }

    // The one place repository files are read: a regular file inside the root, at most
    // maxFileSize bytes. (To be replaced by the common safe reader.)
    // Parsed files are cached (documents()), the bytes are not: each file is read once.
    Result<QByteArray> readFile(const QString &canonical)
    {
        Cached<QByteArray> entry;
        const QFileInfo info(canonical);
        QFile file(canonical);
        if (!isWithin(canonical, m_cache.root)) {
            entry.error = Error(Error::Kind::Refused, Tr::tr("the file is outside the repository"))
                              .at(canonical);
        } else if (!info.isFile()) {
            entry.error = Error(Error::Kind::BadInput, Tr::tr("not a regular file"))
                              .at(relative(canonical));
        } else if (info.size() > maxFileSize) {
            entry.error = Error(Error::Kind::BadInput,
                                Tr::tr("the file is larger than %1 MiB").arg(maxFileSize >> 20))
                              .at(relative(canonical));
        } else if (!file.open(QIODevice::ReadOnly)) {
            entry.error = Error(Error::Kind::Failed,
                                Tr::tr("cannot read the file: %1").arg(file.errorString()))
                              .at(relative(canonical));
        } else {
            entry.value = file.read(maxFileSize + 1);
            entry.ok = entry.value.size() <= maxFileSize;
            if (!entry.ok)
                entry.error = Error(Error::Kind::BadInput,
                                    Tr::tr("the file is larger than %1 MiB").arg(maxFileSize >> 20))
                                  .at(relative(canonical));
        }
        return entry.ok ? Result<QByteArray>(entry.value) : Result<QByteArray>(entry.error);
    }

    Result<QList<YamlNode>> documents(const QString &canonical)
    {
        auto it = m_cache.documents.constFind(canonical);
        if (it != m_cache.documents.constEnd())
            return it->ok ? Result<QList<YamlNode>>(it->value) : Result<QList<YamlNode>>(it->error);
        Cached<QList<YamlNode>> entry;
        auto bytes = readFile(canonical);
        if (!bytes) {
            entry.error = bytes.error();
        } else {
            auto docs = Kustomize::YamlReader::parseAll(*bytes, relative(canonical));
            entry.ok = docs.hasValue();
            if (docs)
                entry.value = *docs;
            else
                entry.error = docs.error();
        }
        m_cache.documents.insert(canonical, entry);
        return entry.ok ? Result<QList<YamlNode>>(entry.value)
                        : Result<QList<YamlNode>>(entry.error);
    }

    // A path named in a kustomization (or a source), made absolute, checked to stay in the
    // repository (symbolic links resolved) and to exist. Errors are plain messages; the caller
    // adds kustomize's context and the place.
    Result<Resolved> resolve(const QString &dir, const QString &relativePath)
    {
        const QString absolute = QDir::cleanPath(QDir(dir).absoluteFilePath(relativePath));
        auto it = m_cache.resolved.constFind(absolute);
        if (it != m_cache.resolved.constEnd())
            return it->ok ? Result<Resolved>(it->value) : Result<Resolved>(it->error);
        Cached<Resolved> entry;
        auto r = resolveUncached(absolute);
        entry.ok = r.hasValue();
        if (r)
            entry.value = *r;
        else
            entry.error = r.error();
        m_cache.resolved.insert(absolute, entry);
        return r;
    }

    Result<Resolved> resolveUncached(const QString &absolute)
    {
        if (!isWithin(absolute, m_cache.root))
            return Error(Error::Kind::Refused, Tr::tr("the path leaves the repository"));
        const QFileInfo info(absolute);
        if (!info.exists())
            return Error(Error::Kind::NotFound, Tr::tr("no such file or directory"));
        const QString canonical = info.canonicalFilePath();
        if (!isWithin(canonical, m_cache.root))
            return Error(Error::Kind::Refused,
                         Tr::tr("the path leads out of the repository through a symbolic link"));
        const QFileInfo target(canonical);
        if (!target.isDir() && !target.isFile())
            return Error(Error::Kind::BadInput, Tr::tr("not a regular file or folder"));
        return Resolved {canonical, target.isDir()};
    }

    QString findKustomization(const QString &dir)
    {
        auto it = m_cache.kustomizationFiles.constFind(dir);
        if (it != m_cache.kustomizationFiles.constEnd())
            return *it;
        const QString found = findKustomizationUncached(dir);
        m_cache.kustomizationFiles.insert(dir, found);
        return found;
    }

    static QString findKustomizationUncached(const QString &dir)
    {
        for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
            const QString path = dir + u'/' + QLatin1String(name);
            if (QFileInfo(path).isFile())
                return path;
        }
        return QString();
    }

    Result<KustomizationModel> kustomization(const QString &dir);

    // The resources a folder holding a kustomization builds to (transformers applied).
    Result<Layer> build(const QString &dir, const QList<ImageEntry> *overrides, QStringList &stack);
    // The resources of a folder without a kustomization (an Argo CD directory app).
    Result<Layer> buildDirectory(const QString &dir);

    Status accumulate(Layer &layer, const KustomizationModel &k, const QString &dir,
                      QStringList &stack);
    Status addFile(Layer &layer, const QString &canonical, bool lenient);
    void addDocument(Layer &layer, const YamlNode &doc);
    Status applyPatch(Layer &layer, const KustomizationModel &k, const QString &dir,
                      const PatchEntry &patch);
    void applyImages(Layer &layer, const QList<ImageEntry> &images);

    // After a resource arrives or a patch changed it: gives every new image its pin and every
    // new container its slot. previous: the slots the resource's containers had before.
    void settle(Res &res, VersionPin::Kind kind, const QString &file, int lineOffset,
                const QHash<QByteArray, int> &previous = {});
    QHash<QByteArray, int> slotsOf(const Res &res) const;

    const QRegularExpression &regex(const QByteArray &pattern, bool imageName);
    bool selected(const Res &res, const PatchTarget &target, Status *error);

    int addPin(const VersionPin &pin)
    {
        m_cache.pins.push_back(pin);
        return int(m_cache.pins.size()) - 1;
    }

private:
    CacheData &m_cache;
    const ImagePinFinder::Options &m_options;
};

// Calls f(container, listKey, pathSegments) for every container map in a document, wherever
// a containers/initContainers/ephemeralContainers list sits. Path segments are kept as a stack
// so that a field path is only spelled out when a pin needs it.
struct PathSegment
{
    const QByteArray *key = nullptr; // a map key, or null for a list item
    int index = 0;
    const YamlNode *item = nullptr; // the container map, for containers[name=...]
};

QString spellPath(const std::vector<PathSegment> &path)
{
    QString out;
    for (size_t i = 0; i < path.size(); ++i) {
        const PathSegment &s = path[i];
        if (s.key) {
            if (!out.isEmpty())
                out += u'.';
            out += QString::fromUtf8(*s.key);
        } else if (s.item && s.item->isMap() && s.item->get("name")) {
            out += QStringLiteral("[name=%1]").arg(QString::fromUtf8(s.item->get("name")->text()));
        } else {
            out += QStringLiteral("[%1]").arg(s.index);
        }
    }
    return out;
}

enum class ListKind { Containers, InitContainers, EphemeralContainers };

template<typename Node, typename F>
void forEachContainer(Node &node, std::vector<PathSegment> &path, F &&f)
{
    if (node.isMap()) {
        for (auto &e : node.entries()) {
            if (!e.value.isMap() && !e.value.isSequence())
                continue;
            path.push_back({&e.key, 0, nullptr});
            const bool containers = e.key == "containers";
            const bool init = e.key == "initContainers";
            const bool ephemeral = e.key == "ephemeralContainers";
            if ((containers || init || ephemeral) && e.value.isSequence()) {
                const ListKind kind = containers ? ListKind::Containers
                    : init                       ? ListKind::InitContainers
                                                 : ListKind::EphemeralContainers;
                int i = 0;
                for (auto &item : e.value.items()) {
                    if (item.isMap()) {
                        path.push_back({nullptr, i, &item});
                        f(item, kind, e.key, path);
                        path.pop_back();
                    }
                    ++i;
                }
            } else {
                forEachContainer(e.value, path, f);
            }
            path.pop_back();
        }
    } else if (node.isSequence()) {
        int i = 0;
        for (auto &item : node.items()) {
            if (item.isMap() || item.isSequence()) {
                path.push_back({nullptr, i, nullptr});
                forEachContainer(item, path, f);
                path.pop_back();
            }
            ++i;
        }
    }
}

QByteArray containerName(const YamlNode &container)
{
    const YamlNode *name = container.get("name");
    return name && name->isScalar() ? name->text() : QByteArray();
}

void Walk::settle(Res &res, VersionPin::Kind kind, const QString &file, int lineOffset,
                  const QHash<QByteArray, int> &previous)
{
    std::vector<PathSegment> path;
    bool any = false;
    forEachContainer(
        res.edit(), path,
        [&](YamlNode &container, ListKind, const QByteArray &listKey,
            const std::vector<PathSegment> &at) {
            any = true;
            YamlNode *image = container.get("image");
            if (!image || !image->isScalar())
                return;
            if (image->line() >= 0) {
                VersionPin pin;
                pin.kind = kind;
                pin.file = file;
                pin.line = image->line() > 0 ? image->line() + lineOffset : 0;
                pin.key = spellPath(at) + QStringLiteral(".image");
                image->setLine(-addPin(pin) - 1);
            }
            if (!container.get(slotKey())) {
                int slot = previous.value(listKey + '\0' + containerName(container), -1);
                if (slot < 0) {
                    m_cache.slots.push_back({splitImage(QString::fromUtf8(image->text())).name});
                    slot = int(m_cache.slots.size()) - 1;
                }
                container.set(slotKey(), YamlNode::integer(slot));
            }
        });
    res.hasContainers = any;
}

QHash<QByteArray, int> Walk::slotsOf(const Res &res) const
{
    QHash<QByteArray, int> out;
    if (!res.hasContainers)
        return out;
    std::vector<PathSegment> path;
    forEachContainer(std::as_const(*res.doc), path,
                     [&](const YamlNode &container, ListKind, const QByteArray &listKey,
                         const std::vector<PathSegment> &) {
                         if (const YamlNode *slot = container.get(slotKey()))
                             out.insert(listKey + '\0' + containerName(container),
                                        slot->text().toInt());
                     });
    return out;
}

const QRegularExpression &Walk::regex(const QByteArray &pattern, bool imageName)
{
    const QByteArray key = (imageName ? "i:" : "t:") + pattern;
    auto it = m_cache.regexes.find(key);
    if (it == m_cache.regexes.end()) {
        // kustomize inserts an images: name into its expression as written (so "." matches any
        // character), and anchors patch target fields as ^(?:...)$.
        const QString p = imageName
            ? QStringLiteral("^") + QString::fromUtf8(pattern)
                + QStringLiteral("(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$")
            : QStringLiteral("^(?:") + QString::fromUtf8(pattern) + QStringLiteral(")$");
        it = m_cache.regexes.insert(key, QRegularExpression(p));
    }
    return *it;
}

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'{' || c == u'}' || c == u'-';
}

// kustomize's image name match without a regular expression, for names holding no expression
// syntax but '.' (taken literally: an image repository never differs from a name only there):
// the name, then an optional ":tag" and an optional "@algorithm:digest".
bool matchesLiteralImageName(const QString &value, const QString &name)
{
    if (!value.startsWith(name))
        return false;
    qsizetype i = name.size();
    if (i < value.size() && value.at(i) == u':') {
        for (++i; i < value.size() && isTagCharacter(value.at(i)); ++i) { }
    }
    if (i < value.size() && value.at(i) == u'@') {
        ++i;
        if (i >= value.size() || !value.at(i).isLetter())
            return false;
        for (; i < value.size() && value.at(i).isLetterOrNumber(); ++i) { }
        if (i >= value.size() || value.at(i) != u':')
            return false;
        for (++i; i < value.size() && isTagCharacter(value.at(i)); ++i) { }
    }
    return i == value.size();
}

bool isLiteralImageName(const QByteArray &name)
{
    for (char c : name) {
        if (!(std::isalnum(uchar(c)) || c == '.' || c == '/' || c == ':' || c == '-' || c == '_'))
            return false;
    }
    return true;
}

// ----- kustomization files ---------------------------------------------------------------------

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

Error kustomizationError(const QString &file, const YamlNode &at, const QString &message)
{
    return Error(Error::Kind::BadInput, message).at(file, at.line());
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

Result<KustomizationModel> Walk::kustomization(const QString &dir)
{
    auto it = m_cache.kustomizations.constFind(dir);
    if (it != m_cache.kustomizations.constEnd())
        return it->ok ? Result<KustomizationModel>(it->value)
                      : Result<KustomizationModel>(it->error);

    auto parse = [&]() -> Result<KustomizationModel> {
        const QString path = findKustomization(dir);
        if (path.isEmpty())
            return Error(Error::Kind::NotFound,
                         Tr::tr("unable to find one of 'kustomization.yaml', 'kustomization.yml' "
                                "or 'Kustomization' in directory '%1'")
                             .arg(relative(dir)))
                .at(relative(dir));
        KustomizationModel k;
        k.file = relative(path);
        auto bytes = readFile(path);
        if (!bytes)
            return bytes.error();
        auto docs = Kustomize::YamlReader::parseAll(*bytes, k.file);
        if (!docs)
            return Error(Error::Kind::BadInput,
                         Tr::tr("invalid Kustomization: %1").arg(docs.error().message()))
                .at(k.file, docs.error().line());
        if (docs->isEmpty())
            return Error(Error::Kind::BadInput, Tr::tr("the kustomization is empty")).at(k.file, 1);
        if (docs->size() > 1)
            return Error(Error::Kind::BadInput,
                         Tr::tr("a kustomization file must hold one YAML document"))
                .at(k.file, docs->at(1).line());
        const YamlNode &root = docs->first();
        if (!root.isMap())
            return kustomizationError(
                k.file, root, Tr::tr("invalid Kustomization: the file must hold a mapping"));

        for (const auto &e : root.entries()) {
            const auto &known = Kustomize::Kustomization::knownFields();
            const bool ok = std::any_of(known.cbegin(), known.cend(), [&](const char *kk) {
                return qstricmp(e.key.constData(), kk) == 0;
            });
            if (!ok)
                return kustomizationError(
                    k.file, e.value.line() ? e.value : root,
                    Tr::tr("invalid Kustomization: json: unknown field \"%1\"")
                        .arg(QString::fromUtf8(e.key)));
        }
        auto string = [&](const YamlNode *n, const QString &name) -> Result<QByteArray> {
            if (!n || n->isNull())
                return QByteArray();
            if (!n->isString())
                return kustomizationError(
                    k.file, *n,
                    Tr::tr("invalid Kustomization: json: cannot unmarshal %1 into field %2 of type "
                           "string")
                        .arg(n->isMap()                              ? QStringLiteral("object")
                                 : n->isSequence()                   ? QStringLiteral("array")
                                 : n->type() == YamlNode::Type::Bool ? QStringLiteral("bool")
                                                                     : QStringLiteral("number"),
                             name));
            return n->text();
        };
        auto stringList = [&](const char *key, QList<std::pair<QByteArray, int>> &out) -> Status {
            const YamlNode *n = field(root, key);
            if (!n || n->isNull())
                return {};
            if (!n->isSequence())
                return kustomizationError(
                    k.file, *n,
                    Tr::tr("invalid Kustomization: '%1' must be a list").arg(QLatin1String(key)));
            for (const YamlNode &i : n->items()) {
                auto s = string(&i, QLatin1String(key));
                if (!s)
                    return s.error();
                out.append({*s, i.line() ? i.line() : n->line()});
            }
            return {};
        };
        auto stringMap = [&](const YamlNode *n, const QString &name,
                             QList<std::pair<QByteArray, QByteArray>> &out) -> Status {
            if (!n || n->isNull())
                return {};
            if (!n->isMap())
                return kustomizationError(
                    k.file, *n, Tr::tr("invalid Kustomization: '%1' must be a mapping").arg(name));
            for (const auto &e : n->entries()) {
                auto s = string(&e.value, name + u'.' + QString::fromUtf8(e.key));
                if (!s)
                    return s.error();
                out.append({e.key, *s});
            }
            return {};
        };

        auto kind = string(field(root, "kind"), QStringLiteral("kind"));
        if (!kind)
            return kind.error();
        if (!kind->isEmpty() && *kind != "Kustomization" && *kind != "Component")
            return kustomizationError(k.file, *field(root, "kind"),
                                      Tr::tr("kind should be Kustomization or Component"));
        k.isComponent = *kind == "Component";

        for (const char *key : {"resources", "bases"}) {
            if (auto s = stringList(key, k.resources); !s)
                return s.error();
        }
        if (auto s = stringList("components", k.components); !s)
            return s.error();
        for (auto [key, out] :
             {std::pair {"namespace", &k.nameSpace}, std::pair {"namePrefix", &k.namePrefix},
              std::pair {"nameSuffix", &k.nameSuffix}}) {
            auto s = string(field(root, key), QLatin1String(key));
            if (!s)
                return s.error();
            *out = *s;
        }
        if (auto s
            = stringMap(field(root, "commonLabels"), QStringLiteral("commonLabels"), k.labels);
            !s)
            return s.error();
        if (const YamlNode *labels = field(root, "labels"); labels && labels->isSequence()) {
            for (const YamlNode &i : labels->items()) {
                if (!i.isMap())
                    continue;
                if (auto s = stringMap(field(i, "pairs"), QStringLiteral("labels.pairs"), k.labels);
                    !s)
                    return s.error();
            }
        }
        if (auto s = stringMap(field(root, "commonAnnotations"),
                               QStringLiteral("commonAnnotations"), k.annotations);
            !s)
            return s.error();

        // Patches: path or inline text, optional target.
        auto patchList
            = [&](const char *key, PatchEntry::Type type, QList<PatchEntry> &out) -> Status {
            const YamlNode *n = field(root, key);
            if (!n || n->isNull())
                return {};
            if (!n->isSequence())
                return kustomizationError(
                    k.file, *n,
                    Tr::tr("invalid Kustomization: '%1' must be a list").arg(QLatin1String(key)));
            for (const YamlNode &i : n->items()) {
                PatchEntry p;
                p.type = type;
                p.line = i.line() ? i.line() : n->line();
                if (i.isString()) { // patchesStrategicMerge: a path or an inline patch
                    const QByteArray text = i.text();
                    if (text.contains('\n') || text.trimmed().startsWith("apiVersion")
                        || text.trimmed().startsWith("kind:") || text.trimmed().startsWith('{')) {
                        p.text = text;
                        p.textLine = textStartLine(*bytes, i.line());
                    } else {
                        p.path = QString::fromUtf8(text);
                    }
                    out.append(p);
                    continue;
                }
                if (!i.isMap())
                    return kustomizationError(
                        k.file, i,
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
                    p.textLine = textStartLine(*bytes, field(i, "patch")->line());
                if (p.path.isEmpty() && p.text.isEmpty())
                    return kustomizationError(
                        k.file, i,
                        Tr::tr("must specify one of patch and path in %1").arg(QLatin1String(key)));
                if (!p.path.isEmpty() && !p.text.isEmpty())
                    return kustomizationError(
                        k.file, i,
                        Tr::tr("patch and path can't be set at the same time in %1")
                            .arg(QLatin1String(key)));
                if (const YamlNode *t = field(i, "target"); t && t->isMap()) {
                    p.hasTarget = true;
                    struct F
                    {
                        const char *key;
                        QByteArray *out;
                    } fields[] = {{"group", &p.target.group},
                                  {"version", &p.target.version},
                                  {"kind", &p.target.kind},
                                  {"name", &p.target.name},
                                  {"namespace", &p.target.nameSpace},
                                  {"labelSelector", &p.target.labelSelector},
                                  {"annotationSelector", &p.target.annotationSelector}};
                    for (const F &f : fields) {
                        auto s = string(field(*t, f.key),
                                        QStringLiteral("target.") + QLatin1String(f.key));
                        if (!s)
                            return s.error();
                        *f.out = *s;
                    }
                }
                if (type == PatchEntry::Type::Json6902 && !p.hasTarget)
                    return kustomizationError(k.file, i,
                                              Tr::tr("must specify a target for JSON patch in %1")
                                                  .arg(QLatin1String(key)));
                out.append(p);
            }
            return {};
        };
        if (auto s = patchList("patchesStrategicMerge", PatchEntry::Type::StrategicMerge,
                               k.patchesStrategicMerge);
            !s)
            return s.error();
        if (auto s = patchList("patches", PatchEntry::Type::Detect, k.patches); !s)
            return s.error();
        if (auto s = patchList("patchesJson6902", PatchEntry::Type::Json6902, k.patchesJson6902);
            !s)
            return s.error();

        for (const char *imagesKey : {"images", "imageTags"}) {
            const YamlNode *n = field(root, imagesKey);
            if (!n || n->isNull())
                continue;
            if (!n->isSequence())
                return kustomizationError(k.file, *n,
                                          Tr::tr("invalid Kustomization: '%1' must be a list")
                                              .arg(QLatin1String(imagesKey)));
            for (const YamlNode &i : n->items()) {
                if (!i.isMap())
                    return kustomizationError(
                        k.file, i,
                        Tr::tr("invalid Kustomization: every entry of 'images' must be a mapping"));
                ImageEntry img;
                auto name = string(field(i, "name"), QStringLiteral("images.name"));
                if (!name)
                    return name.error();
                img.name = *name;
                struct F
                {
                    const char *key;
                    QByteArray *out;
                    VersionPin *pin;
                } fields[] = {{"newName", &img.newName, &img.newNamePin},
                              {"newTag", &img.newTag, &img.newTagPin},
                              {"digest", &img.digest, &img.digestPin},
                              {"tagSuffix", &img.tagSuffix, &img.tagSuffixPin}};
                for (const F &f : fields) {
                    const YamlNode *v = field(i, f.key);
                    auto s = string(v, QStringLiteral("images.") + QLatin1String(f.key));
                    if (!s)
                        return s.error();
                    *f.out = *s;
                    if (v) {
                        f.pin->kind = VersionPin::Kind::KustomizeImages;
                        f.pin->file = k.file;
                        f.pin->line = v->line() ? v->line() : i.line();
                        f.pin->key = QStringLiteral("images[name=%1].%2")
                                         .arg(QString::fromUtf8(img.name), QLatin1String(f.key));
                    }
                }
                k.images.append(img);
            }
        }

        for (const char *key : {"helmCharts", "helmChartInflationGenerator"}) {
            if (const YamlNode *n = field(root, key); n && !n->isNull())
                k.warnings << Tr::tr("%1: the images of Helm charts inflated by kustomize (%2) "
                                     "are not listed")
                                  .arg(k.file, QLatin1String(key));
        }
        for (const char *key : {"generators", "transformers"}) {
            if (const YamlNode *n = field(root, key); n && !n->isNull())
                k.warnings << Tr::tr("%1: kustomize plugins (%2) are not run: images they set "
                                     "are not seen")
                                  .arg(k.file, QLatin1String(key));
        }
        return k;
    };
    Cached<KustomizationModel> entry;
    auto k = parse();
    entry.ok = k.hasValue();
    if (k)
        entry.value = *k;
    else
        entry.error = k.error();
    m_cache.kustomizations.insert(dir, entry);
    return k;
}

// ----- building layers -------------------------------------------------------------------------

void Walk::addDocument(Layer &layer, const YamlNode &doc)
{
    if (!doc.isMap())
        return;
    const QByteArray kind = doc.textAt({"kind"});
    if (kind.isEmpty())
        return;
    if (kind.endsWith("List") && doc.get("items") && doc.get("items")->isSequence()) {
        for (const YamlNode &item : doc.get("items")->items())
            addDocument(layer, item);
        return;
    }
    Res r;
    r.doc = std::make_shared<YamlNode>(doc);
    r.kind = kind;
    const QByteArray apiVersion = doc.textAt({"apiVersion"});
    const qsizetype slash = apiVersion.indexOf('/');
    r.group = slash < 0 ? QByteArray() : apiVersion.left(slash);
    r.version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    r.name = r.originalName = doc.textAt({"metadata", "name"});
    r.nameSpace = r.originalNamespace = doc.textAt({"metadata", "namespace"});
    layer.resources.append(std::move(r));
}

Status Walk::addFile(Layer &layer, const QString &canonical, bool lenient)
{
    auto docs = documents(canonical);
    if (!docs) {
        if (lenient)
            return {};
        return docs.error();
    }
    layer.files << relative(canonical);
    const qsizetype first = layer.resources.size();
    for (const YamlNode &doc : *docs)
        addDocument(layer, doc);
    for (qsizetype i = first; i < layer.resources.size(); ++i)
        settle(layer.resources[i], VersionPin::Kind::Manifest, relative(canonical), 0);
    return {};
}

Result<Layer> Walk::build(const QString &dir, const QList<ImageEntry> *overrides,
                          QStringList &stack)
{
    // Bases are kept for the next source that uses them; a source's own layer (the top of the
    // stack, usually read once) and one with overrides are not.
    const bool keep = !overrides && !stack.isEmpty();
    if (keep) {
        auto it = m_cache.layers.constFind(dir);
        if (it != m_cache.layers.constEnd())
            return it->ok ? Result<Layer>(it->value) : Result<Layer>(it->error);
    }
    auto make = [&]() -> Result<Layer> {
        auto k = kustomization(dir);
        if (!k)
            return k.error();
        KustomizationModel model = *k;
        if (overrides)
            model.images = *overrides;
        Layer layer;
        layer.files << model.file;
        layer.warnings << model.warnings;
        stack.append(dir);
        Status s = accumulate(layer, model, dir, stack);
        stack.removeLast();
        if (!s)
            return s.error();
        return layer;
    };
    auto layer = make();
    if (keep) {
        Cached<Layer> entry;
        entry.ok = layer.hasValue();
        if (layer)
            entry.value = *layer;
        else
            entry.error = layer.error();
        m_cache.layers.insert(dir, entry);
    }
    return layer;
}

Result<Layer> Walk::buildDirectory(const QString &dir)
{
    Layer layer;
    QDirIterator it(
        dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
        QDir::Files | QDir::NoDotAndDotDot,
        m_options.recurse ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QStringList files;
    while (it.hasNext()) {
        const QString path = it.next();
        // Argo CD's own files (.argocd-source*.yaml) and other hidden files are no manifests.
        if (it.fileName().startsWith(u'.') || path.contains(QStringLiteral("/.")))
            continue;
        files << path;
    }
    files.sort();
    for (const QString &path : files) {
        auto resolved = resolve(dir, path);
        if (!resolved || resolved->isDir)
            continue;
        if (auto s = addFile(layer, resolved->path, false); !s)
            return s.error();
    }
    return layer;
}

Status Walk::accumulate(Layer &layer, const KustomizationModel &k, const QString &dir,
                        QStringList &stack)
{
    for (const auto &[path, resourceLine] : k.resources) {
        const QString p = QString::fromUtf8(path);
        const int line = resourceLine; // clang (before C++20 support) does not capture bindings
        auto fail = [&](const Error &e) {
            return Error(e.kind(),
                         Tr::tr("accumulating resources from '%1': %2").arg(p, e.message()))
                .at(k.file, line);
        };
        if (isRemote(path)) {
            layer.warnings << Tr::tr(
                                  "%1:%2: remote resource '%3' not read: its images are not listed")
                                  .arg(k.file)
                                  .arg(line)
                                  .arg(p);
            continue;
        }
        auto resolved = resolve(dir, p);
        if (!resolved)
            return fail(resolved.error());
        if (resolved->isDir) {
            if (stack.contains(resolved->path))
                return fail(
                    Error(Error::Kind::BadInput, Tr::tr("cycle: the folder includes itself")));
            auto sub = build(resolved->path, nullptr, stack);
            if (!sub) {
                // A base's own error keeps its place; only a missing kustomization is said here.
                if (sub.error().kind() == Error::Kind::NotFound
                    && findKustomization(resolved->path).isEmpty())
                    return fail(sub.error());
                return sub.error();
            }
            if (kustomization(resolved->path)->isComponent)
                return fail(Error(Error::Kind::BadInput,
                                  Tr::tr("expected kind != 'Component' for path '%1'").arg(p)));
            layer.resources += sub->resources;
            layer.files += sub->files;
            layer.warnings += sub->warnings;
            continue;
        }
        if (!m_options.loadRestrictionsNone && !isWithin(resolved->path, dir))
            return fail(Error(Error::Kind::Refused,
                              Tr::tr("security; file '%1' is not in or below '%2'")
                                  .arg(relative(resolved->path), relative(dir))));
        if (auto s = addFile(layer, resolved->path, false); !s) {
            const Error &e = s.error();
            return Error(e.kind(),
                         Tr::tr("accumulating resources from '%1': %2").arg(p, e.message()))
                .at(e.file(), e.line());
        }
    }

    for (const auto &[path, componentLine] : k.components) {
        const QString p = QString::fromUtf8(path);
        const int line = componentLine;
        auto fail = [&](const Error &e) {
            return Error(e.kind(),
                         Tr::tr("accumulating components from '%1': %2").arg(p, e.message()))
                .at(k.file, line);
        };
        if (isRemote(path)) {
            layer.warnings
                << Tr::tr("%1:%2: remote component '%3' not read").arg(k.file).arg(line).arg(p);
            continue;
        }
        auto resolved = resolve(dir, p);
        if (!resolved)
            return fail(resolved.error());
        if (!resolved->isDir)
            return fail(Error(Error::Kind::BadInput, Tr::tr("a component must be a folder")));
        if (stack.contains(resolved->path))
            return fail(Error(Error::Kind::BadInput, Tr::tr("cycle: the folder includes itself")));
        auto ck = kustomization(resolved->path);
        if (!ck)
            return findKustomization(resolved->path).isEmpty() ? fail(ck.error()) : ck.error();
        if (!ck->isComponent)
            return fail(Error(Error::Kind::BadInput,
                              Tr::tr("apiVersion for Component should be "
                                     "kustomize.config.k8s.io/v1alpha1 and kind Component")));
        layer.files << ck->file;
        layer.warnings << ck->warnings;
        stack.append(resolved->path);
        Status s = accumulate(layer, *ck, resolved->path, stack);
        stack.removeLast();
        if (!s)
            return s;
    }

    // This layer's transformers, in kustomize's order.
    for (const PatchEntry &p : k.patchesStrategicMerge) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    for (const PatchEntry &p : k.patches) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    const bool renames = !k.nameSpace.isEmpty() || !k.namePrefix.isEmpty()
        || !k.nameSuffix.isEmpty() || !k.labels.isEmpty() || !k.annotations.isEmpty();
    if (renames) {
        for (Res &r : layer.resources) {
            if (!k.nameSpace.isEmpty()
                && !Kustomize::Resource::isClusterScopedType(
                    r.group.isEmpty() ? r.version : r.group + '/' + r.version, r.kind))
                r.nameSpace = k.nameSpace;
            if ((!k.namePrefix.isEmpty() || !k.nameSuffix.isEmpty())
                && r.kind != "CustomResourceDefinition" && r.kind != "APIService"
                && r.kind != "Namespace")
                r.name = k.namePrefix + r.name + k.nameSuffix;
            // Labels and annotations only matter here for later patch selectors.
            r.addedLabels += k.labels;
            r.addedAnnotations += k.annotations;
        }
    }
    for (const PatchEntry &p : k.patchesJson6902) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    applyImages(layer, k.images);
    return {};
}

// ----- patches ---------------------------------------------------------------------------------

bool Walk::selected(const Res &res, const PatchTarget &t, Status *error)
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

Status Walk::applyPatch(Layer &layer, const KustomizationModel &k, const QString &dir,
                        const PatchEntry &patch)
{
    QByteArray text = patch.text;
    QString file = k.file;
    int lineOffset = patch.textLine > 0 ? patch.textLine - 1 : 0;
    if (!patch.path.isEmpty()) {
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
        if (!m_options.loadRestrictionsNone && !isWithin(resolved->path, dir))
            return fail(Error(Error::Kind::Refused,
                              Tr::tr("security; file '%1' is not in or below '%2'")
                                  .arg(relative(resolved->path), relative(dir))));
        auto bytes = readFile(resolved->path);
        if (!bytes)
            return fail(bytes.error());
        text = *bytes;
        file = relative(resolved->path);
        lineOffset = 0;
        layer.files << file;
    }
    // A patch applied by target selection that names no image, container list, pod template
    // or whole spec cannot change an image: not parsing it keeps the walk cheap (a JSON patch
    // that would fail there is then not reported).
    if (patch.hasTarget && !text.contains("image") && !text.contains("ontainers")
        && !text.contains("emplate") && !text.contains("$patch") && !replacesWholeSpec(text))
        return {};
    auto located = [&](const Error &e) {
        return Error(e.kind(), e.message())
            .at(file, e.line() > 0 ? e.line() + lineOffset : patch.line);
    };
    auto docs = Kustomize::YamlReader::parseAll(text, file);
    if (!docs)
        return located(docs.error());
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
            .at(file, patch.line);

    auto applyTo = [&](qsizetype index, const YamlNode &doc) -> Status {
        Res &res = layer.resources[index];
        const QHash<QByteArray, int> before = slotsOf(res);
        bool deleted = false;
        YamlNode &target = res.edit();
        Status s = json ? Kustomize::JsonPatch::apply(target, doc)
                        : Kustomize::StrategicMerge::apply(target, doc, res.kind, &deleted);
        if (!s)
            return located(s.error());
        if (deleted) {
            layer.resources.removeAt(index);
            return {};
        }
        settle(res, VersionPin::Kind::Patch, file, lineOffset, before);
        return {};
    };

    if (json || patch.hasTarget) {
        const YamlNode &doc = docs->first();
        if (!json && !doc.isMap())
            return located(Error(Error::Kind::BadInput, Tr::tr("unable to parse SM or JSON patch"))
                               .at(file, doc.line()));
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
            if (auto s = applyTo(i, doc); !s)
                return s;
        }
        return {};
    }

    // Strategic merge without a target: each document patches the one resource its own id names.
    for (const YamlNode &doc : *docs) {
        if (!doc.isMap())
            return located(Error(Error::Kind::BadInput, Tr::tr("unable to parse SM or JSON patch"))
                               .at(file, doc.line()));
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
            const Res &r = layer.resources.at(i);
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
                             : Tr::tr("multiple resources match strategic merge patch \"%1\"")
                                   .arg(id))
                .at(file, doc.line() + lineOffset);
        }
        if (auto s = applyTo(matches.first(), doc); !s)
            return s;
    }
    return {};
}

// ----- images ----------------------------------------------------------------------------------

void Walk::applyImages(Layer &layer, const QList<ImageEntry> &images)
{
    for (const ImageEntry &entry : images) {
        if (entry.name.isEmpty())
            continue;
        const bool literal = isLiteralImageName(entry.name);
        const QString literalName = QString::fromUtf8(entry.name);
        const QRegularExpression &re
            = literal ? regex(QByteArray(), false) : regex(entry.name, true);
        if (!re.isValid())
            continue;
        auto matchesName = [&](const QString &value) {
            return literal ? matchesLiteralImageName(value, literalName)
                           : re.match(value).hasMatch();
        };
        int entryPin = -1; // the pin this entry gives a tag it sets, made once
        int newNamePin = -1;
        for (Res &res : layer.resources) {
            if (!res.hasContainers || res.kind == "CustomResourceDefinition")
                continue;
            std::vector<PathSegment> path;
            bool matches = false; // look before editing: most resources keep their shared doc
            forEachContainer(std::as_const(*res.doc), path,
                             [&](const YamlNode &container, ListKind list, const QByteArray &,
                                 const std::vector<PathSegment> &) {
                                 const YamlNode *image = container.get("image");
                                 matches = matches
                                     || (list != ListKind::EphemeralContainers && image
                                         && image->isString()
                                         && matchesName(QString::fromUtf8(image->text())));
                             });
            if (!matches)
                continue;
            forEachContainer(
                res.edit(), path,
                [&](YamlNode &container, ListKind list, const QByteArray &,
                    const std::vector<PathSegment> &) {
                    // kustomize's images: leave ephemeral containers alone.
                    if (list == ListKind::EphemeralContainers)
                        return;
                    YamlNode *image = container.get("image");
                    if (!image || !image->isString())
                        return;
                    const QString value = QString::fromUtf8(image->text());
                    if (!matchesName(value))
                        return;
                    const ImageRef old = splitImage(value);
                    ImageRef now = old;
                    if (!entry.newName.isEmpty())
                        now.name = QString::fromUtf8(entry.newName);
                    const VersionPin *pin = nullptr;
                    if (!entry.newTag.isEmpty()) {
                        now.tag = QString::fromUtf8(entry.newTag);
                        now.digest = QString::fromUtf8(entry.digest);
                        pin = &entry.newTagPin;
                    } else if (!entry.digest.isEmpty()) {
                        now.tag.clear();
                        now.digest = QString::fromUtf8(entry.digest);
                        pin = &entry.digestPin;
                    } else if (!entry.tagSuffix.isEmpty()) {
                        now.tag += QString::fromUtf8(entry.tagSuffix);
                        now.digest.clear();
                        pin = &entry.tagSuffixPin;
                    }
                    int pinId = -image->line() - 1;
                    if (pin) {
                        if (entryPin < 0)
                            entryPin = addPin(*pin);
                        pinId = entryPin;
                    } else if (!entry.newName.isEmpty()
                               && splitImage(joinImage(now.name, now.tag, now.digest)).tag
                                   != old.tag) {
                        // newName carried a tag of its own.
                        if (newNamePin < 0)
                            newNamePin = addPin(entry.newNamePin);
                        pinId = newNamePin;
                    }
                    *image = YamlNode::string(joinImage(now.name, now.tag, now.digest).toUtf8(),
                                              -pinId - 1);
                });
        }
    }
}

// `kustomize edit set image` (what Argo CD runs for source.kustomize.images) on a
// kustomization's images: an argument replaces the entry of the same name ("*" keeps that
// field), later arguments for one name win, and the list ends up sorted by name.
Result<QList<ImageEntry>> applyOverrides(const QList<ImageEntry> &existing,
                                         const QList<ImagePinFinder::Override> &overrides,
                                         QStringList *warnings)
{
    static const QRegularExpression tagPattern(QStringLiteral("^(.*):([a-zA-Z0-9._-]*|\\*)$"));
    QMap<QByteArray, ImageEntry> byName;
    QMap<QByteArray, ImageEntry> given;
    for (const ImagePinFinder::Override &o : overrides) {
        const QString arg = o.image.trimmed();
        auto parse = [&](const QString &text, bool allowPlain, QString *name, QString *tag,
                         QString *digest) {
            const QStringList at = text.split(u'@');
            if (at.size() > 1) {
                *name = at.at(0);
                *digest = at.at(1);
                return true;
            }
            const auto m = tagPattern.match(text);
            if (m.hasMatch()) {
                *name = m.captured(1);
                *tag = m.captured(2);
                return true;
            }
            if (!text.isEmpty() && allowPlain) {
                *name = text;
                return true;
            }
            return false;
        };
        ImageEntry e;
        QString name, tag, digest;
        const QStringList eq = arg.split(u'=');
        bool ok = false;
        if (eq.size() == 2) {
            ok = parse(eq.at(1), true, &name, &tag, &digest);
            e.name = eq.at(0).toUtf8();
            e.newName = name.toUtf8();
        } else {
            ok = parse(arg, false, &name, &tag, &digest);
            e.name = name.toUtf8();
        }
        if (!ok || e.name.isEmpty()) {
            warnings->append(Tr::tr("%1:%2: the image override '%3' is not "
                                    "[name=]repository[:tag][@digest]: ignored")
                                 .arg(o.pin.file)
                                 .arg(o.pin.line)
                                 .arg(o.image));
            continue;
        }
        e.newTag = tag.toUtf8();
        e.digest = digest.toUtf8();
        for (VersionPin *pin : {&e.newNamePin, &e.newTagPin, &e.digestPin})
            *pin = o.pin;
        given.insert(e.name, e);
    }
    for (const ImageEntry &old : existing)
        byName.insert(old.name, old);
    for (auto it = given.begin(); it != given.end(); ++it) {
        ImageEntry e = it.value();
        const ImageEntry old = byName.value(e.name);
        if (e.newName == "*") {
            e.newName = old.newName;
            e.newNamePin = old.newNamePin;
        }
        if (e.newTag == "*") {
            e.newTag = old.newTag;
            e.newTagPin = old.newTagPin;
        }
        if (e.digest == "*") {
            e.digest = old.digest;
            e.digestPin = old.digestPin;
        }
        byName.insert(e.name, e);
    }
    return byName.values(); // QMap: sorted by name, byte order as Go's sort of strings
}

} // namespace

// ----- ImagePinFinder --------------------------------------------------------------------------

Result<ImagePinFinder::Found> ImagePinFinder::find(const QString &root, const QString &source,
                                                   const QList<Override> &overrides)
{
    return find(root, source, overrides, Options(), nullptr);
}

Result<ImagePinFinder::Found> ImagePinFinder::find(const QString &root, const QString &source,
                                                   const QList<Override> &overrides,
                                                   const Options &options, Cache *cache)
{
    Cache local;
    Cache &c = cache ? *cache : local;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return Error(Error::Kind::NotFound, Tr::tr("the repository folder does not exist"))
            .at(root);
    if (c.d->root != canonicalRoot) {
        c.clear();
        c.d->root = canonicalRoot;
    }
    Walk walk(*c.d, options);

    const QString src = QDir::cleanPath(source.isEmpty() ? QStringLiteral(".") : source);
    auto resolved = walk.resolve(canonicalRoot, src);
    if (!resolved)
        return Error(resolved.error().kind(),
                     Tr::tr("the source folder '%1': %2").arg(source, resolved.error().message()))
            .at(source);
    if (!resolved->isDir)
        return Error(Error::Kind::BadInput, Tr::tr("the source '%1' is not a folder").arg(source))
            .at(source);
    const QString dir = resolved->path;
    const QString sourceRelative = walk.relative(dir);

    Found found;
    Result<Layer> layer = Layer();
    QStringList stack;
    if (walk.findKustomization(dir).isEmpty()) {
        layer = walk.buildDirectory(dir);
        if (layer && !overrides.isEmpty()) {
            auto images = applyOverrides({}, overrides, &found.warnings);
            walk.applyImages(*layer, *images);
        }
    } else if (overrides.isEmpty()) {
        layer = walk.build(dir, nullptr, stack);
    } else {
        auto k = walk.kustomization(dir);
        if (!k)
            return k.error();
        auto images = applyOverrides(k->images, overrides, &found.warnings);
        layer = walk.build(dir, &*images, stack);
    }
    if (!layer)
        return layer.error();

    found.warnings += layer->warnings;
    found.warnings.removeDuplicates();
    found.filesRead = layer->files;
    found.filesRead.removeDuplicates();

    QSet<QString> seen;
    for (const Res &res : std::as_const(layer->resources)) {
        if (!res.hasContainers)
            continue;
        std::vector<PathSegment> path;
        forEachContainer(
            std::as_const(*res.doc), path,
            [&](const YamlNode &container, ListKind, const QByteArray &,
                const std::vector<PathSegment> &) {
                const YamlNode *image = container.get("image");
                const YamlNode *slot = container.get(slotKey());
                if (!image || !image->isScalar() || !slot)
                    return;
                const int slotId = slot->text().toInt();
                const QString base = c.d->slots.at(size_t(slotId)).baseRepository;
                if (seen.contains(base))
                    return;
                seen.insert(base);
                const ImageRef ref = splitImage(QString::fromUtf8(image->text()));
                ImagePin pin;
                pin.baseRepository = base;
                pin.repository = ref.name;
                pin.tag = ref.tag;
                pin.digest = ref.digest;
                const int pinId = -image->line() - 1;
                if (pinId >= 0 && size_t(pinId) < c.d->pins.size())
                    pin.pin = c.d->pins.at(size_t(pinId));
                pin.pinnedBySource = pin.pin.kind == VersionPin::Kind::ApplicationOverride
                    || pin.pin.kind == VersionPin::Kind::ImageUpdater
                    || (pin.pin.isSet()
                        && (sourceRelative.isEmpty() || isWithin(pin.pin.file, sourceRelative)));
                pin.workload = QString::fromUtf8(res.kind) + u'/' + QString::fromUtf8(res.name);
                pin.container = QString::fromUtf8(containerName(container));
                found.images.append(pin);
            });
    }
    return found;
}

} // namespace Promenade
