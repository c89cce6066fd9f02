// INTERIM: minimal stand-ins for the manifest readers and the image pin finder, so that the
// discovery branch builds until the real ones (feature/manifest-readers, feature/image-pins)
// are merged. Deleted by that merge.
#include "pipeline/deploymentmanifests.h"
#include "pipeline/imagepinfinder.h"
#include "pipeline/yamldocuments.h"

#include <QDir>
#include <QDirIterator>

namespace Promenade {

std::optional<ClusterSecret> ClusterSecret::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<ApplicationSetExpander::Expansion> ApplicationSetExpander::expand(const YAML::Node &, const QString &, const Context &) { return std::nullopt; }
std::optional<FluxKustomization> FluxKustomization::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<FluxHelmRelease> FluxHelmRelease::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<FluxSource> FluxSource::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<KargoStage> KargoStage::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<KargoWarehouse> KargoWarehouse::fromYaml(const YAML::Node &, const QString &) { return std::nullopt; }
std::optional<ImageUpdaterConfig> ImageUpdaterConfig::fromAnnotations(const QMap<QString, QString> &) { return std::nullopt; }
Result<ArgoCdSourceOverride> ArgoCdSourceOverride::load(const QString &p, const QString &) { return Error(Error::Kind::NotFound, QStringLiteral("interim")).at(p); }
QList<HelmValuesImage> HelmValuesImages::find(const YAML::Node &, const QString &) { return {}; }
Result<QList<HelmValuesImage>> HelmValuesImages::findInFiles(const QString &, const QStringList &) { return QList<HelmValuesImage>{}; }

namespace {
void collect(const YAML::Node &node, bool inContainers, const QString &file, QList<ImagePin> &out)
{
    if (node.IsMap()) {
        if (inContainers && yamlChild(node, "image").IsScalar()) {
            QString image = yamlScalar(yamlChild(node, "image"));
            ImagePin pin;
            const qsizetype at = image.indexOf(u'@');
            if (at >= 0) { pin.digest = image.mid(at + 1); image.truncate(at); }
            const qsizetype colon = image.lastIndexOf(u':');
            if (colon > image.lastIndexOf(u'/')) { pin.tag = image.mid(colon + 1); image.truncate(colon); }
            pin.baseRepository = pin.repository = image;
            pin.pin = {VersionPin::Kind::Manifest, file, yamlChild(node, "image").Mark().line + 1, {}};
            if (std::none_of(out.cbegin(), out.cend(), [&](const ImagePin &p) { return p.baseRepository == image; }))
                out << pin;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = yamlScalar(it->first);
            collect(it->second, key == u"containers" || key == u"initContainers", file, out);
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node &child : node)
            collect(child, inContainers, file, out);
    }
}
} // namespace

Result<ImagePinFinder::Found> ImagePinFinder::find(const QString &root, const QString &source, const QList<Override> &)
{
    Found found;
    const QDir rootDir(root);
    const QString dir = rootDir.filePath(source);
    auto k = KustomizationFile::load(dir);
    if (!k)
        return k.error();
    for (const QString &r : k->resources()) {
        const QString path = QDir::cleanPath(QDir(dir).filePath(r));
        QStringList files;
        if (QFileInfo(path).isDir()) {
            auto inner = find(root, rootDir.relativeFilePath(path));
            if (!inner)
                return inner.error();
            found.images += inner->images;
            continue;
        }
        auto docs = loadYamlDocuments(path);
        if (!docs)
            return docs.error();
        for (const YAML::Node &doc : *docs)
            collect(doc, false, rootDir.relativeFilePath(path), found.images);
    }
    for (ImagePin &pin : found.images) {
        for (const ImageOverride &image : k->images()) {
            if (image.name == pin.baseRepository) {
                if (!image.newName.isEmpty()) pin.repository = image.newName;
                if (!image.newTag.isEmpty()) pin.tag = image.newTag;
                pin.digest = image.digest;
                pin.pin = {VersionPin::Kind::KustomizeImages, rootDir.relativeFilePath(k->path()), 0, {}};
                pin.pinnedBySource = true;
            }
        }
    }
    return found;
}

} // namespace Promenade
