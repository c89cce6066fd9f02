#include "kustomizationfile.h"

#include "safefile.h"
#include "yamllimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

Result<QStringList> stringList(const YAML::Node &node, const char *field, const QString &path)
{
    QStringList out;
    if (!node)
        return out;
    if (!node.IsSequence()) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("'%1' must be a list").arg(QLatin1String(field)))
            .at(path, node.Mark().line + 1, node.Mark().column + 1);
    }
    for (const auto &item : node) {
        if (!item.IsScalar()) {
            return Error(Error::Kind::BadInput,
                         QStringLiteral("every entry of '%1' must be a string")
                             .arg(QLatin1String(field)))
                .at(path, item.Mark().line + 1, item.Mark().column + 1);
        }
        out << QString::fromStdString(item.Scalar());
    }
    return out;
}

} // namespace

QString ImageOverride::reference() const
{
    QString ref = newName.isEmpty() ? name : newName;
    if (!newTag.isEmpty())
        ref += u':' + newTag;
    if (!digest.isEmpty())
        ref += u'@' + digest;
    return ref;
}

const QStringList &KustomizationFile::fileNames()
{
    static const QStringList names {QStringLiteral("kustomization.yaml"),
                                    QStringLiteral("kustomization.yml"),
                                    QStringLiteral("Kustomization")};
    return names;
}

QString KustomizationFile::findIn(const QString &dir)
{
    const QDir d(dir);
    for (const QString &name : fileNames()) {
        const QFileInfo info(d.filePath(name));
        if (info.isFile())
            return info.filePath();
    }
    return {};
}

Result<KustomizationFile> KustomizationFile::load(const QString &dir)
{
    const QString path = findIn(dir);
    if (path.isEmpty()) {
        return Error(Error::Kind::NotFound, QStringLiteral("no kustomization.yaml in this folder"))
            .at(QDir::cleanPath(dir));
    }
    auto read = SafeFile::read(path); // a regular file, size-capped
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;

    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (auto s = Kustomize::YamlLimits::check(root, path); !s)
            return s.error();
        return parse(path, root);
    } catch (const YAML::Exception &e) {
        // Malformed YAML, or a node of an unexpected shape: the file is untrusted input.
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
}

Result<KustomizationFile> KustomizationFile::parse(const QString &path, YAML::Node root)
{
    if (root.IsNull())
        root = YAML::Node(YAML::NodeType::Map); // an empty kustomization is valid
    if (!root.IsMap())
        return Error(Error::Kind::BadInput, QStringLiteral("a kustomization must be a mapping"))
            .at(path, 1);

    KustomizationFile k;
    k.m_path = path;
    k.m_kind = scalar(root["kind"]);
    if (k.m_kind.isEmpty())
        k.m_kind = QStringLiteral("Kustomization");
    k.m_namespace = scalar(root["namespace"]);

    auto resources = stringList(root["resources"], "resources", path);
    if (!resources)
        return resources.error();
    auto bases = stringList(root["bases"], "bases", path);
    if (!bases)
        return bases.error();
    auto components = stringList(root["components"], "components", path);
    if (!components)
        return components.error();
    k.m_resources = *resources + *bases;
    k.m_components = *components;

    const YAML::Node images = root["images"];
    if (images && !images.IsSequence()) {
        return Error(Error::Kind::BadInput, QStringLiteral("'images' must be a list"))
            .at(path, images.Mark().line + 1, images.Mark().column + 1);
    }
    if (images) {
        for (const auto &entry : images) {
            if (!entry.IsMap() || !entry["name"]) {
                return Error(Error::Kind::BadInput,
                             QStringLiteral("every entry of 'images' needs a name"))
                    .at(path, entry.Mark().line + 1, entry.Mark().column + 1);
            }
            k.m_images.append({scalar(entry["name"]), scalar(entry["newName"]),
                               scalar(entry["newTag"]), scalar(entry["digest"])});
        }
    }
    return k;
}

} // namespace Promenade
