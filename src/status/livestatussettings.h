#pragma once

#include "pipeline.h"
#include "pipelinestatus.h"
#include "statuscollector.h"

#include <QString>

#include <chrono>
#include <optional>

namespace Promenade {

// How a LiveStatusService follows a repository (see there).
struct LiveStatusSettings
{
    // The repository as read, with the endpoints to ask (promenade.yaml's, the user's
    // settings, or the embedded demo's): later reads keep these endpoints.
    Pipeline pipeline;
    // Tokens, timeouts and limits of each collection; the LiveStatusCache is the service's own.
    StatusCollector::Options options;
    // A collection every interval (a change Argo CD's watch stream reports: within a second).
    std::chrono::milliseconds interval {30000};
    // The repository's HEAD when it was read: a commit since (a promotion from the command line,
    // a pull) makes the service say headMoved() rather than report on what is no longer
    // declared. Empty: not followed.
    QString headCommit;
    // Shown until the first collection (the last status of an earlier session, the one shown
    // before new settings), and whether it came from the disk cache.
    std::optional<PipelineStatus> shown;
    bool shownIsCached = false;
    // Where each fresh and complete status is kept for the next session (Clients::StatusCache:
    // its folder, empty for the user's cache folder, and the key); no key: not kept.
    QString cacheDirectory;
    QString cacheKey;
    // When nothing is shown yet, the first collection is reported as soon as every service but
    // the registries has answered (PipelineStatus::loading says what is still asked), then whole.
    bool progressive = false;
};

} // namespace Promenade
