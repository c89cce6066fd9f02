#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade promote REPO --app APP --from ENV --to ENV [--tag TAG] [--dry-run] [--push]
// [--pull-request|--commit] [--yes]
Command promoteCommand();
// promenade rollback REPO --app APP --env ENV [--tag TAG] [--dry-run] [--push]
// [--pull-request|--commit] [--yes]
Command rollbackCommand();
// promenade set-image REPO --env ENV --app APP --image NAME=TAG [--commit] [--push] [--yes]
Command setImageCommand();

} // namespace Promenade::Cli
