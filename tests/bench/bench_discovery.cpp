// Repository discovery on a generated repository of N apps × 3 environments deployed by one
// Argo CD ApplicationSet (git directories generator over apps/*/overlays/*), as QBENCHMARK
// measures it; and the same on the demo's N-app layout (clusters/ + a shared overlay).
// The old, folder-name discovery could not read the ApplicationSet repository at all; on the
// demo layout it is measured by running the previous release's `promenade status` (see README).
//
//     bench_discovery [-- QTest options]     PROMENADE_BENCH_APPS=300 by default
#include "demorepository.h"
#include "repositorydiscovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}

int appCount()
{
    const int n = qEnvironmentVariableIntValue("PROMENADE_BENCH_APPS");
    return n > 0 ? n : 300;
}

// apps/<app>/base + apps/<app>/overlays/{dev,staging,prod}, one ApplicationSet deploying them all.
void generateApplicationSetRepository(const QString &root, int apps)
{
    write(root + QStringLiteral("/argocd/apps.yaml"),
          "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: apps\n  "
          "namespace: argocd\nspec:\n"
          "  generators:\n  - git:\n      repoURL: https://github.com/acme/gitops.git\n      "
          "revision: main\n"
          "      directories:\n      - path: apps/*/overlays/*\n"
          "  template:\n    metadata:\n      name: '{{path[1]}}-{{path.basename}}'\n    spec:\n    "
          "  project: default\n"
          "      source:\n        repoURL: https://github.com/acme/gitops.git\n        "
          "targetRevision: main\n        path: '{{path}}'\n"
          "      destination:\n        name: '{{path.basename}}'\n        namespace: "
          "'{{path[1]}}'\n");
    const QList<QByteArray> envs {"dev", "staging", "prod"};
    for (int i = 0; i < apps; ++i) {
        const QByteArray app = "svc-" + QByteArray::number(i).rightJustified(3, '0');
        const QString dir = root + QStringLiteral("/apps/") + QString::fromUtf8(app);
        write(dir + QStringLiteral("/base/kustomization.yaml"),
              "resources:\n- deployment.yaml\n- service.yaml\n");
        write(dir + QStringLiteral("/base/deployment.yaml"),
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + app
                  + "\nspec:\n  replicas: 1\n  template:\n"
                    "    metadata:\n      labels:\n        app: "
                  + app + "\n    spec:\n      containers:\n      - name: " + app
                  + "\n        image: ghcr.io/acme/" + app
                  + ":1.0.0\n        ports:\n        - containerPort: 8080\n");
        write(dir + QStringLiteral("/base/service.yaml"),
              "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + app
                  + "\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n");
        for (qsizetype e = 0; e < envs.size(); ++e) {
            write(dir + QStringLiteral("/overlays/") + QString::fromUtf8(envs[e])
                      + QStringLiteral("/kustomization.yaml"),
                  "resources:\n- ../../base\nimages:\n- name: ghcr.io/acme/" + app
                      + "\n  newTag: 1." + QByteArray::number(3 - e) + ".0\n");
        }
    }
}

} // namespace

class BenchDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_applicationSets;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_applicationSets = m_scratch.filePath(QStringLiteral("appsets"));
        generateApplicationSetRepository(m_applicationSets, appCount());
        QVERIFY(QDir().mkpath(m_applicationSets + QStringLiteral("/.git")));
        Demo::DemoRepository::Options options;
        options.apps = appCount();
        const auto demo
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")), options);
        QVERIFY(demo);
        m_demo = demo->workTree;
    }

    void applicationSetRepository()
    {
        Result<Pipeline> pipeline = Error(Error::Kind::Failed, QString());
        QBENCHMARK
        {
            pipeline = RepositoryDiscovery::discover(m_applicationSets);
        }
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        QCOMPARE(pipeline->environments.size(), 3);
        QCOMPARE(pipeline->apps.size(), appCount());
        QCOMPARE(pipeline->environments.last().images.size(), appCount());
    }

    void demoLayout()
    {
        Result<Pipeline> pipeline = Error(Error::Kind::Failed, QString());
        QBENCHMARK
        {
            pipeline = RepositoryDiscovery::discover(m_demo);
        }
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        QCOMPARE(pipeline->environments.size(), 3);
    }
};

QTEST_GUILESS_MAIN(BenchDiscovery)
#include "bench_discovery.moc"
