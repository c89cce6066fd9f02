#include "helmvaluesimages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <yaml-cpp/yaml.h>

#include <utility>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HelmValuesImages)
};

constexpr qint64 maxFileSize = 8 * 1024 * 1024;

// One written value of an image block, with where it is written.
struct Field
{
    QString value;
    QString file;
    int line = 0;
    bool isNull = false; // written as null: a later file deletes the earlier value (Helm)
};

// The image fields of one values document (or of several merged), by block key, in first-seen
// order. A block's fields: registry, repository, name, tag, digest, or reference (a string
// `image: repo:tag`). Globals live under the block keys "global" (imageRegistry) and
// "global.image".
struct Blocks
{
    QStringList order;
    QHash<QString, QHash<QString, Field>> fields;
    QHash<QString, int> blockLines; // the line of the block's own key, for a pin without a tag
    QHash<QString, QString> blockFiles;
    QHash<QString, QString> referenceKeys; // a reference's own key when not the block's
    QStringList specKeys; // image-spec keys: a whole reference, for the block before `.spec`

    void set(const QString &block, const QString &field, const Field &f)
    {
        if (!fields.contains(block))
            order << block;
        fields[block].insert(field, f);
    }
};

QString scalarText(const YAML::Node &n)
{
    return n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

bool isNullNode(const YAML::Node &n)
{
    return n.IsNull()
        || (n.IsScalar() && (n.Tag() == "?" || n.Tag().empty())
            && (n.Scalar() == "null" || n.Scalar() == "~"));
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// A string that reads as an image reference (no spaces, starts like a name).
bool looksLikeReference(const QString &s)
{
    if (s.isEmpty() || s.contains(u' ') || !s.at(0).isLetterOrNumber())
        return false;
    return s != QLatin1String("true") && s != QLatin1String("false");
}

void collectBlock(Blocks &out, const YAML::Node &block, const QString &key, const QString &file,
                  int keyLine)
{
    out.blockLines.insert(key, keyLine);
    out.blockFiles.insert(key, file);
    for (const char *name : {"registry", "repository", "name", "tag", "digest"}) {
        const YAML::Node v = block[name];
        if (!v.IsDefined())
            continue;
        if (!v.IsScalar() && !v.IsNull())
            continue;
        Field f;
        f.isNull = isNullNode(v);
        f.value = f.isNull ? QString() : scalarText(v);
        f.file = file;
        f.line = v.Mark().line + 1;
        out.set(key, QLatin1String(name), f);
    }
}

bool isImageBlock(const YAML::Node &n)
{
    return n.IsMap()
        && (n["repository"].IsDefined() || n["name"].IsDefined() || n["tag"].IsDefined()
            || n["digest"].IsDefined() || n["registry"].IsDefined());
}

void collect(Blocks &out, const YAML::Node &node, const QString &path, const QString &file,
             int depth)
{
    if (depth > 64)
        return;
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (!entry.first.IsScalar())
                continue;
            const QString key = QString::fromStdString(entry.first.Scalar());
            const YAML::Node &value = entry.second;
            const QString here = join(path, key);
            if (out.specKeys.contains(here) && value.IsScalar()
                && looksLikeReference(scalarText(value))) {
                // An image-spec value: the whole reference of the block it names.
                const QString block
                    = here.endsWith(QLatin1String(".spec")) ? here.chopped(5) : here;
                Field f;
                f.value = scalarText(value);
                f.file = file;
                f.line = value.Mark().line + 1;
                out.blockLines.insert(block, f.line);
                out.blockFiles.insert(block, file);
                out.referenceKeys.insert(block, here);
                out.set(block, QStringLiteral("reference"), f);
                continue;
            }
            if (here == QLatin1String("global.imageRegistry")) {
                Field f;
                f.isNull = isNullNode(value);
                f.value = f.isNull ? QString() : scalarText(value);
                f.file = file;
                f.line = value.Mark().line + 1;
                out.set(QStringLiteral("global"), QStringLiteral("imageRegistry"), f);
                continue;
            }
            if (key == QLatin1String("image")) {
                if (isImageBlock(value)) {
                    collectBlock(out, value, here, file, entry.first.Mark().line + 1);
                    continue;
                }
                if (value.IsScalar() && looksLikeReference(scalarText(value))) {
                    Field f;
                    f.value = scalarText(value);
                    f.file = file;
                    f.line = value.Mark().line + 1;
                    out.blockLines.insert(here, f.line);
                    out.blockFiles.insert(here, file);
                    out.set(here, QStringLiteral("reference"), f);
                    continue;
                }
            }
            if (key == QLatin1String("images") && value.IsMap()) {
                bool any = false;
                for (const auto &image : value) {
                    if (image.first.IsScalar() && isImageBlock(image.second)) {
                        collectBlock(out, image.second,
                                     join(here, QString::fromStdString(image.first.Scalar())), file,
                                     image.first.Mark().line + 1);
                        any = true;
                    }
                }
                if (any)
                    continue;
            }
            collect(out, value, here, file, depth + 1);
        }
    } else if (node.IsSequence()) {
        int i = 0;
        for (const auto &item : node) {
            collect(out, item, path + QStringLiteral("[%1]").arg(i), file, depth + 1);
            ++i;
        }
    }
}

// Later blocks win field by field, as Helm merges values files (a null deletes).
void merge(Blocks &into, const Blocks &later)
{
    for (const QString &block : later.order) {
        const auto &fields = later.fields.value(block);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it->isNull) {
                if (into.fields.contains(block))
                    into.fields[block].remove(it.key());
                continue;
            }
            into.set(block, it.key(), *it);
        }
        if (later.referenceKeys.contains(block))
            into.referenceKeys.insert(block, later.referenceKeys.value(block));
        if (!into.blockLines.contains(block)) {
            into.blockLines.insert(block, later.blockLines.value(block));
            into.blockFiles.insert(block, later.blockFiles.value(block));
        }
    }
}

// kustomize-style split of an image reference (a ':' before the first '/' is a port).
void splitReference(const QString &image, QString *name, QString *tag, QString *digest)
{
    const qsizetype slash = image.indexOf(u'/');
    const qsizetype from = slash > 0 ? slash : 0;
    const qsizetype at = image.indexOf(u'@', from);
    const qsizetype colon = image.indexOf(u':', from);
    *name = image;
    tag->clear();
    digest->clear();
    if (at >= 0 && (colon < 0 || at < colon)) {
        *name = image.left(at);
        *digest = image.mid(at + 1);
    } else if (at >= 0) {
        *name = image.left(colon);
        *tag = image.mid(colon + 1, at - colon - 1);
        *digest = image.mid(at + 1);
    } else if (colon >= 0) {
        *name = image.left(colon);
        *tag = image.mid(colon + 1);
    }
}

VersionPin pinOf(const Field &f, const QString &key)
{
    VersionPin pin;
    pin.kind = VersionPin::Kind::HelmValues;
    pin.file = f.file;
    pin.line = f.line;
    pin.key = key;
    return pin;
}

QList<HelmValuesImage> resolve(const Blocks &blocks)
{
    QList<HelmValuesImage> out;
    const auto global = blocks.fields.value(QStringLiteral("global"));
    const auto globalImage = blocks.fields.value(QStringLiteral("global.image"));
    const QString globalRegistry = global.value(QStringLiteral("imageRegistry")).value;
    for (const QString &key : blocks.order) {
        if (key == QLatin1String("global"))
            continue;
        const auto fields = blocks.fields.value(key);
        HelmValuesImage image;
        image.key = key;
        if (fields.contains(QStringLiteral("reference"))) {
            const Field &ref = fields.value(QStringLiteral("reference"));
            splitReference(ref.value, &image.repository, &image.tag, &image.digest);
            image.pin = pinOf(ref, blocks.referenceKeys.value(key, key));
            out << image;
            continue;
        }
        const bool isGlobal = key == QLatin1String("global.image");
        // A field and the key it is written at: umbrella charts leave a component's field empty
        // and let global.image's apply.
        auto value = [&](const QString &field) -> std::pair<Field, QString> {
            const Field own = fields.value(field);
            if (!own.value.isEmpty() || isGlobal)
                return {own, key + u'.' + field};
            const Field g = globalImage.value(field);
            if (!g.value.isEmpty())
                return {g, QStringLiteral("global.image.") + field};
            return {own, key + u'.' + field};
        };
        QString repository = value(QStringLiteral("repository")).first.value;
        if (repository.isEmpty())
            repository = value(QStringLiteral("name")).first.value;
        if (repository.isEmpty())
            continue; // not an image block after all (or its repository lives in the chart)
        // Bitnami: global.imageRegistry overrides the block's registry.
        const QString registry = globalRegistry.isEmpty()
            ? value(QStringLiteral("registry")).first.value
            : globalRegistry;
        image.repository = registry.isEmpty() ? repository : registry + u'/' + repository;
        const auto [tag, tagKey] = value(QStringLiteral("tag"));
        const auto [digest, digestKey] = value(QStringLiteral("digest"));
        image.tag = tag.value;
        image.digest = digest.value;
        if (!digest.value.isEmpty()) {
            image.pin = pinOf(digest, digestKey);
        } else if (!tag.file.isEmpty()) {
            image.pin = pinOf(tag, tagKey); // also an empty tag: it is where the version goes
        } else {
            // No tag written: the chart's appVersion runs; a tag would be added at the block.
            Field at;
            at.file = blocks.blockFiles.value(key);
            at.line = blocks.blockLines.value(key);
            image.pin = pinOf(at, key + QStringLiteral(".tag"));
        }
        out << image;
    }
    return out;
}

// The one place values files are read: a regular file inside the root, at most maxFileSize
// bytes. (To be replaced by the common safe reader.)
Result<QByteArray> readValuesFile(const QString &root, const QString &relative)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString absolute = QDir::cleanPath(QDir(root).absoluteFilePath(relative));
    auto within = [](const QString &path, const QString &dir) {
        return !dir.isEmpty() && (path == dir || path.startsWith(dir + u'/'));
    };
    if (!within(absolute, QDir::cleanPath(QDir(root).absolutePath())))
        return Error(Error::Kind::Refused, Tr::tr("the values file leaves the repository"))
            .at(relative);
    const QFileInfo info(absolute);
    if (!info.exists())
        return Error(Error::Kind::NotFound, Tr::tr("the values file does not exist")).at(relative);
    if (!within(info.canonicalFilePath(), canonicalRoot))
        return Error(Error::Kind::Refused,
                     Tr::tr("the values file leads out of the repository through a symbolic link"))
            .at(relative);
    if (!QFileInfo(info.canonicalFilePath()).isFile())
        return Error(Error::Kind::BadInput, Tr::tr("the values file is not a regular file"))
            .at(relative);
    if (info.size() > maxFileSize)
        return Error(Error::Kind::BadInput,
                     Tr::tr("the values file is larger than %1 MiB").arg(maxFileSize >> 20))
            .at(relative);
    QFile file(info.canonicalFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot read the values file: %1").arg(file.errorString()))
            .at(relative);
    return file.read(maxFileSize);
}

} // namespace

QList<HelmValuesImage> HelmValuesImages::find(const YAML::Node &values, const QString &file,
                                              const QStringList &specKeys)
{
    Blocks blocks;
    blocks.specKeys = specKeys;
    try {
        collect(blocks, values, QString(), file, 0);
    } catch (const YAML::Exception &) {
        return {}; // yaml-cpp throws on odd trees (invalid nodes): no images rather than a crash
    }
    return resolve(blocks);
}

Result<QList<HelmValuesImage>> HelmValuesImages::findInFiles(const QString &root,
                                                             const QStringList &files,
                                                             const QStringList &specKeys)
{
    Blocks merged;
    for (const QString &file : files) {
        auto bytes = readValuesFile(root, file);
        if (!bytes)
            return bytes.error();
        try {
            // A values file is one document; Helm ignores the ones after it.
            const YAML::Node values = YAML::Load(bytes->toStdString());
            Blocks blocks;
            blocks.specKeys = specKeys;
            collect(blocks, values, QString(), file, 0);
            merge(merged, blocks);
        } catch (const YAML::Exception &e) {
            return Error(Error::Kind::BadInput,
                         Tr::tr("malformed YAML: %1").arg(QString::fromStdString(e.msg)))
                .at(file, e.mark.line + 1, e.mark.column + 1);
        }
    }
    return resolve(merged);
}

} // namespace Promenade
