#pragma once

#include "comparisonoptions.h"
#include "filecomparison.h"
#include "result.h"

namespace Promenade::Diff {

// Compares two files, or two folders file by file (like `git diff --no-index`).
//
// Folders: files are matched by their path relative to each folder (sub-folders included,
// ".git" folders skipped, a symbolic link compared as the path it points to, like Git does,
// and never followed out of the folder); a file on the right only is
// Added (diffed against nothing), on the left only Removed, on both with different bytes
// Modified. The result lists every file of both folders in path order, unchanged ones with
// status Unchanged and no hunks; FileDiff paths are the relative paths.
// Files: one FileComparison whose FileDiff paths are the two paths as given.
// Binary files (a NUL byte in the first 8000 bytes) get no hunks. Text is read as UTF-8.
// Files ending in .yaml/.yml that hold Kubernetes resources also get the semantic diff (for
// two large files, on a second thread beside the line diff: both only read the lines).
//
// Errors (exit code 2 on the command line): a path that does not exist (NotFound), a file
// that cannot be read, a file compared with a folder (BadInput); each names the path.
// Blocking file I/O: call it from a worker thread in the window.
class FolderDiff
{
public:
    [[nodiscard]] static Result<QList<FileComparison>>
    compare(const QString &leftPath, const QString &rightPath, const ComparisonOptions &options);

    // Compares two file contents (a missing side is a null QByteArray: the file was added or
    // removed). leftLabel/rightLabel become the FileDiff's paths. Taken by value: given with
    // std::move, the bytes are let go once read as text (a large file's peak memory).
    [[nodiscard]] static FileComparison compareContents(QByteArray left, QByteArray right,
                                                        const QString &leftLabel,
                                                        const QString &rightLabel,
                                                        const ComparisonOptions &options);
    // Git's rule: a NUL byte within the first 8000 bytes.
    [[nodiscard]] static bool isBinary(const QByteArray &bytes);
};

} // namespace Promenade::Diff
