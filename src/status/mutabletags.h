#pragma once

#include "pipelinestatus.h"

namespace Promenade {

// Flags the apps of a status whose declared tag is mutable (see MutableTag): by its name
// (latest, a branch name), or because the registry now reports another digest for the same
// tag than the status before did (the tag moved; once seen, it stays flagged while the tag is
// declared). A pinned digest is never flagged. Stateless.
class MutableTags
{
public:
    // before: the same app in the previous status (nullptr: none known).
    static void flag(AppStatus &app, const AppStatus *before);
    // Every app of status, against before's (nullptr: by name only).
    static void flag(PipelineStatus &status, const PipelineStatus *before);
};

} // namespace Promenade
