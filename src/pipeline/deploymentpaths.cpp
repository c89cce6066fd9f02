#include "deploymentpaths.h"

#include <QDir>

// The repository-relative path rules of DeploymentGraph, apart from its builder
// (deploymentgraph.cpp) so that the graph's walk reads on its own.
namespace Promenade::DeploymentPaths {

// "./apps/x/" → "apps/x"; "/apps" → "apps" (Argo CD reads a leading slash as the repository
// root); "." → "". A path leaving the repository keeps its "..", for the caller to refuse.
QString cleanRelative(const QString &path)
{
    QString p = QDir::cleanPath(path.trimmed());
    while (p.startsWith(u"./"))
        p = p.mid(2);
    while (p.startsWith(u'/'))
        p = p.mid(1);
    if (p == u".")
        return {};
    return p;
}

bool leavesRoot(const QString &relative)
{
    return relative == u".." || relative.startsWith(u"../");
}

bool isYamlName(const QString &name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"))
        || name.endsWith(QLatin1String(".json"));
}

} // namespace Promenade::DeploymentPaths
