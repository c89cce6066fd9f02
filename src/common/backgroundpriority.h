#pragma once

namespace Promenade {

// Background threads (discovery, rendering, the live-status collection and its HTTP, the demo's
// control plane) give way to the GUI thread: on Linux the calling thread's nice value is raised
// to BackgroundNiceness (never lowered, which needs privilege). A window that lays out 300 apps
// then gets a core as soon as it has work, instead of waiting behind collectors that are in no
// hurry. Threads the calling thread creates afterwards inherit it (Qt's network thread of a
// QNetworkAccessManager made there, for one). Elsewhere, or when refused, nothing changes.
inline constexpr int BackgroundNiceness = 5;

// Returns the calling thread's nice value afterwards (0 where unsupported).
int runCurrentThreadInBackground();

} // namespace Promenade
