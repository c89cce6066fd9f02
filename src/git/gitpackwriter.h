#pragma once

#include "gitsignature.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Promenade::Git {

class Repository;

// Builds a whole history in memory — trees from maps of files, commits with exact times — and
// stores it at once, as one pack, in one or more repositories (a clone and its bare origin get
// the same objects). Nothing touches the disk before store(): a history of thousands of files
// costs a pack and its index, not one file per object. Files unchanged since the previous tree
// (same path, same bytes) and folders whose entries did not change are not hashed again.
// Blocking, local; not shared between threads.
class PackWriter
{
public:
    PackWriter();
    ~PackWriter();
    PackWriter(const PackWriter &) = delete;
    PackWriter &operator=(const PackWriter &) = delete;

    // A tree holding exactly files (path relative to the root, '/'-separated → bytes).
    Result<QString> writeTree(const QMap<QString, QByteArray> &files);
    // A commit of tree with these parents (ids written since the last store()); its encoding header
    // says UTF-8, as the repository's own commits do. Signatures need a valid when.
    Result<QString> writeCommit(const QString &tree, const QStringList &parents,
                                const Signature &author, const Signature &committer,
                                const QString &message);
    // Stores every object written so far, as one pack, in each repository.
    Status store(const QList<const Repository *> &repositories);

    // Fills a new repository's empty work tree and its index from HEAD (a forced checkout:
    // nothing is there to lose).
    static Status checkOutHead(const Repository &repository);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Promenade::Git
