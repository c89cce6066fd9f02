#include "renderer.h"

#include "safefile.h"

#include "generators.h"
#include "jsonpatch.h"
#include "kustomization.h"
#include "kustomizationfile.h"
#include "patchselection.h"
#include "replacements.h"
#include "transformers.h"
#include "yamllimits.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Promenade::Kustomize {

using namespace PatchSelection;

namespace {

using List = QList<Resource>;

// kustomize reads some maps as map[string]string and writes them back (annotations always, a
// ConfigMap's data and labels when a generator merges into it): every scalar value becomes a
// string of its text as written. nullAsEmpty: a null becomes "" (JSON's null string), else its
// text ("null", "~").
void stringifyValues(YamlNode *map, bool nullAsEmpty)
{
    if (!map || !map->isMap())
        return;
    for (auto &e : map->entries()) {
        YamlNode &v = e.value;
        if (!v.isScalar() || (v.isString() && v.sourceText() == v.text()))
            continue;
        const quint32 alias = v.alias();
        v = YamlNode::string(v.isNull() && nullAsEmpty ? QByteArray("") : v.sourceText(), v.line());
        v.setAlias(alias);
    }
}

bool isRemote(const QByteArray &path)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|git@|github\\.com/|gitlab\\.com/"
                       "|bitbucket\\.org/|ssh:)|\\?ref=|\\.git(?:/|$|//)"));
    return re.match(QString::fromUtf8(path)).hasMatch();
}

bool isWithin(const QString &path, const QString &root)
{
    if (root == u"/")
        return path.startsWith(u'/');
    return path == root || path.startsWith(root + u'/');
}

QString gitWorkTreeOf(const QString &dir)
{
    QDir d(dir);
    while (true) {
        if (QFileInfo::exists(d.filePath(QStringLiteral(".git"))))
            return d.absolutePath();
        if (!d.cdUp())
            return QStringLiteral("/");
    }
}

} // namespace

struct Renderer::Private
{
    Options options;
    QString repoRoot; // canonical, for the current render

    struct Docs
    {
        bool ok = false;
        QList<YamlNode> docs;
        Error error;
    };
    QHash<QString, QByteArray> fileCache;
    QHash<QString, Docs> docsCache;
    struct KEntry
    {
        bool ok = false;
        std::shared_ptr<Kustomization> k;
        Error error;
    };
    QHash<QString, KEntry> kustomizationCache;
    QHash<QString, List> builtCache;

    Result<QByteArray> readFile(const QString &canonicalPath)
    {
        auto it = fileCache.constFind(canonicalPath);
        if (it != fileCache.constEnd())
            return *it;
        // Regular files inside the repository only, size-capped (no device, FIFO or link out).
        auto bytes = SafeFile::read(canonicalPath, repoRoot);
        if (bytes)
            fileCache.insert(canonicalPath, *bytes);
        return bytes;
    }

    Result<QList<YamlNode>> parsedFile(const QString &canonicalPath)
    {
        auto it = docsCache.constFind(canonicalPath);
        if (it != docsCache.constEnd()) {
            if (it->ok)
                return it->docs;
            return it->error;
        }
        Docs entry;
        auto bytes = readFile(canonicalPath);
        if (!bytes) {
            entry.error = bytes.error();
        } else {
            auto docs = YamlReader::parseAll(*bytes, canonicalPath);
            entry.ok = docs.hasValue();
            if (docs)
                entry.docs = *docs;
            else
                entry.error = docs.error();
        }
        docsCache.insert(canonicalPath, entry);
        if (entry.ok)
            return entry.docs;
        return entry.error;
    }

    Result<std::shared_ptr<Kustomization>> kustomization(const QString &dir)
    {
        auto it = kustomizationCache.constFind(dir);
        if (it != kustomizationCache.constEnd()) {
            if (it->ok)
                return it->k;
            return it->error;
        }
        KEntry entry;
        const QString file = KustomizationFile::findIn(dir);
        int found = 0;
        for (const QString &name : KustomizationFile::fileNames())
            found += QFileInfo(QDir(dir).filePath(name)).isFile() ? 1 : 0;
        if (found > 1) {
            entry.error = badInput(
                QStringLiteral("found several kustomization files in this folder (%1): keep one")
                    .arg(KustomizationFile::fileNames().join(QStringLiteral(", "))),
                dir);
        } else if (file.isEmpty()) {
            entry.error = Error(Error::Kind::NotFound,
                                QStringLiteral("no kustomization.yaml, kustomization.yml or "
                                               "Kustomization in this folder"))
                              .at(dir);
        } else {
            // kustomize decodes a kustomization with YAML 1.1 into JSON (see Dialect).
            auto bytes = readFile(file);
            auto root = bytes
                ? YamlReader::parseAll(*bytes, file, YamlReader::Dialect::Kustomization)
                : Result<QList<YamlNode>>(bytes.error());
            if (!root) {
                entry.error = root.error();
            } else if (root->size() > 1) {
                entry.error = badInput(
                    QStringLiteral("a kustomization file must hold one YAML document"), file);
            } else {
                auto k = Kustomization::parse(root->isEmpty() ? YamlNode() : root->first(), file);
                if (k) {
                    entry.ok = true;
                    entry.k = std::make_shared<Kustomization>(std::move(*k));
                } else {
                    entry.error = k.error();
                }
            }
        }
        kustomizationCache.insert(dir, entry);
        if (entry.ok)
            return entry.k;
        return entry.error;
    }

    // Resolves a path named in a kustomization: the canonical path, checked against the
    // restrictions.
    enum class Want { FileOrDir, File, Dir };
    Result<QString> resolve(const Kustomization &k, const QString &dir, const QByteArray &relative,
                            int line, const QString &what, Want want)
    {
        if (isRemote(relative)) {
            return badInput(
                QStringLiteral(
                    "%1 '%2' is remote: Promenade does not fetch remote resources (vendor "
                    "them into the repository)")
                    .arg(what, QString::fromUtf8(relative)),
                k.file, line);
        }
        const QString p = QString::fromUtf8(relative);
        const QString absolute = QDir::cleanPath(QDir(dir).absoluteFilePath(p));
        const QFileInfo info(absolute);
        if (!info.exists())
            return Error(Error::Kind::NotFound, QStringLiteral("%1 '%2' not found").arg(what, p))
                .at(k.file, line);
        const QString canonical = info.canonicalFilePath();
        if (info.isDir()) {
            if (want == Want::File)
                return badInput(QStringLiteral("%1 '%2' is a folder, not a file").arg(what, p),
                                k.file, line);
            if (!isWithin(canonical, repoRoot)) {
                return badInput(
                    QStringLiteral("%1 '%2' is outside the repository (%3)").arg(what, p, repoRoot),
                    k.file, line);
            }
            return canonical;
        }
        if (want == Want::Dir)
            return badInput(
                QStringLiteral("%1 '%2' must be a folder holding a kustomization").arg(what, p),
                k.file, line);
        if (!isWithin(canonical, dir)) {
            return badInput(
                QStringLiteral(
                    "%1 '%2' is outside the kustomization's folder: files may only be loaded "
                    "from the kustomization's own folder (kustomize's load restrictor)")
                    .arg(what, p),
                k.file, line);
        }
        return canonical;
    }

    // The ids already in a list, to refuse duplicates in constant time.
    using IdSet = QSet<QByteArray>;
    static IdSet idsOf(const List &list)
    {
        IdSet ids;
        ids.reserve(list.size());
        for (const Resource &r : list)
            ids.insert(r.currentIdKey());
        return ids;
    }

    static Status append(List &list, IdSet &ids, Resource r)
    {
        const QByteArray key = r.currentIdKey();
        if (ids.contains(key)) {
            return badInput(QStringLiteral("may not add resource with an already registered id: %1")
                                .arg(r.idString()),
                            r.file(), r.line());
        }
        ids.insert(key);
        list.append(std::move(r));
        return {};
    }

    Status loadResourceFile(List &list, IdSet &ids, const QString &path, const Kustomization &k,
                            int line)
    {
        auto docs = parsedFile(path);
        if (!docs)
            return docs.error();
        Q_UNUSED(k);
        Q_UNUSED(line);
        for (const YamlNode &doc : *docs) {
            if (!doc.isMap())
                return badInput(QStringLiteral("a resource must be a mapping"), path, doc.line());
            if (doc.textAt({"kind"}).endsWith("List") && doc.get("items")) {
                const YamlNode *items = doc.get("items");
                if (items->isSequence()) {
                    for (const YamlNode &item : items->items()) {
                        if (auto s = addDocument(list, ids, item, path); !s)
                            return s;
                    }
                }
                continue;
            }
            if (auto s = addDocument(list, ids, doc, path); !s)
                return s;
        }
        return {};
    }

    Status addDocument(List &list, IdSet &ids, const YamlNode &doc, const QString &path)
    {
        if (!doc.isMap())
            return badInput(QStringLiteral("a resource must be a mapping"), path, doc.line());
        if (doc.textAt({"kind"}).isEmpty())
            return badInput(QStringLiteral("a resource has no kind"), path, doc.line());
        if (doc.textAt({"metadata", "name"}).isEmpty())
            return badInput(QStringLiteral("a resource (kind %1) has no metadata.name")
                                .arg(QString::fromUtf8(doc.textAt({"kind"}))),
                            path, doc.line());
        return append(list, ids, Resource(doc, path));
    }

    Result<List> build(const QString &dir, QStringList &stack, const QString &includedFrom,
                       int line)
    {
        if (stack.contains(dir)) {
            return badInput(QStringLiteral("cycle: '%1' includes itself (%2)")
                                .arg(dir, (stack + QStringList {dir}).join(QStringLiteral(" -> "))),
                            includedFrom, line);
        }
        auto k = kustomization(dir);
        if (!k)
            return k.error();
        if ((*k)->isComponent && !stack.isEmpty()) {
            return badInput(
                QStringLiteral("'%1' is a Component: list it under components, not resources")
                    .arg(dir),
                includedFrom, line);
        }
        auto cached = builtCache.constFind(dir);
        if (cached != builtCache.constEnd())
            return *cached;
        stack.append(dir);
        List list;
        Status s = accumulate(list, **k, dir, stack);
        stack.removeLast();
        if (!s)
            return s.error();
        builtCache.insert(dir, list);
        return list;
    }

    Status accumulate(List &list, const Kustomization &k, const QString &dir, QStringList &stack)
    {
        IdSet ids = idsOf(list);
        for (const auto &[path, line] : k.resources) {
            auto resolved
                = resolve(k, dir, path, line, QStringLiteral("resource"), Want::FileOrDir);
            if (!resolved)
                return resolved.error();
            if (QFileInfo(*resolved).isDir()) {
                if (KustomizationFile::findIn(*resolved).isEmpty()) {
                    return Error(Error::Kind::NotFound,
                                 QStringLiteral(
                                     "resource '%1' is a folder without a kustomization.yaml")
                                     .arg(QString::fromUtf8(path)))
                        .at(k.file, line);
                }
                auto sub = build(*resolved, stack, k.file, line);
                if (!sub)
                    return sub.error();
                for (const Resource &r : *sub) {
                    if (auto st = append(list, ids, r); !st)
                        return st;
                }
            } else {
                if (auto st = loadResourceFile(list, ids, *resolved, k, line); !st)
                    return st;
            }
        }

        // Generators.
        const Generators::FileReader reader
            = [&](const QByteArray &rel, int line) -> Result<Generators::File> {
            auto p = resolve(k, dir, rel, line, QStringLiteral("generator source"), Want::File);
            if (!p)
                return p.error();
            auto bytes = readFile(*p);
            if (!bytes)
                return bytes.error();
            return Generators::File {*bytes, *p};
        };
        for (int pass = 0; pass < 2; ++pass) {
            const bool secret = pass == 1;
            for (const GeneratorEntry &g : secret ? k.secretGenerator : k.configMapGenerator) {
                auto made = Generators::generate(g, secret, k.generatorOptions, k.file, reader);
                if (!made)
                    return made.error();
                if (auto st = absorbGenerated(list, std::move(*made), g, k.file); !st)
                    return st;
            }
        }

        for (const auto &[path, line] : k.components) {
            auto resolved = resolve(k, dir, path, line, QStringLiteral("component"), Want::Dir);
            if (!resolved)
                return resolved.error();
            if (stack.contains(*resolved))
                return badInput(
                    QStringLiteral("cycle: component '%1' includes itself").arg(*resolved), k.file,
                    line);
            if (KustomizationFile::findIn(*resolved).isEmpty()) {
                return Error(
                           Error::Kind::NotFound,
                           QStringLiteral("component '%1' is a folder without a kustomization.yaml")
                               .arg(QString::fromUtf8(path)))
                    .at(k.file, line);
            }
            auto ck = kustomization(*resolved);
            if (!ck)
                return ck.error();
            if (!(*ck)->isComponent) {
                return badInput(QStringLiteral("'%1' is listed under components but is a "
                                               "Kustomization (kind: Component expected)")
                                    .arg(QString::fromUtf8(path)),
                                k.file, line);
            }
            stack.append(*resolved);
            Status st = accumulate(list, **ck, *resolved, stack);
            stack.removeLast();
            if (!st)
                return st;
        }

        return transform(list, k, dir);
    }

    Status absorbGenerated(List &list, Resource made, const GeneratorEntry &g, const QString &file)
    {
        QList<qsizetype> matches;
        // kustomize matches the generated object's id against every object's current and
        // previous ids (GetMatchingResourcesByAnyId): kind, name and namespace of one id together.
        auto effective = [](const QByteArray &ns) {
            return ns.isEmpty() ? QByteArrayLiteral("default") : ns;
        };
        const QByteArray wantedNs = effective(g.nameSpace);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Resource &r = list.at(i);
            if (r.apiVersion() != made.apiVersion())
                continue;
            bool match = r.kind() == made.kind() && r.name() == g.name
                && effective(r.nameSpace()) == wantedNs;
            for (const Resource::PreviousId &id : r.previousIds()) {
                match = match
                    || (id.kind == made.kind() && id.name == g.name
                        && effective(id.nameSpace) == wantedNs);
            }
            if (match)
                matches.append(i);
        }
        const QString id = QString::fromUtf8(made.kind()) + u' ' + QString::fromUtf8(g.name);
        if (g.behavior == "create") {
            if (!matches.isEmpty())
                return badInput(QStringLiteral("id %1 exists; can not use behavior: 'create', "
                                               "behavior must be merge or replace")
                                    .arg(id),
                                file, g.line);
            list.append(std::move(made));
            return {};
        }
        if (matches.isEmpty())
            return badInput(QStringLiteral("id %1 does not exist; cannot merge or replace").arg(id),
                            file, g.line);
        if (matches.size() > 1)
            return badInput(
                QStringLiteral("found multiple objects that could accept merge of %1").arg(id),
                file, g.line);
        // kustomize keeps the generator's new object: the old one gives its name and namespace,
        // its labels and annotations (the new ones win), and, for merge, its data. Everything
        // else of the old object (stringData, type, immutable) is replaced.
        Resource &old = list[matches.first()];
        const YamlNode &od = old.document();
        YamlNode result = made.document();
        result.setLine(od.line());
        YamlNode &meta = result.ensureMap("metadata");
        meta.set("name", YamlNode::string(old.name()));
        if (const YamlNode *ns = od.at({"metadata", "namespace"}))
            meta.set("namespace", *ns);
        else
            meta.remove("namespace");
        auto mergeMaps
            = [](const YamlNode *older, const YamlNode *newer) -> std::optional<YamlNode> {
            if ((!older || !older->isMap()) && (!newer || !newer->isMap()))
                return std::nullopt;
            YamlNode merged = older && older->isMap() ? *older : YamlNode::map();
            if (newer && newer->isMap()) {
                for (const auto &e : newer->entries())
                    merged.set(e.key, e.value);
            }
            return merged;
        };
        for (const char *field : {"labels", "annotations"}) {
            auto merged
                = mergeMaps(od.at({"metadata", field}), made.document().at({"metadata", field}));
            if (merged && !merged->entries().empty())
                meta.set(field, std::move(*merged));
            stringifyValues(meta.get(field), true);
        }
        if (g.behavior == "merge") {
            for (const char *field : {"data", "binaryData"}) {
                if (auto merged = mergeMaps(od.get(field), made.document().get(field)))
                    result.set(field, std::move(*merged));
            }
        }
        for (const char *field : {"data", "binaryData"})
            stringifyValues(result.get(field), true);
        old.document() = std::move(result);
        // A plain (not generated) object stays unhashed; a generated one keeps its hash only
        // when both generators want one (kustomize keeps the needs-hash mark of the old object
        // and drops it when the new one has none).
        old.setGenerated(old.isGenerated(),
                         old.isGenerated() && old.needsHashSuffix() && made.needsHashSuffix());
        return {};
    }

    // --- patches ------------------------------------------------------------------------------

    struct PatchText
    {
        QList<YamlNode> docs;
        QString file;
        int line = 0;
    };

    Result<PatchText> loadPatch(const Kustomization &k, const QString &dir, const PatchEntry &p)
    {
        PatchText out;
        if (!p.path.isEmpty()) {
            auto resolved
                = resolve(k, dir, p.path.toUtf8(), p.line, QStringLiteral("patch"), Want::File);
            if (!resolved)
                return resolved.error();
            auto docs = parsedFile(*resolved);
            if (!docs)
                return docs.error();
            out.docs = *docs;
            out.file = *resolved;
        } else {
            auto docs = YamlReader::parseAll(p.inlineText, k.file);
            if (!docs) {
                Error e = docs.error();
                e.at(k.file, p.line);
                return e;
            }
            out.docs = *docs;
            out.file = k.file;
            out.line = p.line;
        }
        return out;
    }

    Status applyPatch(List &list, const Kustomization &k, const QString &dir, const PatchEntry &p,
                      bool jsonOnly)
    {
        auto text = loadPatch(k, dir, p);
        if (!text)
            return text.error();
        const QString where = text->file;
        const int whereLine = text->line ? text->line : p.line;
        if (text->docs.isEmpty())
            return badInput(QStringLiteral("the patch is empty"), where, whereLine);
        const bool isJson = text->docs.size() == 1 && text->docs.first().isSequence();
        if (isJson || jsonOnly) {
            if (!isJson || !JsonPatch::looksLikeOperations(text->docs.first()))
                return badInput(
                    QStringLiteral(
                        "unable to parse a JSON 6902 patch (a list of operations) from the patch"),
                    where, whereLine);
            if (!p.hasTarget)
                return badInput(QStringLiteral("must specify a target for JSON patch"), k.file,
                                p.line);
            for (Resource &r : list) {
                auto sel = selected(r, p.target, k.file, p.line);
                if (!sel)
                    return sel.error();
                if (!*sel)
                    continue;
                Status s = JsonPatch::apply(r.document(), text->docs.first());
                if (!s) {
                    return badInput(s.error().message()
                                        + QStringLiteral(" (patching %1)").arg(r.idString()),
                                    where, text->line ? text->line : s.error().line());
                }
            }
            return {};
        }
        for (const YamlNode &doc : text->docs) {
            if (!doc.isMap())
                return badInput(
                    QStringLiteral(
                        "unable to parse a strategic merge or JSON patch from the patch"),
                    where, doc.line());
        }
        if (p.hasTarget) {
            if (text->docs.size() > 1)
                return badInput(QStringLiteral("Multiple Strategic-Merge Patches in one patches "
                                               "entry is not allowed to set patches.target field"),
                                k.file, p.line);
            for (qsizetype i = 0; i < list.size();) {
                auto sel = selected(list.at(i), p.target, k.file, p.line);
                if (!sel)
                    return sel.error();
                const qsizetype before = list.size();
                if (*sel) {
                    if (auto s = applySm(list, i, text->docs.first(), p, text->file, text->line);
                        !s)
                        return s;
                }
                if (list.size() == before)
                    ++i;
            }
            return {};
        }
        for (const YamlNode &doc : text->docs) {
            QList<qsizetype> matches;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (matchesPatchId(list.at(i), doc))
                    matches.append(i);
            }
            if (matches.size() != 1) {
                const QString id = QString::fromUtf8(doc.textAt({"apiVersion"})) + u' '
                    + QString::fromUtf8(doc.textAt({"kind"})) + u' '
                    + QString::fromUtf8(doc.textAt({"metadata", "name"}));
                return badInput(
                    matches.isEmpty()
                        ? QStringLiteral("no resource matches strategic merge patch \"%1\"").arg(id)
                        : QStringLiteral("several resources match strategic merge patch \"%1\"")
                              .arg(id),
                    where, text->line ? text->line : doc.line());
            }
            if (auto s = applySm(list, matches.first(), doc, p, text->file, text->line); !s)
                return s;
        }
        return {};
    }

    Status transform(List &list, const Kustomization &k, const QString &dir)
    {
        for (const PatchEntry &p : k.patchesStrategicMerge) {
            if (auto s = applyPatch(list, k, dir, p, false); !s)
                return s;
        }
        for (const PatchEntry &p : k.patches) {
            if (auto s = applyPatch(list, k, dir, p, false); !s)
                return s;
        }
        if (auto s = Transformers::setNamespace(list, k.nameSpace, k.file); !s)
            return s;
        Transformers::addPrefixSuffix(list, k.namePrefix, QByteArray());
        Transformers::addPrefixSuffix(list, QByteArray(), k.nameSuffix);
        for (const LabelEntry &l : k.labels)
            Transformers::addLabels(list, l.pairs, l.includeSelectors, l.includeTemplates);
        Transformers::addLabels(list, k.commonLabels, true, true);
        Transformers::addAnnotations(list, k.commonAnnotations);
        for (const PatchEntry &p : k.patchesJson6902) {
            if (auto s = applyPatch(list, k, dir, p, true); !s)
                return s;
        }
        for (const ReplicaEntry &r : k.replicas) {
            if (auto s = Transformers::setReplicas(list, r, k.file); !s)
                return s;
        }
        for (const ImageEntry &i : k.images)
            Transformers::setImage(list, i);
        for (const ReplacementEntry &r : k.replacements) {
            if (r.path.isEmpty()) {
                if (auto s = Replacements::apply(list, r.inlineReplacement, k.file); !s)
                    return s;
                continue;
            }
            auto resolved = resolve(k, dir, r.path.toUtf8(), r.line,
                                    QStringLiteral("replacements file"), Want::File);
            if (!resolved)
                return resolved.error();
            auto docs = parsedFile(*resolved);
            if (!docs)
                return docs.error();
            for (const YamlNode &doc : *docs) {
                if (doc.isSequence()) {
                    for (const YamlNode &one : doc.items()) {
                        if (auto s = Replacements::apply(list, one, *resolved); !s)
                            return s;
                    }
                } else if (auto s = Replacements::apply(list, doc, *resolved); !s) {
                    return s;
                }
            }
        }
        return {};
    }
};

Renderer::Renderer()
    : Renderer(Options {})
{ }

Renderer::Renderer(const Options &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

Renderer::~Renderer() = default;

void Renderer::clearCache()
{
    d->fileCache.clear();
    d->docsCache.clear();
    d->kustomizationCache.clear();
    d->builtCache.clear();
}

Result<QList<Resource>> Renderer::render(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.isDir())
        return Error(Error::Kind::NotFound, QStringLiteral("not a folder")).at(directory);
    const QString dir = info.canonicalFilePath();
    if (d->options.repositoryRoot.isEmpty()) {
        d->repoRoot = gitWorkTreeOf(dir);
    } else {
        const QFileInfo root(d->options.repositoryRoot);
        d->repoRoot
            = root.exists() ? root.canonicalFilePath() : QDir::cleanPath(root.absoluteFilePath());
    }
    if (!isWithin(dir, d->repoRoot))
        return badInput(
            QStringLiteral("the folder is outside the repository root %1").arg(d->repoRoot),
            directory);
    QStringList stack;
    auto built = d->build(dir, stack, dir, 0);
    if (!built)
        return built.error();
    auto k = d->kustomization(dir);
    if (!k)
        return k.error();
    List list = std::move(*built);
    for (Resource &r : list) {
        if (YamlNode *meta = r.document().get("metadata"))
            stringifyValues(meta->get("annotations"), false);
    }
    Transformers::addHashSuffixes(list);
    if (auto s = Transformers::fixNameReferences(list); !s)
        return s.error();

    Reorder order = d->options.reorder;
    if (order == Reorder::Default)
        order = (*k)->sortOrder == "fifo" ? Reorder::None : Reorder::Legacy;
    if (order == Reorder::Legacy) {
        if ((*k)->hasLegacySortOptions)
            Transformers::sortLegacy(list, (*k)->orderFirst, (*k)->orderLast);
        else
            Transformers::sortLegacy(list, Transformers::defaultOrderFirst(),
                                     Transformers::defaultOrderLast());
    }
    return list;
}

QByteArray Renderer::toYaml(const QList<Resource> &resources)
{
    QByteArray out;
    bool first = true;
    for (const Resource &r : resources) {
        if (!first)
            out += "---\n";
        first = false;
        out += YamlWriter::write(r.document());
    }
    return out;
}

Result<QByteArray> Renderer::renderYaml(const QString &directory)
{
    auto list = render(directory);
    if (!list)
        return list.error();
    return toYaml(*list);
}

} // namespace Promenade::Kustomize
