#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade status REPO [--format table|json] [--timeout SECONDS]: the live pipeline matrix.
Command statusCommand();

} // namespace Promenade::Cli
