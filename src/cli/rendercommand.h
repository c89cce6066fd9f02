#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade render DIR [--reorder legacy|none]: prints what `kustomize build DIR` prints.
Command renderCommand();

} // namespace Promenade::Cli
