#pragma once

namespace Promenade::Git {

// libgit2 must be initialised once per process before any call; this does it on first use
// and shuts it down at exit. Every entry point of the wrapper calls ensureInitialised().
void ensureInitialised();

} // namespace Promenade::Git
