#include "folderdiff.h"

#include "mappedfile.h"
#include "safefile.h"
#include "textlines.h"
#include "utf8lines.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <optional>
#include <system_error>
#include <thread>

namespace Promenade::Diff {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

Result<QByteArray> readFile(const QString &path, const QString &shownPath, const QString &folder)
{
    // A symbolic link inside a folder is compared as the path it holds, as Git does: its
    // target may lie outside the folders compared, and is not read. (Two files named on the
    // command line are followed, but only to a regular file.)
    const QFileInfo info(path);
    if (!folder.isEmpty() && info.isSymLink())
        return info.dir().relativeFilePath(info.symLinkTarget()).toUtf8();
    // No device, FIFO or socket (endless or blocking), no file beyond the size cap.
    auto bytes = SafeFile::read(path, folder);
    if (!bytes)
        return Error(bytes.error().kind(), bytes.error().message()).at(shownPath);
    return bytes;
}

// Relative paths of the files under dir, sorted.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    const QDir root(absolute);
    // System too: a link to a device is listed (and compared as the path it holds, as Git does).
    QDirIterator it(absolute, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(u".git/") || relative.contains(u"/.git/"))
            continue;
        out << relative;
    }
    out.sort();
    return out;
}

// From this many lines (both files together), the semantic comparison of two files runs
// beside their line diff: below, starting a thread costs about what it saves.
constexpr qsizetype parallelLines = 20000;

bool isYamlName(const QString &path)
{
    return path.endsWith(u".yaml", Qt::CaseInsensitive)
        || path.endsWith(u".yml", Qt::CaseInsensitive);
}

} // namespace

bool FolderDiff::isBinary(const QByteArray &bytes)
{
    return bytes.left(8000).contains('\0');
}

FileComparison FolderDiff::compareContents(QByteArray left, QByteArray right,
                                           const QString &leftLabel, const QString &rightLabel,
                                           const ComparisonOptions &options)
{
    FileComparison result;
    FileDiff &diff = result.text;
    const bool leftMissing = left.isNull();
    const bool rightMissing = right.isNull();
    if (!leftMissing && !rightMissing && left == right) {
        diff.leftPath = leftLabel;
        diff.rightPath = rightLabel;
        diff.status = FileDiff::Status::Unchanged;
        return result;
    }
    if (isBinary(left) || isBinary(right)) {
        diff.binary = true;
    } else {
        // Compared as UTF-8: only what is shown is converted to QString.
        const Utf8Lines leftLines(std::move(left));
        const Utf8Lines rightLines(std::move(right));
        const QString name = rightMissing ? leftLabel : rightLabel;
        const bool kubernetes = options.semantic && isYamlName(name)
            && (SemanticDiff::looksLikeKubernetes(leftLines)
                || SemanticDiff::looksLikeKubernetes(rightLines));
        std::optional<Result<SemanticDiffResult>> semantic;
        auto compareSemantically = [&] {
            SemanticDiff::Options semanticOptions = options.semanticOptions;
            semanticOptions.leftLabel = leftLabel;
            semanticOptions.rightLabel = rightLabel;
            semantic.emplace(SemanticDiff::compare(leftLines, rightLines, semanticOptions));
        };
        // The two comparisons only read the lines: for large files, the semantic one runs on a
        // second thread meanwhile (when the machine has a second processor to run it).
        bool parallel = false;
        {
            std::thread worker;
            if (kubernetes && leftLines.count() + rightLines.count() >= parallelLines
                && std::thread::hardware_concurrency() > 1) {
                try {
                    worker = std::thread(compareSemantically);
                    parallel = true;
                } catch (const std::system_error &) {
                    // No thread to be had: one after the other.
                }
            }
            // Joined however the line diff ends (an exception included).
            struct Join
            {
                std::thread &thread;
                ~Join()
                {
                    if (thread.joinable())
                        thread.join();
                }
            } join {worker};
            diff = TextDiff::compare(leftLines, rightLines, options.text);
        }
        if (kubernetes && !parallel)
            compareSemantically();
        if (semantic && *semantic) {
            result.kubernetes = true;
            result.semantic = std::move(**semantic);
        } else if (semantic) {
            result.semanticError = semantic->error().toString();
        }
    }
    diff.leftPath = leftMissing ? QString() : leftLabel;
    diff.rightPath = rightMissing ? QString() : rightLabel;
    diff.status = leftMissing ? FileDiff::Status::Added
        : rightMissing        ? FileDiff::Status::Removed
                              : FileDiff::Status::Modified;
    return result;
}

Result<QList<FileComparison>> FolderDiff::compare(const QString &leftPath, const QString &rightPath,
                                                  const ComparisonOptions &options)
{
    const QFileInfo left(leftPath);
    const QFileInfo right(rightPath);
    for (const QFileInfo *info : {&left, &right}) {
        if (!info->exists())
            return Error(Error::Kind::NotFound, Tr::tr("no such file or folder"))
                .at(info->filePath());
    }
    if (left.isDir() != right.isDir()) {
        const QFileInfo &dir = left.isDir() ? left : right;
        const QFileInfo &file = left.isDir() ? right : left;
        return Error(Error::Kind::BadInput,
                     Tr::tr("is a folder but %1 is a file; compare two files or two folders")
                         .arg(file.filePath()))
            .at(dir.filePath());
    }
    QList<FileComparison> out;
    if (!left.isDir() && options.mapFiles) {
        // The bytes compared are views of the mappings, which outlive the comparison (its
        // result holds copies of what it shows).
        auto a = MappedFile::open(leftPath);
        if (!a)
            return Error(a.error().kind(), a.error().message()).at(leftPath);
        auto b = MappedFile::open(rightPath);
        if (!b)
            return Error(b.error().kind(), b.error().message()).at(rightPath);
        out.append(compareContents(a->bytes(), b->bytes(), leftPath, rightPath, options));
        return out;
    }
    if (!left.isDir()) {
        auto a = readFile(leftPath, leftPath, {});
        if (!a)
            return a.error();
        auto b = readFile(rightPath, rightPath, {});
        if (!b)
            return b.error();
        out.append(compareContents(std::move(*a), std::move(*b), leftPath, rightPath, options));
        return out;
    }
    // Every relative path of either side, in order; true/false: present on left/right.
    std::map<QString, std::pair<bool, bool>> paths;
    for (const QString &p : filesUnder(leftPath))
        paths[p].first = true;
    for (const QString &p : filesUnder(rightPath))
        paths[p].second = true;
    const QDir leftDir(leftPath);
    const QDir rightDir(rightPath);
    for (const auto &[relative, present] : paths) {
        if (options.isCancelled && options.isCancelled())
            return Error(Error::Kind::Cancelled, Tr::tr("comparison cancelled"));
        QByteArray a;
        QByteArray b;
        if (present.first) {
            auto bytes = readFile(leftDir.filePath(relative), leftDir.filePath(relative),
                                  leftDir.absolutePath());
            if (!bytes)
                return bytes.error();
            a = *bytes;
        }
        if (present.second) {
            auto bytes = readFile(rightDir.filePath(relative), rightDir.filePath(relative),
                                  rightDir.absolutePath());
            if (!bytes)
                return bytes.error();
            b = *bytes;
        }
        out.append(compareContents(std::move(a), std::move(b), relative, relative, options));
    }
    return out;
}

} // namespace Promenade::Diff
