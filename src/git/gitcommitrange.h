#pragma once

#include "gitcommitinfo.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Promenade::Git {

class Repository;

// The commits between two revisions of one repository, as `git log base..head` lists them
// (with firstParentOnly, `git log --first-parent base..head`: a merged pull request is its
// merge commit, its branch's commits left out). Newest first, topological then by time.
//
// Both revisions must exist in the repository: a revision that is gone (a force-pushed
// history, a clone not fetched since the build) is NotFound, never an empty or partial list.
// How head relates to base is told apart: ahead (base is an ancestor of head), behind (head
// is an ancestor of base: a rollback; the list is then head..base, what would be taken out),
// identical, or diverged (the list is base..head, and behind counts head..base).
//
// Bounded: at most maxCount commits are described; the walk counts up to maxWalk commits
// and says when it stopped there. Local and blocking (milliseconds for thousands of commits):
// call it off the GUI thread for a large repository. Plain functions; one Repository per thread.
class CommitRange
{
public:
    enum class Relation { Identical, Ahead, Behind, Diverged };

    struct Options
    {
        bool firstParentOnly = true;
        int maxCount = 250; // commits described
        int maxWalk = 100000; // commits counted
    };

    struct Walk
    {
        Relation relation = Relation::Identical;
        QString baseId;
        QString headId;
        QList<CommitInfo> commits; // newest first; without changedFiles
        int total = 0; // commits in the range (ahead; for Behind: the ones taken out)
        int behind = 0; // Diverged: commits only base has
        bool countCapped = false; // total stopped at maxWalk
        [[nodiscard]] bool truncated() const { return commits.size() < total; }
    };

    static Result<Walk> walk(const Repository &repository, const QString &base, const QString &head,
                             const Options &options);
    static Result<Walk> walk(const Repository &repository, const QString &base, const QString &head)
    {
        return walk(repository, base, head, Options {});
    }
};

} // namespace Promenade::Git
