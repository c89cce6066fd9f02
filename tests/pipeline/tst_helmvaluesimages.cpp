#include "helmvaluesimages.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Promenade;

namespace {

// "key repository tag digest pinKey:pinLine" per image, for compact expectations.
QStringList describe(const QList<HelmValuesImage> &images)
{
    QStringList out;
    for (const HelmValuesImage &i : images) {
        out << QStringLiteral("%1 %2 %3 %4 %5:%6")
                   .arg(i.key, i.repository, i.tag.isEmpty() ? QStringLiteral("-") : i.tag,
                        i.digest.isEmpty() ? QStringLiteral("-") : i.digest, i.pin.key)
                   .arg(i.pin.line);
        if (i.pin.kind != VersionPin::Kind::HelmValues)
            out.last() += QStringLiteral(" (wrong kind)");
    }
    return out;
}

} // namespace

// HelmValuesImages: image blocks by the conventions charts use, with the key and line of the
// version; several values files merged as Helm merges them.
class TestHelmValuesImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("helm create scaffold, empty tag")
            << QByteArray("replicaCount: 1\n"
                          "image:\n"
                          "  repository: ghcr.io/acme/web\n"
                          "  pullPolicy: IfNotPresent\n"
                          "  tag: \"\"\n")
            << QStringList {QStringLiteral("image ghcr.io/acme/web - - image.tag:5")};
        QTest::addRow("tag as written, a number stays its text")
            << QByteArray("image:\n  repository: nginx\n  tag: 1.20\n")
            << QStringList {QStringLiteral("image nginx 1.20 - image.tag:3")};
        QTest::addRow("registry and digest (digest wins the pin)")
            << QByteArray("image:\n"
                          "  registry: ghcr.io\n"
                          "  repository: acme/web\n"
                          "  tag: 1.4.2\n"
                          "  digest: sha256:abc\n")
            << QStringList {
                   QStringLiteral("image ghcr.io/acme/web 1.4.2 sha256:abc image.digest:5")};
        QTest::addRow("image.name as the repository (Image Updater's default)")
            << QByteArray("image:\n  name: ghcr.io/acme/api\n  tag: 2.0.0\n")
            << QStringList {QStringLiteral("image ghcr.io/acme/api 2.0.0 - image.tag:3")};
        QTest::addRow("components at any depth")
            << QByteArray("web:\n"
                          "  image:\n"
                          "    repository: ghcr.io/acme/web\n"
                          "    tag: 1.0.0\n"
                          "backend:\n"
                          "  worker:\n"
                          "    image:\n"
                          "      repository: ghcr.io/acme/worker\n"
                          "      tag: 3.1.0\n")
            << QStringList {QStringLiteral("web.image ghcr.io/acme/web 1.0.0 - web.image.tag:4"),
                            QStringLiteral("backend.worker.image ghcr.io/acme/worker 3.1.0 - "
                                           "backend.worker.image.tag:9")};
        QTest::addRow("global.imageRegistry overrides the registry")
            << QByteArray("global:\n"
                          "  imageRegistry: registry.acme.example\n"
                          "image:\n"
                          "  registry: docker.io\n"
                          "  repository: bitnami/redis\n"
                          "  tag: 7.2.4\n")
            << QStringList {
                   QStringLiteral("image registry.acme.example/bitnami/redis 7.2.4 - image.tag:6")};
        QTest::addRow("umbrella: empty component fields from global.image")
            << QByteArray("global:\n"
                          "  image:\n"
                          "    repository: quay.io/argoproj/argocd\n"
                          "    tag: v2.13.1\n"
                          "server:\n"
                          "  image:\n"
                          "    repository: \"\"\n"
                          "    tag: \"\"\n")
            << QStringList {
                   QStringLiteral(
                       "global.image quay.io/argoproj/argocd v2.13.1 - global.image.tag:4"),
                   QStringLiteral(
                       "server.image quay.io/argoproj/argocd v2.13.1 - global.image.tag:4")};
        QTest::addRow("images.<name> map")
            << QByteArray("images:\n"
                          "  web:\n"
                          "    repository: ghcr.io/acme/web\n"
                          "    tag: 1.1.0\n"
                          "  api:\n"
                          "    repository: ghcr.io/acme/api\n"
                          "    tag: 2.2.0\n")
            << QStringList {QStringLiteral("images.web ghcr.io/acme/web 1.1.0 - images.web.tag:4"),
                            QStringLiteral("images.api ghcr.io/acme/api 2.2.0 - images.api.tag:7")};
        QTest::addRow("a string image reference, in a list")
            << QByteArray("sidecars:\n"
                          "- name: proxy\n"
                          "  image: docker.io/envoyproxy/envoy:v1.30.1\n")
            << QStringList {QStringLiteral(
                   "sidecars[0].image docker.io/envoyproxy/envoy v1.30.1 - sidecars[0].image:3")};
        QTest::addRow("no tag key: the block's line")
            << QByteArray("image:\n  repository: ghcr.io/acme/web\n")
            << QStringList {QStringLiteral("image ghcr.io/acme/web - - image.tag:1")};
        QTest::addRow("not images") << QByteArray("image:\n  pullPolicy: Always\n"
                                                  "ingress:\n  enabled: true\n"
                                                  "podAnnotations:\n  image: true\n")
                                    << QStringList {};
    }

    void find()
    {
        QFETCH(QByteArray, values);
        QFETCH(QStringList, expected);
        const YAML::Node node = YAML::Load(values.toStdString());
        const auto images = HelmValuesImages::find(node, QStringLiteral("values.yaml"));
        QCOMPARE(describe(images), expected);
        for (const HelmValuesImage &i : images)
            QCOMPARE(i.pin.file, QStringLiteral("values.yaml"));
    }

    // Argo CD Image Updater's helm.image-spec: the value at the spec key is the whole
    // reference of the block before `.spec`, pinned at that key; without the key named, the
    // same values hold no image; a later file's spec wins over an earlier block.
    void imageSpecKeys()
    {
        const YAML::Node node = YAML::Load("replicaCount: 2\n"
                                           "image:\n"
                                           "  spec: \"ghcr.io/acme/web:1.2.0\"\n"
                                           "  pullPolicy: IfNotPresent\n"
                                           "worker:\n"
                                           "  imageSpec: ghcr.io/acme/worker@sha256:abc\n");
        QCOMPARE(describe(HelmValuesImages::find(node, QStringLiteral("values.yaml"))),
                 QStringList());
        QCOMPARE(describe(HelmValuesImages::find(
                     node, QStringLiteral("values.yaml"),
                     {QStringLiteral("image.spec"), QStringLiteral("worker.imageSpec")})),
                 (QStringList {QStringLiteral("image ghcr.io/acme/web 1.2.0 - image.spec:3"),
                               QStringLiteral("worker.imageSpec ghcr.io/acme/worker - sha256:abc "
                                              "worker.imageSpec:6")}));

        QTemporaryDir repo;
        QVERIFY(TestSupport::writeFile(repo.filePath(QStringLiteral("values.yaml")),
                                       "image:\n  repository: ghcr.io/acme/web\n  tag: 1.0.1\n"));
        QVERIFY(TestSupport::writeFile(repo.filePath(QStringLiteral("envs/staging.yaml")),
                                       "# staging\nimage:\n  spec: ghcr.io/acme/web:1.3.0\n"));
        const auto merged = HelmValuesImages::findInFiles(
            repo.path(), {QStringLiteral("values.yaml"), QStringLiteral("envs/staging.yaml")},
            {QStringLiteral("image.spec")});
        QVERIFY(merged);
        QCOMPARE(describe(*merged),
                 QStringList {QStringLiteral("image ghcr.io/acme/web 1.3.0 - image.spec:3")});
        QCOMPARE(merged->first().pin.file, QStringLiteral("envs/staging.yaml"));
    }

    void laterFilesWinFieldByField()
    {
        QTemporaryDir repo;
        QVERIFY(TestSupport::writeFile(repo.filePath(QStringLiteral("chart/values.yaml")),
                                       "image:\n"
                                       "  repository: ghcr.io/acme/web\n"
                                       "  tag: 1.0.0\n"
                                       "worker:\n"
                                       "  image:\n"
                                       "    repository: ghcr.io/acme/worker\n"
                                       "    tag: 1.0.0\n"));
        QVERIFY(TestSupport::writeFile(repo.filePath(QStringLiteral("envs/prod/values.yaml")),
                                       "# production\n"
                                       "image:\n"
                                       "  tag: 1.4.2\n"
                                       "worker:\n"
                                       "  image:\n"
                                       "    tag:\n"));
        const auto images = HelmValuesImages::findInFiles(
            repo.path(),
            {QStringLiteral("chart/values.yaml"), QStringLiteral("envs/prod/values.yaml")});
        QVERIFY2(images, qPrintable(images ? QString() : images.error().toString()));
        // A later tag wins with its own place; a null deletes the earlier tag (Helm's merge).
        QCOMPARE(describe(*images),
                 (QStringList {
                     QStringLiteral("image ghcr.io/acme/web 1.4.2 - image.tag:3"),
                     QStringLiteral("worker.image ghcr.io/acme/worker - - worker.image.tag:5")}));
        QCOMPARE(images->at(0).pin.file, QStringLiteral("envs/prod/values.yaml"));
        QCOMPARE(images->at(1).pin.file, QStringLiteral("chart/values.yaml"));
    }

    void missingOrEscapingFilesAreErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << QStringLiteral("envs/prod/missing.yaml")
                                 << QStringLiteral("does not exist");
        QTest::addRow("outside") << QStringLiteral("../outside.yaml")
                                 << QStringLiteral("leaves the repository");
        QTest::addRow("malformed")
            << QStringLiteral("bad.yaml") << QStringLiteral("malformed YAML");
    }

    void missingOrEscapingFilesAreErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir scratch;
        const QString repo = scratch.filePath(QStringLiteral("repo"));
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/values.yaml"),
                                       "image:\n  repository: x\n  tag: \"1\"\n"));
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/bad.yaml"), "image: [\n"));
        QVERIFY(TestSupport::writeFile(scratch.filePath(QStringLiteral("outside.yaml")),
                                       "image:\n  repository: secret\n"));
        const auto images
            = HelmValuesImages::findInFiles(repo, {QStringLiteral("values.yaml"), file});
        QVERIFY(!images);
        QCOMPARE(images.error().file(), file);
        QVERIFY2(images.error().message().contains(message), qPrintable(images.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestHelmValuesImages)
#include "tst_helmvaluesimages.moc"
