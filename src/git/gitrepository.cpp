#include "gitrepository.h"

#include "giterror.h"
#include "gitlibrary.h"
#include "gitobjects.h"
#include "logging.h"
#include "safefile.h"

#include <QDir>
#include <QFileInfo>

namespace Promenade::Git {

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

Result<Repository> initWith(const QString &path, const QString &initialBranch, bool bare)
{
    ensureInitialised();
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH | (bare ? GIT_REPOSITORY_INIT_BARE : 0);
    const QByteArray head = initialBranch.toUtf8();
    opts.initial_head = head.constData();
    git_repository *repo = nullptr;
    const int rc = git_repository_init_ext(&repo, QFile::encodeName(path).constData(), &opts);
    if (rc < 0)
        return lastError(Tr::tr("cannot create a Git repository in %1").arg(path), rc);
    git_repository_free(repo);
    return Repository::open(path);
}

bool pathMatches(const QString &file, const QStringList &paths)
{
    for (const QString &p : paths) {
        if (p.isEmpty() || p == u"." || file == p || file.startsWith(p + u'/'))
            return true;
    }
    return false;
}

// Collects the paths a safe checkout refuses to overwrite.
int checkoutNotifyCb(git_checkout_notify_t, const char *path, const git_diff_file *,
                     const git_diff_file *, const git_diff_file *, void *payload)
{
    static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
    return 0;
}

} // namespace

// --- opening -------------------------------------------------------------------------------

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
        return lastError(Tr::tr("cannot open the Git repository %1").arg(path), rc);
    return Repository(repo);
}

Result<Repository> Repository::discover(const QString &startPath)
{
    ensureInitialised();
    if (!QFileInfo::exists(startPath))
        return Error(Error::Kind::NotFound, Tr::tr("%1 does not exist").arg(startPath));
    git_buf buf = GIT_BUF_INIT;
    const int rc
        = git_repository_discover(&buf, QFile::encodeName(startPath).constData(), 0, nullptr);
    if (rc < 0) {
        // Read the error before anything else touches libgit2.
        Error e = lastError(Tr::tr("%1 is not inside a Git repository").arg(startPath), rc);
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1 is not inside a Git repository").arg(startPath))
            .withDetail(e.message());
    }
    const QString gitDir = QFile::decodeName(QByteArray(buf.ptr, static_cast<qsizetype>(buf.size)));
    git_buf_dispose(&buf);
    return open(gitDir);
}

Result<QString> Repository::discoverWorkTree(const QString &startPath)
{
    auto repo = discover(startPath);
    if (!repo)
        return repo.error();
    if (repo->isBare())
        return Error(Error::Kind::BadInput,
                     Tr::tr("%1 is a bare repository (no work tree)").arg(startPath));
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

QString Repository::gitDir() const
{
    return QDir::cleanPath(QFile::decodeName(git_repository_commondir(m_repo.get())));
}

QString Repository::operationInProgress() const
{
    switch (git_repository_state(m_repo.get())) {
    case GIT_REPOSITORY_STATE_NONE:
        return {};
    case GIT_REPOSITORY_STATE_MERGE:
        return Tr::tr("a merge");
    case GIT_REPOSITORY_STATE_REVERT:
    case GIT_REPOSITORY_STATE_REVERT_SEQUENCE:
        return Tr::tr("a revert");
    case GIT_REPOSITORY_STATE_CHERRYPICK:
    case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE:
        return Tr::tr("a cherry-pick");
    case GIT_REPOSITORY_STATE_BISECT:
        return Tr::tr("a bisect");
    case GIT_REPOSITORY_STATE_REBASE:
    case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE:
    case GIT_REPOSITORY_STATE_REBASE_MERGE:
        return Tr::tr("a rebase");
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX:
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE:
        return Tr::tr("git am");
    }
    return Tr::tr("a Git operation");
}

// --- reading -------------------------------------------------------------------------------

Result<QString> Repository::resolve(const QString &revision) const
{
    auto commit = lookupCommit(m_repo.get(), revision);
    if (!commit)
        return commit.error();
    return idOf(git_commit_id(commit->get()));
}

Result<QString> Repository::treeOf(const QString &revision) const
{
    auto commit = lookupCommit(m_repo.get(), revision);
    if (!commit)
        return commit.error();
    return idOf(git_commit_tree_id(commit->get()));
}

Result<QByteArray> Repository::readFile(const QString &revision, const QString &path) const
{
    auto commit = lookupCommit(m_repo.get(), revision);
    if (!commit)
        return commit.error();
    git_tree *rawTree = nullptr;
    int rc = git_commit_tree(&rawTree, commit->get());
    if (rc < 0)
        return lastError(Tr::tr("cannot read the tree of %1").arg(revision), rc);
    TreeHandle tree(rawTree);
    git_tree_entry *rawEntry = nullptr;
    if ((rc = git_tree_entry_bypath(&rawEntry, tree.get(), utf8(path).constData())) < 0) {
        Error e = lastError(Tr::tr("%1 does not exist at %2").arg(path, revision), rc);
        return Error(Error::Kind::NotFound, Tr::tr("%1 does not exist at %2").arg(path, revision))
            .withDetail(e.message());
    }
    TreeEntryHandle entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return Error(Error::Kind::BadInput,
                     Tr::tr("%1 is a folder at %2, not a file").arg(path, revision));
    // A committed file is as untrusted as one on disk: its size is read from the object's
    // header, so that a huge blob is refused without being inflated.
    git_odb *rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, m_repo.get()) == 0) {
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        const int header
            = git_odb_read_header(&size, &type, rawOdb, git_tree_entry_id(entry.get()));
        git_odb_free(rawOdb);
        if (header == 0 && qint64(size) > SafeFile::defaultMaxBytes) {
            return Error(
                Error::Kind::BadInput,
                Tr::tr("%1 at %2 is %3, more than the %4 Promenade reads from a repository")
                    .arg(path, revision, SafeFile::sizeText(qint64(size)),
                         SafeFile::sizeText(SafeFile::defaultMaxBytes)));
        }
    }
    git_error_clear();
    git_blob *rawBlob = nullptr;
    if ((rc = git_blob_lookup(&rawBlob, m_repo.get(), git_tree_entry_id(entry.get()))) < 0)
        return lastError(Tr::tr("cannot read %1 at %2").arg(path, revision), rc);
    BlobHandle blob(rawBlob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      static_cast<qsizetype>(git_blob_rawsize(blob.get())));
}

Result<QList<StatusEntry>> Repository::status(const QStringList &paths) const
{
    if (isBare())
        return Error(Error::Kind::BadInput, Tr::tr("a bare repository has no work tree"));
    const StrArray pathspec(paths);
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    opts.pathspec = *pathspec.get();
    git_status_list *rawList = nullptr;
    const int rc = git_status_list_new(&rawList, m_repo.get(), &opts);
    if (rc < 0)
        return lastError(Tr::tr("cannot read the status of the work tree"), rc);
    StatusListHandle list(rawList);
    QList<StatusEntry> out;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        const unsigned s = e->status;
        StatusEntry entry;
        const git_diff_delta *delta = e->head_to_index ? e->head_to_index : e->index_to_workdir;
        if (!delta)
            continue;
        entry.path
            = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        entry.staged = s
            & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED
               | GIT_STATUS_INDEX_RENAMED | GIT_STATUS_INDEX_TYPECHANGE);
        entry.modified = s
            & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_DELETED | GIT_STATUS_WT_TYPECHANGE
               | GIT_STATUS_WT_RENAMED);
        entry.untracked = s & GIT_STATUS_WT_NEW;
        entry.conflicted = s & GIT_STATUS_CONFLICTED;
        entry.deleted = s & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED);
        if (entry.isDirty())
            out.append(entry);
    }
    return out;
}

Result<bool> Repository::isDirty(const QStringList &paths) const
{
    auto entries = status(paths);
    if (!entries)
        return entries.error();
    return !entries->isEmpty();
}

Result<CommitInfo> Repository::describe(git_commit *commit, bool withFiles,
                                        const QStringList &paths, bool *touchesPaths) const
{
    CommitInfo info = commitInfoOf(commit);
    const unsigned parentCount = git_commit_parentcount(commit);
    if (touchesPaths)
        *touchesPaths = paths.isEmpty();
    if (!withFiles)
        return info;

    git_tree *rawTree = nullptr;
    int rc = git_commit_tree(&rawTree, commit);
    if (rc < 0)
        return lastError(Tr::tr("cannot read the tree of %1").arg(info.id), rc);
    TreeHandle tree(rawTree);
    TreeHandle parentTree;
    if (parentCount > 0) {
        git_commit *rawParent = nullptr;
        if ((rc = git_commit_parent(&rawParent, commit, 0)) < 0)
            return lastError(Tr::tr("cannot read the parent of %1").arg(info.id), rc);
        CommitHandle parent(rawParent);
        git_tree *rawParentTree = nullptr;
        if ((rc = git_commit_tree(&rawParentTree, parent.get())) < 0)
            return lastError(Tr::tr("cannot read the tree of %1").arg(info.parents.first()), rc);
        parentTree.reset(rawParentTree);
    }
    git_diff *rawDiff = nullptr;
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    if ((rc = git_diff_tree_to_tree(&rawDiff, m_repo.get(), parentTree.get(), tree.get(), &opts))
        < 0)
        return lastError(Tr::tr("cannot compare %1 with its parent").arg(info.id), rc);
    DiffHandle diff(rawDiff);
    const size_t n = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < n; ++i) {
        const git_diff_delta *d = git_diff_get_delta(diff.get(), i);
        const QString path = QString::fromUtf8(d->status == GIT_DELTA_DELETED ? d->old_file.path
                                                                              : d->new_file.path);
        info.changedFiles.append(path);
        if (touchesPaths && !*touchesPaths && pathMatches(path, paths))
            *touchesPaths = true;
    }
    return info;
}

Result<CommitInfo> Repository::commit(const QString &revision) const
{
    auto c = lookupCommit(m_repo.get(), revision);
    if (!c)
        return c.error();
    return describe(c->get(), true, {}, nullptr);
}

Result<QList<CommitInfo>> Repository::log(const LogOptions &options) const
{
    auto start = lookupCommit(m_repo.get(), options.from);
    if (!start)
        return start.error();
    auto newWalk = newRevwalk(m_repo.get(), options.firstParentOnly);
    if (!newWalk)
        return newWalk.error();
    RevwalkHandle walk = std::move(*newWalk);
    int rc = 0;
    if ((rc = git_revwalk_push(walk.get(), git_commit_id(start->get()))) < 0)
        return lastError(Tr::tr("cannot walk the history from %1").arg(options.from), rc);

    QStringList paths;
    for (const QString &p : options.paths)
        paths.append(QDir::cleanPath(p));
    QList<CommitInfo> out;
    git_oid oid;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0) {
        if (options.maxCount >= 0 && out.size() >= options.maxCount)
            break;
        git_commit *raw = nullptr;
        if ((rc = git_commit_lookup(&raw, m_repo.get(), &oid)) < 0)
            return lastError(Tr::tr("cannot read commit %1").arg(idOf(&oid)), rc);
        CommitHandle c(raw);
        bool touches = true;
        auto info = describe(c.get(), true, paths, &touches);
        if (!info)
            return info.error();
        if (touches)
            out.append(std::move(*info));
    }
    if (rc < 0 && rc != GIT_ITEROVER)
        return lastError(Tr::tr("cannot walk the history"), rc);
    return out;
}

// --- branches ------------------------------------------------------------------------------

Result<QString> Repository::currentBranch() const
{
    git_reference *rawHead = nullptr;
    const int rc = git_repository_head(&rawHead, m_repo.get());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        // No commit yet: HEAD is symbolic to the unborn branch.
        git_reference *sym = nullptr;
        if (git_reference_lookup(&sym, m_repo.get(), "HEAD") == 0) {
            ReferenceHandle symRef(sym);
            const char *target = git_reference_symbolic_target(symRef.get());
            if (target)
                return shortRef(QString::fromUtf8(target));
        }
    }
    if (rc < 0)
        return lastError(Tr::tr("cannot read HEAD"), rc);
    ReferenceHandle head(rawHead);
    if (!git_reference_is_branch(head.get()))
        return Error(Error::Kind::Refused, Tr::tr("HEAD is detached (not on a branch)"));
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

Result<QString> Repository::headCommitId() const
{
    git_oid id;
    const int rc = git_reference_name_to_id(&id, m_repo.get(), "HEAD");
    if (rc < 0)
        return lastError(Tr::tr("cannot resolve HEAD"), rc);
    return idOf(&id);
}

Result<QList<BranchInfo>> Repository::branches() const
{
    git_branch_iterator *rawIt = nullptr;
    int rc = git_branch_iterator_new(&rawIt, m_repo.get(), GIT_BRANCH_LOCAL);
    if (rc < 0)
        return lastError(Tr::tr("cannot list the branches"), rc);
    BranchIteratorHandle it(rawIt);
    QList<BranchInfo> out;
    git_reference *rawRef = nullptr;
    git_branch_t type;
    while ((rc = git_branch_next(&rawRef, &type, it.get())) == 0) {
        ReferenceHandle ref(rawRef);
        BranchInfo info;
        info.name = QString::fromUtf8(git_reference_shorthand(ref.get()));
        if (const git_oid *target = git_reference_target(ref.get()))
            info.commitId = idOf(target);
        info.isHead = git_branch_is_head(ref.get()) == 1;
        git_buf buf = GIT_BUF_INIT;
        if (git_branch_upstream_name(&buf, m_repo.get(), git_reference_name(ref.get())) == 0)
            info.upstream = shortRef(QString::fromUtf8(buf.ptr, static_cast<qsizetype>(buf.size)));
        git_buf_dispose(&buf);
        out.append(info);
    }
    if (rc != GIT_ITEROVER)
        return lastError(Tr::tr("cannot list the branches"), rc);
    git_error_clear(); // a branch without upstream leaves a harmless error behind
    return out;
}

bool Repository::isValidBranchName(const QString &name)
{
    ensureInitialised();
    int valid = 0;
    return !name.isEmpty() && git_branch_name_is_valid(&valid, utf8(name).constData()) == 0
        && valid;
}

Status Repository::createBranch(const QString &name, const QString &revision)
{
    if (!isValidBranchName(name))
        return Error(Error::Kind::BadInput, Tr::tr("%1 is not a valid Git branch name").arg(name));
    auto target = lookupCommit(m_repo.get(), revision);
    if (!target)
        return target.error();
    git_reference *raw = nullptr;
    const int rc = git_branch_create(&raw, m_repo.get(), utf8(name).constData(), target->get(), 0);
    if (rc == GIT_EEXISTS)
        return Error(Error::Kind::Refused, Tr::tr("a branch named %1 already exists").arg(name));
    if (rc < 0)
        return lastError(Tr::tr("cannot create the branch %1").arg(name), rc);
    git_reference_free(raw);
    return {};
}

Status Repository::checkoutTree(const git_object *target)
{
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    QStringList conflicts;
    opts.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    opts.notify_cb = &checkoutNotifyCb;
    opts.notify_payload = &conflicts;
    const int rc = git_checkout_tree(m_repo.get(), target, &opts);
    if (rc == GIT_ECONFLICT || (rc < 0 && !conflicts.isEmpty())) {
        git_error_clear();
        return Error(
            Error::Kind::Refused,
            Tr::tr("local changes to %1 would be overwritten; commit or discard them first")
                .arg(conflicts.isEmpty() ? Tr::tr("some files")
                                         : conflicts.join(QStringLiteral(", "))));
    }
    if (rc < 0)
        return lastError(Tr::tr("cannot update the work tree"), rc);
    return {};
}

Status Repository::checkout(const QString &branch)
{
    git_reference *rawRef = nullptr;
    int rc = git_branch_lookup(&rawRef, m_repo.get(), utf8(branch).constData(), GIT_BRANCH_LOCAL);
    if (rc < 0)
        return lastError(Tr::tr("no branch named %1").arg(branch), rc);
    ReferenceHandle ref(rawRef);
    auto target = lookupCommit(m_repo.get(), QString::fromUtf8(git_reference_name(ref.get())));
    if (!target)
        return target.error();
    if (Status s = checkoutTree(reinterpret_cast<const git_object *>(target->get())); !s)
        return s;
    if ((rc = git_repository_set_head(m_repo.get(), git_reference_name(ref.get()))) < 0)
        return lastError(Tr::tr("cannot switch to %1").arg(branch), rc);
    return {};
}

Result<QString> Repository::upstreamOf(const QString &branch) const
{
    git_buf buf = GIT_BUF_INIT;
    const QByteArray ref = utf8(u"refs/heads/" + branch);
    const int rc = git_branch_upstream_name(&buf, m_repo.get(), ref.constData());
    if (rc < 0) {
        git_buf_dispose(&buf);
        Error e = lastError(Tr::tr("%1 tracks no upstream branch").arg(branch), rc);
        return Error(Error::Kind::NotFound, Tr::tr("%1 tracks no upstream branch").arg(branch))
            .withDetail(e.message());
    }
    const QString name = shortRef(QString::fromUtf8(buf.ptr, static_cast<qsizetype>(buf.size)));
    git_buf_dispose(&buf);
    return name;
}

Status Repository::setUpstream(const QString &branch, const QString &remote)
{
    git_reference *rawRef = nullptr;
    int rc = git_branch_lookup(&rawRef, m_repo.get(), utf8(branch).constData(), GIT_BRANCH_LOCAL);
    if (rc < 0)
        return lastError(Tr::tr("no branch named %1").arg(branch), rc);
    ReferenceHandle ref(rawRef);
    const QByteArray upstream = utf8(remote + u'/' + branch);
    if ((rc = git_branch_set_upstream(ref.get(), upstream.constData())) < 0)
        return lastError(Tr::tr("cannot set the upstream of %1").arg(branch), rc);
    return {};
}

Result<AheadBehind> Repository::aheadBehind(const QString &branchIn) const
{
    QString branch = branchIn;
    if (branch.isEmpty()) {
        auto current = currentBranch();
        if (!current)
            return current.error();
        branch = *current;
    }
    auto upstream = upstreamOf(branch);
    if (!upstream)
        return upstream.error();
    auto local = lookupCommit(m_repo.get(), u"refs/heads/" + branch);
    if (!local)
        return local.error();
    auto remote = lookupCommit(m_repo.get(), u"refs/remotes/" + *upstream);
    if (!remote)
        return remote.error();
    size_t ahead = 0;
    size_t behind = 0;
    const int rc = git_graph_ahead_behind(
        &ahead, &behind, m_repo.get(), git_commit_id(local->get()), git_commit_id(remote->get()));
    if (rc < 0)
        return lastError(Tr::tr("cannot compare %1 with %2").arg(branch, *upstream), rc);
    return AheadBehind {static_cast<qsizetype>(ahead), static_cast<qsizetype>(behind)};
}

Result<QString> Repository::fastForward()
{
    auto branch = currentBranch();
    if (!branch)
        return branch.error();
    auto ab = aheadBehind(*branch);
    if (!ab)
        return ab.error();
    auto upstream = upstreamOf(*branch);
    if (!upstream)
        return upstream.error();
    if (ab->behind == 0)
        return headCommitId();
    if (ab->ahead > 0)
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1 and %2 have diverged (%3 and %4 different commits); cannot fast-forward")
                .arg(*branch, *upstream)
                .arg(ab->ahead)
                .arg(ab->behind));
    return moveCurrentBranchToUpstream(QStringLiteral("fast-forward"));
}

Result<QString> Repository::resetToUpstream(const QString &backupBranch)
{
    auto branch = currentBranch();
    if (!branch)
        return branch.error();
    if (auto upstream = upstreamOf(*branch); !upstream)
        return upstream.error();
    if (!backupBranch.isEmpty()) {
        if (Status s = createBranch(backupBranch, QStringLiteral("HEAD")); !s)
            return s.error();
    }
    return moveCurrentBranchToUpstream(QStringLiteral("reset to upstream"));
}

Result<QString> Repository::moveCurrentBranchToUpstream(const QString &why)
{
    auto branch = currentBranch();
    if (!branch)
        return branch.error();
    auto upstream = upstreamOf(*branch);
    if (!upstream)
        return upstream.error();
    auto entries = status();
    if (!entries)
        return entries.error();
    for (const StatusEntry &e : *entries) {
        if (e.staged || e.modified || e.conflicted)
            return Error(Error::Kind::Refused,
                         Tr::tr("the work tree has local changes (%1); commit or discard "
                                "them before updating %2")
                             .arg(e.path, *branch));
    }
    auto target = lookupCommit(m_repo.get(), u"refs/remotes/" + *upstream);
    if (!target)
        return target.error();
    if (Status s = checkoutTree(reinterpret_cast<const git_object *>(target->get())); !s)
        return s.error();
    git_reference *rawRef = nullptr;
    int rc = git_branch_lookup(&rawRef, m_repo.get(), utf8(*branch).constData(), GIT_BRANCH_LOCAL);
    if (rc < 0)
        return lastError(Tr::tr("no branch named %1").arg(*branch), rc);
    ReferenceHandle ref(rawRef);
    git_reference *rawMoved = nullptr;
    const QByteArray reflog = utf8(why + u": " + *upstream);
    if ((rc = git_reference_set_target(&rawMoved, ref.get(), git_commit_id(target->get()),
                                       reflog.constData()))
        < 0)
        return lastError(Tr::tr("cannot move %1 to %2").arg(*branch, *upstream), rc);
    git_reference_free(rawMoved);
    return idOf(git_commit_id(target->get()));
}

void Repository::HandleDeleter::operator()(git_repository *repo) const
{
    git_repository_free(repo);
}

} // namespace Promenade::Git
