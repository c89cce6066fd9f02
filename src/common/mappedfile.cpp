#include "mappedfile.h"

#include "terminaltext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <utility>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MappedFile)
};

#ifdef Q_OS_UNIX
// The mappings alive, for the SIGBUS handler: fixed storage, written before an entry is
// published (begin last) and read with atomics only, as a signal handler may.
struct Entry
{
    std::atomic<bool> used {false};
    std::atomic<uintptr_t> begin {0}; // 0: not published
    std::atomic<uintptr_t> end {0};
    std::atomic<size_t> length {0};
    char message[512] {};
};

constexpr int entryCount = 16;
Entry entries[entryCount];
struct sigaction previousAction;
std::once_flag installed;
bool handlerInstalled = false;

void onBusError(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<uintptr_t>(info->si_addr);
    for (const Entry &e : entries) {
        const uintptr_t begin = e.begin.load(std::memory_order_acquire);
        if (begin != 0 && address >= begin && address < e.end.load(std::memory_order_relaxed)) {
            const ssize_t written
                = ::write(STDERR_FILENO, e.message, e.length.load(std::memory_order_relaxed));
            (void)written;
            ::_exit(2);
        }
    }
    // Not a lost page of a mapped file: the handler before this one takes it. A fault raises
    // the signal again when the access is retried; a signal sent by kill() is raised here.
    ::sigaction(SIGBUS, &previousAction, nullptr);
    if (info->si_code <= 0)
        ::raise(signal);
    (void)context;
}

// An entry for a mapping (and the handler, the first time), or -1 when none is free.
int publish(const char *data, qsizetype size, const QString &path)
{
    std::call_once(installed, [] {
        struct sigaction action
        {
        };
        action.sa_sigaction = onBusError;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        handlerInstalled = ::sigaction(SIGBUS, &action, &previousAction) == 0;
    });
    if (!handlerInstalled)
        return -1;
    for (int i = 0; i < entryCount; ++i) {
        Entry &e = entries[i];
        bool expected = false;
        if (!e.used.compare_exchange_strong(expected, true))
            continue;
        QString text = terminalSafe(
            Error(Error::Kind::BadInput, Tr::tr("the file was truncated while it was being read"))
                .at(QDir::cleanPath(path))
                .toString());
        if (const QString program = QCoreApplication::applicationName(); !program.isEmpty())
            text = program + QStringLiteral(": ") + text;
        QByteArray message = text.toLocal8Bit();
        message.truncate(qsizetype(sizeof e.message) - 1);
        message += '\n';
        std::memcpy(e.message, message.constData(), size_t(message.size()));
        e.length.store(size_t(message.size()), std::memory_order_relaxed);
        e.end.store(reinterpret_cast<uintptr_t>(data) + uintptr_t(size), std::memory_order_relaxed);
        e.begin.store(reinterpret_cast<uintptr_t>(data), std::memory_order_release);
        return i;
    }
    return -1;
}

void withdraw(int slot)
{
    Entry &e = entries[slot];
    e.begin.store(0, std::memory_order_release);
    e.end.store(0, std::memory_order_relaxed);
    e.used.store(false, std::memory_order_release);
}

// The mapping of path (a regular file of 1 to maxBytes bytes, as SafeFile::read would open
// it), or nothing: the caller reads the file instead, which gives any error in its words.
std::pair<const char *, qsizetype> mapFile(const QString &path, const QString &root,
                                           qint64 maxBytes)
{
    if (!SafeFile::check(path, root, maxBytes))
        return {};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    // As SafeFile::read: what was checked may have been swapped since; fstat() judges what
    // was opened, which neither follows a link nor blocks.
    const int fd = ::open(QFile::encodeName(canonical).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return {};
    struct stat st
    {
    };
    void *address = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size <= maxBytes)
        address = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd); // the mapping holds the file
    if (address == MAP_FAILED)
        return {};
    return {static_cast<const char *>(address), qsizetype(st.st_size)};
}
#endif

} // namespace

MappedFile::~MappedFile()
{
    release();
}

MappedFile::MappedFile(MappedFile &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_slot(std::exchange(other.m_slot, -1))
    , m_read(std::move(other.m_read))
{ }

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_slot = std::exchange(other.m_slot, -1);
        m_read = std::move(other.m_read);
    }
    return *this;
}

void MappedFile::release()
{
#ifdef Q_OS_UNIX
    if (m_slot >= 0) {
        withdraw(m_slot);
        ::munmap(const_cast<char *>(m_data), size_t(m_size));
    }
#endif
    m_data = nullptr;
    m_size = 0;
    m_slot = -1;
    m_read = QByteArray();
}

Result<MappedFile> MappedFile::open(const QString &path, const QString &root, qint64 maxBytes)
{
    MappedFile file;
#ifdef Q_OS_UNIX
    if (const auto [data, size] = mapFile(path, root, maxBytes); data) {
        file.m_slot = publish(data, size, path);
        if (file.m_slot >= 0) {
            file.m_data = data;
            file.m_size = size;
            return file;
        }
        ::munmap(const_cast<char *>(data), size_t(size));
    }
#endif
    auto bytes = SafeFile::read(path, root, maxBytes);
    if (!bytes)
        return bytes.error();
    file.m_read = std::move(*bytes);
    return file;
}

QByteArray MappedFile::bytes() const
{
    if (m_slot >= 0)
        return QByteArray::fromRawData(m_data, m_size);
    return m_read;
}

} // namespace Promenade
