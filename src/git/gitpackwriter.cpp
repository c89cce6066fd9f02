#include "gitpackwriter.h"

#include "giterror.h"
#include "gitfoldertree.h"
#include "githandles.h"
#include "gitlibrary.h"
#include "gitobjects.h"
#include "gitrepository.h"

#include <git2/sys/commit.h>
#include <git2/sys/mempack.h>

#include <QHash>

#include <vector>

namespace Promenade::Git {

namespace {

// A writepack's own free function (the pack's writer is a struct of callbacks).
void freeWritepack(git_odb_writepack *w)
{
    w->free(w);
}
using WritepackHandle = Handle<git_odb_writepack, freeWritepack>;

} // namespace

struct PackWriter::Private
{
    OdbHandle odb;
    git_odb_backend *memory = nullptr; // owned by odb
    RepositoryHandle repo; // wraps odb: what tree builders and commits are made against
    QHash<QString, std::pair<QByteArray, git_oid>> blobs; // path → its last bytes and id
    QHash<QByteArray, std::pair<QByteArray, git_oid>> trees; // folder → its entries and id

    Result<git_oid> writeFolder(const QByteArray &path, const FolderTree &folder);
    Result<git_oid> writeBlob(const QString &path, const QByteArray &bytes);
};

Result<git_oid> PackWriter::Private::writeBlob(const QString &path, const QByteArray &bytes)
{
    auto known = blobs.constFind(path);
    if (known != blobs.cend() && known->first == bytes)
        return known->second;
    git_oid id;
    const int rc
        = git_odb_write(&id, odb.get(), bytes.constData(), size_t(bytes.size()), GIT_OBJECT_BLOB);
    if (rc < 0)
        return lastError(Tr::tr("cannot write %1").arg(path), rc);
    blobs.insert(path, {bytes, id});
    return id;
}

Result<git_oid> PackWriter::Private::writeFolder(const QByteArray &path, const FolderTree &folder)
{
    // The folder's entries (mode, name, id): when they are those of the last tree written for
    // this folder, that tree is the answer.
    std::vector<std::tuple<QByteArray, git_oid, git_filemode_t>> entries;
    QByteArray signature;
    auto add = [&](const QByteArray &name, const git_oid &id, git_filemode_t mode) {
        entries.emplace_back(name, id, mode);
        signature += name;
        signature += char(mode == GIT_FILEMODE_TREE ? 't' : 'b');
        signature.append(reinterpret_cast<const char *>(id.id), GIT_OID_RAWSZ);
    };
    const QByteArray prefix = path.isEmpty() ? path : path + '/';
    for (const auto &[name, bytes] : folder.files) {
        auto id = writeBlob(QString::fromUtf8(prefix + name), *bytes);
        if (!id)
            return id.error();
        add(name, *id, GIT_FILEMODE_BLOB);
    }
    for (const auto &[name, sub] : folder.folders) {
        auto id = writeFolder(prefix + name, sub);
        if (!id)
            return id.error();
        add(name, *id, GIT_FILEMODE_TREE);
    }
    auto known = trees.constFind(path);
    if (known != trees.cend() && known->first == signature)
        return known->second;
    git_treebuilder *raw = nullptr;
    int rc = git_treebuilder_new(&raw, repo.get(), nullptr);
    if (rc < 0)
        return lastError(Tr::tr("cannot build a tree"), rc);
    TreeBuilderHandle builder(raw);
    for (const auto &[name, id, mode] : entries) {
        if ((rc = git_treebuilder_insert(nullptr, builder.get(), name.constData(), &id, mode)) < 0)
            return lastError(Tr::tr("cannot write %1").arg(QString::fromUtf8(prefix + name)), rc);
    }
    git_oid out;
    if ((rc = git_treebuilder_write(&out, builder.get())) < 0)
        return lastError(Tr::tr("cannot write a tree"), rc);
    trees.insert(path, {signature, out});
    return out;
}

PackWriter::PackWriter()
    : d(std::make_unique<Private>())
{
    ensureInitialised();
    git_odb *odb = nullptr;
    git_repository *repo = nullptr;
    // Failures leave the members empty: every call then reports them.
    if (git_odb_new(&odb) < 0)
        return;
    d->odb.reset(odb);
    if (git_mempack_new(&d->memory) < 0 || git_odb_add_backend(odb, d->memory, 1) < 0) {
        d->memory = nullptr;
        return;
    }
    if (git_repository_wrap_odb(&repo, odb) < 0)
        return;
    d->repo.reset(repo);
}

PackWriter::~PackWriter()
{
    d->repo.reset(); // before the object database it wraps
}

Result<QString> PackWriter::writeTree(const QMap<QString, QByteArray> &files)
{
    if (!d->repo)
        return Error(Error::Kind::Failed, Tr::tr("cannot keep Git objects in memory"));
    auto id = d->writeFolder({}, FolderTree::of(files));
    if (!id)
        return id.error();
    return idOf(&*id);
}

Result<QString> PackWriter::writeCommit(const QString &tree, const QStringList &parents,
                                        const Signature &author, const Signature &committer,
                                        const QString &message)
{
    if (!d->repo)
        return Error(Error::Kind::Failed, Tr::tr("cannot keep Git objects in memory"));
    git_oid treeId;
    if (git_oid_fromstr(&treeId, tree.toLatin1().constData()) < 0)
        return Error(Error::Kind::BadInput, Tr::tr("not a tree id: %1").arg(tree));
    std::vector<git_oid> parentIds(size_t(parents.size()));
    std::vector<const git_oid *> parentPointers;
    for (qsizetype i = 0; i < parents.size(); ++i) {
        if (git_oid_fromstr(&parentIds[size_t(i)], parents[i].toLatin1().constData()) < 0)
            return Error(Error::Kind::BadInput, Tr::tr("not a commit id: %1").arg(parents[i]));
        parentPointers.push_back(&parentIds[size_t(i)]);
    }
    auto a = makeSignature(author);
    if (!a)
        return a.error();
    auto c = makeSignature(committer);
    if (!c)
        return c.error();
    git_oid id;
    const int rc = git_commit_create_from_ids(&id, d->repo.get(), nullptr, a->get(), c->get(),
                                              "UTF-8", message.toUtf8().constData(), &treeId,
                                              parentPointers.size(), parentPointers.data());
    if (rc < 0)
        return lastError(Tr::tr("cannot create a commit"), rc);
    return idOf(&id);
}

Status PackWriter::store(const QList<const Repository *> &repositories)
{
    if (!d->repo)
        return Error(Error::Kind::Failed, Tr::tr("cannot keep Git objects in memory"));
    git_buf pack = GIT_BUF_INIT;
    int rc = git_mempack_dump(&pack, d->repo.get(), d->memory);
    if (rc < 0)
        return lastError(Tr::tr("cannot pack the objects"), rc);
    for (const Repository *repository : repositories) {
        git_odb *raw = nullptr;
        if ((rc = git_repository_odb(&raw, repository->raw())) < 0)
            break;
        OdbHandle odb(raw);
        git_odb_writepack *rawWriter = nullptr;
        if ((rc = git_odb_write_pack(&rawWriter, odb.get(), nullptr, nullptr)) < 0)
            break;
        WritepackHandle writer(rawWriter);
        git_indexer_progress progress {};
        if ((rc = writer->append(writer.get(), pack.ptr, pack.size, &progress)) < 0
            || (rc = writer->commit(writer.get(), &progress)) < 0)
            break;
    }
    git_buf_dispose(&pack);
    if (rc < 0)
        return lastError(Tr::tr("cannot store the objects"), rc);
    // What is stored leaves memory; the next trees are written whole again.
    git_mempack_reset(d->memory);
    d->blobs.clear();
    d->trees.clear();
    return {};
}

Status PackWriter::checkOutHead(const Repository &repository)
{
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE;
    const int rc = git_checkout_head(repository.raw(), &options);
    if (rc < 0)
        return lastError(Tr::tr("cannot check out the files"), rc);
    return {};
}

} // namespace Promenade::Git
