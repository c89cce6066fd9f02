#include "deploymentmanifests.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Promenade;

namespace {

YAML::Node parse(const char *text)
{
    return YAML::Load(text);
}

QStringList names(const QList<ImageUpdaterConfig::Image> &images)
{
    QStringList out;
    for (const auto &image : images)
        out << image.alias + u'|' + image.image + u'|' + image.constraint + u'|' + image.strategy;
    return out;
}

} // namespace

// The readers of what deploys what besides Applications: cluster Secrets, Flux, Kargo, Argo CD
// Image Updater's annotations and write-back files; lines are the file's own.
class TestDeploymentManifests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterSecretFromStringDataAndData()
    {
        const auto plain = ClusterSecret::fromYaml(parse(R"(
apiVersion: v1
kind: Secret
metadata:
  name: prod-eu
  labels: {argocd.argoproj.io/secret-type: cluster, env: prod}
  annotations: {team: web}
stringData:
  name: prod-eu
  server: https://prod-eu.example.com
  project: web
)"),
                                                   QStringLiteral("clusters/prod.yaml"));
        QVERIFY(plain);
        QCOMPARE(plain->name, QStringLiteral("prod-eu"));
        QCOMPARE(plain->server, QStringLiteral("https://prod-eu.example.com"));
        QCOMPARE(plain->project, QStringLiteral("web"));
        QCOMPARE(plain->labels.value(QStringLiteral("env")), QStringLiteral("prod"));
        QCOMPARE(plain->annotations.value(QStringLiteral("team")), QStringLiteral("web"));
        QCOMPARE(plain->file, QStringLiteral("clusters/prod.yaml"));

        // base64 data; stringData wins key by key.
        const auto encoded = ClusterSecret::fromYaml(parse(R"(
apiVersion: v1
kind: Secret
metadata:
  labels: {argocd.argoproj.io/secret-type: cluster}
data:
  name: c3RhZ2luZw==
  server: aHR0cHM6Ly9zdGFnaW5nLmV4YW1wbGUuY29t
stringData:
  name: staging-override
)"),
                                                     QString());
        QVERIFY(encoded);
        QCOMPARE(encoded->name, QStringLiteral("staging-override"));
        QCOMPARE(encoded->server, QStringLiteral("https://staging.example.com"));
    }

    void clusterSecretIgnoresOtherDocuments_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addRow("plain secret") << "{apiVersion: v1, kind: Secret, metadata: {name: x}, "
                                         "stringData: {server: https://a}}";
        QTest::addRow("repository secret")
            << "{kind: Secret, metadata: {labels: {argocd.argoproj.io/secret-type: repository}}, "
               "stringData: {url: https://a}}";
        QTest::addRow("configmap")
            << "{kind: ConfigMap, metadata: {labels: {argocd.argoproj.io/secret-type: cluster}}}";
        QTest::addRow("scalar") << "just text";
        QTest::addRow("list") << "[1, 2]";
        QTest::addRow("labels are a list") << "{kind: Secret, metadata: {labels: [a, b]}}";
        QTest::addRow("bad base64 only")
            << "{kind: Secret, metadata: {labels: {argocd.argoproj.io/secret-type: cluster}}, "
               "data: {server: '!!!'}}";
        QTest::addRow("data is a list") << "{kind: Secret, metadata: {labels: "
                                           "{argocd.argoproj.io/secret-type: cluster}}, data: [1]}";
    }
    void clusterSecretIgnoresOtherDocuments()
    {
        QFETCH(QString, yaml);
        QVERIFY(!ClusterSecret::fromYaml(YAML::Load(yaml.toStdString()), QString()));
    }

    void fluxKustomization_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedPath");
        QTest::addRow("v1") << "kustomize.toolkit.fluxcd.io/v1"
                            << "./apps/staging"
                            << "apps/staging";
        QTest::addRow("v1beta2") << "kustomize.toolkit.fluxcd.io/v1beta2"
                                 << "./"
                                 << "";
        QTest::addRow("v1beta1") << "kustomize.toolkit.fluxcd.io/v1beta1"
                                 << "apps//prod/"
                                 << "apps/prod";
        QTest::addRow("dot") << "kustomize.toolkit.fluxcd.io/v1"
                             << "."
                             << "";
        QTest::addRow("absolute") << "kustomize.toolkit.fluxcd.io/v1"
                                  << "/clusters/prod"
                                  << "clusters/prod";
    }
    void fluxKustomization()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, path);
        QFETCH(QString, expectedPath);
        const QString yaml = QStringLiteral(R"(# leading comment
apiVersion: %1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  path: "%2"
  sourceRef: {kind: GitRepository, name: fleet}
  targetNamespace: web
  kubeConfig: {secretRef: {name: prod-kubeconfig}}
  images:
    - {name: ghcr.io/acme/web, newTag: "1.4.2"}
    - {newTag: "no name, skipped"}
  postBuild:
    substitute: {cluster_env: prod}
  dependsOn: [{name: infrastructure}]
)")
                                 .arg(apiVersion, path);
        const auto k = FluxKustomization::fromYaml(YAML::Load(yaml.toStdString()),
                                                   QStringLiteral("clusters/prod/apps.yaml"));
        QVERIFY(k);
        QCOMPARE(k->name, QStringLiteral("apps"));
        QCOMPARE(k->nameSpace, QStringLiteral("flux-system"));
        QCOMPARE(k->line, 2);
        QCOMPARE(k->file, QStringLiteral("clusters/prod/apps.yaml"));
        QCOMPARE(k->path, expectedPath);
        QCOMPARE(k->sourceKind, QStringLiteral("GitRepository"));
        QCOMPARE(k->sourceName, QStringLiteral("fleet"));
        QCOMPARE(k->sourceNamespace,
                 QStringLiteral("flux-system")); // defaults to its own namespace
        QCOMPARE(k->targetNamespace, QStringLiteral("web"));
        QCOMPARE(k->kubeConfigSecret, QStringLiteral("prod-kubeconfig"));
        QCOMPARE(k->images.size(), 1);
        QCOMPARE(k->images.first().reference(), QStringLiteral("ghcr.io/acme/web:1.4.2"));
        QCOMPARE(k->substitute.value(QStringLiteral("cluster_env")), QStringLiteral("prod"));
        QCOMPARE(k->dependsOn, QStringList {QStringLiteral("infrastructure")});
    }

    void fluxKustomizationIsNotKustomizesOwn()
    {
        QVERIFY(!FluxKustomization::fromYaml(parse("{apiVersion: kustomize.config.k8s.io/v1beta1, "
                                                   "kind: Kustomization, resources: [a]}"),
                                             QString()));
        // A malformed spec gives what can be read, never a throw.
        const auto odd = FluxKustomization::fromYaml(
            parse(
                "{apiVersion: kustomize.toolkit.fluxcd.io/v1, kind: Kustomization, spec: [1, 2]}"),
            QString());
        QVERIFY(odd);
        QVERIFY(odd->path.isEmpty());
        const auto weird = FluxKustomization::fromYaml(
            parse("{apiVersion: kustomize.toolkit.fluxcd.io/v1, kind: Kustomization, spec: {path: "
                  "{a: b}, images: {a: b}, dependsOn: x, sourceRef: [1]}}"),
            QString());
        QVERIFY(weird);
        QVERIFY(weird->images.isEmpty());
    }

    void fluxHelmReleaseChartSpec_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addRow("v2") << "helm.toolkit.fluxcd.io/v2";
        QTest::addRow("v2beta2") << "helm.toolkit.fluxcd.io/v2beta2";
        QTest::addRow("v2beta1") << "helm.toolkit.fluxcd.io/v2beta1";
    }
    void fluxHelmReleaseChartSpec()
    {
        QFETCH(QString, apiVersion);
        const QString yaml = QStringLiteral(R"(apiVersion: %1
kind: HelmRelease
metadata: {name: web, namespace: web}
spec:
  interval: 10m
  chart:
    spec:
      chart: web
      version: "1.4.x"
      sourceRef: {kind: HelmRepository, name: acme, namespace: flux-system}
      valuesFiles: [values.yaml, values-prod.yaml]
  values:
    image: {repository: ghcr.io/acme/web, tag: "1.4.2"}
)")
                                 .arg(apiVersion);
        const auto r = FluxHelmRelease::fromYaml(YAML::Load(yaml.toStdString()),
                                                 QStringLiteral("apps/web/release.yaml"));
        QVERIFY(r);
        QCOMPARE(r->name, QStringLiteral("web"));
        QCOMPARE(r->chart, QStringLiteral("web"));
        QCOMPARE(r->version, QStringLiteral("1.4.x"));
        QCOMPARE(r->versionLine, 9);
        QCOMPARE(r->sourceKind, QStringLiteral("HelmRepository"));
        QCOMPARE(r->sourceName, QStringLiteral("acme"));
        QCOMPARE(r->sourceNamespace, QStringLiteral("flux-system"));
        QCOMPARE(r->valuesFiles,
                 (QStringList {QStringLiteral("values.yaml"), QStringLiteral("values-prod.yaml")}));
        QVERIFY(r->values.IsMap());
        QCOMPARE(r->values["image"]["tag"].Scalar(), std::string("1.4.2"));
        QCOMPARE(r->values["image"]["tag"].Mark().line + 1, 13);
    }

    void fluxHelmReleaseChartRefAndDefaults()
    {
        const auto ref = FluxHelmRelease::fromYaml(parse(R"(
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: podinfo, namespace: apps}
spec:
  chartRef: {kind: OCIRepository, name: podinfo}
  targetNamespace: podinfo
)"),
                                                   QString());
        QVERIFY(ref);
        QCOMPARE(ref->sourceKind, QStringLiteral("OCIRepository"));
        QCOMPARE(ref->sourceName, QStringLiteral("podinfo"));
        QCOMPARE(ref->sourceNamespace, QStringLiteral("apps"));
        QCOMPARE(ref->targetNamespace, QStringLiteral("podinfo"));
        QVERIFY(ref->version.isEmpty());
        QVERIFY(!ref->values.IsDefined());

        const auto unversioned = FluxHelmRelease::fromYaml(parse(R"(
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: web}
spec: {chart: {spec: {chart: ./charts/web, sourceRef: {kind: GitRepository, name: fleet}}}}
)"),
                                                           QString());
        QVERIFY(unversioned);
        QCOMPARE(unversioned->version, QStringLiteral("*"));
        QCOMPARE(unversioned->versionLine, 0);
        QCOMPARE(unversioned->chart, QStringLiteral("./charts/web"));
        QVERIFY(!FluxHelmRelease::fromYaml(
            parse("{apiVersion: helm.toolkit.fluxcd.io/v2, kind: Kustomization}"), QString()));
        QVERIFY(FluxHelmRelease::fromYaml(parse("{apiVersion: helm.toolkit.fluxcd.io/v2, kind: "
                                                "HelmRelease, spec: {chart: [x], values: [1]}}"),
                                          QString()));
    }

    void fluxSources_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("ref");
        QTest::addRow("git branch")
            << "{apiVersion: source.toolkit.fluxcd.io/v1, kind: GitRepository, metadata: {name: "
               "fleet, namespace: flux-system}, spec: {url: 'https://git.example.com/fleet.git', "
               "ref: {branch: main}}}"
            << "GitRepository"
            << "https://git.example.com/fleet.git"
            << "main";
        QTest::addRow("git commit wins")
            << "{apiVersion: source.toolkit.fluxcd.io/v1, kind: GitRepository, spec: {url: u, ref: "
               "{branch: main, tag: v1, commit: abc123}}}"
            << "GitRepository"
            << "u"
            << "abc123";
        QTest::addRow("git no ref")
            << "{apiVersion: source.toolkit.fluxcd.io/v1beta2, kind: GitRepository, spec: {url: u}}"
            << "GitRepository"
            << "u"
            << "master";
        QTest::addRow("oci semver")
            << "{apiVersion: source.toolkit.fluxcd.io/v1beta2, kind: OCIRepository, spec: {url: "
               "'oci://ghcr.io/x', ref: {tag: '1.0', semver: '>=1.0'}}}"
            << "OCIRepository"
            << "oci://ghcr.io/x"
            << ">=1.0";
        QTest::addRow("oci no ref") << "{apiVersion: source.toolkit.fluxcd.io/v1, kind: "
                                       "OCIRepository, spec: {url: 'oci://x'}}"
                                    << "OCIRepository"
                                    << "oci://x"
                                    << "latest";
        QTest::addRow("helm repo") << "{apiVersion: source.toolkit.fluxcd.io/v1, kind: "
                                      "HelmRepository, spec: {url: 'https://charts.example.com'}}"
                                   << "HelmRepository"
                                   << "https://charts.example.com"
                                   << "";
        QTest::addRow("bucket") << "{apiVersion: source.toolkit.fluxcd.io/v1, kind: Bucket, spec: "
                                   "{endpoint: minio.example.com, bucketName: fleet}}"
                                << "Bucket"
                                << "minio.example.com/fleet"
                                << "";
    }
    void fluxSources()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QString, ref);
        const auto source = FluxSource::fromYaml(YAML::Load(yaml.toStdString()), QString());
        QVERIFY(source);
        QCOMPARE(source->kind, kind);
        QCOMPARE(source->url, url);
        QCOMPARE(source->ref, ref);
        QVERIFY(!FluxSource::fromYaml(
            parse("{apiVersion: source.toolkit.fluxcd.io/v1, kind: HelmChart}"), QString()));
    }

    void kargoStage()
    {
        const auto stage = KargoStage::fromYaml(parse(R"(apiVersion: kargo.akuity.io/v1alpha1
kind: Stage
metadata:
  name: prod
  namespace: shop
spec:
  requestedFreight:
    - origin: {kind: Warehouse, name: web}
      sources:
        stages: [staging, qa]
    - origin: {kind: Warehouse, name: infra}
      sources: {direct: true}
  promotionTemplate:
    spec:
      steps:
        - uses: git-clone
          config:
            repoURL: https://git.example.com/shop.git
            checkout:
              - branch: main
                path: ./src
              - branch: stage/${{ ctx.stage }}
                create: true
                path: ./out
        - uses: kustomize-set-image
          config:
            path: ./src/env/${{ ctx.stage }}
            images: [{image: ghcr.io/acme/web}]
        - uses: yaml-update
          config:
            path: ./src/charts/web/values-prod.yaml
            updates:
              - {key: image.tag, value: "${{ imageFrom('ghcr.io/acme/web').Tag }}"}
        - uses: helm-update-chart
          config: {path: ./src/charts/umbrella}
        - uses: kustomize-build
          config: {path: ./src/env/prod, outPath: ./out}
        - uses: git-push
          config: {path: ./out, targetBranch: stage/prod}
        - uses: argocd-update
          config:
            apps:
              - name: web-prod
                sources: [{repoURL: https://git.example.com/shop.git, desiredRevision: x}]
        - task: {name: notify}
)"),
                                                QStringLiteral("kargo/stages.yaml"));
        QVERIFY(stage);
        QCOMPARE(stage->name, QStringLiteral("prod"));
        QCOMPARE(stage->project, QStringLiteral("shop"));
        QCOMPARE(stage->line, 1);
        QVERIFY(stage->direct);
        QCOMPARE(stage->upstream, (QStringList {QStringLiteral("staging"), QStringLiteral("qa")}));
        QCOMPARE(stage->warehouses, (QStringList {QStringLiteral("web"), QStringLiteral("infra")}));
        QCOMPARE(stage->paths,
                 (QStringList {QStringLiteral("./src"), QStringLiteral("./out"),
                               QStringLiteral("./src/env/${{ ctx.stage }}"),
                               QStringLiteral("./src/charts/web/values-prod.yaml"),
                               QStringLiteral("./src/charts/umbrella")}));
        QCOMPARE(stage->argoCdApps, QStringList {QStringLiteral("web-prod")});
        QCOMPARE(stage->yamlUpdateKeys, QStringList {QStringLiteral("image.tag")});
        QStringList steps;
        for (const auto &step : stage->steps)
            steps << QStringLiteral("%1 %2 %3 %4")
                         .arg(step.uses, step.path, step.branch)
                         .arg(step.line);
        QCOMPARE(steps,
                 (QStringList {
                     QStringLiteral("git-clone ./src main 21"),
                     QStringLiteral("git-clone ./out stage/${{ ctx.stage }} 24"),
                     QStringLiteral("kustomize-set-image ./src/env/${{ ctx.stage }}  27"),
                     QStringLiteral("yaml-update ./src/charts/web/values-prod.yaml  31"),
                     QStringLiteral("helm-update-chart ./src/charts/umbrella  35"),
                     QStringLiteral("kustomize-build ./out  37"),
                     QStringLiteral("git-push ./out stage/prod 39"),
                     QStringLiteral("task:notify   45"),
                 }));
    }

    void kargoStageBeforeNineAndOddShapes()
    {
        const auto old = KargoStage::fromYaml(parse(R"(
apiVersion: kargo.akuity.io/v1alpha1
kind: Stage
metadata: {name: staging, namespace: shop}
spec:
  subscriptions:
    upstreamStages: [{name: test}]
)"),
                                              QString());
        QVERIFY(old);
        QVERIFY(!old->direct);
        QCOMPARE(old->upstream, QStringList {QStringLiteral("test")});
        const auto first
            = KargoStage::fromYaml(parse("{apiVersion: kargo.akuity.io/v1alpha1, kind: Stage, "
                                         "spec: {subscriptions: {warehouse: web}}}"),
                                   QString());
        QVERIFY(first);
        QVERIFY(first->direct);
        QCOMPARE(first->warehouses, QStringList {QStringLiteral("web")});
        const auto odd = KargoStage::fromYaml(
            parse("{apiVersion: kargo.akuity.io/v1alpha1, kind: Stage, spec: {requestedFreight: "
                  "{a: 1}, promotionTemplate: {spec: {steps: [1, {uses: yaml-update, config: [x]}, "
                  "{uses: git-clone, config: {checkout: 3}}]}}}}"),
            QString());
        QVERIFY(odd);
        QVERIFY(odd->paths.isEmpty());
        QVERIFY(!KargoStage::fromYaml(
            parse("{apiVersion: kargo.akuity.io/v1alpha1, kind: Warehouse}"), QString()));
    }

    void kargoWarehouse()
    {
        const auto w = KargoWarehouse::fromYaml(parse(R"(
apiVersion: kargo.akuity.io/v1alpha1
kind: Warehouse
metadata: {name: web, namespace: shop}
spec:
  subscriptions:
    - image: {repoURL: ghcr.io/acme/web, constraint: ^1.0.0}
    - chart: {repoURL: https://charts.example.com/, name: web}
    - chart: {repoURL: oci://ghcr.io/acme/charts/api}
    - git: {repoURL: https://git.example.com/shop.git, branch: main}
    - unknown: {x: 1}
)"),
                                                QStringLiteral("kargo/warehouse.yaml"));
        QVERIFY(w);
        QCOMPARE(w->name, QStringLiteral("web"));
        QCOMPARE(w->project, QStringLiteral("shop"));
        QCOMPARE(w->line, 2);
        QCOMPARE(w->images, QStringList {QStringLiteral("ghcr.io/acme/web")});
        QCOMPARE(w->charts,
                 (QStringList {QStringLiteral("https://charts.example.com/web"),
                               QStringLiteral("oci://ghcr.io/acme/charts/api")}));
        QCOMPARE(w->gitRepositories,
                 QStringList {QStringLiteral("https://git.example.com/shop.git")});
    }

    void imageUpdaterAnnotations()
    {
        const QString p = QStringLiteral("argocd-image-updater.argoproj.io/");
        const QMap<QString, QString> annotations {
            {p + QStringLiteral("image-list"),
             QStringLiteral("web=ghcr.io/acme/web:~1.4, argoproj/argocd=quay.io/argoproj/argocd, "
                            "localhost:5000/tools/api:^2, registry.example.com:5000/x")},
            {p + QStringLiteral("web.update-strategy"), QStringLiteral("latest")},
            {p + QStringLiteral("web.helm.image-name"), QStringLiteral("web.image.repository")},
            {p + QStringLiteral("web.helm.image-tag"), QStringLiteral("web.image.tag")},
            {p + QStringLiteral("web.kustomize.image-name"), QStringLiteral("web-image")},
            {p + QStringLiteral("argoproj_argocd.update-strategy"), QStringLiteral("name")},
            {p + QStringLiteral("argoproj_argocd.helm.image-spec"), QStringLiteral("argocd.image")},
            {p + QStringLiteral("write-back-method"),
             QStringLiteral("git:secret:argocd/git-creds")},
            {p + QStringLiteral("write-back-target"), QStringLiteral("kustomization:../base")},
            {p + QStringLiteral("git-branch"), QStringLiteral("main:image-updates")},
            {QStringLiteral("other/annotation"), QStringLiteral("x")},
        };
        const auto config = ImageUpdaterConfig::fromAnnotations(annotations);
        QVERIFY(config);
        QCOMPARE(names(config->images),
                 (QStringList {
                     QStringLiteral("web|ghcr.io/acme/web|~1.4|newest-build"),
                     QStringLiteral("argoproj/argocd|quay.io/argoproj/argocd||alphabetical"),
                     QStringLiteral("|localhost:5000/tools/api|^2|semver"),
                     QStringLiteral("|registry.example.com:5000/x||semver"),
                 }));
        const auto &web = config->images.first();
        QCOMPARE(web.helmImageName, QStringLiteral("web.image.repository"));
        QCOMPARE(web.helmImageTag, QStringLiteral("web.image.tag"));
        QCOMPARE(web.kustomizeImageName, QStringLiteral("web-image"));
        QCOMPARE(config->images.at(1).helmImageSpec, QStringLiteral("argocd.image"));
        QCOMPARE(config->images.at(1).helmImageNameOrDefault(), QStringLiteral("image.name"));
        QCOMPARE(config->images.at(1).helmImageTagOrDefault(), QStringLiteral("image.tag"));
        QVERIFY(config->writesToGit());
        QCOMPARE(config->writeBackTarget, QStringLiteral("kustomization:../base"));
        QCOMPARE(config->gitBranch, QStringLiteral("main:image-updates"));
    }

    void imageUpdaterDefaultsAndNothing()
    {
        const QString p = QStringLiteral("argocd-image-updater.argoproj.io/");
        const auto plain = ImageUpdaterConfig::fromAnnotations(
            {{p + QStringLiteral("image-list"), QStringLiteral("nginx")}});
        QVERIFY(plain);
        QCOMPARE(plain->writeBackMethod, QStringLiteral("argocd"));
        QVERIFY(!plain->writesToGit());
        QCOMPARE(plain->images.first().strategy, QStringLiteral("semver"));
        QVERIFY(!ImageUpdaterConfig::fromAnnotations({}));
        QVERIFY(!ImageUpdaterConfig::fromAnnotations(
            {{p + QStringLiteral("image-list"), QStringLiteral(" , ,")}}));
        QVERIFY(!ImageUpdaterConfig::fromAnnotations(
            {{p + QStringLiteral("write-back-method"), QStringLiteral("git")}}));
    }

    void sourceOverrideFile_data()
    {
        QTest::addColumn<QString>("forceKey");
        QTest::addRow("goyaml forcestring") << "forcestring";
        QTest::addRow("forceString") << "forceString";
    }
    void sourceOverrideFile()
    {
        QFETCH(QString, forceKey);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral(".argocd-source-web-prod.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"(kustomize:
  images:
    - ghcr.io/acme/web:1.4.3
    - api=ghcr.io/acme/api:2.0.0
helm:
  parameters:
    - name: image.name
      value: ghcr.io/acme/web
      %1: true
    - {name: image.tag, value: 1.4.3}
)")
                       .arg(forceKey)
                       .toUtf8());
        file.close();
        const auto loaded = ArgoCdSourceOverride::load(
            path, QStringLiteral("apps/web/.argocd-source-web-prod.yaml"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->file, QStringLiteral("apps/web/.argocd-source-web-prod.yaml"));
        QCOMPARE(loaded->kustomizeImages.size(), 2);
        QCOMPARE(loaded->kustomizeImages.at(0).value, QStringLiteral("ghcr.io/acme/web:1.4.3"));
        QCOMPARE(loaded->kustomizeImages.at(0).line, 3);
        QCOMPARE(loaded->kustomizeImages.at(1).value, QStringLiteral("api=ghcr.io/acme/api:2.0.0"));
        QCOMPARE(loaded->kustomizeImages.at(1).line, 4);
        QCOMPARE(loaded->helmParameters.size(), 2);
        QCOMPARE(loaded->helmParameters.at(0).name, QStringLiteral("image.name"));
        QCOMPARE(loaded->helmParameters.at(0).value, QStringLiteral("ghcr.io/acme/web"));
        QCOMPARE(loaded->helmParameters.at(0).line, 8);
        QVERIFY(loaded->helmParameters.at(0).forceString);
        QCOMPARE(loaded->helmParameters.at(1).value, QStringLiteral("1.4.3"));
        QCOMPARE(loaded->helmParameters.at(1).line, 10);
        QVERIFY(!loaded->helmParameters.at(1).forceString);
    }

    void sourceOverrideErrors()
    {
        QTemporaryDir dir;
        const auto missing = ArgoCdSourceOverride::load(dir.filePath(QStringLiteral("none.yaml")),
                                                        QStringLiteral("none.yaml"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);

        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kustomize: {images: [unclosed\n");
        file.close();
        const auto malformed = ArgoCdSourceOverride::load(bad, QStringLiteral("bad.yaml"));
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().kind(), Error::Kind::BadInput);

        const QString odd = dir.filePath(QStringLiteral("odd.yaml"));
        QFile oddFile(odd);
        QVERIFY(oddFile.open(QIODevice::WriteOnly));
        oddFile.write("kustomize: [1]\nhelm: {parameters: {a: b}}\n");
        oddFile.close();
        const auto shaped = ArgoCdSourceOverride::load(odd, QStringLiteral("odd.yaml"));
        QVERIFY(shaped);
        QVERIFY(shaped->kustomizeImages.isEmpty());
        QVERIFY(shaped->helmParameters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentManifests)
#include "tst_deploymentmanifests.moc"
