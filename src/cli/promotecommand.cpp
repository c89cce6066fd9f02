#include "promotecommand.h"

#include "endpointtrust.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promotionhistory.h"
#include "promotionlock.h"
#include "promotionrunner.h"
#include "repositorydiscovery.h"
#include "terminaltext.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Promenade::Cli {

namespace {

const auto promoteUsage
    = QStringLiteral("promenade promote REPO --app APP --from ENV --to ENV [--tag TAG] [--dry-run] "
                     "[--push] [--pull-request|--commit] [--yes] [--pin-digest]");
const auto rollbackUsage
    = QStringLiteral("promenade rollback REPO --app APP --env ENV [--tag TAG] [--dry-run] [--push] "
                     "[--pull-request|--commit] [--yes]\n"
                     "       promenade rollback REPO --revert COMMIT [--push] [--yes]");
const auto setImageUsage = QStringLiteral("promenade set-image REPO --env ENV --app APP --image "
                                          "NAME=TAG [--commit] [--push] [--dry-run] [--yes]");

struct Options
{
    QCommandLineOption app {QStringLiteral("app"), QStringLiteral("the app"),
                            QStringLiteral("APP")};
    QCommandLineOption from {QStringLiteral("from"), QStringLiteral("the source environment"),
                             QStringLiteral("ENV")};
    QCommandLineOption to {QStringLiteral("to"), QStringLiteral("the target environment"),
                           QStringLiteral("ENV")};
    QCommandLineOption env {QStringLiteral("env"), QStringLiteral("the environment"),
                            QStringLiteral("ENV")};
    QCommandLineOption tag {QStringLiteral("tag"), QStringLiteral("the tag to deploy"),
                            QStringLiteral("TAG")};
    QCommandLineOption image {QStringLiteral("image"),
                              QStringLiteral("the image and its new tag, NAME=TAG"),
                              QStringLiteral("NAME=TAG")};
    QCommandLineOption dryRun {
        QStringLiteral("dry-run"),
        QStringLiteral("print the plan, the gates and the diff; change nothing")};
    QCommandLineOption push {QStringLiteral("push"),
                             QStringLiteral("push the commit (never forced)")};
    QCommandLineOption pullRequest {
        QStringLiteral("pull-request"),
        QStringLiteral("land through a branch and a GitHub pull request")};
    QCommandLineOption commit {
        QStringLiteral("commit"),
        QStringLiteral("commit directly, even where pull requests are the rule")};
    QCommandLineOption yes {QStringLiteral("yes"), QStringLiteral("apply without asking")};
    QCommandLineOption revert {QStringLiteral("revert"),
                               QStringLiteral("revert this promotion commit instead"),
                               QStringLiteral("COMMIT")};
    QCommandLineOption pinDigest {
        QStringLiteral("pin-digest"),
        QStringLiteral("pin the digest the registry reports for the tag too (for a mutable tag "
                       "such as latest or a branch name)")};
    QCommandLineOption trust {QStringLiteral("trust-repository-endpoints"),
                              QStringLiteral("send your tokens to the endpoints promenade.yaml "
                                             "names, trusted or not (CI, on your own repository)")};
};

// promenade rollback --revert COMMIT: a Git revert of a promotion, with rollback trailers.
int revertPromotion(CommandContext &context, const QString &repository, const QString &commit,
                    bool push, bool yes)
{
    auto repo = Git::Repository::discover(repository);
    if (!repo)
        return context.fail(repo.error());
    auto target = repo->commit(commit);
    if (!target)
        return context.fail(target.error());
    const auto trailers = Git::Trailers::parse(target->message);
    if (Git::Trailers::value(trailers, QStringLiteral("Promenade-Action")).isEmpty()) {
        return context.fail(
            Error(Error::Kind::BadInput,
                  QStringLiteral("%1 is not a promotion (it has no Promenade trailers); "
                                 "roll back with --app, --env and --tag instead")
                      .arg(commit)));
    }
    context.out() << "Revert " << target->id.left(7) << ' ' << terminalSafe(target->summary)
                  << '\n';
    if (!yes) {
        return context.fail(
            Error(Error::Kind::Refused, QStringLiteral("not applied: confirm with --yes")));
    }
    QList<Git::Trailer> rollback {{QStringLiteral("Promenade-Action"), QStringLiteral("rollback")}};
    for (const QString &key : {QStringLiteral("Promenade-App"), QStringLiteral("Promenade-To")}) {
        const QString value = Git::Trailers::value(trailers, key);
        if (!value.isEmpty())
            rollback.append({key, value});
    }
    rollback.append({QStringLiteral("Promenade-Reverts"), target->id});
    auto lock = PromotionLock::acquire(repo->gitDir()); // one promotion at a time in this clone
    if (!lock)
        return context.fail(lock.error());
    if (const QString operation = repo->operationInProgress(); !operation.isEmpty()) {
        return context.fail(
            Error(Error::Kind::Refused,
                  QStringLiteral(
                      "%1 is in progress in this clone: finish it or abort it before rolling back")
                      .arg(operation)));
    }
    auto reverted = repo->revert(target->id, rollback);
    if (!reverted)
        return context.fail(reverted.error());
    context.out() << "Committed " << reverted->left(7) << '\n';
    if (push) {
        auto branch = repo->currentBranch();
        if (!branch)
            return context.fail(branch.error());
        if (Status s = Git::Remote(*repo, QStringLiteral("origin"))
                           .push({QStringLiteral("refs/heads/%1:refs/heads/%1").arg(*branch)});
            !s)
            return context.fail(s.error());
        context.out() << "Pushed " << terminalSafe(*branch) << " to origin\n";
    }
    return 0;
}

CommandArgument repositoryArgument()
{
    return {QStringLiteral("REPO"), QStringLiteral("the GitOps repository (any folder inside it)")};
}

CommandSyntax promoteSyntax()
{
    const Options o;
    return {
        QStringLiteral("Promotes an app's image from one environment to another: plans the edit, "
                       "checks the gates, "
                       "shows what the target will deploy differently, then commits (and pushes) "
                       "or opens a pull request."),
        {repositoryArgument()},
        {o.app, o.from, o.to, o.tag, o.dryRun, o.push, o.pullRequest, o.commit, o.yes, o.pinDigest,
         o.trust}};
}

CommandSyntax rollbackSyntax()
{
    const Options o;
    return {
        QStringLiteral("Rolls an app back in one environment: to the tag it ran before (from the "
                       "history), or to "
                       "--tag; landed like a promotion."),
        {repositoryArgument()},
        {o.app, o.env, o.tag, o.dryRun, o.push, o.pullRequest, o.commit, o.yes, o.revert, o.trust}};
}

CommandSyntax setImageSyntax()
{
    const Options o;
    return {QStringLiteral(
                "Sets an app's image tag in one environment's overlay (what CI calls to bump "
                "development); "
                "with --commit it commits with Promenade trailers, with --push it pushes too."),
            {repositoryArgument()},
            {o.env, o.app, o.image, o.commit, o.push, o.dryRun, o.yes}};
}

int parse(CommandContext &context, QCommandLineParser &parser, const QString &usage,
          const CommandSyntax &syntax)
{
    if (const auto stop = context.parse(parser, syntax, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("one repository is needed"), usage);
    return -1;
}

// --pull-request / --commit, --dry-run, --push, --yes: how promote and rollback land.
int applyLandingOptions(CommandContext &context, const QCommandLineParser &parser, const Options &o,
                        const QString &usage, PromotionRun &run)
{
    if (parser.isSet(o.pullRequest) && parser.isSet(o.commit))
        return context.usageError(QStringLiteral("--pull-request and --commit exclude each other"),
                                  usage);
    if (parser.isSet(o.pullRequest))
        run.request.mode = PromotionMode::PullRequest;
    if (parser.isSet(o.commit))
        run.request.mode = PromotionMode::Commit;
    run.dryRun = parser.isSet(o.dryRun);
    run.push = parser.isSet(o.push);
    run.yes = parser.isSet(o.yes);
    if (parser.isSet(o.trust))
        Clients::EndpointTrust::setTrustRepositoryEndpointsByDefault(true);
    return -1;
}

// The tag an environment ran before its current one (an app deployed as a chart: its chart's
// version), from the history; empty when unknown.
Result<QString> previousTag(const QString &repository, const QString &app,
                            const QString &environment)
{
    auto pipeline = RepositoryDiscovery::discover(repository);
    if (!pipeline)
        return pipeline.error();
    const Environment *env = pipeline->environment(environment);
    const DeclaredImage *current = env ? env->imageFor(app) : nullptr;
    if (!current)
        return QString();
    auto history
        = PromotionHistory::load(pipeline->root, {app, environment, QStringLiteral("HEAD")});
    if (!history)
        return history.error();
    // An app deployed as a chart whose chart version the environment pins on its own is rolled
    // back by that version (PromotionPlanner).
    const bool chart = !current->chart.isEmpty() && current->chartPin.isSet()
        && std::none_of(pipeline->environments.cbegin(), pipeline->environments.cend(),
                        [&](const Environment &e) {
                            const DeclaredImage *other
                                = e.name == environment ? nullptr : e.imageFor(app);
                            return other && other->chartPin.file == current->chartPin.file;
                        });
    const QString version = chart ? current->chartVersion : current->tag;
    const QString chartKind = VersionPin::kindName(VersionPin::Kind::ChartVersion);
    for (const HistoryEntry &entry : std::as_const(*history)) {
        if (chart && current->pin.kind != VersionPin::Kind::ChartVersion
            && entry.pinKind != chartKind)
            continue;
        if (entry.toEnvironment == environment && entry.tag == version
            && !entry.previousTag.isEmpty() && entry.previousTag != version) {
            return entry.previousTag;
        }
    }
    return QString();
}

int runPromote(CommandContext &context)
{
    Options o;
    QCommandLineParser parser;
    if (int code = parse(context, parser, promoteUsage, promoteSyntax()); code >= 0)
        return code;
    for (const auto *required : {&o.app, &o.from, &o.to}) {
        if (!parser.isSet(*required))
            return context.usageError(
                QStringLiteral("--%1 is needed").arg(required->names().first()), promoteUsage);
    }
    PromotionRun run;
    run.repository = parser.positionalArguments().first();
    run.request.action = PromotionPlan::Action::Promote;
    run.request.app = parser.value(o.app);
    run.request.from = parser.value(o.from);
    run.request.to = parser.value(o.to);
    run.request.tag = parser.value(o.tag);
    run.pinDigest = parser.isSet(o.pinDigest);
    if (int code = applyLandingOptions(context, parser, o, promoteUsage, run); code >= 0)
        return code;
    return runPromotion(context, run);
}

int runRollback(CommandContext &context)
{
    Options o;
    QCommandLineParser parser;
    if (int code = parse(context, parser, rollbackUsage, rollbackSyntax()); code >= 0)
        return code;
    if (parser.isSet(o.revert))
        return revertPromotion(context, parser.positionalArguments().first(),
                               parser.value(o.revert), parser.isSet(o.push), parser.isSet(o.yes));
    for (const auto *required : {&o.app, &o.env}) {
        if (!parser.isSet(*required))
            return context.usageError(
                QStringLiteral("--%1 is needed").arg(required->names().first()), rollbackUsage);
    }
    PromotionRun run;
    run.repository = parser.positionalArguments().first();
    run.request.action = PromotionPlan::Action::Rollback;
    run.request.app = parser.value(o.app);
    run.request.to = parser.value(o.env);
    run.request.tag = parser.value(o.tag);
    if (run.request.tag.isEmpty()) {
        auto previous = previousTag(run.repository, run.request.app, run.request.to);
        if (!previous)
            return context.fail(previous.error());
        if (previous->isEmpty()) {
            return context.fail(Error(
                Error::Kind::NotFound,
                QStringLiteral("the history shows no earlier tag of %1 in %2; name one with --tag")
                    .arg(run.request.app, run.request.to)));
        }
        run.request.tag = *previous;
    }
    if (int code = applyLandingOptions(context, parser, o, rollbackUsage, run); code >= 0)
        return code;
    return runPromotion(context, run);
}

int runSetImage(CommandContext &context)
{
    Options o;
    QCommandLineParser parser;
    if (int code = parse(context, parser, setImageUsage, setImageSyntax()); code >= 0)
        return code;
    for (const auto *required : {&o.env, &o.app, &o.image}) {
        if (!parser.isSet(*required))
            return context.usageError(
                QStringLiteral("--%1 is needed").arg(required->names().first()), setImageUsage);
    }
    const QString image = parser.value(o.image);
    const qsizetype eq = image.lastIndexOf(u'=');
    if (eq <= 0 || eq == image.size() - 1)
        return context.usageError(
            QStringLiteral("--image takes NAME=TAG, e.g. ghcr.io/acme/web=sha-9c2f4e1"),
            setImageUsage);
    PromotionRun run;
    run.repository = parser.positionalArguments().first();
    run.request.action = PromotionPlan::Action::SetImage;
    run.request.app = parser.value(o.app);
    run.request.to = parser.value(o.env);
    run.request.tag = image.mid(eq + 1);
    run.request.mode = PromotionMode::Commit; // CI bumps are direct commits
    run.commit = parser.isSet(o.commit) || parser.isSet(o.push);
    run.push = parser.isSet(o.push);
    run.dryRun = parser.isSet(o.dryRun);
    run.yes = true; // a scripted bump: --dry-run shows first when in doubt
    run.checkGates = run.commit;

    // The NAME must be the app's image (or its `images:` entry), not another app's.
    auto pipeline = RepositoryDiscovery::discover(run.repository);
    if (!pipeline)
        return context.fail(pipeline.error());
    const App *app = pipeline->app(run.request.app);
    const QString name = image.left(eq);
    if (app && name != app->repository) {
        return context.fail(Error(Error::Kind::BadInput,
                                  QStringLiteral("%1 is not the image of %2 (%3)")
                                      .arg(name, app->name, app->repository)));
    }
    return runPromotion(context, run);
}

} // namespace

Command promoteCommand()
{
    return {
        QStringLiteral("promote"),
        QStringLiteral("promote an app from one environment to the next (commit or pull request)"),
        promoteUsage, &runPromote, promoteSyntax()};
}

Command rollbackCommand()
{
    return {QStringLiteral("rollback"),
            QStringLiteral("roll an app back to the tag an environment ran before"), rollbackUsage,
            &runRollback, rollbackSyntax()};
}

Command setImageCommand()
{
    return {QStringLiteral("set-image"),
            QStringLiteral("set an app's image tag in an overlay (what CI calls)"), setImageUsage,
            &runSetImage, setImageSyntax()};
}

} // namespace Promenade::Cli
