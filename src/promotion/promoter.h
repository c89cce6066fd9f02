#pragma once

#include "cancellationtoken.h"
#include "promotionplan.h"
#include "result.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Promenade {

// Applies a PromotionPlan to the repository, never losing work:
//  - commit mode: writes the edited kustomization (atomically), commits exactly that file
//    with the plan's message and trailers on the current branch, and pushes it when asked;
//  - pull request mode: creates the plan's branch from HEAD, commits there, pushes the branch
//    and switches back, so the work tree is as it was (the pull request itself is opened
//    with PullRequestOpener).
// A failed commit restores the file: the repository is as it was or fully committed, never
// half-edited. Never force-pushes. When a push is rejected because the remote moved (another
// promotion won the race), it keeps the rejected commit on a backup branch, moves to the
// remote's tip, asks `replan` for a plan on the new tip, and re-applies it when it still holds
// — else it stops with a clear message. Blocking (libgit2, network): off the GUI thread.
class Promoter
{
public:
    struct Options
    {
        bool push = false;
        QString remote = QStringLiteral("origin");
        int maxAttempts = 3;
        // A fresh plan once the work tree is at the remote's tip (after a rejected push).
        std::function<Result<PromotionPlan>()> replan;
        CancellationToken cancel;
        // Progress for a person ("Committing…", "Pushing to origin…").
        std::function<void(const QString &)> progress;
        // The system keychain's entries the window read (the GitHub token kept in Settings),
        // for the push's credentials (Git::NetworkOptions::keychain); empty on the command line.
        QHash<QString, QString> keychain;
    };

    struct Outcome
    {
        QString commit; // the promotion's commit
        QString branch; // where it is (the current branch, or the plan's branch)
        bool pushed = false;
        int attempts = 1; // pushes tried (more than one after a lost race)
        QStringList notes; // what happened on the way ("the remote moved: re-planned on …")
        PromotionPlan plan; // the plan that was applied (re-planned after a race)
    };

    static Result<Outcome> apply(const PromotionPlan &plan, const Options &options);
};

} // namespace Promenade
