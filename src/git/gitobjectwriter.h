#pragma once

#include "gitsignature.h"
#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Promenade::Git {

class Repository;

// Writes Git objects directly, without a work tree or an index: a tree from a map of files, a
// commit with any parents (merge commits included) and exact author and committer times, and
// a reference. What the demo's application histories are made of: the same inputs always give
// the same commit ids. The commit's bytes can be asked for before it is written (its id is
// the SHA-1 of them, see objectId). Blocking, local; one Repository per thread.
class ObjectWriter
{
public:
    explicit ObjectWriter(const Repository &repository)
        : m_repository(repository)
    { }

    // A tree holding exactly files (path relative to the root, '/'-separated → bytes).
    Result<QString> writeTree(const QMap<QString, QByteArray> &files) const;
    // The raw commit object (what `git cat-file commit` prints). Signatures need a valid when.
    Result<QByteArray> commitBytes(const QString &tree, const QStringList &parents,
                                   const Signature &author, const Signature &committer,
                                   const QString &message) const;
    // Stores a raw commit object; returns its id.
    Result<QString> writeCommit(const QByteArray &bytes) const;
    // Creates or moves a reference ("refs/heads/main") to id.
    Status setReference(const QString &name, const QString &id) const;
    // The id Git gives an object of type ("commit", "tree", "blob") with these bytes.
    [[nodiscard]] static QString objectId(const QByteArray &type, const QByteArray &bytes);

private:
    const Repository &m_repository;
};

} // namespace Promenade::Git
