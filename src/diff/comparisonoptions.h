#pragma once

#include "semanticdiff.h"
#include "textdiff.h"

#include <functional>

namespace Promenade::Diff {

// How files are compared: the line diff's options, and whether and how Kubernetes YAML is
// also compared semantically. Shared by FolderDiff and RenderedDiff. Plain data.
struct ComparisonOptions
{
    TextDiff::Options text;
    bool semantic = true;
    SemanticDiff::Options semanticOptions;
    // FolderDiff::compare of two files: map them (MappedFile) rather than read them. Only in a
    // process that a file truncated meanwhile may end (the command line): see MappedFile.
    bool mapFiles = false;
    // Cooperative cancellation: asked before each file; when it returns true the comparison
    // stops with an Error of kind Cancelled. Called on the comparing thread (e.g. wrap
    // QPromise::isCanceled or an atomic flag).
    std::function<bool()> isCancelled;
};

} // namespace Promenade::Diff
