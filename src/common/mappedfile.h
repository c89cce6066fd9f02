#pragma once

#include "result.h"
#include "safefile.h"

#include <QByteArray>
#include <QString>

namespace Promenade {

// The bytes of a file mapped into memory instead of read into a copy, with SafeFile's checks
// (a regular file only; links resolved, and kept inside root when one is given; the size
// capped; the same errors). For a large file compared once: a copy costs a page fault for
// each 4 KiB of it, a mapping of a file in the page cache almost nothing. Where a file cannot
// be mapped (not Unix, an empty file, mmap refused, too many mappings at once) it is read.
//
// A mapped file that another program truncates meanwhile loses the pages past its new end,
// and reading one of them raises SIGBUS. The first mapping installs a handler for it that
// passes any other SIGBUS on to the handler before it; for a lost page of a mapped file it
// writes "<program>: <path>: the file was truncated while it was being read" to stderr and
// ends the process with exit code 2 (bad input). So map only in a process that may end so
// (the command line), never in the window.
//
// Move-only; bytes() is valid while the object lives.
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // path's bytes, mapped or read; root and maxBytes as SafeFile::read.
    [[nodiscard]] static Result<MappedFile> open(const QString &path, const QString &root = {},
                                                 qint64 maxBytes = SafeFile::defaultMaxBytes);

    // The bytes (never null: an empty file gives an empty array). Over the mapping, not a
    // copy: read-only (a write would detach into a copy), and not to outlive this object.
    [[nodiscard]] QByteArray bytes() const;
    // True when the bytes are mapped rather than read.
    [[nodiscard]] bool isMapped() const { return m_slot >= 0; }

private:
    void release();

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    int m_slot = -1; // the mapping's entry in the SIGBUS handler's table; -1: read
    QByteArray m_read;
};

} // namespace Promenade
