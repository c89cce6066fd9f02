// The image pin walk's files and layers: reading and resolving files inside the repository,
// parsing kustomizations, and building a layer from its resources and components.
#include "imagepinwalk.h"

#include "imageref.h"
#include "podcontainers.h"
#include "resource.h"
#include "safefile.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Promenade::ImagePins {

using Kustomize::YamlNode;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

constexpr qint64 maxFileSize = 8 * 1024 * 1024;

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

QString findKustomizationUncached(const QString &dir)
{
    for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString path = dir + u'/' + QLatin1String(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

} // namespace

// ----- files -----------------------------------------------------------------------------------

QString Walk::relative(const QString &absolute) const
{
    if (absolute == m_cache.root)
        return QString();
    return absolute.mid(m_cache.root.size() + 1);
}

int Walk::addPin(const VersionPin &pin)
{
    m_cache.pins.push_back(pin);
    return int(m_cache.pins.size()) - 1;
}

Result<QByteArray> Walk::readFile(const QString &canonical)
{
    const QFileInfo info(canonical);
    QFile file(canonical);
    const QString tooLarge = Tr::tr("the file is larger than %1 MiB").arg(maxFileSize >> 20);
    if (!SafeFile::isWithin(canonical, m_cache.root))
        return Error(Error::Kind::Refused, Tr::tr("the file is outside the repository"))
            .at(canonical);
    if (!info.isFile())
        return Error(Error::Kind::BadInput, Tr::tr("not a regular file")).at(relative(canonical));
    if (info.size() > maxFileSize)
        return Error(Error::Kind::BadInput, tooLarge).at(relative(canonical));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot read the file: %1").arg(file.errorString()))
            .at(relative(canonical));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return Error(Error::Kind::BadInput, tooLarge).at(relative(canonical));
    return bytes;
}

Result<QList<YamlNode>> Walk::documents(const QString &canonical)
{
    auto it = m_cache.documents.constFind(canonical);
    if (it != m_cache.documents.constEnd())
        return it->result();
    auto bytes = readFile(canonical);
    const Result<QList<YamlNode>> docs = bytes
        ? Kustomize::YamlReader::parseAll(*bytes, relative(canonical))
        : Result<QList<YamlNode>>(bytes.error());
    m_cache.documents.insert(canonical, Cached<QList<YamlNode>>::from(docs));
    return docs;
}

Result<Resolved> Walk::resolve(const QString &dir, const QString &relativePath)
{
    const QString absolute = QDir::cleanPath(QDir(dir).absoluteFilePath(relativePath));
    auto it = m_cache.resolved.constFind(absolute);
    if (it != m_cache.resolved.constEnd())
        return it->result();
    auto r = resolveUncached(absolute);
    m_cache.resolved.insert(absolute, Cached<Resolved>::from(r));
    return r;
}

Result<Resolved> Walk::resolveUncached(const QString &absolute)
{
    if (!SafeFile::isWithin(absolute, m_cache.root))
        return Error(Error::Kind::Refused, Tr::tr("the path leaves the repository"));
    const QFileInfo info(absolute);
    if (!info.exists())
        return Error(Error::Kind::NotFound, Tr::tr("no such file or directory"));
    const QString canonical = info.canonicalFilePath();
    if (!SafeFile::isWithin(canonical, m_cache.root))
        return Error(Error::Kind::Refused,
                     Tr::tr("the path leads out of the repository through a symbolic link"));
    const QFileInfo target(canonical);
    if (!target.isDir() && !target.isFile())
        return Error(Error::Kind::BadInput, Tr::tr("not a regular file or folder"));
    return Resolved {canonical, target.isDir()};
}

QString Walk::findKustomization(const QString &dir)
{
    auto it = m_cache.kustomizationFiles.constFind(dir);
    if (it != m_cache.kustomizationFiles.constEnd())
        return *it;
    const QString found = findKustomizationUncached(dir);
    m_cache.kustomizationFiles.insert(dir, found);
    return found;
}

Result<KustomizationModel> Walk::kustomization(const QString &dir)
{
    auto it = m_cache.kustomizations.constFind(dir);
    if (it != m_cache.kustomizations.constEnd())
        return it->result();
    auto parse = [&]() -> Result<KustomizationModel> {
        const QString path = findKustomization(dir);
        if (path.isEmpty())
            return Error(Error::Kind::NotFound,
                         Tr::tr("unable to find one of 'kustomization.yaml', 'kustomization.yml' "
                                "or 'Kustomization' in directory '%1'")
                             .arg(relative(dir)))
                .at(relative(dir));
        auto bytes = readFile(path);
        if (!bytes)
            return bytes.error();
        return KustomizationModel::parse(*bytes, relative(path));
    };
    auto k = parse();
    m_cache.kustomizations.insert(dir, Cached<KustomizationModel>::from(k));
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
    LayerResource r;
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
            return it->result();
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
    if (keep)
        m_cache.layers.insert(dir, Cached<Layer>::from(layer));
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

// A layer as kustomize accumulates it: resources (files and bases), components, then this
// layer's transformers in kustomize's order.
Status Walk::accumulate(Layer &layer, const KustomizationModel &k, const QString &dir,
                        QStringList &stack)
{
    for (const auto &[path, line] : k.resources) {
        if (auto s = accumulateResource(layer, k, dir, path, line, stack); !s)
            return s;
    }
    for (const auto &[path, line] : k.components) {
        if (auto s = accumulateComponent(layer, k, dir, path, line, stack); !s)
            return s;
    }
    for (const PatchEntry &p : k.patchesStrategicMerge) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    for (const PatchEntry &p : k.patches) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    applyNames(layer, k);
    for (const PatchEntry &p : k.patchesJson6902) {
        if (auto s = applyPatch(layer, k, dir, p); !s)
            return s;
    }
    applyImages(layer, k.images);
    return {};
}

Status Walk::accumulateResource(Layer &layer, const KustomizationModel &k, const QString &dir,
                                const QByteArray &path, int line, QStringList &stack)
{
    const QString p = QString::fromUtf8(path);
    auto fail = [&](const Error &e) {
        return Error(e.kind(), Tr::tr("accumulating resources from '%1': %2").arg(p, e.message()))
            .at(k.file, line);
    };
    if (isRemote(path)) {
        layer.warnings << Tr::tr("%1:%2: remote resource '%3' not read: its images are not listed")
                              .arg(k.file)
                              .arg(line)
                              .arg(p);
        return {};
    }
    auto resolved = resolve(dir, p);
    if (!resolved)
        return fail(resolved.error());
    if (resolved->isDir) {
        if (stack.contains(resolved->path))
            return fail(Error(Error::Kind::BadInput, Tr::tr("cycle: the folder includes itself")));
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
        return {};
    }
    if (!m_options.loadRestrictionsNone && !SafeFile::isWithin(resolved->path, dir))
        return fail(Error(Error::Kind::Refused,
                          Tr::tr("security; file '%1' is not in or below '%2'")
                              .arg(relative(resolved->path), relative(dir))));
    if (auto s = addFile(layer, resolved->path, false); !s) {
        const Error &e = s.error();
        return Error(e.kind(), Tr::tr("accumulating resources from '%1': %2").arg(p, e.message()))
            .at(e.file(), e.line());
    }
    return {};
}

Status Walk::accumulateComponent(Layer &layer, const KustomizationModel &k, const QString &dir,
                                 const QByteArray &path, int line, QStringList &stack)
{
    const QString p = QString::fromUtf8(path);
    auto fail = [&](const Error &e) {
        return Error(e.kind(), Tr::tr("accumulating components from '%1': %2").arg(p, e.message()))
            .at(k.file, line);
    };
    if (isRemote(path)) {
        layer.warnings
            << Tr::tr("%1:%2: remote component '%3' not read").arg(k.file).arg(line).arg(p);
        return {};
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
    return s;
}

// namespace, namePrefix/nameSuffix, labels and annotations: only what later patch targets and
// selectors see.
void Walk::applyNames(Layer &layer, const KustomizationModel &k)
{
    const bool renames = !k.nameSpace.isEmpty() || !k.namePrefix.isEmpty()
        || !k.nameSuffix.isEmpty() || !k.labels.isEmpty() || !k.annotations.isEmpty();
    if (!renames)
        return;
    for (LayerResource &r : layer.resources) {
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

// ----- pins and slots --------------------------------------------------------------------------

void Walk::settle(LayerResource &res, VersionPin::Kind kind, const QString &file, int lineOffset,
                  const QHash<QByteArray, int> &previous)
{
    std::vector<PathSegment> path;
    bool any = false;
    forEachContainer(res.edit(), path,
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
                             int slot
                                 = previous.value(listKey + '\0' + containerName(container), -1);
                             if (slot < 0) {
                                 m_cache.slots.push_back(
                                     {ImageRef::split(QString::fromUtf8(image->text())).name});
                                 slot = int(m_cache.slots.size()) - 1;
                             }
                             container.set(slotKey(), YamlNode::integer(slot));
                         }
                     });
    res.hasContainers = any;
}

QHash<QByteArray, int> Walk::slotsOf(const LayerResource &res) const
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

} // namespace Promenade::ImagePins
