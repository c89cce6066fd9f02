#pragma once

#include "filediff.h"
#include "semanticdiffresult.h"

namespace Promenade::Diff {

// The comparison of one file (or one rendered output): its line diff, and for Kubernetes
// YAML also its semantic diff.
//
// text: the FileDiff (paths, status, hunks of rows). semantic is meaningful only when
// kubernetes is true (both texts parsed as YAML and one of them holds a resource);
// semanticError holds the one-line reason when the YAML did not parse (the line diff is still
// valid then). Plain data, safe to move across threads.
struct FileComparison
{
    FileDiff text;
    bool kubernetes = false;
    SemanticDiffResult semantic;
    QString semanticError;

    [[nodiscard]] bool hasChanges() const { return text.hasChanges(); }
};

} // namespace Promenade::Diff
