#pragma once

#include "pipelinestatus.h"

#include <QString>

#include <optional>

namespace Promenade {

// The last live status of a repository, as kept on disk between runs (Clients::StatusCache):
// the window, `promenade status` and `promenade export` keep and read it under one key, so
// that each opens on what the others saw.
[[nodiscard]] QString statusCacheKey(const QString &root);
// The status kept for the repository at root (cacheDirectory empty: the user's cache folder);
// nullopt when none is kept or what is kept is not a status.
[[nodiscard]] std::optional<PipelineStatus> cachedStatus(const QString &root,
                                                         const QString &cacheDirectory = {});

} // namespace Promenade
