#include "demorepository.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

// Repository discovery: environments in promotion order, clusters from Argo CD Applications,
// apps and their declared images, the infrastructure lane; clear errors for other folders.
class TestRepositoryDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_demo;

    QString makeDemo(const QString &name)
    {
        const QString dir = m_scratch.filePath(name);
        const auto created = Demo::DemoRepository::generate(dir);
        return created ? created->workTree : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_demo = makeDemo(QStringLiteral("demo"));
        QVERIFY(!m_demo.isEmpty());
    }

    void demoEnvironmentsInPipelineOrder()
    {
        const auto pipeline = RepositoryDiscovery::discover(m_demo);
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        QCOMPARE(pipeline->root, m_demo);
        QVERIFY(pipeline->hasConfig);
        QStringList names;
        for (const Environment &env : pipeline->environments)
            names << env.name;
        QCOMPARE(names,
                 (QStringList {QStringLiteral("development"), QStringLiteral("staging"),
                               QStringLiteral("production")}));
        QVERIFY2(pipeline->warnings.isEmpty(), qPrintable(pipeline->warnings.join(u'\n')));
    }

    void demoClustersAppsAndImages()
    {
        const auto pipeline = RepositoryDiscovery::discover(m_demo);
        QVERIFY(pipeline);
        QCOMPARE(pipeline->clusters.size(), 3);
        QCOMPARE(pipeline->apps.size(), 2);
        QCOMPARE(pipeline->app(QStringLiteral("paulojauregui-com"))->repository,
                 QStringLiteral("ghcr.io/howdiggy/paulojauregui-com"));
        QCOMPARE(pipeline->app(QStringLiteral("signconnect"))->base,
                 QStringLiteral("apps/base/signconnect"));

        const Environment *dev = pipeline->environment(QStringLiteral("development"));
        const Environment *staging = pipeline->environment(QStringLiteral("staging"));
        const Environment *prod = pipeline->environment(QStringLiteral("production"));
        QVERIFY(dev && staging && prod);
        QCOMPARE(dev->clusters, QStringList {QStringLiteral("home-dev")});
        QCOMPARE(staging->clusters, QStringList {QStringLiteral("oci-staging")});
        QCOMPARE(prod->clusters, QStringList {QStringLiteral("oci-prod")});
        QCOMPARE(dev->appsOverlay, QStringLiteral("apps/overlays/development"));
        QCOMPARE(prod->infrastructureOverlay, QStringLiteral("infrastructure/overlays/production"));

        // The tags are the ones the overlays pin (the demo history's final state).
        QCOMPARE(dev->imageFor(QStringLiteral("paulojauregui-com"))->tag,
                 QStringLiteral("sha-e7d1a48"));
        QCOMPARE(staging->imageFor(QStringLiteral("paulojauregui-com"))->tag,
                 QStringLiteral("sha-c52e9f3"));
        QCOMPARE(prod->imageFor(QStringLiteral("paulojauregui-com"))->tag,
                 QStringLiteral("sha-c52e9f3"));
        QCOMPARE(dev->imageFor(QStringLiteral("signconnect"))->tag, QStringLiteral("sha-5b8c3a2"));
        QCOMPARE(prod->imageFor(QStringLiteral("signconnect"))->tag, QStringLiteral("sha-41c07be"));
        QVERIFY(prod->imageFor(QStringLiteral("signconnect"))->pinned);

        QCOMPARE(prod->promotion, PromotionMode::PullRequest);
        QCOMPARE(staging->promotion, PromotionMode::Commit);

        // The infrastructure lane: cert-manager's chart version and each environment's issuers.
        auto names = [](const Environment *env) {
            QStringList out;
            for (const InfrastructureComponent &c : env->infrastructure)
                out << c.name + u'=' + (c.version.isEmpty() ? c.kind : c.version);
            return out;
        };
        // Development tries the next chart first; each environment pins its own version in its
        // infrastructure overlay (a patch of the base Application's targetRevision).
        QCOMPARE(names(dev),
                 (QStringList {QStringLiteral("cert-manager=v1.17.1"),
                               QStringLiteral("selfsigned-issuer=ClusterIssuer")}));
        for (const Environment *env : {dev, prod}) {
            const VersionPin &pin = env->infrastructure.first().pin;
            QCOMPARE(pin.kind, VersionPin::Kind::ChartVersion);
            QCOMPARE(
                pin.file,
                QStringLiteral("infrastructure/overlays/%1/kustomization.yaml").arg(env->name));
            QVERIFY(pin.line > 0);
        }
        QCOMPARE(names(prod),
                 (QStringList {QStringLiteral("cert-manager=v1.16.2"),
                               QStringLiteral("letsencrypt-prod=ClusterIssuer")}));
    }

    void findsTheRootFromASubfolder()
    {
        const auto root
            = RepositoryDiscovery::findRoot(m_demo + QStringLiteral("/apps/overlays/staging"));
        QVERIFY(root);
        QCOMPARE(*root, m_demo);
    }

    void withoutPromenadeYamlEverythingIsInferred()
    {
        const QString repo = makeDemo(QStringLiteral("noconfig"));
        QVERIFY(QFile::remove(repo + QStringLiteral("/promenade.yaml")));
        const auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        QVERIFY(!pipeline->hasConfig);
        QCOMPARE(pipeline->environments.size(), 3);
        QCOMPARE(pipeline->environments.first().name, QStringLiteral("development"));
        QCOMPARE(pipeline->environments.last().name, QStringLiteral("production"));
        QCOMPARE(pipeline->environments.last().promotion, PromotionMode::PullRequest);
        QCOMPARE(pipeline->environments.last().clusters, QStringList {QStringLiteral("oci-prod")});
        // The images come from the bases when promenade.yaml does not name them.
        QCOMPARE(pipeline->app(QStringLiteral("signconnect"))->repository,
                 QStringLiteral("ghcr.io/howdiggy/signconnect"));
    }

    void perAppLayoutWithAnUnpinnedOverlay()
    {
        const QString repo = m_scratch.filePath(QStringLiteral("perapp"));
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/apps/web/base/kustomization.yaml"),
                                       "resources:\n- deployment.yaml\n"));
        QVERIFY(TestSupport::writeFile(
            repo + QStringLiteral("/apps/web/base/deployment.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n"
            "    spec:\n      containers:\n      - name: web\n        image: "
            "registry.example/web:1.0\n"));
        QVERIFY(TestSupport::writeFile(
            repo + QStringLiteral("/apps/web/overlays/prod/kustomization.yaml"),
            "resources:\n- ../../base\nimages:\n- name: registry.example/web\n  newTag: \"1.2\"\n"
            "  digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"));
        QVERIFY(TestSupport::writeFile(
            repo + QStringLiteral("/apps/web/overlays/qa/kustomization.yaml"),
            "resources:\n- ../../base\n"));
        const auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        QCOMPARE(pipeline->environments.size(), 2);
        QCOMPARE(pipeline->environments[0].name, QStringLiteral("qa"));
        QCOMPARE(pipeline->environments[1].name, QStringLiteral("prod"));
        const DeclaredImage *qa = pipeline->environments[0].imageFor(QStringLiteral("web"));
        QVERIFY(qa);
        QVERIFY(!qa->pinned);
        QCOMPARE(qa->tag, QStringLiteral("1.0"));
        const DeclaredImage *prod = pipeline->environments[1].imageFor(QStringLiteral("web"));
        QVERIFY(prod && prod->pinned);
        QCOMPARE(
            prod->version(),
            QStringLiteral(
                "1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        QVERIFY(pipeline->environments[1].clusters.isEmpty());
    }

    void aFolderThatIsNotAGitOpsRepository()
    {
        QTemporaryDir empty;
        QVERIFY(TestSupport::writeFile(empty.filePath(QStringLiteral("notes.txt")), "hello\n"));
        QVERIFY(QDir().mkpath(empty.filePath(QStringLiteral(".git"))));
        const auto pipeline = RepositoryDiscovery::discover(empty.path());
        QVERIFY(!pipeline);
        QCOMPARE(pipeline.error().kind(), Error::Kind::BadInput);
        QVERIFY(pipeline.error().toString().contains(QStringLiteral("not a GitOps repository")));
        QVERIFY(pipeline.error().toString().contains(empty.path()));

        const auto missing = RepositoryDiscovery::discover(empty.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
    }

    void malformedFilesGiveErrorsOrWarnings()
    {
        const QString repo = makeDemo(QStringLiteral("broken"));
        // A broken cluster file is a warning: the rest of the pipeline still opens.
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/clusters/oci-prod/apps.yaml"),
                                       "kind: Application\nspec: [unclosed\n"));
        auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        QVERIFY(pipeline->environment(QStringLiteral("production"))
                    ->clusters.contains(QStringLiteral("oci-prod"))); // from promenade.yaml
        QVERIFY(!pipeline->warnings.isEmpty());
        QVERIFY(
            pipeline->warnings.first().contains(QStringLiteral("clusters/oci-prod/apps.yaml:")));

        // A broken overlay is reported on its environment.
        QVERIFY(TestSupport::writeFile(
            repo + QStringLiteral("/apps/overlays/staging/kustomization.yaml"),
            "images: {name: x\n"));
        pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        QVERIFY(
            pipeline->environment(QStringLiteral("staging"))
                ->problem.contains(QStringLiteral("apps/overlays/staging/kustomization.yaml:")));

        // A malformed promenade.yaml is an error naming the file and line.
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/promenade.yaml"),
                                       "environments:\n  - name: dev\n    promotion: sometimes\n"));
        pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(!pipeline);
        QCOMPARE(pipeline.error().line(), 3);
        QVERIFY(pipeline.error().toString().contains(QStringLiteral("promenade.yaml:3:")));
    }

    void environmentRank_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addRow("dev < staging") << QStringLiteral("dev") << QStringLiteral("staging");
        QTest::addRow("qa < uat") << QStringLiteral("qa") << QStringLiteral("uat");
        QTest::addRow("staging < prod-eu")
            << QStringLiteral("staging") << QStringLiteral("prod-eu");
        QTest::addRow("Development < Production")
            << QStringLiteral("Development") << QStringLiteral("Production");
        QTest::addRow("unknown < production")
            << QStringLiteral("sandbox") << QStringLiteral("production");
    }

    void environmentRank()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QVERIFY(RepositoryDiscovery::environmentRank(earlier)
                < RepositoryDiscovery::environmentRank(later));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryDiscovery)
#include "tst_repositorydiscovery.moc"
