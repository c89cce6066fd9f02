#include "demorepository.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promoter.h"
#include "promotionbatch.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

// Several promotions into one environment approved at once: planned per app, merged into one
// edit of the environment's kustomization, gated per app, landed as one commit.
class TestPromotionBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    int m_repositories = 0;

    // A fresh demo repository with synthetic services (several ready for staging).
    QString newRepository()
    {
        Demo::DemoRepository::Options options;
        options.apps = 8;
        const QString dir = m_scratch.filePath(QStringLiteral("repo-%1").arg(++m_repositories));
        const auto created = Demo::DemoRepository::generate(dir, options);
        if (!created) {
            qWarning() << created.error().toString();
            return QString();
        }
        // The tests' HOME has no Git identity; the promotions commit with this one.
        for (const auto &[key, value] : {std::pair {"user.name", "Release Tester"},
                                         std::pair {"user.email", "rt@example.invalid"}})
            TestSupport::git(
                created->workTree,
                {QStringLiteral("config"), QString::fromLatin1(key), QString::fromLatin1(value)});
        return created->workTree;
    }

    // Promotions development → staging for the apps whose versions differ there.
    static QList<PromotionPlanner::Request> readyForStaging(const Pipeline &pipeline)
    {
        QList<PromotionPlanner::Request> requests;
        const Environment *development = pipeline.environment(QStringLiteral("development"));
        const Environment *staging = pipeline.environment(QStringLiteral("staging"));
        for (const DeclaredImage &image : development->images) {
            for (const DeclaredImage &there : staging->images) {
                if (there.app == image.app && there.tag != image.tag) {
                    PromotionPlanner::Request request;
                    request.app = image.app;
                    request.from = QStringLiteral("development");
                    request.to = QStringLiteral("staging");
                    request.mode = PromotionMode::Commit;
                    requests.append(request);
                }
            }
        }
        return requests;
    }

private Q_SLOTS:
    void mergesEveryEditIntoOneCommit()
    {
        const QString root = newRepository();
        QVERIFY(!root.isEmpty());
        auto pipeline = RepositoryDiscovery::discover(root);
        QVERIFY(pipeline);
        const QList<PromotionPlanner::Request> requests = readyForStaging(*pipeline);
        QVERIFY2(requests.size() >= 3, qPrintable(QString::number(requests.size())));

        PromotionWorkflow::PrepareOptions options;
        options.checkGates = true;
        auto preparation = PromotionBatch::prepare(root, requests, options);
        QVERIFY2(preparation, qPrintable(preparation ? QString() : preparation.error().toString()));
        QCOMPARE(preparation->batch.size(), requests.size());
        // Every gate judged for every app, said with the app's name.
        for (const PromotionPlanner::Request &request : requests) {
            const bool named = std::any_of(
                preparation->gates.cbegin(), preparation->gates.cend(),
                [&](const GateResult &g) { return g.gate.startsWith(request.app + u" · "); });
            QVERIFY2(named, qPrintable(request.app));
        }
        QVERIFY2(preparation->gatesPass(), qPrintable(preparation->refusal()));
        QVERIFY(!preparation->preview.isEmpty());

        // Every app's own overlay is edited (the demo's services each have one): every new tag is
        // in one of the plan's files, and only the tags' bytes changed.
        const PromotionPlan &plan = preparation->plan;
        QCOMPARE(plan.to, QStringLiteral("staging"));
        // Apps that share a kustomization (the demo's two original apps) have their edits
        // spliced into one file.
        const QList<PromotionPlan::FileEdit> edits = plan.fileEdits();
        QSet<QString> files;
        int shared = 0;
        for (const PromotionPlanner::Request &request : requests) {
            auto single = PromotionPlanner::plan(*pipeline, request);
            QVERIFY(single);
            files.insert(single->file);
            const auto edit
                = std::find_if(edits.cbegin(), edits.cend(), [&](const PromotionPlan::FileEdit &e) {
                      return e.file == single->file;
                  });
            QVERIFY2(edit != edits.cend(), qPrintable(single->file));
            QCOMPARE(edit->originalText, single->originalText);
            QVERIFY(edit->editedText.contains(single->newTag.toUtf8()));
            if (edit->editedText == single->editedText)
                continue; // this app alone changed its file
            ++shared;
        }
        QCOMPARE(edits.size(), files.size());
        QVERIFY2(edits.size() >= 2, "the batch spans several apps' own overlays");
        QVERIFY2(shared >= 2, "and splices edits of a shared file");

        // The message: one line per app, and one App and Image trailer each.
        const QList<Git::Trailer> trailers = Git::Trailers::parse(plan.message);
        int appTrailers = 0;
        for (const Git::Trailer &t : trailers)
            appTrailers += t.key == u"Promenade-App" ? 1 : 0;
        QCOMPARE(appTrailers, requests.size());
        QVERIFY(plan.message.startsWith(
            QStringLiteral("Promote %1 apps from development to staging").arg(requests.size())));

        auto repo = Git::Repository::open(root);
        QVERIFY(repo);
        const auto before = repo->resolve(QStringLiteral("HEAD"));
        QVERIFY(before);
        auto applied = PromotionWorkflow::apply(*preparation, {});
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        // One commit, on top of the one before.
        QCOMPARE(*repo->resolve(QStringLiteral("HEAD~1")), *before);
        QCOMPARE(*repo->resolve(QStringLiteral("HEAD")), applied->outcome.commit);
        for (const PromotionPlan::FileEdit &edit : edits) {
            const auto committed = repo->readFile(QStringLiteral("HEAD"), edit.file);
            QVERIFY(committed);
            QCOMPARE(*committed, edit.editedText);
        }
        // Exactly those files, and no other, changed in the commit.
        const TestSupport::ProcessResult changed
            = TestSupport::git(root,
                               {QStringLiteral("diff"), QStringLiteral("--name-only"),
                                QStringLiteral("HEAD~1"), QStringLiteral("HEAD")});
        QStringList expected;
        for (const PromotionPlan::FileEdit &edit : edits)
            expected << edit.file;
        expected.sort();
        QStringList actual = QString::fromUtf8(changed.out).split(u'\n', Qt::SkipEmptyParts);
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void refusesSeveralEnvironments()
    {
        const QString root = newRepository();
        auto pipeline = RepositoryDiscovery::discover(root);
        QVERIFY(pipeline);
        QList<PromotionPlanner::Request> requests = readyForStaging(*pipeline);
        QVERIFY(!requests.isEmpty());
        PromotionPlanner::Request production = requests.first();
        production.from = QStringLiteral("staging");
        production.to = QStringLiteral("production");
        requests.append(production);
        auto combined = PromotionBatch::plan(*pipeline, requests);
        QVERIFY(!combined);
        QVERIFY2(combined.error().message().contains(QStringLiteral("one environment")),
                 qPrintable(combined.error().message()));
    }

    void refusesOverlappingEdits()
    {
        PromotionPlan a;
        a.app = QStringLiteral("a");
        a.originalText = "tag: one\ntag: two\n";
        a.editedText = "tag: ONE\ntag: two\n";
        PromotionPlan b = a;
        b.app = QStringLiteral("b");
        b.editedText = "tag: one\ntag: TWO\n";
        auto merged = PromotionBatch::mergeEdits(a.originalText, {a, b});
        QVERIFY(merged);
        QCOMPARE(*merged, QByteArray("tag: ONE\ntag: TWO\n"));
        PromotionPlan c = a;
        c.app = QStringLiteral("c");
        c.editedText = "tag: onx\ntag: two\n";
        auto clash = PromotionBatch::mergeEdits(a.originalText, {a, c});
        QVERIFY(!clash);
        QVERIFY(clash.error().message().contains(QStringLiteral("change the same lines")));
        PromotionPlan stale = a;
        stale.originalText = "tag: zero\n";
        QVERIFY(!PromotionBatch::mergeEdits(a.originalText, {a, stale}));
    }

    // A batch gates each app as that app's promotion alone would be gated (PromotionGates, one
    // owner): the same gates, in the same order — also for a chart in the batch (cert-manager:
    // the chart's gates, not the image gates on its version).
    void gatesEachAppAsAlone()
    {
        const QString root = newRepository();
        QVERIFY(!root.isEmpty());
        auto pipeline = RepositoryDiscovery::discover(root);
        QVERIFY(pipeline);
        QList<PromotionPlanner::Request> requests = readyForStaging(*pipeline);
        QVERIFY(!requests.isEmpty());
        PromotionPlanner::Request chart;
        chart.app = QStringLiteral("cert-manager");
        chart.from = QStringLiteral("development");
        chart.to = QStringLiteral("staging");
        chart.mode = PromotionMode::Commit;
        const bool chartPlanned = bool(PromotionPlanner::plan(*pipeline, chart));
        if (chartPlanned)
            requests.append(chart);

        PromotionWorkflow::PrepareOptions options;
        options.checkGates = true;
        auto batch = PromotionBatch::prepare(root, requests, options);
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().toString()));
        for (const PromotionPlanner::Request &request : std::as_const(requests)) {
            auto alone = PromotionWorkflow::prepare(root, request, options);
            QVERIFY2(alone, qPrintable(alone ? QString() : alone.error().toString()));
            QStringList aloneGates;
            for (const GateResult &g : alone->gates) {
                if (g.gate != u"Preview renders")
                    aloneGates << request.app + u" · " + g.gate;
            }
            QStringList batchGates;
            for (const GateResult &g : batch->gates) {
                if (g.gate.startsWith(request.app + u" · "))
                    batchGates << g.gate;
            }
            QCOMPARE(batchGates, aloneGates);
        }
        QVERIFY2(chartPlanned,
                 "the demo's cert-manager chart differs between development and staging");
        const bool chartGated
            = std::any_of(batch->gates.cbegin(), batch->gates.cend(), [](const GateResult &g) {
                  return g.gate.startsWith(u"cert-manager · ");
              });
        QVERIFY(chartGated);
    }
};

QTEST_GUILESS_MAIN(TestPromotionBatch)
#include "tst_promotionbatch.moc"
