#include "promotionrunner.h"

#include "mutabletag.h"
#include "promotionchanges.h"
#include "promotionworkflow.h"
#include "repositorydiscovery.h"
#include "statuscollector.h"
#include "terminaltext.h"
#include "unifieddiff.h"

#include <QEventLoop>

#include <cstdio>
#include <unistd.h>

namespace Promenade::Cli {

namespace {

QString verdictMark(GateResult::Verdict v)
{
    switch (v) {
    case GateResult::Verdict::Pass:
        return QStringLiteral("✓");
    case GateResult::Verdict::Fail:
        return QStringLiteral("✗");
    case GateResult::Verdict::Unknown:
        return QStringLiteral("?");
    }
    return {};
}

bool confirm(CommandContext &context)
{
    if (!isatty(STDIN_FILENO))
        return false;
    context.out() << "Apply? [y/N] ";
    context.out().flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

// The digest the registry reported for app's tag, in any environment that declares it.
QString registryDigest(const PipelineStatus &status, const QString &app, const QString &tag)
{
    for (const EnvironmentStatus &env : status.environments) {
        const AppStatus *a = env.app(app);
        if (a && a->declared.tag == tag && !a->declaredDigest.isEmpty())
            return a->declaredDigest;
    }
    return {};
}

// The mutable-tag warning of what a plan promotes, from the live status when it tells (a tag
// the registry moved), else by the tag's name; empty for one build.
QString mutableTagWarning(const PipelineStatus &status, const PromotionPlan &plan)
{
    if (!plan.newDigest.isEmpty())
        return {};
    for (const EnvironmentStatus &env : status.environments) {
        const AppStatus *a = env.app(plan.app);
        if (a && a->declared.tag == plan.newTag && a->mutableTag)
            return a->mutableTagWarning;
    }
    return MutableTag::warning(plan.newTag, plan.newDigest);
}

// Live gates where promenade.yaml names the services to ask: the status the gates judge.
Status collectLiveStatus(CommandContext &context, const PromotionRun &run,
                         PromotionWorkflow::PrepareOptions &options)
{
    auto pipeline = RepositoryDiscovery::discover(run.repository);
    if (!pipeline)
        return pipeline.error();
    if (pipeline->argoCd.isEmpty() && pipeline->registries.isEmpty()
        && pipeline->clusterContexts.isEmpty())
        return {};
    context.out() << "Asking Argo CD, the registry and the clusters…\n";
    context.out().flush();
    StatusCollector collector;
    QEventLoop loop;
    QObject::connect(&collector, &StatusCollector::finished, &loop, &QEventLoop::quit);
    collector.collect(*pipeline);
    loop.exec();
    options.status = collector.status();
    return {};
}

// --pin-digest: the digest the registry reports for the tag promoted (the source's unless
// given), refused when the registry does not tell it.
Result<QString> pinnedDigest(const PipelineStatus &status, const PromotionPlanner::Request &request)
{
    QString tag = request.tag;
    if (tag.isEmpty()) {
        if (const EnvironmentStatus *source = status.environment(request.from)) {
            if (const AppStatus *a = source->app(request.app))
                tag = a->declared.tag;
        }
    }
    const QString digest = registryDigest(status, request.app, tag);
    if (digest.isEmpty())
        return Error(
            Error::Kind::Refused,
            QStringLiteral("--pin-digest: the registry did not tell the digest of %1 %2 (is "
                           "it named in promenade.yaml's endpoints.registries?)")
                .arg(request.app,
                     tag.isEmpty() ? QStringLiteral("(the tag %1 pins)").arg(request.from) : tag));
    return digest;
}

// What the promotion ships goes into its commit message (a short list) and its pull request
// (with links), as the window's approval does; the problem sentence when unknown. Counted as
// words added to the plan: a re-plan after a lost push race keeps the list.
ReleaseChanges addReleaseChanges(const PromotionRun &run,
                                 PromotionWorkflow::Preparation &preparation)
{
    ReleaseChanges changes;
    // (Release changes are an image's: a chart's version has none to list.)
    if (!run.commit || preparation.plan.chart
        || preparation.plan.pinKind == VersionPin::kindName(VersionPin::Kind::ChartVersion))
        return changes;
    changes = findPromotionChanges(run.repository, preparation.plan, std::chrono::seconds(10));
    if (changes.isKnown() && !changes.fromRevision.isEmpty()) {
        preparation.changes = changes.toMarkdown();
        PromotionWorkflow::setDescription(preparation.plan,
                                          PromotionWorkflow::description(preparation.plan)
                                              + QStringLiteral("\n\n") + changes.toCommitMessage());
    }
    return changes;
}

// Names, tags, paths, gate reasons and the rendered change come from the repository and the
// servers: everything printed is escaped before it reaches the terminal.
QString safe(const QString &text)
{
    return terminalSafe(text);
}

void printSummary(QTextStream &out, const PromotionWorkflow::Preparation &preparation,
                  const ReleaseChanges &changes, const PipelineStatus &status)
{
    const PromotionPlan &plan = preparation.plan;
    out << safe(plan.summary()) << '\n' << "  file:     " << safe(plan.file) << '\n';
    if (!plan.pinKey.isEmpty() && plan.pinKind != QLatin1String("kustomize-images"))
        out << "  pin:      " << safe(plan.pinKind) << ' ' << safe(plan.pinKey) << '\n';
    // An infrastructure chart's plan, or an app's whose chart version is promoted.
    const bool chartVersion
        = plan.chart || plan.pinKind == VersionPin::kindName(VersionPin::Kind::ChartVersion);
    out << (chartVersion ? "  chart:    " : "  image:    ")
        << safe(chartVersion && !plan.chartRepository.isEmpty()
                    ? plan.chartRepository + u' ' + plan.image
                    : plan.image)
        << "  "
        << (plan.currentVersion.isEmpty() ? QStringLiteral("(not pinned)")
                                          : safe(plan.currentVersion))
        << " → " << safe(plan.newVersion()) << '\n'
        << "  lands as: " << safe(preparation.landing()) << '\n';
    if (!plan.note.isEmpty())
        out << "  note:     " << safe(plan.note) << '\n';
    if (!changes.fromVersion.isEmpty() || !changes.problem.isEmpty())
        out << "  ships:    " << safe(changes.headline()) << '\n';
    if (const QString warning = mutableTagWarning(status, plan); !warning.isEmpty()) {
        out << "  warning:  " << safe(warning) << '\n';
        const QString digest = registryDigest(status, plan.app, plan.newTag);
        if (!digest.isEmpty())
            out << "  hint:     --pin-digest pins " << safe(digest)
                << " (what the registry reports for " << safe(plan.newTag) << " now)\n";
        else
            out << "  hint:     the registry did not tell its digest; pin one with --pin-digest "
                   "once promenade.yaml names the registry\n";
    }
}

void printPreview(QTextStream &out, const PromotionRun &run,
                  const PromotionWorkflow::Preparation &preparation)
{
    const PromotionPlan &plan = preparation.plan;
    if (!preparation.previewError.isEmpty()) {
        out << "\nThe rendered change cannot be shown: " << safe(preparation.previewError) << '\n';
        return;
    }
    out << "\nWhat " << safe(plan.to) << " will deploy differently:\n";
    bool any = false;
    for (const auto &f : std::as_const(preparation.preview)) {
        if (!f.hasChanges())
            continue;
        any = true;
        for (const QString &line : f.semantic.toText(true).split(u'\n', Qt::SkipEmptyParts))
            out << "  " << safe(line) << '\n';
        if (run.dryRun)
            out << '\n' << terminalSafe(Diff::UnifiedDiff::format(f.text), TerminalLines::Multi);
    }
    if (!any)
        out << "  nothing (the rendered manifests are the same)\n";
}

int applyPromotion(CommandContext &context, const PromotionWorkflow::Preparation &preparation)
{
    QTextStream &out = context.out();
    PromotionWorkflow::ApplyOptions applyOptions;
    applyOptions.progress = [&out](const QString &text) {
        out << terminalSafe(text, TerminalLines::Multi) << Qt::endl;
    };
    auto applied = PromotionWorkflow::apply(preparation, applyOptions);
    if (!applied)
        return context.fail(applied.error());
    if (applied->edited) {
        out << "Edited " << safe(preparation.plan.file) << " (not committed)\n";
        return 0;
    }
    const Promoter::Outcome &outcome = applied->outcome;
    for (const QString &note : outcome.notes)
        out << safe(note) << '\n';
    out << "Committed " << outcome.commit.left(7) << " on " << safe(outcome.branch)
        << (outcome.pushed ? QStringLiteral(", pushed") : QString()) << '\n';
    if (applied->pullRequest) {
        out << (applied->pullRequest->alreadyExisted ? "A pull request was already open: #"
                                                     : "Opened pull request #")
            << applied->pullRequest->pullRequest.number << ' '
            << safe(applied->pullRequest->pullRequest.htmlUrl) << '\n';
    }
    return 0;
}

} // namespace

int runPromotion(CommandContext &context, const PromotionRun &run)
{
    PromotionWorkflow::PrepareOptions prepareOptions;
    prepareOptions.commit = run.commit;
    prepareOptions.push = run.push;
    prepareOptions.checkGates = run.checkGates;
    if (run.checkGates) {
        if (Status s = collectLiveStatus(context, run, prepareOptions); !s)
            return context.fail(s.error());
    }
    const PipelineStatus status = prepareOptions.status.value_or(PipelineStatus {});
    PromotionPlanner::Request request = run.request;
    if (run.pinDigest && request.digest.isEmpty()) {
        auto digest = pinnedDigest(status, request);
        if (!digest)
            return context.fail(digest.error());
        request.digest = *digest;
    }
    auto preparation = PromotionWorkflow::prepare(run.repository, request, prepareOptions);
    if (!preparation)
        return context.fail(preparation.error());
    const ReleaseChanges changes = addReleaseChanges(run, *preparation);
    const PromotionPlan &plan = preparation->plan;

    QTextStream &out = context.out();
    printSummary(out, *preparation, changes, status);
    if (run.checkGates) {
        out << "\nGates:\n";
        for (const GateResult &g : std::as_const(preparation->gates))
            out << "  " << verdictMark(g.verdict) << ' ' << safe(g.gate) << ": " << safe(g.reason)
                << '\n';
    }
    printPreview(out, run, *preparation);
    out << "\nCommit message:\n";
    for (const QString &line : plan.message.split(u'\n'))
        out << "  " << safe(line) << '\n';
    out.flush();

    if (!preparation->gatesPass())
        return context.fail(
            Error(Error::Kind::Refused, QStringLiteral("refused: %1").arg(preparation->refusal())));
    if (run.dryRun) {
        out << "\n(dry run: nothing was changed)\n";
        return 0;
    }
    if (!run.yes && !confirm(context))
        return context.fail(Error(Error::Kind::Refused,
                                  QStringLiteral("not applied: confirm with --yes (or answer y)")));
    return applyPromotion(context, *preparation);
}

} // namespace Promenade::Cli
