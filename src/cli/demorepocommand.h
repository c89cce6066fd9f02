#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade demo-repo DIR: writes the demo GitOps repository (and its bare origin beside it).
Command demoRepoCommand();

} // namespace Promenade::Cli
