#pragma once

#include "gitnetworkoptions.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Promenade::Git {

class Repository;

// One remote of a local repository ("origin") and the transfers with it: fetch, push and
// listing its branches; and cloning a new repository from a URL. Credentials are found the
// way Git users already have them (CredentialProvider); a secret never reaches an error
// message or a log line.
//
// Every transfer is blocking: run it on a worker thread (QtConcurrent::run) with a Repository
// opened there; NetworkOptions carry the progress callback and a CancellationToken that
// another thread may set. A Remote only borrows its Repository: keep the Repository alive.
//
//     Git::NetworkOptions options;             // keep options.cancel to cancel from the GUI
//     options.progress = [](const Git::TransferProgress &p) { /* queue to the GUI */ };
//     QFuture<Status> f = QtConcurrent::run([path, refspec, options]() -> Status {
//         auto repo = Git::Repository::discover(path);    // opened on the worker thread
//         if (!repo)
//             return repo.error();
//         return Git::Remote(*repo, QStringLiteral("origin")).push({refspec}, options);
//     });
class Remote
{
public:
    Remote(Repository &repository, QString name);

    // Clones url (https://, http://, ssh://, git@host:path, file://) into path, like `git clone
    // url path`: the remote's default branch checked out and tracking origin. path must not
    // exist or be an empty folder (Refused otherwise); its parent is created. Nothing is ever
    // left half-written at path: the clone goes into a hidden sibling folder that is renamed to
    // path on success and removed on failure or cancellation. Errors: BadInput (not a Git URL),
    // NotFound (no repository there), AuthenticationFailed, Cancelled, Failed. Credentials as
    // for fetch. Progress: the fetch's stages, then CheckingOut.
    static Result<Repository> clone(const QString &url, const QString &path,
                                    const NetworkOptions &options = {});
    // True when text looks like something clone() accepts as a URL (no network access).
    [[nodiscard]] static bool isCloneUrl(const QString &text);
    // The folder name `git clone` would choose for url ("https://h/o/app.git" → "app").
    [[nodiscard]] static QString cloneFolderName(const QString &url);

    [[nodiscard]] const QString &name() const { return m_name; }

    // Updates the remote-tracking branches (like `git fetch <remote>`).
    Status fetch(const NetworkOptions &options = {});
    // The remote's refs and the commit each points at (like `git ls-remote`).
    [[nodiscard]] Result<QHash<QString, QString>> heads(const NetworkOptions &options = {}) const;
    // Pushes local refs, e.g. "refs/heads/main:refs/heads/main". Never forces (a '+' refspec
    // is Refused). A remote that is a path on this machine is pushed to through the installed
    // `git` (SystemGitPush: the remote's hooks run and the ref is updated with a
    // compare-and-swap); any other through libgit2. Afterwards the remote's refs are read back:
    // a push the remote holds no trace of is Failed, never reported as pushed. A rejection is
    // classified: PushRejected when the remote moved on (fetch, re-plan, retry), Refused when
    // the remote refused the update itself (a hook, a protected branch, permissions), with the
    // server's reason and its hook's lines in the message. Updates the remote-tracking ref on
    // success.
    Status push(const QStringList &refspecs, const NetworkOptions &options = {});

private:
    Repository &m_repository;
    QString m_name;
};

} // namespace Promenade::Git
