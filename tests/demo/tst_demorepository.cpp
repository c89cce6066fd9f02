#include "demofiles.h"
#include "demorepository.h"
#include "demoservices.h"
#include "kustomizationfile.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

// The demo GitOps repository: the roadmap carried out, as a real Git repository with a
// history and a bare origin that accepts pushes; every overlay builds with kubectl kustomize.
class TestDemoRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_repo;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_repo = m_scratch.filePath(QStringLiteral("demo"));
        Demo::DemoRepository::Options options;
        options.now = m_now;
        const auto created = Demo::DemoRepository::generate(m_repo, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->workTree, m_repo);
        QCOMPARE(created->originPath, m_repo + QStringLiteral("-origin.git"));
        QVERIFY(created->commits >= 12);
    }

    void everyRoadmapPathExists_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths {
            QStringLiteral("apps/base/paulojauregui-com/deployment.yaml"),
            QStringLiteral("apps/base/paulojauregui-com/service.yaml"),
            QStringLiteral("apps/base/paulojauregui-com/ingress.yaml"),
            QStringLiteral("apps/base/signconnect/kustomization.yaml"),
            QStringLiteral("apps/overlays/development/kustomization.yaml"),
            QStringLiteral("apps/overlays/staging/kustomization.yaml"),
            QStringLiteral("apps/overlays/production/kustomization.yaml"),
            QStringLiteral("clusters/home-dev/apps.yaml"),
            QStringLiteral("clusters/home-dev/infrastructure.yaml"),
            QStringLiteral("clusters/oci-staging/apps.yaml"),
            QStringLiteral("clusters/oci-staging/infrastructure.yaml"),
            QStringLiteral("clusters/oci-prod/apps.yaml"),
            QStringLiteral("clusters/oci-prod/infrastructure.yaml"),
            QStringLiteral("infrastructure/base/cert-manager/application.yaml"),
            QStringLiteral("infrastructure/overlays/development/selfsigned-issuer.yaml"),
            QStringLiteral("infrastructure/overlays/staging/kustomization.yaml"),
            QStringLiteral("infrastructure/overlays/production/letsencrypt-prod.yaml"),
            QStringLiteral(".github/workflows/build-and-deploy.yml"),
            QStringLiteral(".github/workflows/promote.yml"),
            QStringLiteral("promenade.yaml"),
        };
        for (const QString &p : paths)
            QTest::addRow("%s", qPrintable(p)) << p;
    }

    void everyRoadmapPathExists()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(QDir(m_repo).filePath(path)).isFile(), qPrintable(path));
    }

    void overlaysPinTheirImagesAndStagingMirrorsProduction()
    {
        const QString blogImage = QStringLiteral("ghcr.io/howdiggy/paulojauregui-com");
        QHash<QString, QString> blogTags;
        for (const QString &env : {QStringLiteral("development"), QStringLiteral("staging"),
                                   QStringLiteral("production")}) {
            const auto k = KustomizationFile::load(QDir(m_repo).filePath(u"apps/overlays/" + env));
            QVERIFY2(k, qPrintable(k ? QString() : k.error().toString()));
            QCOMPARE(k->images().size(), 2);
            for (const ImageOverride &image : k->images()) {
                QVERIFY(image.name.startsWith(QStringLiteral("ghcr.io/howdiggy/")));
                QVERIFY2(QRegularExpression(QStringLiteral("^sha-[0-9a-f]{7}$"))
                             .match(image.newTag)
                             .hasMatch(),
                         qPrintable(image.newTag));
                if (image.name == blogImage)
                    blogTags.insert(env, image.newTag);
            }
        }
        // The pipeline has something to promote: development is ahead of staging.
        QVERIFY(blogTags.value(QStringLiteral("development"))
                != blogTags.value(QStringLiteral("staging")));
        for (const QString &env : {QStringLiteral("staging"), QStringLiteral("production")}) {
            const QByteArray patch = TestSupport::readFile(
                QDir(m_repo).filePath(u"apps/overlays/" + env + u"/blog-deployment.yaml"));
            QVERIFY(patch.contains("replicas: 2"));
            QVERIFY(patch.contains("kubernetes.io/arch: arm64"));
        }
        const QByteArray ingress = TestSupport::readFile(
            QDir(m_repo).filePath(QStringLiteral("apps/base/paulojauregui-com/ingress.yaml")));
        QVERIFY(ingress.contains("cert-manager.io/cluster-issuer:"));
    }

    void clustersPointAtTheirOverlays_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("env");
        QTest::addRow("home-dev") << QStringLiteral("home-dev") << QStringLiteral("development");
        QTest::addRow("oci-staging") << QStringLiteral("oci-staging") << QStringLiteral("staging");
        QTest::addRow("oci-prod") << QStringLiteral("oci-prod") << QStringLiteral("production");
    }

    void clustersPointAtTheirOverlays()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, env);
        const QDir dir(QDir(m_repo).filePath(u"clusters/" + cluster));
        const QByteArray apps = TestSupport::readFile(dir.filePath(QStringLiteral("apps.yaml")));
        QVERIFY(apps.contains("kind: Application"));
        QVERIFY(apps.contains(QStringLiteral("path: apps/overlays/%1").arg(env).toUtf8()));
        const QByteArray infra
            = TestSupport::readFile(dir.filePath(QStringLiteral("infrastructure.yaml")));
        QVERIFY(
            infra.contains(QStringLiteral("path: infrastructure/overlays/%1").arg(env).toUtf8()));
    }

    void historyIsRealistic()
    {
        const auto log = TestSupport::git(
            m_repo,
            {QStringLiteral("log"),
             QStringLiteral("--format=%an|%s|%(trailers:key=Promenade-Action,valueonly)")});
        QCOMPARE(log.exitCode, 0);
        const QString text = QString::fromUtf8(log.out);
        QVERIFY(text.contains(
            QStringLiteral("github-actions[bot]|ci(development): paulojauregui-com")));
        QVERIFY(text.contains(QStringLiteral("Promote paulojauregui-com")));
        QVERIFY(text.contains(QStringLiteral("staging")));
        QVERIFY(text.contains(QStringLiteral("cert-manager")));
        QVERIFY(text.contains(QStringLiteral("SignConnect")));
        QVERIFY(text.contains(QStringLiteral("promote"))); // trailers parse as Git trailers
        QVERIFY(text.contains(QStringLiteral("set-image")));
        // The newest commit is at `now`, and the tree is clean and matches the origin.
        const auto head = TestSupport::git(
            m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct")});
        QVERIFY(qAbs(head.out.trimmed().toLongLong() - m_now.toSecsSinceEpoch()) < 86400);
        const auto status = TestSupport::git(
            m_repo,
            {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--branch")});
        QCOMPARE(status.out.trimmed(), QByteArray("## main...origin/main"));
        const auto fsck
            = TestSupport::git(m_repo, {QStringLiteral("fsck"), QStringLiteral("--strict")});
        QCOMPARE(fsck.exitCode, 0);
    }

    void originAcceptsAPush()
    {
        QVERIFY(TestSupport::writeFile(QDir(m_repo).filePath(QStringLiteral("NOTES.md")),
                                       "pushed by a test\n"));
        const QStringList identity {QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                    QStringLiteral("-c"),
                                    QStringLiteral("user.email=test@example.invalid")};
        QCOMPARE(
            TestSupport::git(m_repo, {QStringLiteral("add"), QStringLiteral("NOTES.md")}).exitCode,
            0);
        QCOMPARE(TestSupport::git(m_repo,
                                  identity
                                      + QStringList {QStringLiteral("commit"), QStringLiteral("-m"),
                                                     QStringLiteral("notes")})
                     .exitCode,
                 0);
        const auto push = TestSupport::git(
            m_repo, {QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("main")});
        QVERIFY2(push.exitCode == 0, push.err.constData());
        const auto local
            = TestSupport::git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const auto remote = TestSupport::git(m_repo + QStringLiteral("-origin.git"),
                                             {QStringLiteral("rev-parse"), QStringLiteral("main")});
        QCOMPARE(remote.out, local.out);
        // Leave the repository as the other tests expect it.
        QCOMPARE(TestSupport::git(
                     m_repo,
                     {QStringLiteral("reset"), QStringLiteral("--hard"), QStringLiteral("HEAD~1")})
                     .exitCode,
                 0);
    }

    void everyOverlayBuildsWithKubectl_data()
    {
        QTest::addColumn<QString>("dir");
        for (const QString &group :
             {QStringLiteral("apps/overlays"), QStringLiteral("infrastructure/overlays"),
              QStringLiteral("clusters")}) {
            const QDir parent(QDir(m_repo).filePath(group));
            for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QTest::addRow("%s/%s", qPrintable(group), qPrintable(name))
                    << parent.filePath(name);
        }
    }

    void everyOverlayBuildsWithKubectl()
    {
        QFETCH(QString, dir);
        PROMENADE_REQUIRE_TOOL(!TestSupport::kubectl().isEmpty(),
                               "kubectl (with kustomize built in) is not on PATH; install it to "
                               "check the demo overlays");
        const auto r
            = TestSupport::runProcess(TestSupport::kubectl(), {QStringLiteral("kustomize"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("kind:"));
    }

    void refusesANonEmptyFolder()
    {
        const auto again = Demo::DemoRepository::generate(m_repo);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::BadInput);
        QVERIFY(again.error().toString().contains(m_repo));
    }

    void commandLineWritesTheDemo()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("from-cli"));
        const auto r = TestSupport::runPromenade({QStringLiteral("demo-repo"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(dir + QStringLiteral("/apps/overlays/production/kustomization.yaml"))
                    .isFile());
        QVERIFY(QFileInfo(dir + QStringLiteral("-origin.git/HEAD")).isFile());
        const auto again = TestSupport::runPromenade({QStringLiteral("demo-repo"), dir});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.startsWith("promenade: "));
    }

    void theDefaultDemoHasNoSyntheticServices()
    {
        QVERIFY(!QFileInfo::exists(
            QDir(m_repo).filePath(QStringLiteral("clusters/oci-prod/services.yaml"))));
        const QStringList apps = QDir(QDir(m_repo).filePath(QStringLiteral("apps")))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(apps, (QStringList {QStringLiteral("base"), QStringLiteral("overlays")}));
    }

    // --apps N: N-2 synthetic services beside the blog and SignConnect, each with its own base
    // and three overlays, and an Argo CD Application per environment; everything builds.
    void syntheticServicesAreAddedAndBuild()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("six-apps"));
        Demo::DemoRepository::Options options;
        options.now = m_now;
        options.apps = 6;
        const auto created = Demo::DemoRepository::generate(dir, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const QStringList services = Demo::Services::names(4);
        QCOMPARE(services.size(), 4);
        QCOMPARE(QSet<QString>(services.cbegin(), services.cend()).size(), 4);
        QCOMPARE(services, Demo::Services::names(6).mid(0, 4)); // a prefix: the same services stay

        QStringList folders {QStringLiteral("apps/overlays/development"),
                             QStringLiteral("apps/overlays/production")};
        for (const QString &service : services) {
            folders << u"apps/" + service + u"/base";
            for (const QString &env : {QStringLiteral("development"), QStringLiteral("staging"),
                                       QStringLiteral("production")}) {
                const QString overlay = u"apps/" + service + u"/overlays/" + env;
                folders << overlay;
                const auto k = KustomizationFile::load(QDir(dir).filePath(overlay));
                QVERIFY2(k, qPrintable(overlay));
                QCOMPARE(k->images().size(), 1);
                QCOMPARE(k->images().first().name, Demo::Files::imageRepository(service));
                const Demo::Services::Pins pins = Demo::Services::pins(service);
                QCOMPARE(k->images().first().newTag,
                         env == u"development"   ? pins.development
                             : env == u"staging" ? pins.staging
                                                 : pins.production);
            }
        }
        for (const QString &cluster : {QStringLiteral("home-dev"), QStringLiteral("oci-staging"),
                                       QStringLiteral("oci-prod")}) {
            folders << u"clusters/" + cluster;
            const auto yaml = TestSupport::readFile(
                QDir(dir).filePath(u"clusters/" + cluster + u"/services.yaml"));
            QCOMPARE(yaml.count("kind: Application"), 4);
        }
        const auto log
            = TestSupport::git(dir, {QStringLiteral("log"), QStringLiteral("--format=%s")});
        QVERIFY(log.out.contains("Onboard the platform team's services (4 apps)"));
        QCOMPARE(created->commits, 17);

        PROMENADE_REQUIRE_TOOL(!TestSupport::kubectl().isEmpty(),
                               "kubectl (with kustomize built in) is not on PATH; install it to "
                               "check the synthetic services");
        for (const QString &folder : std::as_const(folders)) {
            const auto r = TestSupport::runProcess(
                TestSupport::kubectl(), {QStringLiteral("kustomize"), QDir(dir).filePath(folder)});
            QVERIFY2(r.exitCode == 0, qPrintable(folder + u": " + QString::fromUtf8(r.err)));
            QVERIFY(r.out.contains("kind:"));
        }
    }

    void syntheticServicesAreDeterministicAndSomeAreBehind()
    {
        const QStringList names = Demo::Services::names(298);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 298);
        QVERIFY(!names.contains(QStringLiteral("signconnect"))
                && !names.contains(QStringLiteral("paulojauregui-com")));
        const QStringList many
            = Demo::Services::names(400); // more than the catalogue: numbered again
        QCOMPARE(QSet<QString>(many.cbegin(), many.cend()).size(), 400);
        int behind = 0;
        for (const QString &name : names) {
            const Demo::Services::Pins p = Demo::Services::pins(name);
            QVERIFY(QRegularExpression(QStringLiteral("^sha-[0-9a-f]{7}$"))
                        .match(p.production)
                        .hasMatch());
            QCOMPARE(p.development, Demo::Services::pins(name).development);
            if (p.development != p.staging || p.staging != p.production)
                ++behind;
        }
        // About half have something to promote: enough to see, not all.
        QVERIFY2(behind > 100 && behind < 200, qPrintable(QString::number(behind)));
    }

    void commandLineTakesTheNumberOfApps()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("cli-apps"));
        const auto bad = TestSupport::runPromenade(
            {QStringLiteral("demo-repo"), dir, QStringLiteral("--apps"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--apps"));
        const auto r = TestSupport::runPromenade(
            {QStringLiteral("demo-repo"), dir, QStringLiteral("--apps"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("3 apps"));
        QVERIFY(QFileInfo(dir + u"/apps/" + Demo::Services::names(1).first()
                          + u"/overlays/staging/kustomization.yaml")
                    .isFile());
    }

    void digestsAreStableAndWellFormed()
    {
        const QString a = Demo::Files::imageDigest(QStringLiteral("signconnect"),
                                                   QStringLiteral("sha-9d2e6f0"));
        QCOMPARE(
            a,
            Demo::Files::imageDigest(QStringLiteral("signconnect"), QStringLiteral("sha-9d2e6f0")));
        QVERIFY(QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{64}$")).match(a).hasMatch());
        QVERIFY(a
                != Demo::Files::imageDigest(QStringLiteral("signconnect"),
                                            QStringLiteral("sha-5b8c3a2")));
    }
};

QTEST_GUILESS_MAIN(TestDemoRepository)
#include "tst_demorepository.moc"
