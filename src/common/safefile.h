#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Promenade {

// Reads a file of a repository, which is untrusted input: a file that is named in a
// kustomization, found by discovery or compared by a diff may be a symbolic link to /dev/zero
// (endless), /dev/stdin (blocks forever), /etc/passwd (outside the repository) or a sparse file
// of gigabytes. Only a regular file is read; a symbolic link is resolved and must stay inside
// root (when one is given); devices, FIFOs and sockets are refused before they are opened, and
// the open itself never blocks nor follows a link swapped in meanwhile; the size is capped
// (the cap is named in the error). Errors: NotFound (no such file), BadInput (any refusal, in
// one sentence naming the file). Reentrant: no state.
class SafeFile
{
public:
    // 8 MiB: far above any real kustomization or manifest (kustomize caps its own inputs too).
    static constexpr qint64 defaultMaxBytes = 8 * 1024 * 1024;

    // The bytes of path. root: the folder the file (and whatever its links resolve to) must stay
    // in, e.g. the repository root; empty: no containment check.
    static Result<QByteArray> read(const QString &path, const QString &root = {},
                                   qint64 maxBytes = defaultMaxBytes);
    // The same checks without reading: Ok when read() would open the file (size included).
    static Status check(const QString &path, const QString &root = {},
                        qint64 maxBytes = defaultMaxBytes);
    // True when path equals root or lies below it (both absolute and clean, compared as text).
    [[nodiscard]] static bool isWithin(const QString &path, const QString &root);
    // "8 MiB", "200 MiB", "512 bytes".
    [[nodiscard]] static QString sizeText(qint64 bytes);
};

} // namespace Promenade
