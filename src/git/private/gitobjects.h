#pragma once

#include "gitcommitinfo.h"
#include "githandles.h"
#include "gitsignature.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Promenade::Git {

// What the wrapper's own files share about libgit2 (never seen by the wrapper's users).

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Git)
};

// A full commit (or object) id as hex text.
QString idOf(const git_oid *oid);

// "refs/remotes/origin/main" → "origin/main", "refs/heads/main" → "main".
QString shortRef(QString ref);

// A signature as libgit2 holds it, and back (an invalid `when` means "now").
Signature signatureOf(const git_signature *sig);
Result<SignatureHandle> makeSignature(const Signature &sig);

// A commit's id, parents, people and message (without its changed files).
CommitInfo commitInfoOf(const git_commit *commit);

// The commit a revision names ("HEAD", "main", an id, a tag peeled to its commit).
Result<CommitHandle> lookupCommit(git_repository *repo, const QString &revision);

// A history walk in Promenade's order (topological, then by time; first parents only when
// asked), not yet started.
Result<RevwalkHandle> newRevwalk(git_repository *repo, bool firstParentOnly);

// The repository's index as it is on disk now: another program (git add) may have changed it
// since the repository was opened.
Result<IndexHandle> freshIndex(git_repository *repo);

// A git_strarray over QStrings that owns its bytes.
class StrArray
{
public:
    explicit StrArray(const QStringList &list);
    StrArray(const StrArray &) = delete;
    StrArray &operator=(const StrArray &) = delete;
    [[nodiscard]] const git_strarray *get() const { return &m_array; }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_ptrs;
    git_strarray m_array {};
};

} // namespace Promenade::Git
