#pragma once

#include <QString>

// Private to the pipeline folder: how DeploymentGraph reads the paths manifests name.
namespace Promenade::DeploymentPaths {

// "./apps/x/" → "apps/x"; "/apps" → "apps"; "." → "". A path leaving the repository keeps its
// "..", for the caller to refuse.
[[nodiscard]] QString cleanRelative(const QString &path);
// Whether a cleaned relative path leaves the repository.
[[nodiscard]] bool leavesRoot(const QString &relative);
// A file DeploymentGraph reads for manifests: .yaml, .yml or .json.
[[nodiscard]] bool isYamlName(const QString &name);

} // namespace Promenade::DeploymentPaths
