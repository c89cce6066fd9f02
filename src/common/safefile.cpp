#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};

QString canonicalFolder(const QString &root)
{
    const QFileInfo info(root);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

#ifdef Q_OS_UNIX
// What a non-regular file is, for the sentence that refuses it.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("a folder");
    if (S_ISCHR(mode))
        return Tr::tr("a character device");
    if (S_ISBLK(mode))
        return Tr::tr("a block device");
    if (S_ISFIFO(mode))
        return Tr::tr("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    return Tr::tr("not a regular file");
}
#endif

Error refusal(const QString &path, const QString &sentence)
{
    return Error(Error::Kind::BadInput, sentence).at(QDir::cleanPath(path));
}

Error tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return refusal(path,
                   Tr::tr("the file is %1, more than the %2 Promenade reads from a repository")
                       .arg(SafeFile::sizeText(size), SafeFile::sizeText(maxBytes)));
}

// The canonical path of a file that read() may open (links resolved and contained), or why not.
Result<QString> resolve(const QString &path, const QString &root, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    QString rootPath;
    if (!root.isEmpty()) {
        rootPath = canonicalFolder(root);
        const QString cleanRoot = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
        if (!SafeFile::isWithin(absolute, cleanRoot) && !SafeFile::isWithin(absolute, rootPath))
            return refusal(path, Tr::tr("the path leaves the repository %1").arg(cleanRoot));
    }
    // canonicalFilePath() resolves links with stat() and readlink() only: nothing is opened.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        if (info.isSymLink()) {
            return refusal(
                path,
                Tr::tr("a symbolic link to %1, which does not exist or cannot be resolved")
                    .arg(info.symLinkTarget()));
        }
        return Error(Error::Kind::NotFound, Tr::tr("no such file")).at(QDir::cleanPath(path));
    }
    if (!root.isEmpty() && !SafeFile::isWithin(canonical, rootPath)) {
        return refusal(path,
                       Tr::tr("a symbolic link to %1, outside the repository: Promenade reads only "
                              "files inside it")
                           .arg(canonical));
    }
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(canonical).constData(), &st) != 0)
        return Error(Error::Kind::NotFound,
                     Tr::tr("cannot read the file: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))))
            .at(QDir::cleanPath(path));
    if (!S_ISREG(st.st_mode)) {
        const QString what = kindOf(st.st_mode);
        return refusal(path,
                       canonical == absolute ? Tr::tr("%1, not a regular file: Promenade reads "
                                                      "only regular files from a repository")
                                                   .arg(what)
                                             : Tr::tr("a symbolic link to %1, %2: Promenade reads "
                                                      "only regular files from a repository")
                                                   .arg(canonical, what));
    }
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);
#else
    const QFileInfo target(canonical);
    if (!target.isFile())
        return refusal(
            path,
            Tr::tr("not a regular file: Promenade reads only regular files from a repository"));
    if (target.size() > maxBytes)
        return tooLarge(path, target.size(), maxBytes);
#endif
    return canonical;
}

} // namespace

bool SafeFile::isWithin(const QString &path, const QString &root)
{
    if (root.isEmpty())
        return false;
    if (root == u"/")
        return path.startsWith(u'/');
    return path == root || path.startsWith(root + u'/');
}

QString SafeFile::sizeText(qint64 bytes)
{
    constexpr qint64 mib = 1024 * 1024;
    if (bytes >= mib)
        return QStringLiteral("%1 MiB").arg(bytes % mib == 0
                                                ? QString::number(bytes / mib)
                                                : QString::number(double(bytes) / mib, 'f', 1));
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

Status SafeFile::check(const QString &path, const QString &root, qint64 maxBytes)
{
    auto resolved = resolve(path, root, maxBytes);
    if (!resolved)
        return resolved.error();
    return {};
}

Result<QByteArray> SafeFile::read(const QString &path, const QString &root, qint64 maxBytes)
{
    auto resolved = resolve(path, root, maxBytes);
    if (!resolved)
        return resolved.error();
#ifdef Q_OS_UNIX
    // The checks above and the open are two steps: a file swapped for a link or a FIFO in
    // between must neither be followed nor block the open; fstat() then judges what was opened.
    const int fd = ::open(QFile::encodeName(*resolved).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("cannot read the file: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))))
            .at(QDir::cleanPath(path));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer {fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return refusal(
            path,
            Tr::tr("not a regular file: Promenade reads only regular files from a repository"));
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);
    // One byte beyond the cap tells a file that grew since fstat() from one that fits.
    QByteArray bytes(qsizetype(st.st_size) + 1, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (total == bytes.size()) {
            if (total > maxBytes)
                return tooLarge(path, total, maxBytes);
            bytes.resize(qMin<qint64>(maxBytes + 1, total * 2 + 4096));
        }
        const ssize_t n = ::read(fd, bytes.data() + total, size_t(bytes.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            return Error(Error::Kind::BadInput,
                         Tr::tr("cannot read the file: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))))
                .at(QDir::cleanPath(path));
        }
        if (n == 0)
            break;
        total += n;
    }
    if (total > maxBytes)
        return tooLarge(path, total, maxBytes);
    bytes.truncate(qsizetype(total));
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty file is empty, not missing
    return bytes;
#else
    QFile file(*resolved);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::BadInput,
                     Tr::tr("cannot read the file: %1").arg(file.errorString()))
            .at(QDir::cleanPath(path));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge(path, bytes.size(), maxBytes);
    if (bytes.isNull())
        bytes = QByteArray("");
    return bytes;
#endif
}

} // namespace Promenade
