#include "kustomizationimages.h"

#include <QTest>

using namespace Promenade;

// Reading images: from kustomization text at a commit, and telling app overlays apart.
class TestKustomizationImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesImages()
    {
        const auto images = KustomizationImages::parse(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n# a "
            "comment\nimages:\n"
            "  - name: ghcr.io/acme/web\n    newTag: sha-1234567\n"
            "  - name: nginx\n    newName: registry.example/nginx\n    digest: sha256:abc\n",
            QStringLiteral("k.yaml"));
        QVERIFY(images);
        QCOMPARE(images->size(), 2);
        QCOMPARE(images->at(0).name, QStringLiteral("ghcr.io/acme/web"));
        QCOMPARE(images->at(0).newTag, QStringLiteral("sha-1234567"));
        QCOMPARE(images->at(1).newName, QStringLiteral("registry.example/nginx"));
        QCOMPARE(images->at(1).digest, QStringLiteral("sha256:abc"));
        QVERIFY(
            KustomizationImages::parse("resources: [a]\n", QStringLiteral("k.yaml"))->isEmpty());
        QVERIFY(KustomizationImages::parse("", QStringLiteral("k.yaml"))->isEmpty());
    }

    void malformedYamlIsAnErrorWithAPlace()
    {
        const auto bad
            = KustomizationImages::parse("images:\n  - name: [unclosed\n",
                                         QStringLiteral("apps/overlays/dev/kustomization.yaml"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind(), Error::Kind::BadInput);
        QCOMPARE(bad.error().file(), QStringLiteral("apps/overlays/dev/kustomization.yaml"));
        QVERIFY(bad.error().line() > 0);
        const auto notAList = KustomizationImages::parse("images: web\n", QStringLiteral("k.yaml"));
        QVERIFY(!notAList);
        QCOMPARE(notAList.error().kind(), Error::Kind::BadInput);
    }

    void recognisesOverlays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("overlay");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("env");
        QTest::addRow("shared") << QStringLiteral("apps/overlays/staging/kustomization.yaml")
                                << true << QString() << QStringLiteral("staging");
        QTest::addRow("yml") << QStringLiteral("apps/overlays/dev/kustomization.yml") << true
                             << QString() << QStringLiteral("dev");
        QTest::addRow("per app") << QStringLiteral("apps/web/overlays/production/Kustomization")
                                 << true << QStringLiteral("web") << QStringLiteral("production");
        QTest::addRow("base") << QStringLiteral("apps/base/web/kustomization.yaml") << false
                              << QString() << QString();
        QTest::addRow("patch") << QStringLiteral("apps/overlays/staging/blog-deployment.yaml")
                               << false << QString() << QString();
        QTest::addRow("infra") << QStringLiteral(
            "infrastructure/overlays/staging/kustomization.yaml")
                               << false << QString() << QString();
    }

    void recognisesOverlays()
    {
        QFETCH(QString, path);
        QFETCH(bool, overlay);
        QFETCH(QString, app);
        QFETCH(QString, env);
        QString gotApp;
        QString gotEnv;
        QCOMPARE(KustomizationImages::isOverlayKustomization(path, &gotApp, &gotEnv), overlay);
        if (overlay) {
            QCOMPARE(gotApp, app);
            QCOMPARE(gotEnv, env);
        }
    }

    void appOfImage()
    {
        QCOMPARE(KustomizationImages::appOfImage(QStringLiteral("ghcr.io/howdiggy/signconnect")),
                 QStringLiteral("signconnect"));
        QCOMPARE(
            KustomizationImages::appOfImage(QStringLiteral("localhost:5000/web:1.2@sha256:ab")),
            QStringLiteral("web"));
        QCOMPARE(KustomizationImages::appOfImage(QStringLiteral("nginx")), QStringLiteral("nginx"));
    }
};

QTEST_GUILESS_MAIN(TestKustomizationImages)
#include "tst_kustomizationimages.moc"
