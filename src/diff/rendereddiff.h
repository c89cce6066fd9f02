#pragma once

#include "comparisonoptions.h"
#include "filecomparison.h"
#include "result.h"

#include <QMap>

namespace Promenade::Diff {

// Compares two rendered outputs (the multi-document YAML of `kustomize build` for two
// environments, or an overlay before and after an edit): the line diff and the semantic diff
// together, as one FileComparison. This is what the rendered-mode comparison (promenade diff
// REPO ENV_A ENV_B, the window's environment and overlay views) calls once the renderer has
// produced both texts; leftLabel/rightLabel name the sides in the FileDiff's paths and in
// error messages ("staging", "production" or "apps/overlays/staging (rendered)").
//
// Never fails: a YAML error leaves the line diff and sets semanticError.
// Stateless and reentrant; rendering and diffing a whole repository belongs on a worker thread.
class RenderedDiff
{
public:
    [[nodiscard]] static FileComparison compare(const QString &leftYaml, const QString &rightYaml,
                                                const QString &leftLabel, const QString &rightLabel,
                                                const ComparisonOptions &options);

    // Many rendered outputs at once, matched by key (an app or overlay name, e.g.
    // "apps/paulojauregui-com"), like FolderDiff matches files by path: a key only on the
    // right is Added, only on the left Removed; every key of both maps is listed, in key
    // order, unchanged ones with status Unchanged. The FileDiff paths are the keys.
    // Fails only when options.isCancelled says so (Error::Kind::Cancelled).
    [[nodiscard]] static Result<QList<FileComparison>>
    compareAll(const QMap<QString, QString> &left, const QMap<QString, QString> &right,
               const ComparisonOptions &options);
};

} // namespace Promenade::Diff
