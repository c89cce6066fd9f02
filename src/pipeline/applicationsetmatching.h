#pragma once

#include <QMap>
#include <QString>

#include <yaml-cpp/yaml.h>

// Private to the pipeline folder: the matching rules of ApplicationSet generators.
namespace Promenade::ApplicationSetMatching {

// Go's path.Match (or, with doubleStar, doublestar's "**"); '*' crosses '/' when
// starCrossesSlash. A pattern too costly to match matches nothing.
[[nodiscard]] bool globMatches(const QString &pattern, const QString &name, bool starCrossesSlash,
                               bool doubleStar);
// A Kubernetes label selector (matchLabels, matchExpressions) without any requirement.
[[nodiscard]] bool selectorIsEmpty(const YAML::Node &selector);
[[nodiscard]] bool selectorMatches(const YAML::Node &selector,
                                   const QMap<QString, QString> &labels);

} // namespace Promenade::ApplicationSetMatching
