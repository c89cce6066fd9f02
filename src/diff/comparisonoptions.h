#pragma once

#include "diff/semanticdiff.h"
#include "diff/textdiff.h"

namespace Promenade::Diff {

// How files are compared: the line diff's options, and whether and how Kubernetes YAML is
// also compared semantically. Shared by FolderDiff and RenderedDiff. Plain data.
struct ComparisonOptions
{
    TextDiff::Options text;
    bool semantic = true;
    SemanticDiff::Options semanticOptions;
};

} // namespace Promenade::Diff
