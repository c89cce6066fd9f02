#pragma once

#include "filecomparison.h"

#include <QJsonObject>

namespace Promenade::Diff {

// The stable JSON form of comparisons, written by `promenade diff --format json` and
// documented field by field in the README ("promenade diff --format json"). Version 1 of
// the schema: fields may be added in later versions, never renamed or removed.
// Stateless and reentrant.
class DiffJson
{
public:
    static constexpr int schemaVersion = 1;

    // The whole report: {"schema", "version", "left", "right", "summary", "files"}; files lists
    // only the files that differ.
    [[nodiscard]] static QJsonObject report(const QList<FileComparison> &files, const QString &left,
                                            const QString &right);
    // One file: paths, status, counts, hunks of rows, and the semantic diff.
    [[nodiscard]] static QJsonObject file(const FileComparison &comparison);
    // A row's kind as the JSON names it ("equal", "added", "removed", "modified"); the diff
    // view's rows say the same.
    [[nodiscard]] static QString kindName(Row::Kind kind);
};

} // namespace Promenade::Diff
