#include "gitremote.h"

#include "gitcredentials.h"
#include "giterror.h"
#include "gitlibrary.h"
#include "gitobjects.h"
#include "gitrepository.h"
#include "gittransfer.h"
#include "logging.h"
#include "systemgitpush.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

namespace Promenade::Git {

namespace {

// The remote `name` of repo, with its URL (and that URL without secrets, for messages).
struct LookedUpRemote
{
    RemoteHandle handle;
    QString url;
    QString where;
};

Result<LookedUpRemote> lookUp(git_repository *repo, const QString &name)
{
    git_remote *raw = nullptr;
    const int rc = git_remote_lookup(&raw, repo, name.toUtf8().constData());
    if (rc < 0)
        return lastError(Tr::tr("no remote named %1").arg(name), rc);
    LookedUpRemote remote {RemoteHandle(raw), QString::fromUtf8(git_remote_url(raw)), {}};
    remote.where = CredentialProvider::redactedUrl(remote.url);
    return remote;
}

// Where a clone may go: an absent or empty folder whose parent can be created.
Status checkCloneDestination(const QString &path)
{
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
    const QString parent = QFileInfo(target.absoluteFilePath()).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(Error::Kind::Failed, Tr::tr("cannot create the folder %1").arg(parent));
    return {};
}

// A failed git_clone, told apart: cancelled, authentication, no repository, a protocol Git
// cannot clone from.
Error cloneFailure(int rc, const TransferState &state, const QString &url, const QString &where)
{
    const Error e = scrubbed(lastError(Tr::tr("clone of %1 failed").arg(where), rc), url);
    const Error failure
        = transferFailure(e, rc, state, Tr::tr("clone of %1 cancelled").arg(where), where);
    if (failure.kind() == Error::Kind::Cancelled
        || failure.kind() == Error::Kind::AuthenticationFailed)
        return failure;
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

} // namespace

Remote::Remote(Repository &repository, QString name)
    : m_repository(repository)
    , m_name(std::move(name))
{ }

// --- cloning -------------------------------------------------------------------------------

bool Remote::isCloneUrl(const QString &text)
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

QString Remote::cloneFolderName(const QString &url)
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

Result<Repository> Remote::clone(const QString &urlText, const QString &path,
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
    if (Status s = checkCloneDestination(path); !s)
        return s.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("clone of %1 cancelled").arg(where));

    // A hidden sibling on the same file system, so that the final rename is atomic; removed
    // by its destructor whatever happens, unless it became the clone.
    QTemporaryDir staging(QDir(parent).filePath(u'.' + QFileInfo(absolute).fileName()
                                                + QStringLiteral(".cloning-XXXXXX")));
    if (!staging.isValid())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot create a folder in %1: %2").arg(parent, staging.errorString()));

    CredentialProvider credentials(url, {}, options.keychain);
    TransferState state {&options, &credentials, {}, {}};
    git_clone_options opts = GIT_CLONE_OPTIONS_INIT;
    opts.fetch_opts.callbacks = callbacksFor(&state);
    opts.checkout_opts.progress_cb = &cloneCheckoutProgress;
    opts.checkout_opts.progress_payload = &state;
    state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
    git_repository *raw = nullptr;
    const int rc = git_clone(&raw, url.toUtf8().constData(),
                             QFile::encodeName(staging.path()).constData(), &opts);
    if (rc < 0)
        return cloneFailure(rc, state, url, where);
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
    return Repository::open(absolute);
}

// --- fetching ------------------------------------------------------------------------------

Status Remote::fetch(const NetworkOptions &options)
{
    auto remote = lookUp(m_repository.raw(), m_name);
    if (!remote)
        return remote.error();
    const QString &where = remote->where;
    const QString cancelled = Tr::tr("fetch from %1 cancelled").arg(where);
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, cancelled);

    CredentialProvider credentials(remote->url, m_repository.workTree(), options.keychain);
    TransferState state {&options, &credentials, {}, {}};
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    opts.callbacks = callbacksFor(&state);
    state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
    const int rc = git_remote_fetch(remote->handle.get(), nullptr, &opts, "fetch");
    if (rc < 0) {
        const Error e
            = scrubbed(lastError(Tr::tr("fetch from %1 failed").arg(where), rc), remote->url);
        return transferFailure(e, rc, state, cancelled, where);
    }
    credentials.succeeded();
    state.report(TransferProgress::Stage::Done, 0, 0, 0);
    qCDebug(lcGit) << "fetched" << where;
    return {};
}

Result<QHash<QString, QString>> Remote::heads(const NetworkOptions &options) const
{
    auto remote = lookUp(m_repository.raw(), m_name);
    if (!remote)
        return remote.error();
    const QString failed = Tr::tr("cannot list the branches of %1").arg(remote->where);
    CredentialProvider credentials(remote->url, m_repository.workTree(), options.keychain);
    TransferState state {&options, &credentials, {}, {}};
    const git_remote_callbacks callbacks = callbacksFor(&state);
    git_remote *handle = remote->handle.get();
    int rc = git_remote_connect(handle, GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr);
    if (rc < 0)
        return scrubbed(lastError(failed, rc), remote->url);
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if ((rc = git_remote_ls(&heads, &count, handle)) < 0)
        return scrubbed(lastError(failed, rc), remote->url);
    QHash<QString, QString> out;
    for (size_t i = 0; i < count; ++i)
        out.insert(QString::fromUtf8(heads[i]->name), idOf(&heads[i]->oid));
    git_remote_disconnect(handle);
    credentials.succeeded();
    return out;
}

// --- pushing -------------------------------------------------------------------------------

namespace {

struct PushedRef
{
    QString from; // refs/heads/main
    QString to; // refs/heads/main on the remote
    QString id; // the local commit pushed
    QString believed; // what the remote-tracking ref says the remote has (empty: nothing)
};

// Everything one push works with.
struct Push
{
    Repository &repository;
    const QString &remoteName;
    const QStringList &refspecs;
    const NetworkOptions &options;
    LookedUpRemote remote;
    QList<PushedRef> refs;
    TransferState &state;
    CredentialProvider &credentials;
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

Error movedOn(const QString &where)
{
    return Error(Error::Kind::PushRejected,
                 Tr::tr("push to %1 rejected: the remote has commits that are not here "
                        "(fetch, then try again)")
                     .arg(where));
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
    if (moved)
        return movedOn(where).withDetail(list + remoteSays(remoteMessages));
    return Error(
        Error::Kind::Refused,
        Tr::tr("%1 refused the push of %2%3").arg(where, list, remoteSays(remoteMessages)));
}

// True when the remote's branches are no longer what the remote-tracking refs say.
bool remoteMoved(const Push &push)
{
    auto heads = Remote(push.repository, push.remoteName).heads(push.options);
    if (!heads)
        return false;
    return std::any_of(push.refs.cbegin(), push.refs.cend(),
                       [&](const PushedRef &r) { return heads->value(r.to) != r.believed; });
}

// Checks every ref of a local push for a fast-forward; the rejections, if any.
QList<QPair<QString, QString>> nonFastForwards(git_repository *repo, const QList<PushedRef> &refs,
                                               const QHash<QString, QString> &heads)
{
    QList<QPair<QString, QString>> rejected;
    for (const PushedRef &r : refs) {
        const QString old = heads.value(r.to);
        git_oid oldId;
        git_oid newId;
        git_oid_fromstr(&newId, r.id.toLatin1().constData());
        if (!old.isEmpty() && old != r.id
            && (git_oid_fromstr(&oldId, old.toLatin1().constData()) < 0
                || git_graph_descendant_of(repo, &newId, &oldId) != 1)) {
            rejected.append({r.to, QStringLiteral("fetch first")});
        }
    }
    git_error_clear();
    return rejected;
}

// Moves the remote's ref r.to from what it was when the push started to the pushed commit
// under the ref's lock; an empty text when it moved, else why not.
QString swapRef(git_repository *target, const PushedRef &r, const QString &old)
{
    git_oid oldId;
    git_oid newId;
    git_oid_fromstr(&newId, r.id.toLatin1().constData());
    git_reference *updated = nullptr;
    const QByteArray name = r.to.toUtf8();
    int rc = 0;
    if (old.isEmpty()) {
        rc = git_reference_create(&updated, target, name.constData(), &newId, 0, "push");
    } else {
        git_oid_fromstr(&oldId, old.toLatin1().constData());
        rc = git_reference_create_matching(&updated, target, name.constData(), &newId, 1, &oldId,
                                           "push");
    }
    if (rc == 0) {
        git_reference_free(updated);
        return {};
    }
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED)
        return QStringLiteral("failed to update ref");
    return lastError(QString(), rc).message();
}

// Without an installed git, a push to a path on this machine through libgit2's local transport,
// made safe: the objects go to private refs first, then each branch is moved from the value it
// had when the push started to the pushed commit with a compare-and-swap under the ref's lock,
// so that a push that raced ours fails instead of being overwritten. (The remote's hooks do not
// run on this path; the log says so.)
Status compareAndSwapPush(Push &push, const QString &remotePath,
                          const QHash<QString, QString> &heads)
{
    const QString &where = push.remote.where;
    qCInfo(lcGit) << "git is not installed: pushing to" << where
                  << "without running its hooks (compare-and-swap of the refs)";
    git_repository *rawTarget = nullptr;
    int rc = git_repository_open(&rawTarget, QFile::encodeName(remotePath).constData());
    if (rc < 0)
        return lastError(Tr::tr("cannot open the remote repository %1").arg(where), rc);
    RepositoryHandle target(rawTarget);
    if (auto rejected = nonFastForwards(push.repository.raw(), push.refs, heads);
        !rejected.isEmpty())
        return rejection(where, rejected, {}, true);
    const QString token = QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-'
        + QString::number(QCoreApplication::applicationPid());
    const auto incoming = [&](qsizetype i) {
        return QStringLiteral("refs/promenade/incoming/%1/%2").arg(token).arg(i);
    };
    QStringList specs;
    for (qsizetype i = 0; i < push.refs.size(); ++i)
        specs << push.refs[i].from + u':' + incoming(i);
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    opts.callbacks = callbacksFor(&push.state);
    const StrArray pushSpecs(specs);
    if ((rc = git_remote_push(push.remote.handle.get(), pushSpecs.get(), &opts)) < 0)
        return lastError(Tr::tr("push to %1 failed").arg(where), rc);
    QList<QPair<QString, QString>> rejected;
    for (qsizetype i = 0; i < push.refs.size(); ++i) {
        const PushedRef &r = push.refs[i];
        if (const QString why = swapRef(target.get(), r, heads.value(r.to)); !why.isEmpty())
            rejected.append({r.to, why});
        git_reference_remove(target.get(), incoming(i).toUtf8().constData());
    }
    git_error_clear();
    if (!rejected.isEmpty())
        return rejection(where, rejected, {}, false);
    return {};
}

// A path on this machine: through the remote's git-receive-pack (compare-and-swap of the ref,
// the remote's hooks), not libgit2's local transport, which does neither.
Status systemGitPush(Push &push)
{
    const QString &where = push.remote.where;
    auto outcome = SystemGitPush::run(QFile::decodeName(git_repository_path(push.repository.raw())),
                                      push.repository.workTree(), push.remoteName, push.refspecs,
                                      push.options);
    if (!outcome)
        return outcome.error();
    QList<QPair<QString, QString>> rejected;
    for (const SystemGitPush::RefUpdate &u : std::as_const(outcome->updates)) {
        if (u.rejected())
            rejected.append({u.to, u.reason.isEmpty() ? u.summary : u.reason});
    }
    if (!rejected.isEmpty())
        return rejection(where, rejected, outcome->remoteMessages, remoteMoved(push));
    if (outcome->exitCode != 0) {
        return Error(Error::Kind::Failed, Tr::tr("push to %1 failed").arg(where))
            .withDetail(outcome->errorText);
    }
    return {};
}

Status localPushWithoutGit(Push &push)
{
    auto heads = Remote(push.repository, push.remoteName).heads(push.options);
    if (!heads)
        return heads.error();
    const QString &url = push.remote.url;
    const QString workTree = push.repository.workTree();
    const QString remotePath = url.startsWith(u"file://", Qt::CaseInsensitive)
        ? QUrl(url).toLocalFile()
        : QDir(workTree.isEmpty() ? QDir::currentPath() : workTree).absoluteFilePath(url);
    return compareAndSwapPush(push, remotePath, *heads);
}

Status libgit2Push(Push &push)
{
    const QString &where = push.remote.where;
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    opts.callbacks = callbacksFor(&push.state);
    const StrArray specs(push.refspecs);
    push.state.report(TransferProgress::Stage::Connecting, 0, 0, 0);
    const int rc = git_remote_push(push.remote.handle.get(), specs.get(), &opts);
    if (rc < 0) {
        const Error e
            = scrubbed(lastError(Tr::tr("push to %1 failed").arg(where), rc), push.remote.url);
        const Error failure
            = transferFailure(e, rc, push.state, Tr::tr("push to %1 cancelled").arg(where), where);
        if (failure.kind() == Error::Kind::Cancelled
            || failure.kind() == Error::Kind::AuthenticationFailed)
            return failure;
        if (rc == GIT_ENONFASTFORWARD) {
            push.credentials.succeeded(); // the server let us in; it is the history that moved
            return movedOn(where).withDetail(e.message());
        }
        return e;
    }
    push.credentials.succeeded();
    if (!push.state.rejections.isEmpty()) {
        return scrubbed(
            rejection(where, push.state.rejections, push.state.remoteMessages, remoteMoved(push)),
            push.remote.url);
    }
    return {};
}

// The remote said yes; check that it holds what was pushed (a remote that updates refs
// without a compare-and-swap may have let another push replace ours), then set the
// remote-tracking refs to what the remote has now.
Status verifyPushed(const Push &push)
{
    const QString &where = push.remote.where;
    auto heads = Remote(push.repository, push.remoteName).heads(push.options);
    if (!heads) {
        return Error(Error::Kind::Failed,
                     Tr::tr("pushed to %1, but could not read its branches back to check the push")
                         .arg(where))
            .withDetail(heads.error().toString());
    }
    for (const PushedRef &r : push.refs) {
        const QString now = heads->value(r.to);
        if (now != r.id) {
            return Error(Error::Kind::Failed,
                         Tr::tr("%1 accepted the push, but its %2 is at %3, not at the pushed %4: "
                                "another push replaced it; the commit is kept here")
                             .arg(where, shortRef(r.to),
                                  now.isEmpty() ? Tr::tr("nothing") : now.left(7), r.id.left(7)));
        }
        if (!r.to.startsWith(u"refs/heads/"))
            continue;
        git_oid oid;
        git_reference *tracking = nullptr;
        const QByteArray name
            = QString(u"refs/remotes/" + push.remoteName + u'/' + r.to.mid(11)).toUtf8();
        if (git_oid_fromstr(&oid, r.id.toLatin1().constData()) == 0
            && git_reference_create(&tracking, push.repository.raw(), name.constData(), &oid, 1,
                                    "push: verified")
                == 0)
            git_reference_free(tracking);
        git_error_clear();
    }
    return {};
}

} // namespace

Status Remote::push(const QStringList &refspecs, const NetworkOptions &options)
{
    for (const QString &spec : refspecs) {
        if (spec.startsWith(u'+'))
            return Error(Error::Kind::Refused,
                         Tr::tr("Promenade never force-pushes (%1)").arg(spec));
    }
    auto remote = lookUp(m_repository.raw(), m_name);
    if (!remote)
        return remote.error();
    const QString url = remote->url;
    const QString where = remote->where;
    if (options.cancel.isCancelled())
        return Error(Error::Kind::Cancelled, Tr::tr("push to %1 cancelled").arg(where));

    // What is pushed where, and what the remote had as last fetched: to verify the result and
    // to tell "the remote moved on" from "the remote refused".
    QList<PushedRef> refs;
    for (const QString &spec : refspecs) {
        PushedRef ref;
        ref.from = spec.section(u':', 0, 0);
        ref.to = spec.contains(u':') ? spec.section(u':', 1) : ref.from;
        auto id = m_repository.resolve(ref.from);
        if (!id)
            return id.error();
        ref.id = *id;
        if (ref.to.startsWith(u"refs/heads/")) {
            auto believed = m_repository.resolve(u"refs/remotes/" + m_name + u'/' + ref.to.mid(11));
            ref.believed = believed ? *believed : QString();
        }
        refs.append(ref);
    }
    git_error_clear();

    CredentialProvider credentials(url, m_repository.workTree(), options.keychain);
    TransferState state {&options, &credentials, {}, {}};
    Push push {m_repository,       m_name,          refspecs, options,
               std::move(*remote), std::move(refs), state,    credentials};
    Status pushed;
    if (SystemGitPush::isLocalUrl(url) && !SystemGitPush::executable().isEmpty())
        pushed = systemGitPush(push);
    else if (SystemGitPush::isLocalUrl(url))
        pushed = localPushWithoutGit(push);
    else
        pushed = libgit2Push(push);
    if (!pushed)
        return pushed;
    if (Status verified = verifyPushed(push); !verified)
        return verified;
    state.report(TransferProgress::Stage::Done, 0, 0, 0);
    qCDebug(lcGit) << "pushed" << refspecs << "to" << where << "(verified)";
    return {};
}

} // namespace Promenade::Git
