#include "gitcommitrange.h"

#include "giterror.h"
#include "gitobjects.h"
#include "gitrepository.h"

namespace Promenade::Git {

namespace {

Result<git_oid> resolveCommit(git_repository *repo, const QString &revision)
{
    git_object *raw = nullptr;
    int rc = git_revparse_single(&raw, repo, revision.toUtf8().constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EAMBIGUOUS || rc == GIT_EINVALIDSPEC)
        return Error(Error::Kind::NotFound,
                     Tr::tr("commit %1 is not in the repository (a rewritten history, or a clone "
                            "that was not fetched since)")
                         .arg(revision.left(12)));
    if (rc < 0)
        return lastError(Tr::tr("cannot read revision %1").arg(revision), rc);
    ObjectHandle object(raw);
    git_object *peeled = nullptr;
    if ((rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT)) < 0)
        return lastError(Tr::tr("%1 is not a commit").arg(revision), rc);
    ObjectHandle commit(peeled);
    return *git_object_id(commit.get());
}

// Walks from `from`, hiding `hide`; counts everything (up to maxWalk), describes the first
// maxCount.
Status walkRange(git_repository *repo, const git_oid &from, const git_oid &hide,
                 const CommitRange::Options &options, bool describe, CommitRange::Walk &out,
                 int &count)
{
    auto newWalk = newRevwalk(repo, options.firstParentOnly);
    if (!newWalk)
        return newWalk.error();
    RevwalkHandle walk = std::move(*newWalk);
    int rc = 0;
    if ((rc = git_revwalk_push(walk.get(), &from)) < 0
        || (rc = git_revwalk_hide(walk.get(), &hide)) < 0)
        return lastError(Tr::tr("cannot walk the history"), rc);
    count = 0;
    git_oid oid;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0) {
        if (count >= options.maxWalk) {
            out.countCapped = true;
            break;
        }
        ++count;
        if (!describe || out.commits.size() >= options.maxCount)
            continue;
        git_commit *raw = nullptr;
        if ((rc = git_commit_lookup(&raw, repo, &oid)) < 0)
            return lastError(Tr::tr("cannot read commit %1").arg(idOf(&oid)), rc);
        CommitHandle c(raw);
        out.commits.append(commitInfoOf(c.get()));
    }
    if (rc < 0 && rc != GIT_ITEROVER)
        return lastError(Tr::tr("cannot walk the history"), rc);
    return {};
}

} // namespace

Result<CommitRange::Walk> CommitRange::walk(const Repository &repository, const QString &base,
                                            const QString &head, const Options &options)
{
    git_repository *repo = repository.raw();
    auto baseId = resolveCommit(repo, base);
    if (!baseId)
        return baseId.error();
    auto headId = resolveCommit(repo, head);
    if (!headId)
        return headId.error();
    Walk out;
    out.baseId = idOf(&*baseId);
    out.headId = idOf(&*headId);
    if (git_oid_equal(&*baseId, &*headId))
        return out;
    const bool headHasBase = git_graph_descendant_of(repo, &*headId, &*baseId) == 1;
    const bool baseHasHead = !headHasBase && git_graph_descendant_of(repo, &*baseId, &*headId) == 1;
    out.relation = headHasBase ? Relation::Ahead
        : baseHasHead          ? Relation::Behind
                               : Relation::Diverged;
    const git_oid &from = baseHasHead ? *baseId : *headId;
    const git_oid &hide = baseHasHead ? *headId : *baseId;
    if (Status s = walkRange(repo, from, hide, options, true, out, out.total); !s)
        return s.error();
    if (out.relation == Relation::Diverged) {
        Walk other;
        if (Status s = walkRange(repo, *baseId, *headId, options, false, other, out.behind); !s)
            return s.error();
        out.countCapped = out.countCapped || other.countCapped;
    }
    return out;
}

} // namespace Promenade::Git
