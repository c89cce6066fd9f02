#pragma once

#include "gitnetworkoptions.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade::Git {

// A push run by the `git` the user installed, for remotes that are paths on this machine
// (or a shared disk). libgit2's local transport writes the remote's refs itself, without
// the compare-and-swap and without the remote's hooks; `git push` hands the update to the
// remote's own git-receive-pack, which checks the old value under the ref's lock and runs the
// remote's pre-receive and update hooks, as any Git server does. Nothing from the repository
// being pushed is executed: no pre-push hook (--no-verify), and receive-pack is named on the
// command line rather than taken from the clone's configuration.
//
// Output is read in --porcelain form: one line per ref ("!\trefs/heads/main:refs/heads/main\t
// [rejected] (fetch first)"), and the remote's own messages ("remote: …") from standard error.
// Blocking; cancellable through options.cancel (the process is killed).
class SystemGitPush
{
public:
    struct RefUpdate
    {
        QChar flag; // ' ' fast-forward, '*' new, '=' up to date, '!' rejected, …
        QString from; // refs/heads/main
        QString to; // refs/heads/main
        QString summary; // "abc..def", "[rejected]", "[remote rejected]"
        QString reason; // "fetch first", "pre-receive hook declined" (empty when none)
        [[nodiscard]] bool rejected() const { return flag == u'!'; }
    };

    struct Outcome
    {
        int exitCode = -1;
        QList<RefUpdate> updates;
        QStringList remoteMessages; // the remote's lines, without "remote: "
        QString errorText; // standard error, for the log
    };

    // The git executable on PATH; empty when there is none.
    [[nodiscard]] static QString executable();
    // True for a remote URL that names a path on this machine ("/srv/repo.git", "../o.git",
    // "file:///srv/repo.git"), not a network address.
    [[nodiscard]] static bool isLocalUrl(const QString &url);
    // Runs `git push --porcelain` for the repository at gitDir, from workDir (its work tree, where
    // a relative remote path starts; empty: gitDir). Failed when git cannot run or dies; a push
    // git reports as rejected is an Outcome with the rejected updates (the caller classifies it).
    static Result<Outcome> run(const QString &gitDir, const QString &workDir, const QString &remote,
                               const QStringList &refspecs, const NetworkOptions &options);
    // Parses the porcelain output and the remote's messages (exposed for tests).
    static Outcome parse(const QByteArray &standardOutput, const QByteArray &standardError);
};

} // namespace Promenade::Git
