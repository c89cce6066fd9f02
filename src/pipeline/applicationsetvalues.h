#pragma once

#include "argocdapplicationmanifest.h"

#include <QString>
#include <QVariant>

#include <yaml-cpp/yaml.h>

// Private to the pipeline folder: the parameter values (YAML and JSON read into QVariant, the
// flattened dotted keys) and template trees of ApplicationSet expansion.
namespace Promenade::ApplicationSetValues {

constexpr int MaxDepth = 64; // of YAML or JSON nesting read into parameters

[[nodiscard]] QVariant toVariant(const YAML::Node &node, int depth = 0);
[[nodiscard]] QVariant normalizedJson(const QVariant &v, int depth = 0);
[[nodiscard]] QString textOf(const QVariant &v);
void flatten(const QVariant &v, const QString &prefix, QVariantMap &out, int depth = 0);
[[nodiscard]] QVariantMap mergedParams(QVariantMap base, const QVariantMap &over);
[[nodiscard]] QString goBase(const QString &path);

[[nodiscard]] YAML::Node unmarked(const YAML::Node &node, int depth = 0);
[[nodiscard]] YAML::Node readTemplateParts(const YAML::Node &tmpl);
void restoreLines(ArgoCdApplicationManifest &app, const YAML::Node &tmpl);
[[nodiscard]] YAML::Node deepMerged(const YAML::Node &base, const YAML::Node &patch, int depth = 0);
[[nodiscard]] bool containsTemplate(const YAML::Node &node, int depth = 0);

} // namespace Promenade::ApplicationSetValues
