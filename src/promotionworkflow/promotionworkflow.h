#pragma once

#include "cancellationtoken.h"
#include "filecomparison.h"
#include "githubclient.h"
#include "pipeline.h"
#include "pipelinestatus.h"
#include "promoter.h"
#include "promotiongate.h"
#include "promotionplanner.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Promenade {

// A promotion (or rollback, or CI bump) from a request to its result, as the command line and
// the window both run it:
//  1. prepare(): discover the repository afresh, plan, judge every gate (the Git gates, plus
//     the live gates when a status snapshot is given), and render what the target will deploy
//     differently — nothing is touched;
//  2. apply(): commit (or branch), push, and in pull request mode open the pull request;
//  3. mergePullRequest(): merge it from the app, checking GitHub's head is the one reviewed.
// Every step is blocking (files, libgit2, a local event loop for HTTP): run it off the GUI
// thread. The network clients are created on the calling thread.
class PromotionWorkflow
{
public:
    struct PrepareOptions
    {
        bool commit = true; // false: only edit the file (set-image without --commit)
        bool push = false; // a direct commit is pushed (pull requests always push)
        bool checkGates = true;
        // The live status to judge the live gates on; empty: none (only the Git gates).
        std::optional<PipelineStatus> status;
        // The services to talk to (GitHub, Argo CD…) as the caller knows them — the window's
        // settings, the embedded demo — instead of promenade.yaml's; empty: promenade.yaml's.
        std::optional<Pipeline> endpoints;
    };

    struct Preparation
    {
        Pipeline pipeline;
        PromotionPlanner::Request request;
        // Several promotions landing as one (PromotionBatch); empty for one promotion.
        QList<PromotionPlanner::Request> batch;
        PromotionPlan plan;
        QString baseBranch; // the branch the commit (or pull request) lands on
        bool commit = true;
        bool pullRequest = false; // lands as a pull request from plan.branch into baseBranch
        QList<GateResult> gates;
        QList<Diff::FileComparison> preview; // the target's rendered change
        QString previewError; // why there is no preview, when there is none
        QString plannedDescription; // the message as planned (to tell a person's edit from it)
        QString
            changes; // what the promotion ships (ReleaseChanges, Markdown), for the pull request

        [[nodiscard]] bool gatesPass() const;
        // The first failed gate's reason, for "refused: …".
        [[nodiscard]] QString refusal() const;
        // "a pull request from promote/… into main", "a commit on main, pushed"…
        [[nodiscard]] QString landing() const;
        // The semantic summary of the preview ("~ Deployment apps/web: image …"), one line each.
        [[nodiscard]] QStringList previewSummary() const;
    };

    struct ApplyOptions
    {
        std::function<void(const QString &)> progress;
        CancellationToken cancel;
        // The GitHub token for the pull request; empty: StatusCollector::gitHubToken().
        QString gitHubToken;
        // The system keychain's entries the window read (Settings' GitHub token under
        // "github:<host>"), for the push (Git::NetworkOptions::keychain); empty: none (the
        // command line reads no keychain).
        QHash<QString, QString> keychain;
    };

    struct Applied
    {
        Promoter::Outcome outcome;
        bool edited = false; // only the file was edited (no commit)
        std::optional<Clients::PullRequestCreation> pullRequest;
    };

    static Result<Preparation> prepare(const QString &repository,
                                       const PromotionPlanner::Request &request,
                                       const PrepareOptions &options);
    // Replaces the message's text, keeping its Promenade trailers (what history is read from).
    static void setDescription(PromotionPlan &plan, const QString &description);
    // The message without its trailers (what a person may edit).
    [[nodiscard]] static QString description(const PromotionPlan &plan);

    static Result<Applied> apply(const Preparation &preparation, const ApplyOptions &options);

    struct Merge
    {
        int number = 0;
        QString expectedHeadSha; // the head that was reviewed (empty: not checked)
        QString title; // the pull request's title (a squash's commit summary: "title (#N)")
        QString gitHubToken; // empty: StatusCollector::gitHubToken()
        QHash<QString, QString> keychain; // for the pull afterwards (ApplyOptions::keychain)
        QString method = QStringLiteral("merge"); // merge, squash or rebase
        // The person saw the checks that are pending or failing, named, and merges anyway.
        bool checksConfirmed = false;
    };
    static Result<Clients::PullRequestMergeResult> mergePullRequest(const Pipeline &pipeline,
                                                                    const Merge &merge);
    // The merged commit's summary, keeping the pull request's number: GitHub's own for a merge
    // commit ("Merge pull request #N from …", so empty here), "title (#N)" for a squash; a
    // rebase replays the commits as they are (GitHub takes no title for it): empty.
    [[nodiscard]] static QString commitTitle(const Merge &merge);
    // The merge methods the GitHub repository allows (merge, squash, rebase).
    static Result<QStringList> mergeMethods(const Pipeline &pipeline, const QString &gitHubToken);
    // The checks of the pull request's head that are not passed, each named with its state
    // ("validate (in progress)", "lint (failure)"); empty when all passed or there are none.
    static Result<QStringList> unpassedChecks(const Pipeline &pipeline, const Merge &merge);
    [[nodiscard]] static QStringList unpassedChecks(const Clients::GitHubChecks &checks);
    // After a merge on GitHub: fetches origin and fast-forwards the current branch, so that the
    // local copy declares what was merged. Returns the new HEAD. keychain: as
    // ApplyOptions::keychain, for the fetch.
    static Result<QString> followOrigin(const QString &repositoryRoot,
                                        const QHash<QString, QString> &keychain = {});

    // Both, as the window does them: the merge, then (when it merged) the local copy pulled.
    // Unless merge.checksConfirmed, GitHub's checks are read first: any not passed (or not
    // readable) refuses the merge, and checksToConfirm names them for the confirmation.
    struct MergeOutcome
    {
        Result<Clients::PullRequestMergeResult> merged = Error();
        Result<QString> pulled = Error(); // only tried after a merge
        QStringList checksToConfirm; // not merged: these checks need the person's confirmation
    };
    static MergeOutcome mergeAndFollow(const Pipeline &pipeline, const Merge &merge);

private:
    static Result<Clients::PullRequestCreation> openPullRequest(const Preparation &preparation,
                                                                const PromotionPlan &applied,
                                                                const QString &token);
};

} // namespace Promenade
