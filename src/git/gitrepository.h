#pragma once

#include "gitbranchinfo.h"
#include "gitcommitinfo.h"
#include "gitsignature.h"
#include "gitstatusentry.h"
#include "gittrailers.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// libgit2's types, for the wrapper's own files: its headers stay private to promenade_git.
struct git_repository;
struct git_commit;
struct git_object;
struct git_index;
struct git_tree;

namespace Promenade::Git {

// A local Git repository, through libgit2: what a promotion needs and nothing more: status,
// reading files at a revision, branches, committing selected paths with trailers,
// ahead/behind, fast-forward, revert and a log walk. Transfers with other repositories
// (clone, fetch, push, credentials) are Git::Remote's.
//
// Errors are values, built from libgit2's last error right after the failing call. Kinds that
// callers act on: NotFound (no such repository, revision, file or branch), Refused (a dirty
// tree, nothing to commit, a checkout that would overwrite local changes, a diverged branch),
// PushRejected (the remote moved: fetch, re-plan, retry), AuthenticationFailed, Cancelled.
//
// Threading: libgit2 objects are not shared between threads. Use one Repository per thread
// (open another one on the worker thread; opening is cheap). Long log walks belong on a worker
// thread (QtConcurrent::run), as do Git::Remote's transfers. Move-only.
class Repository
{
public:
    // Creates a repository with a work tree at path (its first branch named initialBranch).
    static Result<Repository> init(const QString &path,
                                   const QString &initialBranch = QStringLiteral("main"));
    // Creates a bare repository at path (a remote to push to).
    static Result<Repository> initBare(const QString &path,
                                       const QString &initialBranch = QStringLiteral("main"));
    // Opens the repository whose .git (or bare repository) is at path.
    static Result<Repository> open(const QString &path);
    // Opens the repository containing startPath (any file or folder inside a work tree).
    static Result<Repository> discover(const QString &startPath);
    // The work tree root of the repository containing startPath (like `git rev-parse
    // --show-toplevel`).
    static Result<QString> discoverWorkTree(const QString &startPath);

    [[nodiscard]] QString workTree() const;
    [[nodiscard]] bool isBare() const;
    // The repository's Git folder shared by all its work trees (".git" of a clone).
    [[nodiscard]] QString gitDir() const;
    // The operation left half-done in this clone ("a merge", "a rebase", "a cherry-pick",
    // "a revert", "a bisect", "git am"), or empty when none: nothing should be committed then.
    [[nodiscard]] QString operationInProgress() const;

    // --- reading --------------------------------------------------------------------------
    // The full commit id a revision names ("HEAD", "main", "origin/main", "HEAD~2", an id).
    [[nodiscard]] Result<QString> resolve(const QString &revision) const;
    // The bytes of path (relative to the work tree root) at revision. NotFound when the
    // revision or the file does not exist there; BadInput beyond SafeFile::defaultMaxBytes.
    // The id of a commit's root tree (for ObjectWriter's commits).
    [[nodiscard]] Result<QString> treeOf(const QString &revision) const;
    [[nodiscard]] Result<QByteArray> readFile(const QString &revision, const QString &path) const;
    // The status of every changed path (none: clean), optionally limited to paths (files or
    // folders, relative to the work tree root). Ignored files are left out.
    [[nodiscard]] Result<QList<StatusEntry>> status(const QStringList &paths = {}) const;
    // True when any of paths (files or folders) is modified, staged, untracked or conflicted.
    [[nodiscard]] Result<bool> isDirty(const QStringList &paths = {}) const;

    struct LogOptions
    {
        QString from = QStringLiteral("HEAD"); // where the walk starts (a ref or id)
        QStringList paths; // only commits that change one of these (files or folders); empty: all
        int maxCount = -1; // at most this many commits; -1: all
        bool firstParentOnly = false;
    };
    // Commits reachable from options.from, newest first (topological, then by time).
    [[nodiscard]] Result<QList<CommitInfo>> log(const LogOptions &options) const;
    [[nodiscard]] Result<QList<CommitInfo>> log() const { return log(LogOptions {}); }
    // One commit.
    [[nodiscard]] Result<CommitInfo> commit(const QString &revision) const;

    // --- branches -------------------------------------------------------------------------
    [[nodiscard]] Result<QString> currentBranch() const;
    [[nodiscard]] Result<QString> headCommitId() const;
    [[nodiscard]] Result<QList<BranchInfo>> branches() const;
    // True when name is a valid branch name for Git ("promote/web/prod/v1", not "a..b" or "x~").
    [[nodiscard]] static bool isValidBranchName(const QString &name);
    // Creates a local branch at revision: BadInput for an invalid name, Refused when a branch
    // of that name exists already.
    Status createBranch(const QString &name, const QString &revision = QStringLiteral("HEAD"));
    // Switches the work tree to a local branch, keeping local changes; Refused (and nothing
    // changed) when a local change would be overwritten.
    Status checkout(const QString &branch);
    // The branch that `branch` tracks, e.g. "origin/main"; NotFound when it tracks none.
    [[nodiscard]] Result<QString> upstreamOf(const QString &branch) const;
    // Makes `branch` track remote/branch (the remote-tracking ref must exist, e.g. after a push).
    Status setUpstream(const QString &branch, const QString &remote);
    // How `branch` (default: the current one) and its upstream have diverged. Compares the
    // refs as they are: fetch first to know about the remote's latest state.
    [[nodiscard]] Result<AheadBehind> aheadBehind(const QString &branch = {}) const;
    // Moves the current branch to its upstream when that is a fast-forward and the tree is
    // clean (untracked files may stay unless the update would overwrite one); returns the new
    // HEAD id. Refused when diverged or dirty; a no-op when up to date.
    Result<QString> fastForward();
    // After a rejected push: keeps the current branch's commits on backupBranch (nothing is
    // lost), then moves the current branch to its upstream, so that a promotion can be
    // re-planned and re-committed on top of what the remote has (no rebase). Refused when the
    // tree has local changes or backupBranch exists. Returns the new HEAD id.
    Result<QString> resetToUpstream(const QString &backupBranch);

    // --- writing --------------------------------------------------------------------------
    // The author/committer from the Git configuration (user.name, user.email of the
    // repository, then the global ~/.gitconfig); BadInput with how to set them when unset.
    [[nodiscard]] Result<Signature> defaultSignature() const;
    // Sets a value in this repository's own configuration (.git/config), e.g. user.name.
    Status setLocalConfig(const QString &key, const QString &value);
    // Commits exactly paths (files or folders, relative to the work tree root; deletions
    // included) on HEAD with the user's identity; everything else — other dirty or staged
    // files — stays as it was and out of the commit. Refused when nothing among paths changed
    // or when one is conflicted. Returns the new commit's id.
    Result<QString> commitPaths(const QStringList &paths, const QString &message);
    Result<QString> commitPaths(const QStringList &paths, const QString &message,
                                const Signature &author, const Signature &committer);
    // Commits bytes as the content of path (relative to the work tree root) on HEAD — exactly
    // these bytes, whatever the work tree holds at that moment — and stages them, so that a
    // work tree file with these bytes is clean afterwards. Everything else staged stays out of
    // the commit. Refused when path is conflicted, is not a regular file in Git (a link, a
    // submodule), or the bytes equal HEAD's. Returns the new commit's id.
    Result<QString> commitContent(const QString &path, const QByteArray &bytes,
                                  const QString &message);
    Result<QString> commitContent(const QString &path, const QByteArray &bytes,
                                  const QString &message, const Signature &author,
                                  const Signature &committer);
    // As commitContent, for several files in one commit (a batch of promotions).
    struct FileContent
    {
        QString path;
        QByteArray bytes;
    };
    Result<QString> commitContents(const QList<FileContent> &files, const QString &message);
    Result<QString> commitContents(const QList<FileContent> &files, const QString &message,
                                   const Signature &author, const Signature &committer);
    // Stages every change of the work tree (like `git add -A`) and commits it on HEAD.
    // Returns the new commit's id. Refuses an empty commit.
    Result<QString> commitAll(const QString &message, const Signature &author,
                              const Signature &committer);
    // Reverts commitId on HEAD as `git revert` does (message "Revert \"<summary>\"" + "This
    // reverts commit <id>." + extra trailers), updating the work tree; with the user's identity
    // unless committer is given. Refused on a conflict or when the touched files are dirty.
    Result<QString> revert(const QString &commitId, const QList<Trailer> &trailers = {});
    Result<QString> revert(const QString &commitId, const QList<Trailer> &trailers,
                           const Signature &author, const Signature &committer);
    // The message `git revert` writes for a commit.
    static QString revertMessage(const QString &summary, const QString &commitId);

    // --- remotes (configuration only; transfers are Git::Remote's) ----------------------
    Status addRemote(const QString &name, const QString &url);
    [[nodiscard]] Result<QString> remoteUrl(const QString &name) const;

    // libgit2's handle, for the wrapper's own classes (Remote, CommitRange, ObjectWriter).
    [[nodiscard]] git_repository *raw() const { return m_repo.get(); }

private:
    struct HandleDeleter
    {
        void operator()(git_repository *repo) const;
    };

    explicit Repository(git_repository *repo) // takes ownership
        : m_repo(repo)
    { }
    [[nodiscard]] Result<CommitInfo> describe(git_commit *commit, bool withFiles,
                                              const QStringList &paths, bool *touchesPaths) const;
    // Safe checkout of a commit or tree: refuses (Refused, naming the files) to overwrite local
    // changes.
    Status checkoutTree(const git_object *target);
    Result<QString> moveCurrentBranchToUpstream(const QString &why);
    // Commits HEAD's tree plus exactly paths as staged in index.
    Result<QString> commitStagedPaths(git_index *index, const QStringList &paths,
                                      const QString &message, const Signature &author,
                                      const Signature &committer);
    Result<QString> createCommit(git_tree *tree, const QString &message, const Signature &author,
                                 const Signature &committer);

    std::unique_ptr<git_repository, HandleDeleter> m_repo;
};

} // namespace Promenade::Git
