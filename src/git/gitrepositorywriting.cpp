#include "gitrepository.h"

#include "giterror.h"
#include "gitobjects.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>

// Repository's writing half: identity and configuration, commits, reverts, remotes' settings.
// (The reading half is in gitrepository.cpp.)

namespace Promenade::Git {

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

// --- writing -------------------------------------------------------------------------------

Result<Signature> Repository::defaultSignature() const
{
    git_signature *raw = nullptr;
    const int rc = git_signature_default(&raw, m_repo.get());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALID) {
        git_error_clear();
        return Error(
            Error::Kind::BadInput,
            Tr::tr("your Git identity is not set: run git config --global user.name \"Your Name\" "
                   "and git config --global user.email you@example.com"));
    }
    if (rc < 0)
        return lastError(Tr::tr("cannot read user.name and user.email from the Git configuration"),
                         rc);
    SignatureHandle sig(raw);
    Signature s = signatureOf(sig.get());
    s.when = {}; // "now" at commit time
    return s;
}

Status Repository::setLocalConfig(const QString &key, const QString &value)
{
    git_config *config = nullptr;
    int rc = git_repository_config(&config, m_repo.get());
    if (rc < 0)
        return lastError(Tr::tr("cannot open the repository's configuration"), rc);
    git_config *local = nullptr;
    rc = git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL);
    git_config_free(config);
    if (rc < 0)
        return lastError(Tr::tr("cannot open the repository's configuration"), rc);
    rc = git_config_set_string(local, utf8(key).constData(), utf8(value).constData());
    git_config_free(local);
    if (rc < 0)
        return lastError(Tr::tr("cannot set %1 in the repository's configuration").arg(key), rc);
    return {};
}

Result<QString> Repository::createCommit(git_tree *tree, const QString &message,
                                         const Signature &author, const Signature &committer)
{
    CommitHandle parent;
    git_oid headId;
    int rc = git_reference_name_to_id(&headId, m_repo.get(), "HEAD");
    if (rc == 0) {
        git_commit *rawParent = nullptr;
        if ((rc = git_commit_lookup(&rawParent, m_repo.get(), &headId)) < 0)
            return lastError(Tr::tr("cannot read HEAD"), rc);
        parent.reset(rawParent);
    } else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH) {
        return lastError(Tr::tr("cannot resolve HEAD"), rc);
    }
    auto authorSig = makeSignature(author);
    if (!authorSig)
        return authorSig.error();
    auto committerSig = makeSignature(committer);
    if (!committerSig)
        return committerSig.error();
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    rc = git_commit_create(&commitId, m_repo.get(), "HEAD", authorSig->get(), committerSig->get(),
                           "UTF-8", utf8(message).constData(), tree, parent ? 1 : 0,
                           parent ? parents : nullptr);
    if (rc < 0)
        return lastError(Tr::tr("cannot commit"), rc);
    return idOf(&commitId);
}

Result<QString> Repository::commitPaths(const QStringList &paths, const QString &message)
{
    auto sig = defaultSignature();
    if (!sig)
        return sig.error();
    return commitPaths(paths, message, *sig, *sig);
}

Result<QString> Repository::commitPaths(const QStringList &pathsIn, const QString &message,
                                        const Signature &author, const Signature &committer)
{
    if (pathsIn.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("no paths to commit"));
    const QDir root(workTree());
    QStringList paths;
    for (const QString &p : pathsIn) {
        const QString rel = QDir::cleanPath(QDir::isAbsolutePath(p) ? root.relativeFilePath(p) : p);
        if (rel.startsWith(u"..") || rel.isEmpty())
            return Error(Error::Kind::BadInput, Tr::tr("%1 is outside the repository").arg(p));
        paths.append(rel);
    }
    auto entries = status(paths);
    if (!entries)
        return entries.error();
    QStringList conflicted;
    for (const StatusEntry &e : *entries) {
        if (e.conflicted)
            conflicted.append(e.path);
    }
    if (!conflicted.isEmpty())
        return Error(Error::Kind::Refused,
                     Tr::tr("cannot commit: %1 has unresolved conflicts")
                         .arg(conflicted.join(QStringLiteral(", "))));
    if (entries->isEmpty())
        return Error(Error::Kind::Refused,
                     Tr::tr("nothing to commit in %1").arg(paths.join(QStringLiteral(", "))));

    auto freshened = freshIndex(m_repo.get());
    if (!freshened)
        return freshened.error();
    IndexHandle index = std::move(*freshened);
    int rc = 0;
    // Stage the selected paths in the real index, so that they are clean after the commit.
    for (const StatusEntry &e : *entries) {
        const QFileInfo fi(root.filePath(e.path));
        const QByteArray path = utf8(e.path);
        rc = fi.exists() || fi.isSymLink() ? git_index_add_bypath(index.get(), path.constData())
                                           : git_index_remove_bypath(index.get(), path.constData());
        if (rc < 0)
            return lastError(Tr::tr("cannot stage %1").arg(e.path), rc);
    }
    if ((rc = git_index_write(index.get())) < 0)
        return lastError(Tr::tr("cannot write the Git index"), rc);

    QStringList changed;
    for (const StatusEntry &e : *entries)
        changed.append(e.path);
    return commitStagedPaths(index.get(), changed, message, author, committer);
}

Result<QString> Repository::commitStagedPaths(git_index *index, const QStringList &paths,
                                              const QString &message, const Signature &author,
                                              const Signature &committer)
{
    int rc = 0;
    // The commit's tree is HEAD's tree plus exactly these paths: whatever else is staged stays out.
    git_index *rawCommitIndex = nullptr;
    if ((rc = git_index_new(&rawCommitIndex)) < 0)
        return lastError(Tr::tr("cannot prepare the commit"), rc);
    IndexHandle commitIndex(rawCommitIndex);
    auto head = lookupCommit(m_repo.get(), QStringLiteral("HEAD"));
    TreeHandle headTree;
    if (head) {
        git_tree *rawTree = nullptr;
        if ((rc = git_commit_tree(&rawTree, head->get())) < 0)
            return lastError(Tr::tr("cannot read the tree of HEAD"), rc);
        headTree.reset(rawTree);
        if ((rc = git_index_read_tree(commitIndex.get(), headTree.get())) < 0)
            return lastError(Tr::tr("cannot prepare the commit"), rc);
    } else {
        git_error_clear(); // an unborn branch: the first commit
    }
    for (const QString &p : paths) {
        const QByteArray path = utf8(p);
        if (const git_index_entry *staged = git_index_get_bypath(index, path.constData(), 0)) {
            if ((rc = git_index_add(commitIndex.get(), staged)) < 0)
                return lastError(Tr::tr("cannot prepare the commit of %1").arg(p), rc);
        } else {
            git_index_remove(commitIndex.get(), path.constData(), 0); // absent already: fine
        }
    }
    git_oid treeId;
    if ((rc = git_index_write_tree_to(&treeId, commitIndex.get(), m_repo.get())) < 0)
        return lastError(Tr::tr("cannot write the tree"), rc);
    if (headTree && git_oid_equal(&treeId, git_tree_id(headTree.get())))
        return Error(Error::Kind::Refused,
                     Tr::tr("nothing to commit in %1").arg(paths.join(QStringLiteral(", "))));
    git_tree *rawTree = nullptr;
    if ((rc = git_tree_lookup(&rawTree, m_repo.get(), &treeId)) < 0)
        return lastError(Tr::tr("cannot read the tree"), rc);
    TreeHandle tree(rawTree);
    auto id = createCommit(tree.get(), message, author, committer);
    if (id)
        qCDebug(lcGit) << "committed" << paths << "as" << *id;
    return id;
}

Result<QString> Repository::commitContent(const QString &path, const QByteArray &bytes,
                                          const QString &message)
{
    auto sig = defaultSignature();
    if (!sig)
        return sig.error();
    return commitContent(path, bytes, message, *sig, *sig);
}

Result<QString> Repository::commitContent(const QString &path, const QByteArray &bytes,
                                          const QString &message, const Signature &author,
                                          const Signature &committer)
{
    return commitContents({{path, bytes}}, message, author, committer);
}

Result<QString> Repository::commitContents(const QList<FileContent> &files, const QString &message)
{
    auto sig = defaultSignature();
    if (!sig)
        return sig.error();
    return commitContents(files, message, *sig, *sig);
}

Result<QString> Repository::commitContents(const QList<FileContent> &files, const QString &message,
                                           const Signature &author, const Signature &committer)
{
    if (files.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("nothing to commit"));
    auto freshened = freshIndex(m_repo.get());
    if (!freshened)
        return freshened.error();
    IndexHandle index = std::move(*freshened);
    int rc = 0;
    QStringList paths;
    for (const FileContent &file : files) {
        const QString rel = QDir::cleanPath(QDir::isAbsolutePath(file.path)
                                                ? QDir(workTree()).relativeFilePath(file.path)
                                                : file.path);
        if (rel.isEmpty() || rel == u"." || rel == u".." || rel.startsWith(u"../")
            || QDir::isAbsolutePath(rel))
            return Error(Error::Kind::BadInput,
                         Tr::tr("%1 is outside the repository").arg(file.path));
        const QByteArray path = utf8(rel);
        for (int stage = 1; stage <= 3; ++stage) {
            if (git_index_get_bypath(index.get(), path.constData(), stage))
                return Error(Error::Kind::Refused,
                             Tr::tr("cannot commit: %1 has unresolved conflicts").arg(rel));
        }
        git_index_entry entry {};
        entry.mode = GIT_FILEMODE_BLOB;
        if (const git_index_entry *existing
            = git_index_get_bypath(index.get(), path.constData(), 0)) {
            if (existing->mode != GIT_FILEMODE_BLOB
                && existing->mode != GIT_FILEMODE_BLOB_EXECUTABLE)
                return Error(Error::Kind::Refused,
                             Tr::tr("%1 is not a regular file in Git (a link or a submodule); "
                                    "Promenade edits only files")
                                 .arg(rel));
            entry.mode = existing->mode;
        }
        entry.path = path.constData();
        // The blob is written from the approved bytes, not from the work tree.
        if ((rc = git_index_add_from_buffer(index.get(), &entry, file.bytes.constData(),
                                            size_t(file.bytes.size())))
            < 0)
            return lastError(Tr::tr("cannot stage %1").arg(rel), rc);
        paths << rel;
    }
    if ((rc = git_index_write(index.get())) < 0)
        return lastError(Tr::tr("cannot write the Git index"), rc);
    return commitStagedPaths(index.get(), paths, message, author, committer);
}

Result<QString> Repository::commitAll(const QString &message, const Signature &author,
                                      const Signature &committer)
{
    auto freshened = freshIndex(m_repo.get());
    if (!freshened)
        return freshened.error();
    IndexHandle index = std::move(*freshened);
    int rc = 0;

    const StrArray all({QStringLiteral("*")});
    if ((rc = git_index_add_all(index.get(), all.get(), GIT_INDEX_ADD_DEFAULT, nullptr, nullptr))
            < 0
        || (rc = git_index_update_all(index.get(), all.get(), nullptr, nullptr)) < 0
        || (rc = git_index_write(index.get())) < 0) {
        return lastError(Tr::tr("cannot stage the changes"), rc);
    }
    git_oid treeId;
    if ((rc = git_index_write_tree(&treeId, index.get())) < 0)
        return lastError(Tr::tr("cannot write the tree"), rc);
    git_tree *rawTree = nullptr;
    if ((rc = git_tree_lookup(&rawTree, m_repo.get(), &treeId)) < 0)
        return lastError(Tr::tr("cannot read the tree"), rc);
    TreeHandle tree(rawTree);

    auto head = lookupCommit(m_repo.get(), QStringLiteral("HEAD"));
    if (head && git_oid_equal(git_tree_id(tree.get()), git_commit_tree_id(head->get())))
        return Error(Error::Kind::Refused, Tr::tr("nothing to commit"));
    git_error_clear();
    return createCommit(tree.get(), message, author, committer);
}

QString Repository::revertMessage(const QString &summary, const QString &commitId)
{
    return QStringLiteral("Revert \"%1\"\n\nThis reverts commit %2.\n").arg(summary, commitId);
}

Result<QString> Repository::revert(const QString &commitId, const QList<Trailer> &trailers)
{
    auto sig = defaultSignature();
    if (!sig)
        return sig.error();
    return revert(commitId, trailers, *sig, *sig);
}

Result<QString> Repository::revert(const QString &commitId, const QList<Trailer> &trailers,
                                   const Signature &author, const Signature &committer)
{
    auto target = lookupCommit(m_repo.get(), commitId);
    if (!target)
        return target.error();
    auto head = lookupCommit(m_repo.get(), QStringLiteral("HEAD"));
    if (!head)
        return head.error();
    const QString fullId = idOf(git_commit_id(target->get()));
    const unsigned mainline = git_commit_parentcount(target->get()) > 1 ? 1 : 0;
    if (git_commit_parentcount(target->get()) == 0)
        return Error(Error::Kind::Refused,
                     Tr::tr("cannot revert %1: it is the first commit").arg(fullId.left(7)));
    git_index *rawIndex = nullptr;
    int rc
        = git_revert_commit(&rawIndex, m_repo.get(), target->get(), head->get(), mainline, nullptr);
    if (rc < 0)
        return lastError(Tr::tr("cannot revert %1").arg(fullId.left(7)), rc);
    IndexHandle index(rawIndex);
    if (git_index_has_conflicts(index.get()))
        return Error(
            Error::Kind::Refused,
            Tr::tr("cannot revert %1: later commits changed the same lines").arg(fullId.left(7)));
    git_oid treeId;
    if ((rc = git_index_write_tree_to(&treeId, index.get(), m_repo.get())) < 0)
        return lastError(Tr::tr("cannot write the tree"), rc);
    if (git_oid_equal(&treeId, git_commit_tree_id(head->get())))
        return Error(Error::Kind::Refused,
                     Tr::tr("reverting %1 changes nothing").arg(fullId.left(7)));
    git_tree *rawTree = nullptr;
    if ((rc = git_tree_lookup(&rawTree, m_repo.get(), &treeId)) < 0)
        return lastError(Tr::tr("cannot read the tree"), rc);
    TreeHandle tree(rawTree);

    // Update the work tree first (refusing to overwrite local edits), then move HEAD.
    if (Status s = checkoutTree(reinterpret_cast<const git_object *>(tree.get())); !s)
        return s.error();
    const QString summary = QString::fromUtf8(git_commit_summary(target->get()));
    QString message = revertMessage(summary, fullId);
    if (!trailers.isEmpty())
        message = Trailers::format(message, trailers);
    return createCommit(tree.get(), message, author, committer);
}

// --- remotes -------------------------------------------------------------------------------

Status Repository::addRemote(const QString &name, const QString &url)
{
    git_remote *remote = nullptr;
    const int rc
        = git_remote_create(&remote, m_repo.get(), utf8(name).constData(), utf8(url).constData());
    if (rc < 0)
        return lastError(Tr::tr("cannot add the remote %1").arg(name), rc);
    git_remote_free(remote);
    return {};
}

Result<QString> Repository::remoteUrl(const QString &name) const
{
    git_remote *raw = nullptr;
    const int rc = git_remote_lookup(&raw, m_repo.get(), utf8(name).constData());
    if (rc < 0)
        return lastError(Tr::tr("no remote named %1").arg(name), rc);
    RemoteHandle remote(raw);
    return QString::fromUtf8(git_remote_url(remote.get()));
}

} // namespace Promenade::Git
