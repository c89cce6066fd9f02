#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade diff --no-index PATH_A PATH_B: compares two files or folders like
// `git diff --no-index` (unified diff, plus the semantic summary for Kubernetes YAML; or JSON).
// The form `promenade diff REPO ENV_A ENV_B` (rendered environments) is parsed but refused
// until the renderer and repository discovery are in place.
Command diffCommand();

} // namespace Promenade::Cli
