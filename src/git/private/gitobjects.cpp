#include "gitobjects.h"

#include "giterror.h"

#include <QDateTime>

namespace Promenade::Git {

QString idOf(const git_oid *oid)
{
    char buf[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

QString shortRef(QString ref)
{
    for (const QString &prefix : {QStringLiteral("refs/heads/"), QStringLiteral("refs/remotes/")}) {
        if (ref.startsWith(prefix))
            return ref.mid(prefix.size());
    }
    return ref;
}

Signature signatureOf(const git_signature *sig)
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
    const QByteArray name = sig.name.toUtf8();
    const QByteArray email = sig.email.toUtf8();
    if (sig.when.isValid()) {
        const auto offsetMinutes = sig.when.offsetFromUtc() / 60;
        rc = git_signature_new(&out, name.constData(), email.constData(),
                               sig.when.toSecsSinceEpoch(), offsetMinutes);
    } else {
        rc = git_signature_now(&out, name.constData(), email.constData());
    }
    if (rc < 0)
        return lastError(Tr::tr("invalid author or committer"), rc);
    return SignatureHandle(out);
}

CommitInfo commitInfoOf(const git_commit *commit)
{
    CommitInfo info;
    info.id = idOf(git_commit_id(commit));
    const unsigned parentCount = git_commit_parentcount(commit);
    for (unsigned i = 0; i < parentCount; ++i)
        info.parents.append(idOf(git_commit_parent_id(commit, i)));
    info.author = signatureOf(git_commit_author(commit));
    info.committer = signatureOf(git_commit_committer(commit));
    const char *summary = git_commit_summary(const_cast<git_commit *>(commit));
    info.summary = summary ? QString::fromUtf8(summary) : QString();
    info.message = QString::fromUtf8(git_commit_message(commit));
    return info;
}

Result<CommitHandle> lookupCommit(git_repository *repo, const QString &revision)
{
    git_object *obj = nullptr;
    int rc = git_revparse_single(&obj, repo, revision.toUtf8().constData());
    if (rc < 0)
        return lastError(Tr::tr("unknown revision %1").arg(revision), rc);
    ObjectHandle object(obj);
    git_object *peeled = nullptr;
    if ((rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT)) < 0)
        return lastError(Tr::tr("%1 is not a commit").arg(revision), rc);
    return CommitHandle(reinterpret_cast<git_commit *>(peeled));
}

StrArray::StrArray(const QStringList &list)
{
    for (const QString &s : list)
        m_bytes.push_back(s.toUtf8());
    for (QByteArray &b : m_bytes)
        m_ptrs.push_back(b.data());
    m_array = {m_ptrs.data(), m_ptrs.size()};
}

Result<RevwalkHandle> newRevwalk(git_repository *repo, bool firstParentOnly)
{
    git_revwalk *rawWalk = nullptr;
    if (const int rc = git_revwalk_new(&rawWalk, repo); rc < 0)
        return lastError(Tr::tr("cannot walk the history"), rc);
    RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (firstParentOnly)
        git_revwalk_simplify_first_parent(walk.get());
    return walk;
}

Result<IndexHandle> freshIndex(git_repository *repo)
{
    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, repo);
    if (rc < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    IndexHandle index(rawIndex);
    if ((rc = git_index_read(index.get(), 0)) < 0)
        return lastError(Tr::tr("cannot read the Git index"), rc);
    return index;
}

} // namespace Promenade::Git
