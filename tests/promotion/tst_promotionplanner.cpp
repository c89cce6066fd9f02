#include "demorepository.h"
#include "gittrailers.h"
#include "promotionplanner.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using Action = PromotionPlan::Action;

namespace {

const QString blog = QStringLiteral("paulojauregui-com");

struct Row
{
    const char *name;
    PromotionPlanner::Request request;
    // Expected: either an error (its kind and message) or the plan's facts.
    std::optional<Error::Kind> errorKind;
    QString error;
    QString file;
    QString currentTag;
    QString newTag;
    PromotionMode mode = PromotionMode::Commit;
    QString branch;
    QString subject;
};

PromotionPlanner::Request request(Action action, const QString &app, const QString &from,
                                  const QString &to, const QString &tag = {})
{
    PromotionPlanner::Request r;
    r.action = action;
    r.app = app;
    r.from = from;
    r.to = to;
    r.tag = tag;
    return r;
}

// The planner on the demo repository: what each request plans, or the sentence that refuses it.
const std::vector<Row> &rows()
{
    static const std::vector<Row> table {
        {"promote development to staging",
         request(Action::Promote, blog, QStringLiteral("development"), QStringLiteral("staging")),
         {},
         {},
         QStringLiteral("apps/overlays/staging/kustomization.yaml"),
         QStringLiteral("sha-c52e9f3"),
         QStringLiteral("sha-e7d1a48"),
         PromotionMode::Commit,
         QStringLiteral("promote/paulojauregui-com/staging/sha-e7d1a48"),
         QStringLiteral("Promote paulojauregui-com sha-e7d1a48 to staging")},
        {"production lands as a pull request",
         request(Action::Promote, blog, QStringLiteral("staging"), QStringLiteral("production")),
         {},
         {},
         QStringLiteral("apps/overlays/production/kustomization.yaml"),
         QStringLiteral("sha-c52e9f3"),
         QStringLiteral("sha-c52e9f3"),
         PromotionMode::PullRequest,
         QStringLiteral("promote/paulojauregui-com/production/sha-c52e9f3"),
         QStringLiteral("Promote paulojauregui-com sha-c52e9f3 to production")},
        {"roll back staging",
         request(Action::Rollback, blog, {}, QStringLiteral("staging"),
                 QStringLiteral("sha-1a2b3c4")),
         {},
         {},
         QStringLiteral("apps/overlays/staging/kustomization.yaml"),
         QStringLiteral("sha-c52e9f3"),
         QStringLiteral("sha-1a2b3c4"),
         PromotionMode::Commit,
         QStringLiteral("rollback/paulojauregui-com/staging/sha-1a2b3c4"),
         QStringLiteral("Roll back paulojauregui-com in staging to sha-1a2b3c4")},
        {"set the image of development",
         request(Action::SetImage, blog, {}, QStringLiteral("development"),
                 QStringLiteral("sha-0000001")),
         {},
         {},
         QStringLiteral("apps/overlays/development/kustomization.yaml"),
         QStringLiteral("sha-e7d1a48"),
         QStringLiteral("sha-0000001"),
         PromotionMode::Commit,
         QStringLiteral("set-image/paulojauregui-com/development/sha-0000001"),
         QStringLiteral("Set paulojauregui-com to sha-0000001 in development")},
        {"an unknown app",
         request(Action::Promote, QStringLiteral("nope"), QStringLiteral("development"),
                 QStringLiteral("staging")),
         Error::Kind::NotFound,
         QStringLiteral(
             "no app named 'nope' (the repository has: paulojauregui-com, signconnect)")},
        {"an unknown target",
         request(Action::Promote, blog, QStringLiteral("development"), QStringLiteral("qa")),
         Error::Kind::NotFound,
         QStringLiteral(
             "no environment named 'qa' (the repository has: development, staging, production)")},
        {"an unknown source",
         request(Action::Promote, blog, QStringLiteral("qa"), QStringLiteral("staging")),
         Error::Kind::NotFound,
         QStringLiteral(
             "no environment named 'qa' (the repository has: development, staging, production)")},
        {"the same environment twice",
         request(Action::Promote, blog, QStringLiteral("staging"), QStringLiteral("staging")),
         Error::Kind::BadInput,
         QStringLiteral("promote needs two different environments, not staging twice")},
        {"a rollback without a tag", request(Action::Rollback, blog, {}, QStringLiteral("staging")),
         Error::Kind::BadInput, QStringLiteral("a tag is needed (--tag, or --image NAME=TAG)")},
    };
    return table;
}

} // namespace

class TestPromotionPlanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    std::optional<Pipeline> m_pipeline;

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created.hasValue());
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline.hasValue());
        m_pipeline = *pipeline;
    }

    void plans_data()
    {
        QTest::addColumn<int>("row");
        for (size_t i = 0; i < rows().size(); ++i)
            QTest::newRow(rows()[i].name) << int(i);
    }

    void plans()
    {
        QFETCH(int, row);
        const Row &r = rows().at(size_t(row));
        const auto plan = PromotionPlanner::plan(*m_pipeline, r.request);
        if (r.errorKind) {
            QVERIFY(!plan.hasValue());
            QCOMPARE(plan.error().message(), r.error);
            QCOMPARE(int(plan.error().kind()), int(*r.errorKind));
            return;
        }
        QVERIFY2(plan.hasValue(), plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->file, r.file);
        QCOMPARE(plan->currentTag, r.currentTag);
        QCOMPARE(plan->newTag, r.newTag);
        QCOMPARE(int(plan->mode), int(r.mode));
        QCOMPARE(plan->branch, r.branch);
        QCOMPARE(plan->message.section(u'\n', 0, 0), r.subject);
        // Only the tag's bytes change, and the trailers say what happened.
        QVERIFY(plan->editedText.contains(plan->newTag.toUtf8()));
        QCOMPARE(plan->originalText.size() - r.currentTag.size() + r.newTag.size(),
                 plan->editedText.size());
        const QList<Git::Trailer> trailers = Git::Trailers::parse(plan->message);
        QVERIFY(trailers.contains(
            Git::Trailer {QStringLiteral("Promenade-Action"), plan->actionName()}));
        QVERIFY(trailers.contains(Git::Trailer {QStringLiteral("Promenade-To"), plan->to}));
    }

    // A version must match its grammar before it is written anywhere.
    void refusesATagWithAControlCharacter()
    {
        const auto plan
            = PromotionPlanner::plan(*m_pipeline,
                                     request(Action::SetImage, blog, {}, QStringLiteral("staging"),
                                             QStringLiteral("sha-1\nevil: true")));
        QVERIFY(!plan.hasValue());
        QCOMPARE(int(plan.error().kind()), int(Error::Kind::BadInput));
    }

    // An app deployed as a chart (podinfo: its chart's version in each environment's
    // Application, its image in each environment's values file): a rollback rolls back its
    // chart's version, unless the history entry it comes from is the image's (pinKind).
    void rollingBackAnAppDeployedAsAChartFollowsThePinKind_data()
    {
        QTest::addColumn<QString>("pinKind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pinKey");
        QTest::addColumn<QByteArray>("edited");
        QTest::newRow("the app's own: its chart")
            << QString() << QStringLiteral("argocd/podinfo-prod.yaml")
            << QStringLiteral("spec.sources[0].targetRevision")
            << QByteArray("      targetRevision: 6.6.2\n");
        QTest::newRow("a chart version entry")
            << QStringLiteral("chart-version") << QStringLiteral("argocd/podinfo-prod.yaml")
            << QStringLiteral("spec.sources[0].targetRevision")
            << QByteArray("      targetRevision: 6.6.2\n");
        QTest::newRow("an image entry")
            << QStringLiteral("helm-values") << QStringLiteral("environments/prod/values.yaml")
            << QStringLiteral("image.tag") << QByteArray("  tag: \"6.6.2\"\n");
    }

    void rollingBackAnAppDeployedAsAChartFollowsThePinKind()
    {
        QFETCH(QString, pinKind);
        QFETCH(QString, file);
        QFETCH(QString, pinKey);
        QFETCH(QByteArray, edited);
        // A copy: discovery roots a fixture inside this repository at its work tree.
        const QString fixture
            = TestSupport::dataPath(QStringLiteral("repositories/argocd-multisource-helm-values"));
        QTemporaryDir root;
        QDirIterator it(fixture, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY(TestSupport::writeFile(root.filePath(QDir(fixture).relativeFilePath(f)),
                                           TestSupport::readFile(f)));
        }
        QCOMPARE(
            TestSupport::git(root.path(), {QStringLiteral("init"), QStringLiteral("-q")}).exitCode,
            0);
        auto pipeline = RepositoryDiscovery::discover(root.path());
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        PromotionPlanner::Request r = request(Action::Rollback, QStringLiteral("podinfo"), {},
                                              QStringLiteral("prod"), QStringLiteral("6.6.2"));
        r.pinKind = pinKind;
        const auto plan = PromotionPlanner::plan(*pipeline, r);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->file, file);
        QCOMPARE(plan->pinKey, pinKey);
        QVERIFY2(plan->editedText.contains(edited), plan->editedText.constData());
        QCOMPARE(plan->fileEdits().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPromotionPlanner)
#include "tst_promotionplanner.moc"
