#pragma once

#include "common/result.h"
#include "git/githandles.h"
#include "git/gitsignature.h"

#include <QString>
#include <QStringList>

namespace Promenade::Git {

// A Git repository, through libgit2. Move-only; the handle is freed with the object.
// Not thread-safe: use one GitRepository per thread (libgit2 objects are not shared).
class Repository
{
public:
    // Creates a repository with a work tree at path (its first branch named initialBranch).
    static Result<Repository> init(const QString &path, const QString &initialBranch = QStringLiteral("main"));
    // Creates a bare repository at path (a remote to push to).
    static Result<Repository> initBare(const QString &path, const QString &initialBranch = QStringLiteral("main"));
    static Result<Repository> open(const QString &path);
    // The work tree root of the repository containing startPath (like `git rev-parse --show-toplevel`).
    static Result<QString> discoverWorkTree(const QString &startPath);

    [[nodiscard]] QString workTree() const;
    [[nodiscard]] bool isBare() const;

    // Stages every change of the work tree (like `git add -A`) and commits it on HEAD.
    // Returns the new commit's id. Refuses an empty commit.
    Result<QString> commitAll(const QString &message, const Signature &author, const Signature &committer);

    Status addRemote(const QString &name, const QString &url);
    // Pushes local refs to a remote, e.g. "refs/heads/main:refs/heads/main". Never forces.
    Status push(const QString &remote, const QStringList &refspecs);
    // Makes `branch` track remote/branch (the remote-tracking ref must exist, e.g. after a push).
    Status setUpstream(const QString &branch, const QString &remote);

    [[nodiscard]] Result<QString> currentBranch() const;
    [[nodiscard]] Result<QString> headCommitId() const;

    [[nodiscard]] git_repository *raw() const { return m_repo.get(); }

private:
    explicit Repository(RepositoryHandle repo) : m_repo(std::move(repo)) {}
    RepositoryHandle m_repo;
};

} // namespace Promenade::Git
