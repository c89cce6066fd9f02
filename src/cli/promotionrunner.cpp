#include "cli/promotionrunner.h"

#include "clients/githubclient.h"
#include "diff/environmentcomparison.h"
#include "diff/unifieddiff.h"
#include "git/gitrepository.h"
#include "pipeline/repositorydiscovery.h"
#include "promotion/promoter.h"
#include "pipeline/statuscollector.h"
#include "promotion/livegates.h"
#include "promotion/promotiongate.h"

#include <QDir>
#include <QEventLoop>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace Promenade::Cli {

namespace {

QString verdictMark(GateResult::Verdict v)
{
    switch (v) {
    case GateResult::Verdict::Pass: return QStringLiteral("✓");
    case GateResult::Verdict::Fail: return QStringLiteral("✗");
    case GateResult::Verdict::Unknown: return QStringLiteral("?");
    }
    return {};
}

Result<Clients::PullRequestCreation> openPullRequest(const Pipeline &pipeline, const PromotionPlan &plan,
                                                     const QString &base, const QString &body)
{
    const QString repository = StatusCollector::gitHubRepository(pipeline);
    if (repository.isEmpty()) {
        return Error(Error::Kind::BadInput, QStringLiteral("cannot tell which GitHub repository to open the pull request in: origin is "
                                                           "not on github.com; set endpoints.github.repository in promenade.yaml"));
    }
    const QUrl api = StatusCollector::gitHubApi(pipeline);
    const QString token = StatusCollector::gitHubToken(pipeline);
    if (token.isEmpty()) {
        return Error(Error::Kind::Refused, QStringLiteral("no GitHub token for %1: set GITHUB_TOKEN or log in with `gh auth login`")
                                               .arg(api.host()));
    }
    Clients::ServiceEndpoint endpoint;
    endpoint.serviceName = QStringLiteral("GitHub");
    endpoint.baseUrl = api;
    Clients::GitHubClient client(endpoint);
    client.setToken(token);
    Clients::NewPullRequest pr;
    pr.title = plan.message.section(u'\n', 0, 0);
    pr.head = plan.branch;
    pr.base = base;
    pr.body = body;
    Result<Clients::PullRequestCreation> result = Error(Error::Kind::Failed, QStringLiteral("no answer from GitHub"));
    QEventLoop loop;
    client.createPullRequest(repository.section(u'/', 0, 0), repository.section(u'/', 1, 1), pr, &loop,
                             [&](Result<Clients::PullRequestCreation> r) {
                                 result = std::move(r);
                                 loop.quit();
                             });
    loop.exec();
    return result;
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

} // namespace

int runPromotion(CommandContext &context, const PromotionRun &run)
{
    auto pipeline = RepositoryDiscovery::discover(run.repository);
    if (!pipeline)
        return context.fail(pipeline.error());
    auto plan = PromotionPlanner::plan(*pipeline, run.request);
    if (!plan)
        return context.fail(plan.error());
    auto repo = Git::Repository::open(plan->repositoryRoot);
    if (!repo)
        return context.fail(repo.error());
    auto base = repo->currentBranch();
    if (!base)
        return context.fail(base.error());

    QTextStream &out = context.out();
    const bool pullRequest = plan->mode == PromotionMode::PullRequest && run.commit;
    plan->push = run.push || pullRequest;
    out << plan->summary() << '\n'
        << "  file:     " << plan->file << '\n'
        << "  image:    " << plan->image << "  " << (plan->currentVersion.isEmpty() ? QStringLiteral("(not pinned)") : plan->currentVersion)
        << " → " << plan->newVersion() << '\n'
        << "  lands as: "
        << (!run.commit      ? QStringLiteral("an edit of the file, not committed")
            : pullRequest    ? QStringLiteral("a pull request from %1 into %2").arg(plan->branch, *base)
            : run.push       ? QStringLiteral("a commit on %1, pushed").arg(*base)
                             : QStringLiteral("a commit on %1 (not pushed)").arg(*base))
        << '\n';

    QList<GateResult> gates;
    if (run.checkGates) {
        GateList list = gitGates();
        // Live gates where promenade.yaml names the services to ask.
        if (!pipeline->argoCd.isEmpty() || !pipeline->registries.isEmpty() || !pipeline->clusterContexts.isEmpty()) {
            out << "\nAsking Argo CD, the registry and the clusters…\n";
            out.flush();
            StatusCollector collector;
            QEventLoop loop;
            QObject::connect(&collector, &StatusCollector::finished, &loop, &QEventLoop::quit);
            collector.collect(*pipeline);
            loop.exec();
            for (auto &gate : liveGates(collector.status()))
                list.push_back(std::move(gate));
        }
        gates = evaluateGates(list, *plan, *repo);
        out << "\nGates:\n";
        for (const GateResult &g : std::as_const(gates))
            out << "  " << verdictMark(g.verdict) << ' ' << g.gate << ": " << g.reason << '\n';
    }

    // The exact change to what the target environment deploys, before anything is touched.
    const auto preview = Diff::EnvironmentComparison::compareEdit(*pipeline, plan->to, {{plan->file, plan->editedText}}, plan->app, {});
    if (preview) {
        out << "\nWhat " << plan->to << " will deploy differently:\n";
        bool any = false;
        for (const auto &f : *preview) {
            if (!f.hasChanges())
                continue;
            any = true;
            for (const QString &line : f.semantic.toText(true).split(u'\n', Qt::SkipEmptyParts))
                out << "  " << line << '\n';
            if (run.dryRun)
                out << '\n' << Diff::UnifiedDiff::format(f.text);
        }
        if (!any)
            out << "  nothing (the rendered manifests are the same)\n";
    } else {
        out << "\nThe rendered change cannot be shown: " << preview.error().toString() << '\n';
    }
    out << "\nCommit message:\n";
    for (const QString &line : plan->message.split(u'\n'))
        out << "  " << line << '\n';
    out.flush();

    if (!gatesPass(gates)) {
        for (const GateResult &g : std::as_const(gates)) {
            if (g.verdict == GateResult::Verdict::Fail)
                return context.fail(Error(Error::Kind::Refused, QStringLiteral("refused: %1").arg(g.reason)));
        }
    }
    if (run.dryRun) {
        out << "\n(dry run: nothing was changed)\n";
        return 0;
    }
    if (!run.yes && !confirm(context))
        return context.fail(Error(Error::Kind::Refused, QStringLiteral("not applied: confirm with --yes (or answer y)")));

    if (!run.commit) {
        QSaveFile file(QDir(plan->repositoryRoot).filePath(plan->file));
        if (!file.open(QIODevice::WriteOnly) || file.write(plan->editedText) != plan->editedText.size() || !file.commit())
            return context.fail(Error(Error::Kind::Failed, QStringLiteral("cannot write the file: %1").arg(file.errorString())).at(plan->file));
        out << "Edited " << plan->file << " (not committed)\n";
        return 0;
    }

    Promoter::Options options;
    options.push = run.push || pullRequest;
    options.progress = [&out](const QString &text) { out << text << Qt::endl; };
    const QString repository = plan->repositoryRoot;
    const PromotionPlanner::Request request = run.request;
    options.replan = [repository, request]() -> Result<PromotionPlan> {
        auto again = RepositoryDiscovery::discover(repository);
        if (!again)
            return again.error();
        return PromotionPlanner::plan(*again, request);
    };
    auto outcome = Promoter::apply(*plan, options);
    if (!outcome)
        return context.fail(outcome.error());
    for (const QString &note : std::as_const(outcome->notes))
        out << note << '\n';
    out << "Committed " << outcome->commit.left(7) << " on " << outcome->branch << (outcome->pushed ? QStringLiteral(", pushed") : QString())
        << '\n';
    if (pullRequest) {
        QString body = outcome->plan.summary() + QStringLiteral(".\n\n");
        if (preview) {
            body += QStringLiteral("What %1 will deploy differently:\n\n```\n").arg(plan->to);
            for (const auto &f : *preview)
                body += f.semantic.toText(true);
            body += QStringLiteral("```\n\nOpened by Promenade.");
        }
        auto pr = openPullRequest(*pipeline, outcome->plan, *base, body);
        if (!pr) {
            // Nothing is lost: the branch is pushed, the pull request can be opened by hand.
            Error error = pr.error();
            return context.fail(Error(error.kind(), QStringLiteral("%1 is pushed, but the pull request could not be opened: %2")
                                                        .arg(outcome->plan.branch, error.toString())));
        }
        out << (pr->alreadyExisted ? "A pull request was already open: #" : "Opened pull request #") << pr->pullRequest.number << ' '
            << pr->pullRequest.htmlUrl << '\n';
    }
    return 0;
}

} // namespace Promenade::Cli
