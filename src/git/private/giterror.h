#pragma once

#include "error.h"

namespace Promenade::Git {

// Builds an Error from libgit2's last error *at once*: git_error_last() is per thread and the
// next libgit2 call overwrites it, so it must be read right after the failing call.
// `what` says what Promenade was doing ("cannot commit"); libgit2's text follows it.
Error lastError(const QString &what, int code);

} // namespace Promenade::Git
