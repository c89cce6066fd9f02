#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade changes REPO --app APP --from ENV --to ENV [--format text|json|markdown]: the
// application's commits and pull requests between what ENV (--to) runs and what --from has.
Command changesCommand();

} // namespace Promenade::Cli
