#pragma once

#include "gitsignature.h"

#include <QString>
#include <QStringList>

namespace Promenade::Git {

// One commit as a log walk reports it. Plain data, safe to pass between threads.
struct CommitInfo
{
    QString id; // full 40-hex id
    QStringList parents; // parent ids, first parent first
    Signature author; // `when` carries the author time with its UTC offset
    Signature committer;
    QString summary; // the first line
    QString message; // the full message, trailers included
    QStringList
        changedFiles; // paths changed against the first parent (all files for a root commit)

    [[nodiscard]] QString shortId() const { return id.left(7); }
};

} // namespace Promenade::Git
