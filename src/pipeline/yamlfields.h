#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Promenade {

// Small readers shared by the manifest readers (deploymentmanifests.h). Each accepts any node,
// defined or not, of any shape, and never throws: repository content is untrusted.

// An error in a promenade.yaml field, at the node's line and column.
Error yamlFieldError(const QString &file, const YAML::Node &node, const QString &message);
// The 1-based line of a node in its file, or 0 (undefined, or built in memory).
int yamlLine(const YAML::Node &node);
// The scalar items of a sequence (others skipped); empty for anything else.
QStringList yamlScalarList(const YAML::Node &node);
// The scalar entries of a mapping (others skipped); empty for anything else.
QMap<QString, QString> yamlScalarMap(const YAML::Node &node);
// The apiVersion's group ("kustomize.toolkit.fluxcd.io" of "kustomize.toolkit.fluxcd.io/v1").
QString yamlApiGroup(const YAML::Node &document);
// A "./apps/staging" style path as a clean relative one ("apps/staging"; "./" and "." give "").
QString normalizedRelativePath(const QString &path);

} // namespace Promenade
