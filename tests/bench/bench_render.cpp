// Renders every overlay of a generated repository (300 apps x 3 environments = 900 overlays) in
// one process with one Renderer, and times kubectl kustomize over a sample of the same overlays
// (30 by default, extrapolated to all 900 and said so). Prints both and the ratio.
//
//     bench_render [--apps N] [--sample N] [--keep DIR]
#include "renderer.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Promenade;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}

QByteArray fill(QByteArray text, const QByteArray &app)
{
    return text.replace("APP", app);
}

// One app: a base (Deployment, Service, Ingress, ServiceAccount, HPA, a ConfigMap generator)
// and three overlays with the features a real GitOps repository uses.
void generateApp(const QDir &root, int index)
{
    const QByteArray app = "app-" + QByteArray::number(index).rightJustified(3, '0');
    const QString base = root.filePath(QStringLiteral("apps/%1/base").arg(QString::fromUtf8(app)));
    write(base + QStringLiteral("/kustomization.yaml"),
          fill(R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- deployment.yaml
- service.yaml
- ingress.yaml
- serviceaccount.yaml
- hpa.yaml
labels:
- pairs:
    app.kubernetes.io/name: APP
  includeSelectors: true
configMapGenerator:
- name: APP-config
  literals:
  - LOG_LEVEL=info
  - FEATURE_FLAGS=a,b,c
)",
               app));
    write(base + QStringLiteral("/deployment.yaml"),
          fill(R"(apiVersion: apps/v1
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
      annotations:
        prometheus.io/scrape: "true"
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
        readinessProbe:
          httpGet:
            path: /healthz
            port: http
)",
               app));
    write(base + QStringLiteral("/service.yaml"),
          fill(R"(apiVersion: v1
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
)",
               app));
    write(base + QStringLiteral("/ingress.yaml"),
          fill(R"(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: APP
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  tls:
  - hosts: [APP.example.com]
    secretName: APP-tls
  rules:
  - host: APP.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: APP
            port:
              name: http
)",
               app));
    write(base + QStringLiteral("/serviceaccount.yaml"),
          fill("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: APP\n", app));
    write(base + QStringLiteral("/hpa.yaml"),
          fill(R"(apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: APP
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: APP
  minReplicas: 1
  maxReplicas: 5
)",
               app));
    const char *envs[] = {"development", "staging", "production"};
    for (int e = 0; e < 3; ++e) {
        const QByteArray env(envs[e]);
        const QString overlay
            = root.filePath(QStringLiteral("apps/%1/overlays/%2")
                                .arg(QString::fromUtf8(app), QString::fromUtf8(env)));
        QByteArray k = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: APP-ENV
namePrefix: ENV-
resources:
- ../../base
labels:
- pairs:
    env: ENV
  includeTemplates: true
commonAnnotations:
  acme.example/owner: team-TEAM
images:
- name: ghcr.io/acme/APP
  newTag: sha-TAG
replicas:
- name: APP
  count: REPLICAS
configMapGenerator:
- name: APP-config
  behavior: merge
  literals:
  - LOG_LEVEL=LEVEL
  - ENVIRONMENT=ENV
patches:
- path: resources.yaml
- target:
    kind: Ingress
  patch: |-
    - op: replace
      path: /spec/rules/0/host
      value: APP.ENV.example.com
)";
        k.replace("ENV", env)
            .replace("TEAM", QByteArray::number(index % 7))
            .replace("TAG", QByteArray::number(index * 7919 + e, 16).rightJustified(7, '0'))
            .replace("REPLICAS", QByteArray::number(e + 1))
            .replace("LEVEL", e == 2 ? "warn" : "debug");
        write(overlay + QStringLiteral("/kustomization.yaml"), fill(k, app));
        write(overlay + QStringLiteral("/resources.yaml"),
              fill(R"(apiVersion: apps/v1
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
            memory: MEMMi
)",
                   app)
                  .replace("MEM", QByteArray::number(256 * (e + 1))));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appsOption(QStringLiteral("apps"),
                                        QStringLiteral("number of apps (default 300)"),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QStringLiteral("overlays timed with kubectl (default 30; 0: all)"), QStringLiteral("N"),
        QStringLiteral("30"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("generate into DIR and keep it"),
                                        QStringLiteral("DIR"));
    parser.addOptions({appsOption, sampleOption, keepOption});
    parser.process(application);
    QTextStream out(stdout);

    QTemporaryDir scratch;
    const QString rootPath = parser.isSet(keepOption) ? parser.value(keepOption) : scratch.path();
    const QDir root(rootPath);
    const int apps = parser.value(appsOption).toInt();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < apps; ++i)
        generateApp(root, i);
    QDir().mkpath(root.filePath(QStringLiteral(".git")));
    QStringList overlays;
    for (int i = 0; i < apps; ++i) {
        for (const char *env : {"development", "staging", "production"})
            overlays << root.filePath(QStringLiteral("apps/app-%1/overlays/%2")
                                          .arg(i, 3, 10, QLatin1Char('0'))
                                          .arg(QLatin1String(env)));
    }
    out << "generated " << apps << " apps, " << overlays.size() << " overlays in "
        << timer.elapsed() << " ms\n";
    out.flush();

    // Promenade: one process, one Renderer, every overlay.
    timer.restart();
    Kustomize::Renderer renderer;
    qint64 bytes = 0;
    QList<QByteArray> outputs;
    for (const QString &overlay : overlays) {
        auto yaml = renderer.renderYaml(overlay);
        if (!yaml) {
            out << "render failed: " << yaml.error().toString() << '\n';
            return 1;
        }
        bytes += yaml->size();
        outputs << *yaml;
    }
    const qint64 promenadeNs = timer.nsecsElapsed();
    out << "promenade: " << overlays.size() << " overlays in "
        << QString::number(promenadeNs / 1e6, 'f', 1) << " ms ("
        << QString::number(promenadeNs / 1e3 / overlays.size(), 'f', 1) << " us per overlay, "
        << bytes / 1024 << " KiB of YAML)\n";
    out.flush();

    const QString kubectl = TestSupport::kubectl();
    if (kubectl.isEmpty()) {
        out << "kubectl not found: no comparison\n";
        return 0;
    }
    int sample = parser.value(sampleOption).toInt();
    if (sample <= 0 || sample > overlays.size())
        sample = int(overlays.size());
    const int step = int(overlays.size()) / sample;
    timer.restart();
    int mismatches = 0;
    for (int i = 0; i < sample; ++i) {
        const int index = i * step;
        const auto r
            = TestSupport::runProcess(kubectl, {QStringLiteral("kustomize"), overlays.at(index)});
        if (r.exitCode != 0 || r.out != outputs.at(index))
            ++mismatches;
    }
    const qint64 kubectlNs = timer.nsecsElapsed();
    const double kubectlAllNs = double(kubectlNs) / sample * overlays.size();
    out << "kubectl kustomize: " << sample << " overlays in "
        << QString::number(kubectlNs / 1e6, 'f', 1) << " ms";
    if (sample < overlays.size())
        out << ", extrapolated to " << overlays.size() << ": "
            << QString::number(kubectlAllNs / 1e6, 'f', 0) << " ms";
    out << " (" << mismatches << " of " << sample << " outputs differ from promenade's)\n";
    out << "ratio: promenade is " << QString::number(kubectlAllNs / promenadeNs, 'f', 1)
        << "x faster\n";
    return mismatches == 0 ? 0 : 1;
}
