#include "kustomizationimages.h"

#include <yaml-cpp/yaml.h>

#include <QStringList>

namespace Promenade {

namespace {

QString scalar(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.Scalar());
}

} // namespace

Result<QList<ImageOverride>> KustomizationImages::parse(const QByteArray &yaml, const QString &path)
{
    QList<ImageOverride> out;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return out;
        if (!root.IsMap())
            return Error(Error::Kind::BadInput, QStringLiteral("a kustomization must be a mapping"))
                .at(path);
        const YAML::Node images = root["images"];
        if (!images || images.IsNull())
            return out;
        if (!images.IsSequence())
            return Error(Error::Kind::BadInput, QStringLiteral("images: must be a list"))
                .at(path, images.Mark().line + 1, images.Mark().column + 1);
        for (const YAML::Node &entry : images) {
            if (!entry.IsMap())
                continue;
            ImageOverride image;
            image.name = scalar(entry, "name");
            image.newName = scalar(entry, "newName");
            image.newTag = scalar(entry, "newTag");
            image.digest = scalar(entry, "digest");
            if (!image.name.isEmpty())
                out.append(image);
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
    return out;
}

bool KustomizationImages::isOverlayKustomization(const QString &path, QString *app,
                                                 QString *environment)
{
    const QStringList parts = path.split(u'/');
    if (!KustomizationFile::fileNames().contains(parts.last()))
        return false;
    if (parts.size() == 4 && parts.at(0) == u"apps" && parts.at(1) == u"overlays") {
        *app = QString();
        *environment = parts.at(2);
        return true;
    }
    if (parts.size() == 5 && parts.at(0) == u"apps" && parts.at(2) == u"overlays") {
        *app = parts.at(1);
        *environment = parts.at(3);
        return true;
    }
    return false;
}

QString KustomizationImages::appOfImage(const QString &image)
{
    QString name = image;
    const qsizetype at = name.indexOf(u'@');
    if (at >= 0)
        name.truncate(at);
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > slash)
        name.truncate(colon);
    return name.mid(slash + 1);
}

} // namespace Promenade
