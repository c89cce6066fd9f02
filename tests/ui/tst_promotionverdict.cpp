#include "appmatrixfiltermodel.h"
#include "appmatrixmodel.h"
#include "declaredimagelistmodel.h"
#include "environmentlistmodel.h"
#include "imageplatformsgate.h"
#include "pipelinedrawing.h"
#include "pipelinesvgexporter.h"
#include "pullrequestchecksgate.h"
#include "sourcerunsitgate.h"
#include "verdictjudge.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Promenade;

namespace {

const QString image = QStringLiteral("ghcr.io/acme/web");

// development → staging → production, one app (web); production's nodes are arm64 and its
// promotions land as pull requests.
Pipeline pipeline(const QString &devTag, const QString &stagingTag, const QString &prodTag)
{
    Pipeline p;
    p.root = QStringLiteral("/repo");
    p.apps.append({QStringLiteral("web"), QStringLiteral("apps/web/base"), image});
    const QList<std::pair<QString, QString>> envs {{QStringLiteral("development"), devTag},
                                                   {QStringLiteral("staging"), stagingTag},
                                                   {QStringLiteral("production"), prodTag}};
    for (const auto &[name, tag] : envs) {
        Environment env;
        env.name = name;
        env.stage = int(p.environments.size());
        if (!p.environments.isEmpty())
            env.upstream = {p.environments.last().name};
        env.promotion = name == u"production" ? PromotionMode::PullRequest : PromotionMode::Commit;
        env.images.append({QStringLiteral("web"), image, tag, {}, true});
        p.environments.append(env);
        p.stages.append({name});
    }
    return p;
}

// The status the collector would report: each environment runs what it declares, synced and
// healthy; every tag is in the registry for amd64 and arm64, newer tags built later.
PipelineStatus status(const Pipeline &p)
{
    PipelineStatus s;
    s.root = p.root;
    s.pullRequestsKnown = true;
    for (const Environment &env : p.environments) {
        EnvironmentStatus e = EnvironmentStatus::declaredBy(env);
        for (AppStatus &a : e.apps) {
            a.runningKnown = true;
            a.runningVersion = a.declared.tag + QStringLiteral("@sha256:") + a.declared.tag;
            a.sync = QStringLiteral("Synced");
            a.health = QStringLiteral("Healthy");
            a.argoApplication = u"web-" + env.name;
            a.availableKnown = true;
            a.declaredDigest = u"sha256:" + a.declared.tag;
            a.declaredPlatforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
            a.declaredCreated = QDateTime(QDate(2026, 11, a.declared.tag == u"sha-new" ? 20 : 10),
                                          QTime(12, 0), QTimeZone::utc());
            if (env.name == u"production")
                a.neededPlatforms = {QStringLiteral("linux/arm64")};
        }
        s.environments.append(e);
    }
    s.stages = p.stages;
    return s;
}

AppStatus &app(PipelineStatus &s, const QString &env)
{
    for (EnvironmentStatus &e : s.environments) {
        if (e.name == env)
            return e.apps.first();
    }
    qFatal("no environment %s", qPrintable(env));
}

struct Situation
{
    Pipeline pipeline;
    PipelineStatus status;
};

} // namespace

Q_DECLARE_METATYPE(std::function<Situation()>)

// One verdict per environment × app (VerdictJudge), and every reader says the same: the
// pipeline card, its edge, the matrix cell and the matrix's count of ready cells (through its
// filter), the promotion gates that judge the same facts, and the SVG export. One row per
// verdict; the question is always production's web.
class TestPromotionVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReaderSaysTheSame_data()
    {
        QTest::addColumn<QString>("expected"); // PromotionVerdict::word()
        QTest::addColumn<QString>("reason"); // the verdict's reason (empty when ready)
        QTest::addColumn<std::function<Situation()>>("situation");

        QTest::newRow("ready") << QStringLiteral("ready") << QString()
                               << std::function<Situation()>([] {
                                      const Pipeline p = pipeline(QStringLiteral("sha-new"),
                                                                  QStringLiteral("sha-new"),
                                                                  QStringLiteral("sha-old"));
                                      return Situation {p, status(p)};
                                  });
        QTest::newRow("blocked: cannot run there")
            << QStringLiteral("blocked")
            << QStringLiteral("sha-new has no linux/arm64 image, and production's nodes need it "
                              "(it has linux/amd64)")
            << std::function<Situation()>([] {
                   const Pipeline p = pipeline(QStringLiteral("sha-new"), QStringLiteral("sha-new"),
                                               QStringLiteral("sha-old"));
                   PipelineStatus s = status(p);
                   app(s, QStringLiteral("staging")).declaredPlatforms
                       = {QStringLiteral("linux/amd64")};
                   app(s, QStringLiteral("development")).declaredPlatforms
                       = {QStringLiteral("linux/amd64")};
                   return Situation {p, s};
               });
        QTest::newRow("blocked: the source is degraded")
            << QStringLiteral("blocked")
            << QStringLiteral("staging runs sha-new but is Synced and Degraded: CrashLoopBackOff")
            << std::function<Situation()>([] {
                   const Pipeline p = pipeline(QStringLiteral("sha-new"), QStringLiteral("sha-new"),
                                               QStringLiteral("sha-old"));
                   PipelineStatus s = status(p);
                   app(s, QStringLiteral("staging")).health = QStringLiteral("Degraded");
                   app(s, QStringLiteral("staging")).healthMessage
                       = QStringLiteral("CrashLoopBackOff");
                   return Situation {p, s};
               });
        QTest::newRow("behind") << QStringLiteral("behind")
                                << QStringLiteral("staging runs sha-old, not sha-new: verify "
                                                  "sha-new there first")
                                << std::function<Situation()>([] {
                                       const Pipeline p = pipeline(QStringLiteral("sha-new"),
                                                                   QStringLiteral("sha-new"),
                                                                   QStringLiteral("sha-old"));
                                       PipelineStatus s = status(p);
                                       app(s, QStringLiteral("staging")).runningVersion
                                           = QStringLiteral("sha-old");
                                       return Situation {p, s};
                                   });
        QTest::newRow("pull request open")
            << QStringLiteral("pull-request-open")
            << QStringLiteral("pull request #13 promotes sha-new and waits for a merge (1 check: "
                              "1 passed)")
            << std::function<Situation()>([] {
                   const Pipeline p = pipeline(QStringLiteral("sha-new"), QStringLiteral("sha-new"),
                                               QStringLiteral("sha-old"));
                   PipelineStatus s = status(p);
                   s.pullRequests.append({13, QStringLiteral("Promote web sha-new to production"),
                                          QStringLiteral("promote/web/production/sha-new"),
                                          QStringLiteral("https://github.com/acme/gitops/pull/13"),
                                          QStringLiteral("success"),
                                          QStringLiteral("1 check: 1 passed"),
                                          QStringLiteral("abc123")});
                   return Situation {p, s};
               });
        QTest::newRow("drift") << QStringLiteral("drift")
                               << QStringLiteral("declares sha-old but web-production runs "
                                                 "sha-older (OutOfSync)")
                               << std::function<Situation()>([] {
                                      const Pipeline p = pipeline(QStringLiteral("sha-old"),
                                                                  QStringLiteral("sha-old"),
                                                                  QStringLiteral("sha-old"));
                                      PipelineStatus s = status(p);
                                      AppStatus &prod = app(s, QStringLiteral("production"));
                                      prod.runningVersion = QStringLiteral("sha-older");
                                      prod.sync = QStringLiteral("OutOfSync");
                                      prod.drift << QStringLiteral(
                                          "declares sha-old but web-production runs sha-older "
                                          "(OutOfSync)");
                                      return Situation {p, s};
                                  });
        QTest::newRow("up to date")
            << QStringLiteral("up-to-date") << QString() << std::function<Situation()>([] {
                   const Pipeline p = pipeline(QStringLiteral("sha-new"), QStringLiteral("sha-new"),
                                               QStringLiteral("sha-new"));
                   return Situation {p, status(p)};
               });
        QTest::newRow("up to date: upstream has an older build")
            << QStringLiteral("up-to-date") << QString() << std::function<Situation()>([] {
                   const Pipeline p = pipeline(QStringLiteral("sha-old"), QStringLiteral("sha-old"),
                                               QStringLiteral("sha-new"));
                   return Situation {p, status(p)};
               });
    }

    void everyReaderSaysTheSame()
    {
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        QFETCH(std::function<Situation()>, situation);
        const auto [p, s] = situation();
        const QString production = QStringLiteral("production");
        const QString web = QStringLiteral("web");

        // The judge.
        const PromotionVerdict v = VerdictJudge(s).verdict(production, web);
        QCOMPARE(v.word(), expected);
        QCOMPARE(v.reason, reason);
        QVERIFY(!v.sentence.isEmpty());
        const bool ready = expected == u"ready";
        const bool candidate = v.hasCandidate();
        if (candidate) {
            QCOMPARE(v.from, QStringLiteral("staging"));
            QCOMPARE(v.fromVersion, p.environments[1].images[0].tag);
        }

        // The card and its edge.
        EnvironmentListModel environments;
        QAbstractItemModelTester tester(&environments,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        environments.setEnvironments(p.environments);
        environments.setStatus(s);
        const QModelIndex prodRow = environments.index(2);
        auto *images = qobject_cast<DeclaredImageListModel *>(
            environments.data(prodRow, EnvironmentListModel::ImagesRole).value<QObject *>());
        QVERIFY(images);
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::VerdictRole).toString(),
                 expected);
        QCOMPARE(images->data(images->index(0), DeclaredImageListModel::VerdictTextRole).toString(),
                 v.sentence);
        const QVariantList edge
            = environments.data(prodRow, EnvironmentListModel::CandidatesRole).toList();
        QCOMPARE(edge.size(), candidate ? 1 : 0);
        if (candidate) {
            const QVariantMap c = edge.first().toMap();
            QCOMPARE(c.value(QStringLiteral("app")).toString(), web);
            QCOMPARE(c.value(QStringLiteral("ready")).toBool(), ready);
            QCOMPARE(c.value(QStringLiteral("reason")).toString(), reason);
            QCOMPARE(c.value(QStringLiteral("verdict")).toString(), expected);
        }

        // The matrix cell and the count of ready cells, through the filter.
        AppMatrixModel matrix;
        matrix.setPipeline(p);
        matrix.setStatus(s);
        AppMatrixFilterModel filter;
        filter.setMatrix(&matrix);
        const QModelIndex cell = matrix.index(0, 2);
        QCOMPARE(matrix.data(cell, AppMatrixModel::VerdictRole).toString(), expected);
        QCOMPARE(matrix.data(cell, AppMatrixModel::VerdictTextRole).toString(), v.sentence);
        QCOMPARE(matrix.data(cell, AppMatrixModel::ReadyToPromoteRole).toBool(), ready);
        QCOMPARE(matrix.cellStates(0, 2).contains(QStringLiteral("ready")), ready);
        QCOMPARE(matrix.cellStates(0, 2).contains(QStringLiteral("blocked")),
                 expected == u"blocked");
        QCOMPARE(filter.readyCount(), ready ? 1 : 0);
        filter.setStateFilter(QStringLiteral("blocked"));
        QCOMPARE(filter.readyCount(), 0); // a blocked row's cells are never counted ready
        filter.setStateFilter(QStringLiteral("ready"));
        QCOMPARE(filter.rowCount(), ready ? 1 : 0);
        QCOMPARE(filter.readyCount(), ready ? 1 : 0);

        // The gates judging the same promotion.
        if (candidate) {
            PromotionPlan plan;
            plan.app = web;
            plan.from = QStringLiteral("staging");
            plan.to = production;
            plan.image = image;
            plan.currentTag = v.toVersion;
            plan.newTag = v.fromVersion;
            plan.mode = PromotionMode::PullRequest;
            plan.branch = QStringLiteral("promote/web/production/%1").arg(plan.newTag);
            const GateResult source = SourceRunsItGate(s).judge(plan);
            const GateResult platforms = ImagePlatformsGate(s).judge(plan);
            const GateResult checks = PullRequestChecksGate(s).judge(plan);
            if (ready) {
                QCOMPARE(source.verdict, GateResult::Verdict::Pass);
                QCOMPARE(platforms.verdict, GateResult::Verdict::Pass);
            } else if (expected == u"pull-request-open") {
                QVERIFY2(checks.reason.startsWith(QStringLiteral("#%1").arg(v.pullRequest)),
                         qPrintable(checks.reason));
            } else {
                // The gate that stops it says the verdict's reason.
                const bool stopped
                    = (source.verdict != GateResult::Verdict::Pass && source.reason == reason)
                    || (platforms.verdict != GateResult::Verdict::Pass
                        && platforms.reason == reason);
                QVERIFY2(stopped, qPrintable(source.reason + u" / " + platforms.reason));
            }
        }

        // The SVG export.
        const Export::PipelineDrawing drawing(p, s, Export::AsOf {s.fetchedAt, false, {}});
        const QString svg = QString::fromUtf8(Export::PipelineSvgExporter(drawing).toSvg());
        QCOMPARE(svg.contains(QStringLiteral("READY TO PROMOTE")), ready);
        QCOMPARE(svg.contains(QStringLiteral("NOT READY")), candidate && !ready);
    }
};

QTEST_MAIN(TestPromotionVerdict)
#include "tst_promotionverdict.moc"
