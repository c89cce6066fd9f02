#include "pipeline/helmvaluesimages.h"

#include <yaml-cpp/yaml.h>

namespace Promenade {

QList<HelmValuesImage> HelmValuesImages::find(const YAML::Node &, const QString &)
{
    return {};
}

Result<QList<HelmValuesImage>> HelmValuesImages::findInFiles(const QString &, const QStringList &)
{
    return QList<HelmValuesImage>();
}

} // namespace Promenade
