#include "promoter.h"

#include "gitremote.h"
#include "gitrepository.h"
#include "logging.h"
#include "promotionlock.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot write the file: %1").arg(file.errorString()))
            .at(path);
    return {};
}

// Writes the edits and commits exactly the approved bytes of those files (not whatever the
// work tree holds by then); restores the files when the commit fails.
Result<QString> editAndCommit(Git::Repository &repo, const PromotionPlan &plan)
{
    const QList<PromotionPlan::FileEdit> edits = plan.fileEdits();
    for (const PromotionPlan::FileEdit &edit : edits) {
        const QString path = QDir(plan.repositoryRoot).filePath(edit.file);
        auto onDisk = SafeFile::read(path, plan.repositoryRoot);
        if (!onDisk || *onDisk != edit.originalText) {
            return Error(Error::Kind::Refused,
                         Tr::tr("the file changed since the promotion was planned; plan it again"))
                .at(edit.file);
        }
        auto committed = repo.readFile(QStringLiteral("HEAD"), edit.file);
        if (!committed || *committed != edit.originalText) {
            return Error(Error::Kind::Refused,
                         Tr::tr("the file was committed since the promotion was planned; plan it "
                                "again"))
                .at(edit.file);
        }
    }
    // As they were, never half-edited; when even that fails, say what is left to clean.
    auto restore = [&](const Error &cause, qsizetype written) -> Error {
        QStringList left;
        QString why;
        for (qsizetype i = 0; i < written; ++i) {
            const PromotionPlan::FileEdit &edit = edits.at(i);
            if (Status restored
                = writeFile(QDir(plan.repositoryRoot).filePath(edit.file), edit.originalText);
                !restored) {
                left << edit.file;
                why = restored.error().message();
            }
        }
        if (left.isEmpty())
            return cause;
        return Error(cause.kind(),
                     Tr::tr("%1; and the file could not be restored (%2): %3 is left edited, "
                            "restore it with `git checkout -- %3`")
                         .arg(cause.message(), why, left.join(u' ')))
            .withDetail(cause.detail());
    };
    QList<Git::Repository::FileContent> contents;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const PromotionPlan::FileEdit &edit = edits.at(i);
        if (Status s = writeFile(QDir(plan.repositoryRoot).filePath(edit.file), edit.editedText);
            !s)
            return restore(s.error(), i);
        contents.append({edit.file, edit.editedText});
    }
    auto commit = repo.commitContents(contents, plan.message);
    if (!commit)
        return restore(commit.error(), edits.size());
    return commit;
}

// What a failed switch back to the original branch leaves, for the error that reports it.
Error leftOnBranch(const Error &cause, const Error &checkout, const QString &branch,
                   const QString &original)
{
    return Error(cause.kind(),
                 Tr::tr("%1; and switching back to %2 failed (%3): the work tree is left on %4, "
                        "switch back with `git checkout %2` once the files named are dealt with")
                     .arg(cause.message(), original, checkout.message(), branch))
        .withDetail(cause.detail());
}

// promenade/rejected/web-staging-20260101120000, or …-2, -3 when taken (two rejections in one
// second).
QString freeBranchName(const Git::Repository &repo, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + u'-' + QString::number(n);
        if (!repo.resolve(u"refs/heads/" + name))
            return name;
    }
}

// A merge, rebase, cherry-pick or revert left half-done: a commit now would carry its changes.
Status refuseOperationInProgress(const Git::Repository &repo)
{
    QString operation = repo.operationInProgress();
    if (operation.isEmpty())
        return {};
    operation[0] = operation[0].toUpper();
    return Error(Error::Kind::Refused,
                 Tr::tr("%1 is in progress in this clone: finish it or abort it before promoting")
                     .arg(operation))
        .at(repo.workTree());
}

void note(const Promoter::Options &options, const QString &text)
{
    if (options.progress)
        options.progress(text);
    qCInfo(lcPromotion).noquote() << text;
}

Result<Promoter::Outcome> applyCommit(Git::Repository &repo, PromotionPlan plan,
                                      const Promoter::Options &options)
{
    Promoter::Outcome outcome;
    auto branch = repo.currentBranch();
    if (!branch)
        return branch.error();
    outcome.branch = *branch;
    for (int attempt = 1;; ++attempt) {
        note(options, Tr::tr("Committing %1…").arg(plan.file));
        auto commit = editAndCommit(repo, plan);
        if (!commit)
            return commit.error();
        outcome.commit = *commit;
        outcome.attempts = attempt;
        outcome.plan = plan;
        if (!options.push)
            return outcome;

        note(options, Tr::tr("Pushing %1 to %2…").arg(outcome.branch, options.remote));
        Git::NetworkOptions network;
        network.cancel = options.cancel;
        network.keychain = options.keychain;
        const QString refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(outcome.branch);
        Status pushed = Git::Remote(repo, options.remote).push({refspec}, network);
        if (pushed) {
            outcome.pushed = true;
            return outcome;
        }
        if (pushed.error().kind() != Error::Kind::PushRejected) {
            // Refused by the remote itself (a hook, permissions) or failed: retrying cannot help.
            const Error &e = pushed.error();
            return Error(e.kind(),
                         Tr::tr("%1; the promotion is committed locally as %2 and not pushed")
                             .arg(e.message(), outcome.commit.left(7)))
                .withDetail(e.detail());
        }
        if (attempt >= options.maxAttempts || !options.replan) {
            return Error(Error::Kind::Refused,
                         Tr::tr("%1 moved on while promoting, %2 times; the promotion is committed "
                                "locally as %3")
                             .arg(options.remote)
                             .arg(attempt)
                             .arg(outcome.commit.left(7)));
        }

        // Another promotion won the race: keep ours on a branch, start again from the remote's tip.
        note(options, Tr::tr("%1 moved on; fetching and planning again…").arg(options.remote));
        if (Status s = Git::Remote(repo, options.remote).fetch(network); !s)
            return s.error();
        const QString backup = freeBranchName(
            repo,
            QStringLiteral("promenade/rejected/%1-%2-%3")
                .arg(plan.app, plan.to,
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
        auto reset = repo.resetToUpstream(backup);
        if (!reset)
            return reset.error();
        outcome.notes << Tr::tr(
                             "%1 had moved on: the first attempt is kept on %2; re-planned on %3")
                             .arg(options.remote, backup, reset->left(7));
        auto replanned = options.replan();
        if (!replanned) {
            return Error(Error::Kind::Refused,
                         Tr::tr("after %1 moved on, the promotion no longer applies: %2")
                             .arg(options.remote, replanned.error().message()));
        }
        if (replanned->currentVersion == replanned->newVersion()) {
            return Error(Error::Kind::Refused,
                         Tr::tr("another promotion already set %1 %2 to %3; nothing left to do")
                             .arg(replanned->to, replanned->app, replanned->newVersion()));
        }
        plan = *replanned;
    }
}

Result<Promoter::Outcome> applyPullRequest(Git::Repository &repo, const PromotionPlan &plan,
                                           const Promoter::Options &options)
{
    Promoter::Outcome outcome;
    outcome.plan = plan;
    outcome.branch = plan.branch;
    auto original = repo.currentBranch();
    if (!original)
        return original.error();
    if (Status s = repo.createBranch(plan.branch); !s) {
        if (s.error().kind() != Error::Kind::Refused)
            return s.error(); // an invalid name, an unreadable repository: said as it is
        return Error(
            Error::Kind::Refused,
            Tr::tr("the branch %1 exists already; a pull request for this promotion may be open")
                .arg(plan.branch));
    }
    if (Status s = repo.checkout(plan.branch); !s)
        return s.error();
    auto back = [&] {
        return repo.checkout(*original);
    };

    note(options, Tr::tr("Committing %1 on %2…").arg(plan.file, plan.branch));
    auto commit = editAndCommit(repo, plan);
    if (!commit) {
        // The branch holds no promotion commit; the error names it, as it is left.
        const Error failed = Error(commit.error().kind(),
                                   Tr::tr("%1 (the branch %2 is left without the promotion: "
                                          "delete it with `git branch -D %2`)")
                                       .arg(commit.error().message(), plan.branch))
                                 .withDetail(commit.error().detail());
        if (Status s = back(); !s)
            return leftOnBranch(failed, s.error(), plan.branch, *original);
        return failed;
    }
    outcome.commit = *commit;
    if (options.push) {
        note(options, Tr::tr("Pushing %1 to %2…").arg(plan.branch, options.remote));
        Git::NetworkOptions network;
        network.cancel = options.cancel;
        network.keychain = options.keychain;
        Status pushed
            = Git::Remote(repo, options.remote)
                  .push({QStringLiteral("refs/heads/%1:refs/heads/%1").arg(plan.branch)}, network);
        if (!pushed) {
            const Error failed
                = Error(pushed.error())
                      .withDetail(Tr::tr("the promotion is committed on the local branch %1")
                                      .arg(plan.branch));
            if (Status s = back(); !s)
                return leftOnBranch(failed, s.error(), plan.branch, *original);
            return failed;
        }
        outcome.pushed = true;
    }
    if (Status s = back(); !s) {
        const Error done(Error::Kind::Failed,
                         outcome.pushed
                             ? Tr::tr("the promotion is committed as %1 on %2 and pushed")
                                   .arg(outcome.commit.left(7), plan.branch)
                             : Tr::tr("the promotion is committed as %1 on %2")
                                   .arg(outcome.commit.left(7), plan.branch));
        return leftOnBranch(done, s.error(), plan.branch, *original);
    }
    return outcome;
}

} // namespace

Result<Promoter::Outcome> Promoter::apply(const PromotionPlan &plan, const Options &options)
{
    auto repo = Git::Repository::open(plan.repositoryRoot);
    if (!repo)
        return repo.error();
    // One promotion at a time in a clone, held until this returns.
    auto lock = PromotionLock::acquire(repo->gitDir());
    if (!lock)
        return lock.error();
    if (!lock->tookOverFrom().isEmpty())
        note(options,
             Tr::tr("A promotion lock left by %1, which no longer runs, was removed")
                 .arg(lock->tookOverFrom()));
    if (Status s = refuseOperationInProgress(*repo); !s)
        return s.error();
    if (plan.mode == PromotionMode::PullRequest)
        return applyPullRequest(*repo, plan, options);
    return applyCommit(*repo, plan, options);
}

} // namespace Promenade
