#include "git/gitrepository.h"

#include "git/giterror.h"
#include "git/gitlibrary.h"

#include <QDir>

namespace Promenade::Git {

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

Result<SignatureHandle> makeSignature(const Signature &sig)
{
    git_signature *out = nullptr;
    int rc = 0;
    if (sig.when.isValid()) {
        const auto offsetMinutes = sig.when.offsetFromUtc() / 60;
        rc = git_signature_new(&out, utf8(sig.name).constData(), utf8(sig.email).constData(),
                               sig.when.toSecsSinceEpoch(), offsetMinutes);
    } else {
        rc = git_signature_now(&out, utf8(sig.name).constData(), utf8(sig.email).constData());
    }
    if (rc < 0)
        return lastError(QStringLiteral("invalid author or committer"), rc);
    return SignatureHandle(out);
}

Result<Repository> initWith(const QString &path, const QString &initialBranch, bool bare)
{
    ensureInitialised();
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH | (bare ? GIT_REPOSITORY_INIT_BARE : 0);
    const QByteArray head = utf8(initialBranch);
    opts.initial_head = head.constData();
    git_repository *repo = nullptr;
    const int rc = git_repository_init_ext(&repo, QFile::encodeName(path).constData(), &opts);
    if (rc < 0)
        return lastError(QStringLiteral("cannot create a Git repository in %1").arg(path), rc);
    return Result<Repository>(Repository::open(path));
}

} // namespace

Result<Repository> Repository::init(const QString &path, const QString &initialBranch)
{
    return initWith(path, initialBranch, false);
}

Result<Repository> Repository::initBare(const QString &path, const QString &initialBranch)
{
    return initWith(path, initialBranch, true);
}

Result<Repository> Repository::open(const QString &path)
{
    ensureInitialised();
    git_repository *repo = nullptr;
    const int rc = git_repository_open(&repo, QFile::encodeName(path).constData());
    if (rc < 0)
        return lastError(QStringLiteral("cannot open the Git repository %1").arg(path), rc);
    return Repository(RepositoryHandle(repo));
}

Result<QString> Repository::discoverWorkTree(const QString &startPath)
{
    ensureInitialised();
    git_buf buf = GIT_BUF_INIT;
    const int rc = git_repository_discover(&buf, QFile::encodeName(startPath).constData(), 0, nullptr);
    if (rc < 0)
        return lastError(QStringLiteral("%1 is not inside a Git repository").arg(startPath), rc);
    const QString gitDir = QFile::decodeName(QByteArray(buf.ptr, static_cast<qsizetype>(buf.size)));
    git_buf_dispose(&buf);
    auto repo = open(gitDir);
    if (!repo)
        return repo.error();
    if (repo->isBare())
        return Error(Error::Kind::BadInput, QStringLiteral("%1 is a bare repository (no work tree)").arg(gitDir));
    return repo->workTree();
}

QString Repository::workTree() const
{
    const char *wd = git_repository_workdir(m_repo.get());
    return wd ? QDir::cleanPath(QFile::decodeName(wd)) : QString();
}

bool Repository::isBare() const
{
    return git_repository_is_bare(m_repo.get()) == 1;
}

Result<QString> Repository::commitAll(const QString &message, const Signature &author, const Signature &committer)
{
    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, m_repo.get());
    if (rc < 0)
        return lastError(QStringLiteral("cannot read the Git index"), rc);
    IndexHandle index(rawIndex);

    char star[] = "*";
    char *patterns[] = {star};
    const git_strarray all = {patterns, 1};
    if ((rc = git_index_add_all(index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr)) < 0
        || (rc = git_index_update_all(index.get(), &all, nullptr, nullptr)) < 0
        || (rc = git_index_write(index.get())) < 0) {
        return lastError(QStringLiteral("cannot stage the changes"), rc);
    }
    git_oid treeId;
    if ((rc = git_index_write_tree(&treeId, index.get())) < 0)
        return lastError(QStringLiteral("cannot write the tree"), rc);
    git_tree *rawTree = nullptr;
    if ((rc = git_tree_lookup(&rawTree, m_repo.get(), &treeId)) < 0)
        return lastError(QStringLiteral("cannot read the tree"), rc);
    TreeHandle tree(rawTree);

    CommitHandle parent;
    git_oid headId;
    rc = git_reference_name_to_id(&headId, m_repo.get(), "HEAD");
    if (rc == 0) {
        git_commit *rawParent = nullptr;
        if ((rc = git_commit_lookup(&rawParent, m_repo.get(), &headId)) < 0)
            return lastError(QStringLiteral("cannot read HEAD"), rc);
        parent.reset(rawParent);
        if (git_oid_equal(git_tree_id(tree.get()), git_commit_tree_id(parent.get())))
            return Error(Error::Kind::Refused, QStringLiteral("nothing to commit"));
    } else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH) {
        return lastError(QStringLiteral("cannot resolve HEAD"), rc);
    }

    auto authorSig = makeSignature(author);
    if (!authorSig)
        return authorSig.error();
    auto committerSig = makeSignature(committer);
    if (!committerSig)
        return committerSig.error();

    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    rc = git_commit_create(&commitId, m_repo.get(), "HEAD", authorSig->get(), committerSig->get(), "UTF-8",
                           utf8(message).constData(), tree.get(), parent ? 1 : 0, parent ? parents : nullptr);
    if (rc < 0)
        return lastError(QStringLiteral("cannot commit"), rc);
    return QString::fromLatin1(git_oid_tostr_s(&commitId));
}

Status Repository::addRemote(const QString &name, const QString &url)
{
    git_remote *remote = nullptr;
    const int rc = git_remote_create(&remote, m_repo.get(), utf8(name).constData(), utf8(url).constData());
    if (rc < 0)
        return lastError(QStringLiteral("cannot add the remote %1").arg(name), rc);
    git_remote_free(remote);
    return {};
}

Status Repository::push(const QString &remoteName, const QStringList &refspecs)
{
    git_remote *rawRemote = nullptr;
    int rc = git_remote_lookup(&rawRemote, m_repo.get(), utf8(remoteName).constData());
    if (rc < 0)
        return lastError(QStringLiteral("no remote named %1").arg(remoteName), rc);
    RemoteHandle remote(rawRemote);

    QList<QByteArray> storage;
    std::vector<char *> specs;
    for (const QString &spec : refspecs) {
        if (spec.startsWith(u'+'))
            return Error(Error::Kind::Refused, QStringLiteral("Promenade never force-pushes (%1)").arg(spec));
        storage.append(utf8(spec));
    }
    for (QByteArray &s : storage)
        specs.push_back(s.data());
    const git_strarray arr = {specs.data(), specs.size()};
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    if ((rc = git_remote_push(remote.get(), &arr, &opts)) < 0)
        return lastError(QStringLiteral("push to %1 failed").arg(remoteName), rc);
    return {};
}

Status Repository::setUpstream(const QString &branch, const QString &remote)
{
    git_reference *rawRef = nullptr;
    int rc = git_branch_lookup(&rawRef, m_repo.get(), utf8(branch).constData(), GIT_BRANCH_LOCAL);
    if (rc < 0)
        return lastError(QStringLiteral("no branch named %1").arg(branch), rc);
    ReferenceHandle ref(rawRef);
    const QByteArray upstream = utf8(remote + u'/' + branch);
    if ((rc = git_branch_set_upstream(ref.get(), upstream.constData())) < 0)
        return lastError(QStringLiteral("cannot set the upstream of %1").arg(branch), rc);
    return {};
}

Result<QString> Repository::currentBranch() const
{
    git_reference *rawHead = nullptr;
    const int rc = git_repository_head(&rawHead, m_repo.get());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        // No commit yet: HEAD is symbolic to the unborn branch.
        git_reference *sym = nullptr;
        if (git_reference_lookup(&sym, m_repo.get(), "HEAD") == 0) {
            ReferenceHandle symRef(sym);
            QString target = QString::fromUtf8(git_reference_symbolic_target(symRef.get()));
            return target.remove(QStringLiteral("refs/heads/"));
        }
    }
    if (rc < 0)
        return lastError(QStringLiteral("cannot read HEAD"), rc);
    ReferenceHandle head(rawHead);
    if (!git_reference_is_branch(head.get()))
        return Error(Error::Kind::Refused, QStringLiteral("HEAD is detached"));
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

Result<QString> Repository::headCommitId() const
{
    git_oid id;
    const int rc = git_reference_name_to_id(&id, m_repo.get(), "HEAD");
    if (rc < 0)
        return lastError(QStringLiteral("cannot resolve HEAD"), rc);
    return QString::fromLatin1(git_oid_tostr_s(&id));
}

} // namespace Promenade::Git
