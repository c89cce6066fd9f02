#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade history REPO [--app APP] [--env ENV] [--format table|json]: the promotions, CI
// bumps, image changes without trailers and reverts of a GitOps repository, newest first,
// rebuilt from its Git history (see docs-history-json.md for the JSON shape).
Command historyCommand();

} // namespace Promenade::Cli
