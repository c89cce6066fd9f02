#include "gitrepository.h"

#include "gitcredentials.h"
#include "giterror.h"
#include "gitlibrary.h"
#include "logging.h"
#include "safefile.h"
#include "systemgitpush.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace Promenade::Git {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Git)
};

using DiffHandle = Handle<git_diff, git_diff_free>;
using StatusListHandle = Handle<git_status_list, git_status_list_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using BranchIteratorHandle = Handle<git_branch_iterator, git_branch_iterator_free>;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QString idOf(const git_oid *oid)
{
    char buf[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

// A git_strarray over QStrings that owns its bytes.
class StrArray
{
public:
    explicit StrArray(const QStringList &list)
    {
        for (const QString &s : list)
            m_bytes.push_back(s.toUtf8());
        for (QByteArray &b : m_bytes)
            m_ptrs.push_back(b.data());
        m_array = {m_ptrs.data(), m_ptrs.size()};
    }
    StrArray(const StrArray &) = delete;
    StrArray &operator=(const StrArray &) = delete;
    const git_strarray *get() const { return &m_array; }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_ptrs;
    git_strarray m_array {};
};

Signature fromGit(const git_signature *sig)
{
    Signature s;
    s.name = QString::fromUtf8(sig->name);
    s.email = QString::fromUtf8(sig->email);
    s.when
        = QDateTime::fromSecsSinceEpoch(sig->when.time, Qt::OffsetFromUTC, sig->when.offset * 60);
    return s;
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
        return lastError(Tr::tr("invalid author or committer"), rc);
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
        return lastError(Tr::tr("cannot create a Git repository in %1").arg(path), rc);
    git_repository_free(repo);
    return Repository::open(path);
}

// "refs/remotes/origin/main" → "origin/main", "refs/heads/main" → "main".
QString shortRef(QString ref)
{
    for (const QString &prefix : {QStringLiteral("refs/heads/"), QStringLiteral("refs/remotes/")}) {
        if (ref.startsWith(prefix))
            return ref.mid(prefix.size());
    }
    return ref;
}

bool pathMatches(const QString &file, const QStringList &paths)
{
    for (const QString &p : paths) {
        if (p.isEmpty() || p == u"." || file == p || file.startsWith(p + u'/'))
            return true;
    }
    return false;
}

// State shared by the libgit2 callbacks of one fetch or push.
struct TransferState
{
    const NetworkOptions *options = nullptr;
    CredentialProvider *credentials = nullptr;
    QList<QPair<QString, QString>> rejections; // ("refs/heads/main", "pre-receive hook declined")
    QStringList remoteMessages; // the remote's own lines (its hooks' output)

    [[nodiscard]] bool cancelled() const { return options->cancel.isCancelled(); }
    void report(TransferProgress::Stage stage, quint64 current, quint64 total, quint64 bytes,
                const QString &text = {})
    {
        if (options->progress)
            options->progress({stage, current, total, bytes, text});
    }
};

int credentialsCb(git_credential **out, const char *url, const char *user, unsigned int types,
                  void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    if (state->cancelled())
        return GIT_EUSER;
    return CredentialProvider::acquire(out, url, user, types, state->credentials);
}

int sidebandCb(const char *str, int len, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    const QString text = QString::fromUtf8(str, len);
    state->report(TransferProgress::Stage::Connecting, 0, 0, 0, text.trimmed());
    // Keep what a hook says (why a push is refused), not the progress counters; no control
    // characters from the server.
    static const QRegularExpression progress(QStringLiteral("\\d+%"));
    for (QString line :
         text.split(QRegularExpression(QStringLiteral("[\\r\\n]")), Qt::SkipEmptyParts)) {
        line.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        line = line.trimmed();
        if (!line.isEmpty() && !progress.match(line).hasMatch()
            && state->remoteMessages.size() < 200)
            state->remoteMessages.append(line);
    }
    return state->cancelled() ? GIT_EUSER : 0;
}

int transferCb(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    const bool indexing
        = stats->received_objects == stats->total_objects && stats->total_objects > 0;
    state->report(indexing ? TransferProgress::Stage::Indexing : TransferProgress::Stage::Receiving,
                  indexing ? stats->indexed_objects : stats->received_objects, stats->total_objects,
                  stats->received_bytes);
    return state->cancelled() ? GIT_EUSER : 0; // after the report: a cancel made meanwhile counts
}

int packCb(int stage, uint32_t current, uint32_t total, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    Q_UNUSED(stage)
    state->report(TransferProgress::Stage::Packing, current, total, 0);
    return state->cancelled() ? GIT_EUSER : 0;
}

int pushTransferCb(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    state->report(TransferProgress::Stage::Sending, current, total, bytes);
    return state->cancelled() ? GIT_EUSER : 0;
}

int pushUpdateCb(const char *refname, const char *status, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    if (status)
        state->rejections.append({QString::fromUtf8(refname), QString::fromUtf8(status)});
    return 0;
}

git_remote_callbacks callbacksFor(TransferState *state)
{
    git_remote_callbacks cb = GIT_REMOTE_CALLBACKS_INIT;
    cb.credentials = &credentialsCb;
    cb.sideband_progress = &sidebandCb;
    cb.transfer_progress = &transferCb;
    cb.pack_progress = &packCb;
    cb.push_transfer_progress = &pushTransferCb;
    cb.push_update_reference = &pushUpdateCb;
    cb.payload = state;
    return cb;
}

// libgit2's own messages may quote the remote URL; never let a password from it through.
Error scrubbed(const Error &e, const QString &url)
{
    const QString password = QUrl(url).password();
    if (password.isEmpty() || (!e.message().contains(password) && !e.detail().contains(password)))
        return e;
    QString message = e.message();
    QString detail = e.detail();
    message.replace(password, QStringLiteral("***"));
    detail.replace(password, QStringLiteral("***"));
    return Error(e.kind(), message).withDetail(detail);
}

void cloneCheckoutProgressCb(const char *, size_t completed, size_t total, void *payload)
{
    static_cast<TransferState *>(payload)->report(TransferProgress::Stage::CheckingOut, completed,
                                                  total, 0);
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
    return Repository(RepositoryHandle(repo));
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

Result<CommitHandle> Repository::lookupCommit(const QString &revision) const
{
    git_object *obj = nullptr;
    int rc = git_revparse_single(&obj, m_repo.get(), utf8(revision).constData());
    if (rc < 0)
        return lastError(Tr::tr("unknown revision %1").arg(revision), rc);
    ObjectHandle object(obj);
    git_object *peeled = nullptr;
    if ((rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT)) < 0)
        return lastError(Tr::tr("%1 is not a commit").arg(revision), rc);
    return CommitHandle(reinterpret_cast<git_commit *>(peeled));
}

Result<QString> Repository::resolve(const QString &revision) const
{
    auto commit = lookupCommit(revision);
    if (!commit)
        return commit.error();
    return idOf(git_commit_id(commit->get()));
}

Result<QByteArray> Repository::readFile(const QString &revision, const QString &path) const
{
    auto commit = lookupCommit(revision);
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
    CommitInfo info;
    info.id = idOf(git_commit_id(commit));
    const unsigned parentCount = git_commit_parentcount(commit);
    for (unsigned i = 0; i < parentCount; ++i)
        info.parents.append(idOf(git_commit_parent_id(commit, i)));
    info.author = fromGit(git_commit_author(commit));
    info.committer = fromGit(git_commit_committer(commit));
    const char *summary = git_commit_summary(commit);
    info.summary = summary ? QString::fromUtf8(summary) : QString();
    info.message = QString::fromUtf8(git_commit_message(commit));
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
    auto c = lookupCommit(revision);
    if (!c)
        return c.error();
    return describe(c->get(), true, {}, nullptr);
}

Result<QList<CommitInfo>> Repository::log(const LogOptions &options) const
{
    auto start = lookupCommit(options.from);
    if (!start)
        return start.error();
    git_revwalk *rawWalk = nullptr;
    int rc = git_revwalk_new(&rawWalk, m_repo.get());
    if (rc < 0)
        return lastError(Tr::tr("cannot walk the history"), rc);
    RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (options.firstParentOnly)
        git_revwalk_simplify_first_parent(walk.get());
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
    auto target = lookupCommit(revision);
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
    auto target = lookupCommit(QString::fromUtf8(git_reference_name(ref.get())));
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
    auto local = lookupCommit(u"refs/heads/" + branch);
    if (!local)
        return local.error();
    auto remote = lookupCommit(u"refs/remotes/" + *upstream);
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
    auto target = lookupCommit(u"refs/remotes/" + *upstream);
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
    Signature s = fromGit(sig.get());
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

    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, m_repo.get());
    if (rc < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    IndexHandle index(rawIndex);
    // The index as it is on disk now: another program (git add) may have changed it since.
    if ((rc = git_index_read(index.get(), 0)) < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
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
    auto head = lookupCommit(QStringLiteral("HEAD"));
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

Result<QString> Repository::commitContent(const QString &pathIn, const QByteArray &bytes,
                                          const QString &message, const Signature &author,
                                          const Signature &committer)
{
    const QString rel = QDir::cleanPath(
        QDir::isAbsolutePath(pathIn) ? QDir(workTree()).relativeFilePath(pathIn) : pathIn);
    if (rel.isEmpty() || rel == u"." || rel == u".." || rel.startsWith(u"../")
        || QDir::isAbsolutePath(rel))
        return Error(Error::Kind::BadInput, Tr::tr("%1 is outside the repository").arg(pathIn));
    const QByteArray path = utf8(rel);
    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, m_repo.get());
    if (rc < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    IndexHandle index(rawIndex);
    // The index as it is on disk now: another program (git add) may have changed it since.
    if ((rc = git_index_read(index.get(), 0)) < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    for (int stage = 1; stage <= 3; ++stage) {
        if (git_index_get_bypath(index.get(), path.constData(), stage))
            return Error(Error::Kind::Refused,
                         Tr::tr("cannot commit: %1 has unresolved conflicts").arg(rel));
    }
    git_index_entry entry {};
    entry.mode = GIT_FILEMODE_BLOB;
    if (const git_index_entry *existing = git_index_get_bypath(index.get(), path.constData(), 0)) {
        if (existing->mode != GIT_FILEMODE_BLOB && existing->mode != GIT_FILEMODE_BLOB_EXECUTABLE)
            return Error(Error::Kind::Refused,
                         Tr::tr("%1 is not a regular file in Git (a link or a submodule); "
                                "Promenade edits only files")
                             .arg(rel));
        entry.mode = existing->mode;
    }
    entry.path = path.constData();
    // The blob is written from the approved bytes, not from the work tree.
    if ((rc
         = git_index_add_from_buffer(index.get(), &entry, bytes.constData(), size_t(bytes.size())))
        < 0)
        return lastError(Tr::tr("cannot stage %1").arg(rel), rc);
    if ((rc = git_index_write(index.get())) < 0)
        return lastError(Tr::tr("cannot write the Git index"), rc);
    return commitStagedPaths(index.get(), {rel}, message, author, committer);
}

Result<QString> Repository::commitAll(const QString &message, const Signature &author,
                                      const Signature &committer)
{
    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, m_repo.get());
    if (rc < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    IndexHandle index(rawIndex);
    // The index as it is on disk now: another program (git add) may have changed it since.
    if ((rc = git_index_read(index.get(), 0)) < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);

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

    auto head = lookupCommit(QStringLiteral("HEAD"));
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
    auto target = lookupCommit(commitId);
    if (!target)
        return target.error();
    auto head = lookupCommit(QStringLiteral("HEAD"));
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

// --- cloning -------------------------------------------------------------------------------

bool Repository::isCloneUrl(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty() || url.contains(u' '))
        return false;
    if (url.contains(u"://")) {
        const QUrl parsed(url);
        static const QStringList schemes {QStringLiteral("https"), QStringLiteral("http"),
                                          QStringLiteral("ssh"), QStringLiteral("git"),
                                          QStringLiteral("file")};
        if (!parsed.isValid() || !schemes.contains(parsed.scheme().toLower()))
            return false;
        return parsed.scheme().compare(u"file", Qt::CaseInsensitive) == 0
            ? !parsed.path().isEmpty()
            : !parsed.host().isEmpty() && parsed.path().size() > 1;
    }
    // scp-like ssh: user@host:path
    static const QRegularExpression scp(QStringLiteral(R"(^[\w.+-]+@[\w.-]+:[^\s]+$)"));
    if (scp.match(url).hasMatch())
        return true;
    // A local repository by its absolute path.
    return QDir::isAbsolutePath(url) && QFileInfo(url).isDir();
}

QString Repository::cloneFolderName(const QString &url)
{
    QString path = url.trimmed();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QStringLiteral(".git"), Qt::CaseInsensitive))
        path.chop(4);
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype cut = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u':'));
    QString name = path.mid(cut + 1);
    if (name.startsWith(u'.'))
        name.remove(0, 1);
    return name;
}

Result<Repository> Repository::clone(const QString &urlText, const QString &path,
                                     const NetworkOptions &options)
{
    ensureInitialised();
    const QString url = urlText.trimmed();
    const QString where = CredentialProvider::redactedUrl(url);
    if (!isCloneUrl(url))
        return Error(Error::Kind::BadInput,
                     Tr::tr("“%1” is not a Git URL: use https://host/owner/repository.git, "
                            "git@host:owner/repository.git, ssh://… or file:///path")
                         .arg(where));
    const QFileInfo target(path);
    if (path.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("no destination folder to clone into"));
    if (target.exists() && !target.isDir())
        return Error(Error::Kind::Refused,
                     Tr::tr("%1 exists and is not a folder: choose another destination").arg(path));
    if (target.isDir()
        && !QDir(path)
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
                .isEmpty())
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1 is not empty: choose a new folder name or an empty folder").arg(path));
    const QString absolute = target.absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(Error::Kind::Failed, Tr::tr("cannot create the folder %1").arg(parent));
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("clone of %1 cancelled").arg(where));

    // A hidden sibling on the same file system, so that the final rename is atomic; removed
    // by its destructor whatever happens, unless it became the clone.
    QTemporaryDir staging(QDir(parent).filePath(u'.' + QFileInfo(absolute).fileName()
                                                + QStringLiteral(".cloning-XXXXXX")));
    if (!staging.isValid())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot create a folder in %1: %2").arg(parent, staging.errorString()));

    CredentialProvider credentials(url, {});
    TransferState state {&options, &credentials, {}, {}};
    git_clone_options opts = GIT_CLONE_OPTIONS_INIT;
    opts.fetch_opts.callbacks = callbacksFor(&state);
    opts.checkout_opts.progress_cb = &cloneCheckoutProgressCb;
    opts.checkout_opts.progress_payload = &state;
    state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
    git_repository *raw = nullptr;
    const int rc = git_clone(&raw, utf8(url).constData(),
                             QFile::encodeName(staging.path()).constData(), &opts);
    if (rc < 0) {
        const Error e = scrubbed(lastError(Tr::tr("clone of %1 failed").arg(where), rc), url);
        if (options.cancel.isCancelled())
            return Error(Error::Kind::Cancelled, Tr::tr("clone of %1 cancelled").arg(where));
        if (credentials.exhausted() || rc == GIT_EAUTH) {
            credentials.failed();
            return Error(Error::Kind::AuthenticationFailed,
                         Tr::tr("authentication failed for %1").arg(where))
                .withDetail(u"tried: "
                            + (credentials.triedSources().isEmpty()
                                   ? QStringLiteral("nothing (no credentials found)")
                                   : credentials.triedSources().join(QStringLiteral(", "))));
        }
        const QString text = e.message();
        if (rc == GIT_ENOTFOUND || text.contains(QStringLiteral("404"))
            || text.contains(QStringLiteral("not found"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("could not find repository"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("failed to resolve path"), Qt::CaseInsensitive))
            return Error(Error::Kind::NotFound,
                         Tr::tr("there is no Git repository at %1: check the URL").arg(where))
                .withDetail(text);
        if (text.contains(QStringLiteral("unsupported URL protocol"), Qt::CaseInsensitive))
            return Error(Error::Kind::BadInput,
                         Tr::tr("“%1” uses a protocol Git cannot clone from").arg(where))
                .withDetail(text);
        return e;
    }
    git_repository_free(raw);
    credentials.succeeded();
    // The checkout cannot be interrupted half-way; a cancel that came meanwhile still wins.
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("clone of %1 cancelled").arg(where));
    if (QFileInfo(absolute).isDir() && !QDir().rmdir(absolute))
        return Error(Error::Kind::Refused,
                     Tr::tr("%1 is no longer empty: choose another destination").arg(path));
    if (!QDir().rename(staging.path(), absolute))
        return Error(Error::Kind::Failed, Tr::tr("cannot move the clone into %1").arg(absolute));
    staging.setAutoRemove(false);
    state.report(TransferProgress::Stage::Done, 0, 0, 0);
    qCDebug(lcGit) << "cloned" << where << "into" << absolute;
    return open(absolute);
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

Status Repository::fetch(const QString &remoteName, const NetworkOptions &options)
{
    git_remote *raw = nullptr;
    int rc = git_remote_lookup(&raw, m_repo.get(), utf8(remoteName).constData());
    if (rc < 0)
        return lastError(Tr::tr("no remote named %1").arg(remoteName), rc);
    RemoteHandle remote(raw);
    const QString url = QString::fromUtf8(git_remote_url(remote.get()));
    const QString where = CredentialProvider::redactedUrl(url);
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("fetch from %1 cancelled").arg(where));

    CredentialProvider credentials(url, workTree());
    TransferState state {&options, &credentials, {}, {}};
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    opts.callbacks = callbacksFor(&state);
    state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
    rc = git_remote_fetch(remote.get(), nullptr, &opts, "fetch");
    if (rc < 0) {
        const Error e = scrubbed(lastError(Tr::tr("fetch from %1 failed").arg(where), rc), url);
        if (options.cancel.isCancelled())
            return Error(Error::Kind::Cancelled, Tr::tr("fetch from %1 cancelled").arg(where));
        if (credentials.exhausted() || rc == GIT_EAUTH) {
            credentials.failed();
            return Error(Error::Kind::AuthenticationFailed,
                         Tr::tr("authentication failed for %1").arg(where))
                .withDetail(u"tried: " + credentials.triedSources().join(QStringLiteral(", ")));
        }
        return e;
    }
    credentials.succeeded();
    state.report(TransferProgress::Stage::Done, 0, 0, 0);
    qCDebug(lcGit) << "fetched" << where;
    return {};
}

Result<QHash<QString, QString>> Repository::remoteHeads(const QString &remoteName,
                                                        const NetworkOptions &options) const
{
    git_remote *raw = nullptr;
    int rc = git_remote_lookup(&raw, m_repo.get(), utf8(remoteName).constData());
    if (rc < 0)
        return lastError(Tr::tr("no remote named %1").arg(remoteName), rc);
    RemoteHandle remote(raw);
    const QString url = QString::fromUtf8(git_remote_url(remote.get()));
    const QString where = CredentialProvider::redactedUrl(url);
    CredentialProvider credentials(url, workTree());
    TransferState state {&options, &credentials, {}, {}};
    const git_remote_callbacks callbacks = callbacksFor(&state);
    if ((rc = git_remote_connect(remote.get(), GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr))
        < 0)
        return scrubbed(lastError(Tr::tr("cannot list the branches of %1").arg(where), rc), url);
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if ((rc = git_remote_ls(&heads, &count, remote.get())) < 0)
        return scrubbed(lastError(Tr::tr("cannot list the branches of %1").arg(where), rc), url);
    QHash<QString, QString> out;
    for (size_t i = 0; i < count; ++i)
        out.insert(QString::fromUtf8(heads[i]->name), idOf(&heads[i]->oid));
    git_remote_disconnect(remote.get());
    credentials.succeeded();
    return out;
}

namespace {

struct PushedRef
{
    QString from; // refs/heads/main
    QString to; // refs/heads/main on the remote
    QString id; // the local commit pushed
    QString believed; // what the remote-tracking ref says the remote has (empty: nothing)
};

// Reasons a server (or git) gives when the remote has moved on, or the update lost a race.
bool meansMovedOn(const QString &reason)
{
    static const char *const moved[] = {"non-fast-forward",     "fetch first",    "stale info",
                                        "failed to update ref", "failed to lock", "cannot lock ref",
                                        "but expected",         "needs force",    "already exists"};
    for (const char *m : moved) {
        if (reason.contains(QLatin1String(m), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString remoteSays(const QStringList &messages)
{
    if (messages.isEmpty())
        return {};
    // The last lines carry the hook's reason; a chatty hook is cut short.
    return QStringLiteral(" — the remote says: ")
        + messages.mid(qMax(0, int(messages.size()) - 6)).join(QStringLiteral(" / "));
}

// A rejected push, classified: the remote moved on (PushRejected: fetch, re-plan, retry) or
// it refused the update itself — a hook, a protected branch, permissions (Refused: retrying
// cannot help), with the server's reason.
Error rejection(const QString &where, const QList<QPair<QString, QString>> &rejected,
                const QStringList &remoteMessages, bool remoteMoved)
{
    QStringList reasons;
    bool moved = remoteMoved;
    for (const auto &[ref, reason] : rejected) {
        reasons << (reason.isEmpty() ? shortRef(ref) : shortRef(ref) + u" (" + reason + u')');
        moved = moved || meansMovedOn(reason);
    }
    const QString list = reasons.join(QStringLiteral(", "));
    if (moved) {
        return Error(Error::Kind::PushRejected,
                     Tr::tr("push to %1 rejected: the remote has commits that are not here "
                            "(fetch, then try again)")
                         .arg(where))
            .withDetail(list + remoteSays(remoteMessages));
    }
    return Error(
        Error::Kind::Refused,
        Tr::tr("%1 refused the push of %2%3").arg(where, list, remoteSays(remoteMessages)));
}

// Without an installed git, a push to a path on this machine through libgit2's local transport,
// made safe: the objects go to private refs first, then each branch is moved from the value it
// had when the push started to the pushed commit with a compare-and-swap under the ref's lock,
// so that a push that raced ours fails instead of being overwritten. (The remote's hooks do not
// run on this path; the log says so.)
Status compareAndSwapPush(git_repository *repo, git_remote *remote, const QString &remotePath,
                          const QList<PushedRef> &refs, const QHash<QString, QString> &heads,
                          TransferState &state, const QString &where)
{
    qCInfo(lcGit) << "git is not installed: pushing to" << where
                  << "without running its hooks (compare-and-swap of the refs)";
    git_repository *rawTarget = nullptr;
    int rc = git_repository_open(&rawTarget, QFile::encodeName(remotePath).constData());
    if (rc < 0)
        return lastError(Tr::tr("cannot open the remote repository %1").arg(where), rc);
    RepositoryHandle target(rawTarget);
    const QString token = QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-'
        + QString::number(QCoreApplication::applicationPid());
    QStringList specs;
    QList<QPair<QString, QString>> rejected;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const PushedRef &r = refs[i];
        const QString old = heads.value(r.to);
        git_oid oldId;
        git_oid newId;
        git_oid_fromstr(&newId, r.id.toLatin1().constData());
        if (!old.isEmpty() && old != r.id
            && (git_oid_fromstr(&oldId, old.toLatin1().constData()) < 0
                || git_graph_descendant_of(repo, &newId, &oldId) != 1)) {
            rejected.append({r.to, QStringLiteral("fetch first")});
        }
        specs << r.from + QStringLiteral(":refs/promenade/incoming/%1/%2").arg(token).arg(i);
    }
    git_error_clear();
    if (!rejected.isEmpty())
        return rejection(where, rejected, {}, true);
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    opts.callbacks = callbacksFor(&state);
    const StrArray pushSpecs(specs);
    if ((rc = git_remote_push(remote, pushSpecs.get(), &opts)) < 0)
        return lastError(Tr::tr("push to %1 failed").arg(where), rc);
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const PushedRef &r = refs[i];
        const QString old = heads.value(r.to);
        git_oid oldId;
        git_oid newId;
        git_oid_fromstr(&newId, r.id.toLatin1().constData());
        git_reference *updated = nullptr;
        if (old.isEmpty()) {
            rc = git_reference_create(&updated, target.get(), utf8(r.to).constData(), &newId, 0,
                                      "push");
        } else {
            git_oid_fromstr(&oldId, old.toLatin1().constData());
            rc = git_reference_create_matching(&updated, target.get(), utf8(r.to).constData(),
                                               &newId, 1, &oldId, "push");
        }
        if (rc == 0)
            git_reference_free(updated);
        else if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED)
            rejected.append({r.to, QStringLiteral("failed to update ref")});
        else
            rejected.append({r.to, lastError(QString(), rc).message()});
        git_reference_remove(
            target.get(),
            utf8(QStringLiteral("refs/promenade/incoming/%1/%2").arg(token).arg(i)).constData());
    }
    git_error_clear();
    if (!rejected.isEmpty())
        return rejection(where, rejected, {}, false);
    return {};
}

} // namespace

Status Repository::push(const QString &remoteName, const QStringList &refspecs,
                        const NetworkOptions &options)
{
    for (const QString &spec : refspecs) {
        if (spec.startsWith(u'+'))
            return Error(Error::Kind::Refused,
                         Tr::tr("Promenade never force-pushes (%1)").arg(spec));
    }
    git_remote *raw = nullptr;
    int rc = git_remote_lookup(&raw, m_repo.get(), utf8(remoteName).constData());
    if (rc < 0)
        return lastError(Tr::tr("no remote named %1").arg(remoteName), rc);
    RemoteHandle remote(raw);
    const QString url = QString::fromUtf8(git_remote_url(remote.get()));
    const QString where = CredentialProvider::redactedUrl(url);
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("push to %1 cancelled").arg(where));

    // What is pushed where, and what the remote had as last fetched: to verify the result and
    // to tell "the remote moved on" from "the remote refused".
    QList<PushedRef> pushedRefs;
    for (const QString &spec : refspecs) {
        PushedRef ref;
        ref.from = spec.section(u':', 0, 0);
        ref.to = spec.contains(u':') ? spec.section(u':', 1) : ref.from;
        auto id = resolve(ref.from);
        if (!id)
            return id.error();
        ref.id = *id;
        if (ref.to.startsWith(u"refs/heads/")) {
            auto believed = resolve(u"refs/remotes/" + remoteName + u'/' + ref.to.mid(11));
            ref.believed = believed ? *believed : QString();
        }
        pushedRefs.append(ref);
    }
    git_error_clear();
    const auto remoteMoved = [&]() {
        auto heads = remoteHeads(remoteName, options);
        if (!heads)
            return false;
        return std::any_of(pushedRefs.cbegin(), pushedRefs.cend(),
                           [&](const PushedRef &r) { return heads->value(r.to) != r.believed; });
    };

    CredentialProvider credentials(url, workTree());
    TransferState state {&options, &credentials, {}, {}};
    if (SystemGitPush::isLocalUrl(url) && !SystemGitPush::executable().isEmpty()) {
        // A path on this machine: through the remote's git-receive-pack (compare-and-swap of
        // the ref, the remote's hooks), not libgit2's local transport, which does neither.
        auto outcome = SystemGitPush::run(QFile::decodeName(git_repository_path(m_repo.get())),
                                          workTree(), remoteName, refspecs, options);
        if (!outcome)
            return outcome.error();
        QList<QPair<QString, QString>> rejected;
        for (const SystemGitPush::RefUpdate &u : std::as_const(outcome->updates)) {
            if (u.rejected())
                rejected.append({u.to, u.reason.isEmpty() ? u.summary : u.reason});
        }
        if (!rejected.isEmpty())
            return rejection(where, rejected, outcome->remoteMessages, remoteMoved());
        if (outcome->exitCode != 0) {
            return Error(Error::Kind::Failed, Tr::tr("push to %1 failed").arg(where))
                .withDetail(outcome->errorText);
        }
    } else if (SystemGitPush::isLocalUrl(url)) {
        auto heads = remoteHeads(remoteName, options);
        if (!heads)
            return heads.error();
        const QString remotePath = url.startsWith(u"file://", Qt::CaseInsensitive)
            ? QUrl(url).toLocalFile()
            : QDir(workTree().isEmpty() ? QDir::currentPath() : workTree()).absoluteFilePath(url);
        if (Status s = compareAndSwapPush(m_repo.get(), remote.get(), remotePath, pushedRefs,
                                          *heads, state, where);
            !s)
            return s;
    } else {
        git_push_options opts = GIT_PUSH_OPTIONS_INIT;
        opts.callbacks = callbacksFor(&state);
        const StrArray specs(refspecs);
        state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
        rc = git_remote_push(remote.get(), specs.get(), &opts);
        if (rc < 0) {
            const Error e = scrubbed(lastError(Tr::tr("push to %1 failed").arg(where), rc), url);
            if (options.cancel.isCancelled())
                return Error(Error::Kind::Cancelled, Tr::tr("push to %1 cancelled").arg(where));
            if (credentials.exhausted() || rc == GIT_EAUTH) {
                credentials.failed();
                return Error(Error::Kind::AuthenticationFailed,
                             Tr::tr("authentication failed for %1").arg(where))
                    .withDetail(u"tried: " + credentials.triedSources().join(QStringLiteral(", ")));
            }
            if (rc == GIT_ENONFASTFORWARD) {
                credentials.succeeded(); // the server let us in; it is the history that moved
                return Error(Error::Kind::PushRejected,
                             Tr::tr("push to %1 rejected: the remote has commits that are not here "
                                    "(fetch, then try again)")
                                 .arg(where))
                    .withDetail(e.message());
            }
            return e;
        }
        credentials.succeeded();
        if (!state.rejections.isEmpty()) {
            return scrubbed(rejection(where, state.rejections, state.remoteMessages, remoteMoved()),
                            url);
        }
    }

    // The remote said yes; check that it holds what was pushed (a remote that updates refs
    // without a compare-and-swap may have let another push replace ours).
    auto heads = remoteHeads(remoteName, options);
    if (!heads) {
        return Error(Error::Kind::Failed,
                     Tr::tr("pushed to %1, but could not read its branches back to check the push")
                         .arg(where))
            .withDetail(heads.error().toString());
    }
    for (const PushedRef &r : std::as_const(pushedRefs)) {
        const QString now = heads->value(r.to);
        if (now != r.id) {
            return Error(Error::Kind::Failed,
                         Tr::tr("%1 accepted the push, but its %2 is at %3, not at the pushed %4: "
                                "another push replaced it; the commit is kept here")
                             .arg(where, shortRef(r.to),
                                  now.isEmpty() ? Tr::tr("nothing") : now.left(7), r.id.left(7)));
        }
        if (r.to.startsWith(u"refs/heads/")) {
            // The remote-tracking ref as the remote has it now (verified just above).
            git_oid oid;
            git_reference *tracking = nullptr;
            if (git_oid_fromstr(&oid, r.id.toLatin1().constData()) == 0
                && git_reference_create(
                       &tracking, m_repo.get(),
                       utf8(u"refs/remotes/" + remoteName + u'/' + r.to.mid(11)).constData(), &oid,
                       1, "push: verified")
                    == 0)
                git_reference_free(tracking);
            git_error_clear();
        }
    }
    state.report(TransferProgress::Stage::Done, 0, 0, 0);
    qCDebug(lcGit) << "pushed" << refspecs << "to" << where << "(verified)";
    return {};
}

} // namespace Promenade::Git
