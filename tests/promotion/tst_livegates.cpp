#include "certificatesgate.h"
#include "imageplatformsgate.h"
#include "livegates.h"
#include "pullrequestchecksgate.h"
#include "sourcerunsitgate.h"

#include <QTest>

#include <functional>

using namespace Promenade;
using Verdict = GateResult::Verdict;

namespace {

// The situation every row starts from: staging runs web sha-new synced and healthy, the
// registry has it for amd64 and arm64, production runs sha-old on arm64 nodes with a ready
// certificate, and GitHub was asked (no pull request open).
PipelineStatus world()
{
    PipelineStatus status;
    status.pullRequestsKnown = true;
    EnvironmentStatus staging;
    staging.name = QStringLiteral("staging");
    AppStatus web;
    web.app = QStringLiteral("web");
    web.declared.tag = QStringLiteral("sha-new");
    web.runningKnown = true;
    web.runningVersion = QStringLiteral("sha-new@sha256:aaaa");
    web.sync = QStringLiteral("Synced");
    web.health = QStringLiteral("Healthy");
    web.availableKnown = true;
    web.declaredPlatforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
    staging.apps << web;
    EnvironmentStatus production;
    production.name = QStringLiteral("production");
    AppStatus prod = web;
    prod.declared.tag = QStringLiteral("sha-old");
    prod.runningVersion = QStringLiteral("sha-old");
    prod.declaredPlatforms = {QStringLiteral("linux/arm64")};
    prod.neededPlatforms = {QStringLiteral("linux/arm64")};
    production.apps << prod;
    production.certificates << CertificateInfo {QStringLiteral("prod"),
                                                QStringLiteral("web"),
                                                QStringLiteral("web-tls"),
                                                QStringLiteral("letsencrypt"),
                                                QStringLiteral("Ready"),
                                                {},
                                                {},
                                                QStringLiteral("cluster")};
    status.environments << staging << production;
    return status;
}

PromotionPlan promotion()
{
    PromotionPlan plan;
    plan.app = QStringLiteral("web");
    plan.from = QStringLiteral("staging");
    plan.to = QStringLiteral("production");
    plan.image = QStringLiteral("ghcr.io/acme/web");
    plan.currentVersion = plan.currentTag = QStringLiteral("sha-old");
    plan.newTag = QStringLiteral("sha-new");
    plan.branch = QStringLiteral("promote/web/production/sha-new");
    return plan;
}

AppStatus &app(PipelineStatus &s, const char *environment)
{
    for (EnvironmentStatus &e : s.environments) {
        if (e.name == QLatin1String(environment))
            return e.apps.first();
    }
    qFatal("no environment %s", environment);
}

PullRequestInfo pullRequest(const char *checks, const char *summary)
{
    PullRequestInfo pr;
    pr.number = 13;
    pr.branch = QStringLiteral("promote/web/production/sha-new");
    pr.checks = QString::fromLatin1(checks);
    pr.checksSummary = QString::fromLatin1(summary);
    return pr;
}

enum class Gate { Checks, Source, Image, Certificates };

struct Row
{
    const char *name;
    Gate gate;
    std::function<void(PipelineStatus &, PromotionPlan &)> change;
    Verdict verdict;
    QString reason;
    RegistryTagLookup lookup = {};
};

const QString ghcr = QStringLiteral("ghcr.io/acme/web");

// Every live gate's pass / fail / could-not-check outcome, with its sentence.
const std::vector<Row> &rows()
{
    static const std::vector<Row> table {
        // Pull request checks.
        {"checks: a direct commit has none", Gate::Checks, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("a direct commit: no pull request to check")},
        {"checks: GitHub not asked", Gate::Checks,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.mode = PromotionMode::PullRequest;
             s.pullRequestsKnown = false;
         },
         Verdict::Unknown, QStringLiteral("GitHub was not asked (no GitHub repository is known)")},
        {"checks: GitHub's problem said", Gate::Checks,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.mode = PromotionMode::PullRequest;
             s.pullRequestsKnown = false;
             s.problems << QStringLiteral("GitHub at https://api.github.com: bad credentials");
         },
         Verdict::Unknown, QStringLiteral("GitHub at https://api.github.com: bad credentials")},
        {"checks: not open yet", Gate::Checks,
         [](PipelineStatus &, PromotionPlan &p) { p.mode = PromotionMode::PullRequest; },
         Verdict::Unknown,
         QStringLiteral("the pull request is not open yet: GitHub runs its checks once it is")},
        {"checks: pending", Gate::Checks,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.mode = PromotionMode::PullRequest;
             s.pullRequests << pullRequest("pending", "2 checks: 1 passed, 1 pending");
         },
         Verdict::Unknown, QStringLiteral("#13: checks 2 checks: 1 passed, 1 pending")},
        {"checks: passed", Gate::Checks,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.mode = PromotionMode::PullRequest;
             s.pullRequests << pullRequest("success", "1 check passed");
         },
         Verdict::Pass, QStringLiteral("#13: 1 check passed")},
        {"checks: failed", Gate::Checks,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.mode = PromotionMode::PullRequest;
             s.pullRequests << pullRequest("failure", "2 checks: 1 failed (validate)");
         },
         Verdict::Fail, QStringLiteral("#13: 2 checks: 1 failed (validate)")},
        // Source healthy and synced.
        {"source: runs it", Gate::Source, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("staging runs sha-new, synced and healthy")},
        {"source: none (a rollback)", Gate::Source,
         [](PipelineStatus &, PromotionPlan &p) { p.from.clear(); }, Verdict::Pass,
         QStringLiteral("no source environment to check")},
        {"source: runs another", Gate::Source,
         [](PipelineStatus &s, PromotionPlan &) {
             app(s, "staging").runningVersion = QStringLiteral("sha-mid");
         },
         Verdict::Fail,
         QStringLiteral("staging runs sha-mid, not sha-new: verify sha-new there first")},
        {"source: degraded", Gate::Source,
         [](PipelineStatus &s, PromotionPlan &) {
             app(s, "staging").health = QStringLiteral("Degraded");
             app(s, "staging").healthMessage = QStringLiteral("CrashLoopBackOff");
         },
         Verdict::Fail,
         QStringLiteral("staging runs sha-new but is Synced and Degraded: CrashLoopBackOff")},
        {"source: not known", Gate::Source,
         [](PipelineStatus &s, PromotionPlan &) {
             app(s, "staging").runningKnown = false;
             s.environments[0].problems << QStringLiteral("Argo CD did not answer");
         },
         Verdict::Unknown, QStringLiteral("what staging runs is unknown: Argo CD did not answer")},
        // Image and platforms.
        {"image: has the platforms", Gate::Image, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("sha-new is in the registry for linux/amd64, linux/arm64")},
        {"image: lacks a platform", Gate::Image,
         [](PipelineStatus &s, PromotionPlan &) {
             app(s, "staging").declaredPlatforms = {QStringLiteral("linux/amd64")};
         },
         Verdict::Fail,
         QStringLiteral("sha-new has no linux/arm64 image, and production's nodes need it (it has "
                        "linux/amd64)")},
        {"image: not in the registry", Gate::Image,
         [](PipelineStatus &s, PromotionPlan &) { app(s, "staging").declaredPlatforms.clear(); },
         Verdict::Fail, QStringLiteral("ghcr.io/acme/web:sha-new is not in the registry")},
        {"image: nobody declares it, nobody asked", Gate::Image,
         [](PipelineStatus &, PromotionPlan &p) { p.newTag = QStringLiteral("sha-older"); },
         Verdict::Unknown, QStringLiteral("the registry's answer about sha-older is not known")},
        {"image: a rollback's tag, the registry asked", Gate::Image,
         [](PipelineStatus &, PromotionPlan &p) { p.newTag = QStringLiteral("sha-older"); },
         Verdict::Pass, QStringLiteral("sha-older is in the registry for linux/arm64"),
         [](const QString &image, const QString &tag) -> Result<RegistryTag> {
             if (image != ghcr || tag != u"sha-older")
                 return Error(Error::Kind::Failed, QStringLiteral("asked the wrong thing"));
             return RegistryTag {true, {QStringLiteral("linux/arm64")}};
         }},
        {"image: a rollback's tag, gone from the registry", Gate::Image,
         [](PipelineStatus &, PromotionPlan &p) { p.newTag = QStringLiteral("sha-older"); },
         Verdict::Fail, QStringLiteral("ghcr.io/acme/web:sha-older is not in the registry"),
         [](const QString &, const QString &) -> Result<RegistryTag> {
             return RegistryTag {false, {}};
         }},
        {"image: the registry cannot be asked", Gate::Image,
         [](PipelineStatus &, PromotionPlan &p) { p.newTag = QStringLiteral("sha-older"); },
         Verdict::Unknown,
         QStringLiteral("the registry could not be asked about sha-older: ghcr.io did not answer"),
         [](const QString &, const QString &) -> Result<RegistryTag> {
             return Error(Error::Kind::Failed, QStringLiteral("ghcr.io did not answer"));
         }},
        {"image: the newest build", Gate::Image,
         [](PipelineStatus &s, PromotionPlan &p) {
             p.newTag = QStringLiteral("sha-newest");
             app(s, "staging").newestTag = QStringLiteral("sha-newest");
             app(s, "staging").newestPlatforms = {QStringLiteral("linux/amd64")};
         },
         Verdict::Fail,
         QStringLiteral("sha-newest has no linux/arm64 image, and production's nodes need it (it "
                        "has linux/amd64)")},
        // Certificates ready.
        {"certificates: ready", Gate::Certificates, [](auto &, auto &) {}, Verdict::Pass,
         QStringLiteral("1 certificate(s) of production are ready")},
        {"certificates: expired", Gate::Certificates,
         [](PipelineStatus &s, PromotionPlan &) {
             s.environments[1].certificates[0].state = QStringLiteral("Expired");
             s.environments[1].certificates[0].message = QStringLiteral("expired yesterday");
         },
         Verdict::Fail, QStringLiteral("web/web-tls on prod is Expired: expired yesterday")},
        {"certificates: unknown", Gate::Certificates,
         [](PipelineStatus &s, PromotionPlan &) { s.environments[1].certificates.clear(); },
         Verdict::Unknown, QStringLiteral("the certificates of production are unknown")},
    };
    return table;
}

GateResult judge(Gate gate, const PipelineStatus &status, const PromotionPlan &plan,
                 const RegistryTagLookup &lookup)
{
    switch (gate) {
    case Gate::Checks:
        return PullRequestChecksGate(status).judge(plan);
    case Gate::Source:
        return SourceRunsItGate(status).judge(plan);
    case Gate::Image:
        return ImagePlatformsGate(status, lookup).judge(plan);
    case Gate::Certificates:
        return CertificatesGate(status).judge(plan);
    }
    return {};
}

} // namespace

// The live-status gates, each alone, on a hand-made status (what the collectors would report).
class TestLiveGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<int>("row");
        for (size_t i = 0; i < rows().size(); ++i)
            QTest::newRow(rows()[i].name) << int(i);
    }

    void outcome()
    {
        QFETCH(int, row);
        const Row &r = rows().at(size_t(row));
        PipelineStatus status = world();
        PromotionPlan plan = promotion();
        r.change(status, plan);
        const GateResult result = judge(r.gate, status, plan, r.lookup);
        QCOMPARE(result.reason, r.reason);
        QCOMPARE(GateResult::verdictName(result.verdict), GateResult::verdictName(r.verdict));
    }

    // The window judges the live gates again as the status changes: the pull request's checks
    // follow GitHub, a registry answer the snapshot cannot give stays, other gates keep theirs.
    void reevaluatedOnANewerStatus()
    {
        PromotionPlan plan = promotion();
        plan.mode = PromotionMode::PullRequest;
        plan.newTag = QStringLiteral("sha-older"); // a tag only the registry knows
        const RegistryTagLookup registry = [](const QString &, const QString &) {
            return Result<RegistryTag>(RegistryTag {true, {QStringLiteral("linux/arm64")}});
        };
        const PipelineStatus before = world();
        QList<GateResult> gates {
            {QStringLiteral("Working tree clean"), Verdict::Pass, QStringLiteral("clean")},
            PullRequestChecksGate(before).judge(plan),
            ImagePlatformsGate(before, registry).judge(plan)};
        QCOMPARE(gates.at(1).verdict, Verdict::Unknown);
        QCOMPARE(gates.at(2).verdict, Verdict::Pass);

        PipelineStatus after = world();
        after.pullRequests << pullRequest("success", "1 check passed");
        const QList<GateResult> again = reevaluateLiveGates(gates, plan, after);
        QCOMPARE(again.size(), 3);
        QCOMPARE(again.at(0).reason, QStringLiteral("clean"));
        QCOMPARE(again.at(1).verdict, Verdict::Pass);
        QCOMPARE(again.at(1).reason, QStringLiteral("#13: 1 check passed"));
        QCOMPARE(again.at(2).reason,
                 QStringLiteral("sha-older is in the registry for linux/arm64"));
    }

    // The factory lists the four live gates in the order the dialog shows them.
    void liveGatesInOrder()
    {
        QStringList names;
        const PromotionPlan plan = promotion();
        for (const auto &gate : liveGates(world())) {
            if (auto *checks = dynamic_cast<PullRequestChecksGate *>(gate.get()))
                names << checks->judge(plan).gate;
            else if (auto *source = dynamic_cast<SourceRunsItGate *>(gate.get()))
                names << source->judge(plan).gate;
            else if (auto *image = dynamic_cast<ImagePlatformsGate *>(gate.get()))
                names << image->judge(plan).gate;
            else if (auto *certificates = dynamic_cast<CertificatesGate *>(gate.get()))
                names << certificates->judge(plan).gate;
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Pull request checks"),
                               QStringLiteral("Source healthy and synced"),
                               QStringLiteral("Image and platforms"),
                               QStringLiteral("Certificates ready")}));
    }
};

QTEST_GUILESS_MAIN(TestLiveGates)
#include "tst_livegates.moc"
