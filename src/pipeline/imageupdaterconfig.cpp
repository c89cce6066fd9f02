#include "deploymentmanifests.h"

namespace Promenade {

namespace {

const QLatin1String Prefix("argocd-image-updater.argoproj.io/");

// Strategy names before Image Updater 0.13 still work: latest and name.
QString canonicalStrategy(const QString &written)
{
    const QString s = written.trimmed().toLower();
    if (s.isEmpty())
        return QStringLiteral("semver");
    if (s == u"latest")
        return QStringLiteral("newest-build");
    if (s == u"name")
        return QStringLiteral("alphabetical");
    return s;
}

} // namespace

std::optional<ImageUpdaterConfig>
ImageUpdaterConfig::fromAnnotations(const QMap<QString, QString> &annotations)
{
    const auto annotation = [&](const QString &key) {
        return annotations.value(Prefix + key).trimmed();
    };
    const QString list = annotation(QStringLiteral("image-list"));
    if (list.isEmpty())
        return std::nullopt;
    ImageUpdaterConfig config;
    for (const QString &rawEntry : list.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty())
            continue;
        Image image;
        QString reference = entry;
        const qsizetype equals = entry.indexOf(u'=');
        if (equals >= 0) {
            image.alias = entry.left(equals).trimmed();
            reference = entry.mid(equals + 1).trimmed();
        }
        // The constraint follows the last ':' after the last '/' (a registry's port comes before
        // it).
        const qsizetype slash = reference.lastIndexOf(u'/');
        const qsizetype colon = reference.indexOf(u':', slash + 1);
        const qsizetype at = reference.indexOf(u'@', slash + 1);
        if (colon >= 0 && (at < 0 || colon < at)) {
            image.image = reference.left(colon);
            image.constraint = reference.mid(colon + 1).trimmed();
        } else {
            image.image = reference;
        }
        if (image.image.isEmpty())
            continue;
        // Per-image keys are named by the alias, with '/' written '_'.
        QString key = image.alias.isEmpty() ? image.image : image.alias;
        key = key.replace(u'/', u'_') + u'.';
        image.strategy = canonicalStrategy(annotation(key + QStringLiteral("update-strategy")));
        image.helmImageName = annotation(key + QStringLiteral("helm.image-name"));
        image.helmImageTag = annotation(key + QStringLiteral("helm.image-tag"));
        image.helmImageSpec = annotation(key + QStringLiteral("helm.image-spec"));
        image.kustomizeImageName = annotation(key + QStringLiteral("kustomize.image-name"));
        config.images.append(image);
    }
    if (config.images.isEmpty())
        return std::nullopt;
    config.writeBackMethod = annotation(QStringLiteral("write-back-method"));
    if (config.writeBackMethod.isEmpty())
        config.writeBackMethod = QStringLiteral("argocd");
    config.writeBackTarget = annotation(QStringLiteral("write-back-target"));
    config.gitBranch = annotation(QStringLiteral("git-branch"));
    config.gitRepository = annotation(QStringLiteral("git-repository"));
    return config;
}

} // namespace Promenade
