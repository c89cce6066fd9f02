#include "promotionworkflow.h"

#include "preparationsteps.h"

#include "chartversionlookup.h"
#include "environmentcomparison.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promotionbatch.h"
#include "promotiongates.h"
#include "promotionlock.h"
#include "registrytaglookup.h"
#include "repositorydiscovery.h"
#include "safefile.h"
#include "statuscollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSaveFile>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

// Runs an asynchronous client call to its end on this thread.
template<typename T, typename Call>
Result<T> await(Call call)
{
    Result<T> result = Error(Error::Kind::Failed, QStringLiteral("no answer"));
    QEventLoop loop;
    call(&loop, [&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

struct GitHubTarget
{
    QString owner;
    QString name;
    Clients::ServiceEndpoint endpoint;
    QString token;
};

Result<GitHubTarget> gitHubTarget(const Pipeline &pipeline, const QString &token)
{
    const QString repository = StatusCollector::gitHubRepository(pipeline);
    if (repository.isEmpty()) {
        return Error(
            Error::Kind::BadInput,
            Tr::tr("cannot tell which GitHub repository the pull request is in: origin is "
                   "not on github.com; set endpoints.github.repository in promenade.yaml"));
    }
    GitHubTarget target;
    target.owner = repository.section(u'/', 0, 0);
    target.name = repository.section(u'/', 1, 1);
    target.endpoint.serviceName = QStringLiteral("GitHub");
    target.endpoint.baseUrl = StatusCollector::gitHubApi(pipeline);
    target.token = token.isEmpty() ? StatusCollector::gitHubToken(pipeline) : token;
    if (target.token.isEmpty()) {
        return Error(
            Error::Kind::Refused,
            Tr::tr("no GitHub token for %1: set GITHUB_TOKEN, log in with `gh auth login`, "
                   "or enter a token in Settings")
                .arg(target.endpoint.baseUrl.host()));
    }
    return target;
}

} // namespace

bool PromotionWorkflow::Preparation::gatesPass() const
{
    return Promenade::gatesPass(gates);
}

QString PromotionWorkflow::Preparation::refusal() const
{
    for (const GateResult &g : gates) {
        if (g.verdict == GateResult::Verdict::Fail)
            return g.reason;
    }
    return {};
}

QString PromotionWorkflow::Preparation::landing() const
{
    if (!commit)
        return QStringLiteral("an edit of the file, not committed");
    if (pullRequest)
        return QStringLiteral("a pull request from %1 into %2").arg(plan.branch, baseBranch);
    if (plan.push)
        return QStringLiteral("a commit on %1, pushed").arg(baseBranch);
    return QStringLiteral("a commit on %1 (not pushed)").arg(baseBranch);
}

QStringList PromotionWorkflow::Preparation::previewSummary() const
{
    QStringList lines;
    for (const Diff::FileComparison &f : preview) {
        if (f.hasChanges())
            lines += f.semantic.toText(true).split(u'\n', Qt::SkipEmptyParts);
    }
    return lines;
}

Result<PromotionWorkflow::Preparation>
PromotionWorkflow::prepare(const QString &repository, const PromotionPlanner::Request &request,
                           const PrepareOptions &options)
{
    auto pipeline = discoverForPromotion(repository, options);
    if (!pipeline)
        return pipeline.error();
    auto plan = PromotionPlanner::plan(*pipeline, request);
    if (!plan)
        return plan.error();
    auto repo = Git::Repository::open(plan->repositoryRoot);
    if (!repo)
        return repo.error();
    auto started = startPreparation(*repo, *plan, options);
    if (!started)
        return started.error();
    Preparation preparation = std::move(*started);
    preparation.request = request;

    if (options.checkGates) {
        preparation.gates
            = PromotionGates::evaluate(*plan, *pipeline, options.status, *repo,
                                       chartVersionLookup(*pipeline), registryTagLookup(*pipeline));
    }

    // The exact change to what the target deploys, before anything is touched.
    addPreview(preparation, *pipeline, *plan, plan->chart ? QString() : plan->app,
               options.checkGates);

    preparation.plannedDescription = description(*plan);
    preparation.plan = std::move(*plan);
    preparation.pipeline = std::move(*pipeline);
    return preparation;
}

QString PromotionWorkflow::description(const PromotionPlan &plan)
{
    // The trailers are the message's last paragraph; everything before it is the description.
    const QList<Git::Trailer> trailers = Git::Trailers::parse(plan.message);
    if (trailers.isEmpty())
        return plan.message.trimmed();
    const qsizetype lastParagraph = plan.message.trimmed().lastIndexOf(QStringLiteral("\n\n"));
    return lastParagraph < 0 ? QString() : plan.message.left(lastParagraph).trimmed();
}

void PromotionWorkflow::setDescription(PromotionPlan &plan, const QString &description)
{
    const QList<Git::Trailer> trailers = Git::Trailers::parse(plan.message);
    QString text = description.trimmed();
    if (text.isEmpty())
        text = plan.summary();
    plan.message = Git::Trailers::format(text, trailers);
}

Result<Clients::PullRequestCreation>
PromotionWorkflow::openPullRequest(const Preparation &preparation, const PromotionPlan &applied,
                                   const QString &token)
{
    auto target = gitHubTarget(preparation.pipeline, token);
    if (!target)
        return target.error();
    QString body = applied.summary() + QStringLiteral(".\n\n");
    const QStringList summary = preparation.previewSummary();
    if (!summary.isEmpty()) {
        body += QStringLiteral("What %1 will deploy differently:\n\n```\n%2\n```\n\n")
                    .arg(applied.to, summary.join(u'\n'));
    }
    if (!preparation.changes.isEmpty())
        body += preparation.changes + u'\n';
    body += QStringLiteral("Opened by Promenade.");

    Clients::GitHubClient client(target->endpoint);
    client.setToken(target->token);
    Clients::NewPullRequest pr;
    pr.title = applied.message.section(u'\n', 0, 0);
    pr.head = applied.branch;
    pr.base = preparation.baseBranch;
    pr.body = body;
    return await<Clients::PullRequestCreation>([&](QObject *context, auto done) {
        client.createPullRequest(target->owner, target->name, pr, context, done);
    });
}

Result<PromotionWorkflow::Applied> PromotionWorkflow::apply(const Preparation &preparation,
                                                            const ApplyOptions &options)
{
    if (!preparation.gatesPass())
        return Error(Error::Kind::Refused, Tr::tr("refused: %1").arg(preparation.refusal()));
    const PromotionPlan &plan = preparation.plan;
    Applied applied;

    if (!preparation.commit) {
        auto repo = Git::Repository::open(plan.repositoryRoot);
        if (!repo)
            return repo.error();
        auto lock = PromotionLock::acquire(repo->gitDir()); // not while a promotion commits
        if (!lock)
            return lock.error();
        const QList<PromotionPlan::FileEdit> edits = plan.fileEdits();
        for (const PromotionPlan::FileEdit &edit : edits) {
            auto onDisk = SafeFile::read(QDir(plan.repositoryRoot).filePath(edit.file),
                                         plan.repositoryRoot);
            if (!onDisk || *onDisk != edit.originalText)
                return Error(Error::Kind::Refused,
                             Tr::tr("the file changed since the change was planned; plan it again"))
                    .at(edit.file);
        }
        for (const PromotionPlan::FileEdit &edit : edits) {
            QSaveFile file(QDir(plan.repositoryRoot).filePath(edit.file));
            if (!file.open(QIODevice::WriteOnly)
                || file.write(edit.editedText) != edit.editedText.size() || !file.commit())
                return Error(Error::Kind::Failed,
                             Tr::tr("cannot write the file: %1").arg(file.errorString()))
                    .at(edit.file);
        }
        applied.edited = true;
        applied.outcome.plan = plan;
        return applied;
    }

    Promoter::Options promoterOptions;
    promoterOptions.push = plan.push;
    promoterOptions.progress = options.progress;
    promoterOptions.cancel = options.cancel;
    promoterOptions.keychain = options.keychain;
    const QString repository = plan.repositoryRoot;
    const PromotionPlanner::Request request = preparation.request;
    const QList<PromotionPlanner::Request> batch = preparation.batch;
    const QString description = PromotionWorkflow::description(plan);
    const bool edited = description != preparation.plannedDescription;
    promoterOptions.replan
        = [repository, request, batch, description, edited]() -> Result<PromotionPlan> {
        auto again = RepositoryDiscovery::discover(repository);
        if (!again)
            return again.error();
        auto plan = batch.isEmpty() ? PromotionPlanner::plan(*again, request)
                                    : PromotionBatch::plan(*again, batch);
        if (plan && edited)
            setDescription(*plan, description); // the person's words survive a lost race
        return plan;
    };
    auto outcome = Promoter::apply(plan, promoterOptions);
    if (!outcome)
        return outcome.error();
    applied.outcome = std::move(*outcome);

    if (preparation.pullRequest) {
        if (options.progress)
            options.progress(Tr::tr("Opening the pull request…"));
        auto pr = openPullRequest(preparation, applied.outcome.plan, options.gitHubToken);
        if (!pr) {
            // Nothing is lost: the branch is pushed, the pull request can be opened by hand.
            // The promotion failed, whatever the cause (a missing repository setting is no
            // bad usage of the command once the branch is out): exit code 1.
            const Error error = pr.error();
            // The input was fine (the push happened): a failure, exit code 1, whatever the cause.
            const Error::Kind kind
                = error.kind() == Error::Kind::BadInput || error.kind() == Error::Kind::NotFound
                ? Error::Kind::Failed
                : error.kind();
            return Error(kind,
                         Tr::tr("%1 is pushed, but the pull request could not be opened: %2")
                             .arg(applied.outcome.plan.branch, error.toString()));
        }
        applied.pullRequest = std::move(*pr);
    }
    return applied;
}

Result<Clients::PullRequestMergeResult>
PromotionWorkflow::mergePullRequest(const Pipeline &pipeline, const Merge &merge)
{
    auto target = gitHubTarget(pipeline, merge.gitHubToken);
    if (!target)
        return target.error();
    Clients::GitHubClient client(target->endpoint);
    client.setToken(target->token);
    Clients::PullRequestMerge request;
    request.commitTitle = commitTitle(merge);
    request.expectedHeadSha = merge.expectedHeadSha;
    request.method = merge.method;
    return await<Clients::PullRequestMergeResult>([&](QObject *context, auto done) {
        client.mergePullRequest(target->owner, target->name, merge.number, request, context, done);
    });
}

Result<QString> PromotionWorkflow::followOrigin(const QString &repositoryRoot,
                                                const QHash<QString, QString> &keychain)
{
    auto repo = Git::Repository::open(repositoryRoot);
    if (!repo)
        return repo.error();
    Git::NetworkOptions network;
    network.keychain = keychain;
    if (auto fetched = Git::Remote(*repo, QStringLiteral("origin")).fetch(network); !fetched)
        return fetched.error();
    return repo->fastForward();
}

QString PromotionWorkflow::commitTitle(const Merge &merge)
{
    if (merge.method == u"squash" && !merge.title.isEmpty())
        return QStringLiteral("%1 (#%2)").arg(merge.title).arg(merge.number);
    return {};
}

Result<QStringList> PromotionWorkflow::mergeMethods(const Pipeline &pipeline,
                                                    const QString &gitHubToken)
{
    auto target = gitHubTarget(pipeline, gitHubToken);
    if (!target)
        return target.error();
    Clients::GitHubClient client(target->endpoint);
    client.setToken(target->token);
    auto settings = await<Clients::GitHubRepositorySettings>([&](QObject *context, auto done) {
        client.repositorySettings(target->owner, target->name, context, done);
    });
    if (!settings)
        return settings.error();
    return settings->mergeMethods();
}

QStringList PromotionWorkflow::unpassedChecks(const Clients::GitHubChecks &checks)
{
    static const QStringList failed {QStringLiteral("failure"), QStringLiteral("timed_out"),
                                     QStringLiteral("cancelled"),
                                     QStringLiteral("action_required")};
    QStringList names;
    for (const Clients::GitHubCheckRun &run : checks.checkRuns) {
        if (run.status != u"completed")
            names << QStringLiteral("%1 (%2)").arg(run.name,
                                                   QString(run.status).replace(u'_', u' '));
        else if (failed.contains(run.conclusion))
            names << QStringLiteral("%1 (%2)").arg(run.name,
                                                   QString(run.conclusion).replace(u'_', u' '));
    }
    for (const Clients::GitHubCommitStatus &status : checks.statuses) {
        if (status.state != u"success")
            names << QStringLiteral("%1 (%2)").arg(status.context, status.state);
    }
    return names;
}

Result<QStringList> PromotionWorkflow::unpassedChecks(const Pipeline &pipeline, const Merge &merge)
{
    auto target = gitHubTarget(pipeline, merge.gitHubToken);
    if (!target)
        return target.error();
    Clients::GitHubClient client(target->endpoint);
    client.setToken(target->token);
    QString ref = merge.expectedHeadSha;
    if (ref.isEmpty()) {
        auto pr = await<Clients::GitHubPullRequest>([&](QObject *context, auto done) {
            client.pullRequest(target->owner, target->name, merge.number, context, done);
        });
        if (!pr)
            return pr.error();
        ref = pr->headSha;
    }
    auto checks = await<Clients::GitHubChecks>([&](QObject *context, auto done) {
        client.checks(target->owner, target->name, ref, context, done);
    });
    if (!checks)
        return checks.error();
    return unpassedChecks(*checks);
}

PromotionWorkflow::MergeOutcome PromotionWorkflow::mergeAndFollow(const Pipeline &pipeline,
                                                                  const Merge &merge)
{
    MergeOutcome outcome;
    if (!merge.checksConfirmed) {
        const auto unpassed = unpassedChecks(pipeline, merge);
        outcome.checksToConfirm = unpassed
            ? *unpassed
            : QStringList {
                Tr::tr("the checks could not be read: %1").arg(unpassed.error().toString())};
        if (!outcome.checksToConfirm.isEmpty()) {
            outcome.merged = Error(Error::Kind::Refused,
                                   Tr::tr("pull request #%1 has checks that have not passed: %2; "
                                          "confirm to merge it anyway")
                                       .arg(merge.number)
                                       .arg(outcome.checksToConfirm.join(QStringLiteral(", "))));
            return outcome;
        }
    }
    outcome.merged = mergePullRequest(pipeline, merge);
    if (outcome.merged)
        outcome.pulled = followOrigin(pipeline.root, merge.keychain);
    return outcome;
}

} // namespace Promenade
