#include "gitobjectwriter.h"

#include "giterror.h"
#include "gitfoldertree.h"
#include "gitobjects.h"
#include "gitrepository.h"

#include <QCryptographicHash>

#include <vector>

namespace Promenade::Git {

namespace {

Result<git_oid> writeFolder(git_repository *repo, const FolderTree &folder)
{
    git_treebuilder *raw = nullptr;
    int rc = git_treebuilder_new(&raw, repo, nullptr);
    if (rc < 0)
        return lastError(Tr::tr("cannot build a tree"), rc);
    TreeBuilderHandle builder(raw);
    for (const auto &[name, bytes] : folder.files) {
        git_oid blob;
        if ((rc
             = git_blob_create_from_buffer(&blob, repo, bytes->constData(), size_t(bytes->size())))
                < 0
            || (rc = git_treebuilder_insert(nullptr, builder.get(), name.constData(), &blob,
                                            GIT_FILEMODE_BLOB))
                < 0)
            return lastError(Tr::tr("cannot write %1").arg(QString::fromUtf8(name)), rc);
    }
    for (const auto &[name, sub] : folder.folders) {
        auto id = writeFolder(repo, sub);
        if (!id)
            return id.error();
        if ((rc = git_treebuilder_insert(nullptr, builder.get(), name.constData(), &*id,
                                         GIT_FILEMODE_TREE))
            < 0)
            return lastError(Tr::tr("cannot write folder %1").arg(QString::fromUtf8(name)), rc);
    }
    git_oid out;
    if ((rc = git_treebuilder_write(&out, builder.get())) < 0)
        return lastError(Tr::tr("cannot write a tree"), rc);
    return out;
}

} // namespace

Result<QString> ObjectWriter::writeTree(const QMap<QString, QByteArray> &files) const
{
    auto id = writeFolder(m_repository.raw(), FolderTree::of(files));
    if (!id)
        return id.error();
    return idOf(&*id);
}

Result<QByteArray> ObjectWriter::commitBytes(const QString &tree, const QStringList &parents,
                                             const Signature &author, const Signature &committer,
                                             const QString &message) const
{
    git_repository *repo = m_repository.raw();
    git_oid treeId;
    if (git_oid_fromstr(&treeId, tree.toLatin1().constData()) < 0)
        return Error(Error::Kind::BadInput, Tr::tr("not a tree id: %1").arg(tree));
    git_tree *rawTree = nullptr;
    int rc = git_tree_lookup(&rawTree, repo, &treeId);
    if (rc < 0)
        return lastError(Tr::tr("cannot read tree %1").arg(tree), rc);
    TreeHandle treeHandle(rawTree);
    std::vector<CommitHandle> parentHandles;
    std::vector<const git_commit *> parentPointers;
    for (const QString &p : parents) {
        git_oid pid;
        git_commit *raw = nullptr;
        if (git_oid_fromstr(&pid, p.toLatin1().constData()) < 0
            || (rc = git_commit_lookup(&raw, repo, &pid)) < 0)
            return lastError(Tr::tr("cannot read commit %1").arg(p), rc);
        parentHandles.emplace_back(raw);
        parentPointers.push_back(raw);
    }
    auto a = makeSignature(author);
    if (!a)
        return a.error();
    auto c = makeSignature(committer);
    if (!c)
        return c.error();
    git_buf buf = GIT_BUF_INIT;
    rc = git_commit_create_buffer(&buf, repo, a->get(), c->get(), nullptr,
                                  message.toUtf8().constData(), treeHandle.get(),
                                  parentPointers.size(), parentPointers.data());
    if (rc < 0)
        return lastError(Tr::tr("cannot create a commit"), rc);
    QByteArray bytes(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return bytes;
}

Result<QString> ObjectWriter::writeCommit(const QByteArray &bytes) const
{
    git_odb *raw = nullptr;
    int rc = git_repository_odb(&raw, m_repository.raw());
    if (rc < 0)
        return lastError(Tr::tr("cannot open the object database"), rc);
    OdbHandle odb(raw);
    git_oid id;
    if ((rc = git_odb_write(&id, odb.get(), bytes.constData(), size_t(bytes.size()),
                            GIT_OBJECT_COMMIT))
        < 0)
        return lastError(Tr::tr("cannot write a commit"), rc);
    return idOf(&id);
}

Status ObjectWriter::setReference(const QString &name, const QString &id) const
{
    git_oid oid;
    if (git_oid_fromstr(&oid, id.toLatin1().constData()) < 0)
        return Error(Error::Kind::BadInput, Tr::tr("not a commit id: %1").arg(id));
    git_reference *raw = nullptr;
    const int rc = git_reference_create(&raw, m_repository.raw(), name.toUtf8().constData(), &oid,
                                        1, nullptr);
    if (rc < 0)
        return lastError(Tr::tr("cannot set %1").arg(name), rc);
    ReferenceHandle ref(raw);
    return {};
}

QString ObjectWriter::objectId(const QByteArray &type, const QByteArray &bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray(type + ' ' + QByteArray::number(bytes.size())));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Promenade::Git
