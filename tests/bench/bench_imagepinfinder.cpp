// ImagePinFinder over every overlay of a generated repository (300 apps x 3 environments = 900
// sources, bases shared): one discovery pass with one fresh cache, as repository discovery runs
// it. Prints the time per source beside QBENCHMARK's total.
//
//     bench_imagepinfinder [--apps N] [QTest options]
#include "imagepinfinder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

using namespace Promenade;

namespace {

int g_apps = 300;

// This thread's CPU time: on a shared, loaded machine wall time says more about the neighbours.
qint64 threadCpuNanoseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}

// One app: a base (Deployment with a sidecar, Service, ServiceAccount, a ConfigMap generator,
// labels) and three overlays with what GitOps repositories use: namespace, prefix, labels,
// images:, replicas, a generator merge, a patch file and an inline JSON patch.
void generateApp(const QDir &root, int index)
{
    const QByteArray app = "app-" + QByteArray::number(index).rightJustified(3, '0');
    const QString base = root.filePath(QStringLiteral("apps/%1/base").arg(QString::fromUtf8(app)));
    auto fill = [&](QByteArray text) {
        return text.replace("APP", app);
    };
    write(base + QStringLiteral("/kustomization.yaml"),
          fill(R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- deployment.yaml
- service.yaml
- serviceaccount.yaml
labels:
- pairs:
    app.kubernetes.io/name: APP
  includeSelectors: true
configMapGenerator:
- name: APP-config
  literals:
  - LOG_LEVEL=info
)"));
    write(base + QStringLiteral("/deployment.yaml"), fill(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: APP
spec:
  replicas: 1
  selector:
    matchLabels:
      app: APP
  template:
    metadata:
      labels:
        app: APP
    spec:
      serviceAccountName: APP
      containers:
      - name: APP
        image: ghcr.io/acme/APP:1.0.0
        ports:
        - containerPort: 8080
          name: http
        envFrom:
        - configMapRef:
            name: APP-config
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
      - name: proxy
        image: docker.io/envoyproxy/envoy:v1.30.1
)"));
    write(base + QStringLiteral("/service.yaml"), fill(R"(apiVersion: v1
kind: Service
metadata:
  name: APP
spec:
  selector:
    app: APP
  ports:
  - name: http
    port: 80
    targetPort: http
)"));
    write(base + QStringLiteral("/serviceaccount.yaml"),
          fill("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: APP\n"));
    for (const char *env : {"development", "staging", "production"}) {
        const QString overlay = root.filePath(
            QStringLiteral("apps/%1/overlays/%2").arg(QString::fromUtf8(app), QLatin1String(env)));
        write(overlay + QStringLiteral("/kustomization.yaml"),
              fill(QByteArray(R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: APP-ENV
namePrefix: ENV-
resources:
- ../../base
labels:
- pairs:
    env: ENV
  includeTemplates: true
images:
- name: ghcr.io/acme/APP
  newTag: sha-TAG
replicas:
- name: APP
  count: 2
configMapGenerator:
- name: APP-config
  behavior: merge
  literals:
  - ENVIRONMENT=ENV
patches:
- path: resources.yaml
- target:
    kind: Service
  patch: |-
    - op: replace
      path: /spec/ports/0/port
      value: 8080
)")
                       .replace("ENV", env)
                       .replace("TAG", QByteArray::number(index * 7919, 16))));
        write(overlay + QStringLiteral("/resources.yaml"), fill(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: APP
spec:
  template:
    spec:
      containers:
      - name: APP
        resources:
          limits:
            memory: 512Mi
)"));
    }
}

} // namespace

class BenchImagePinFinder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QStringList m_sources;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        const QDir root(m_scratch.path());
        for (int i = 0; i < g_apps; ++i) {
            generateApp(root, i);
            for (const char *env : {"development", "staging", "production"})
                m_sources << QStringLiteral("apps/app-%1/overlays/%2")
                                 .arg(i, 3, 10, QLatin1Char('0'))
                                 .arg(QLatin1String(env));
        }
    }

    // One discovery pass: a fresh cache, every source once.
    void allSources()
    {
        qint64 nanoseconds = 0;
        qint64 cpu = 0;
        int runs = 0;
        QBENCHMARK
        {
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = threadCpuNanoseconds();
            ImagePinFinder::Cache cache;
            for (const QString &source : std::as_const(m_sources)) {
                const auto found = ImagePinFinder::find(m_scratch.path(), source, {}, {}, &cache);
                if (!found || found->images.size() != 2)
                    QFAIL(qPrintable(found ? QStringLiteral("wrong images")
                                           : found.error().toString()));
            }
            nanoseconds += timer.nsecsElapsed();
            cpu += threadCpuNanoseconds() - cpuStart;
            ++runs;
        }
        qInfo().noquote() << QStringLiteral("%1 sources: %2 ms per pass, %3 us per source "
                                            "(CPU time: %4 ms, %5 us per source)")
                                 .arg(m_sources.size())
                                 .arg(nanoseconds / 1e6 / runs, 0, 'f', 1)
                                 .arg(nanoseconds / 1e3 / runs / m_sources.size(), 0, 'f', 1)
                                 .arg(cpu / 1e6 / runs, 0, 'f', 1)
                                 .arg(cpu / 1e3 / runs / m_sources.size(), 0, 'f', 1);
    }

    // The same without a cache shared between sources (each call reads its base again).
    void withoutSharedCache()
    {
        qint64 nanoseconds = 0;
        int runs = 0;
        QBENCHMARK
        {
            QElapsedTimer timer;
            timer.start();
            for (const QString &source : std::as_const(m_sources)) {
                const auto found = ImagePinFinder::find(m_scratch.path(), source);
                if (!found)
                    QFAIL(qPrintable(found.error().toString()));
            }
            nanoseconds += timer.nsecsElapsed();
            ++runs;
        }
        qInfo().noquote() << QStringLiteral("%1 sources without a shared cache: %2 us per source")
                                 .arg(m_sources.size())
                                 .arg(nanoseconds / 1e3 / runs / m_sources.size(), 0, 'f', 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--apps"));
    if (at > 0 && at + 1 < args.size()) {
        g_apps = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    BenchImagePinFinder bench;
    return QTest::qExec(&bench, args);
}

#include "bench_imagepinfinder.moc"
