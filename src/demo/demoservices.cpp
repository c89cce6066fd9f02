#include "demoservices.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace Promenade::Demo::Services {

namespace {

// A platform team's catalogue: business domains × the parts each one runs.
const char *const domains[]
    = {"billing",  "catalog",  "checkout", "search",  "inventory", "payments",  "orders",
       "shipping", "identity", "pricing",  "reviews", "media",     "analytics", "support",
       "loyalty",  "fraud",    "ledger",   "notify",  "returns",   "partners"};
const char *const parts[]
    = {"api",   "web",    "worker", "gateway", "scheduler", "sync",    "events", "admin",
       "cache", "import", "export", "reports", "stream",    "graphql", "jobs"};

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
}

// The tag of a service's release (0 the oldest of four), as CI names them: sha-<commit>.
QString tag(const QString &service, int release)
{
    return u"sha-"
        + QString::fromLatin1(digestOf(service + u'/' + QString::number(release)).toHex().left(7));
}

QByteArray fill(QByteArray text, const QMap<QByteArray, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QByteArray("${" + it.key() + "}"), it.value().toUtf8());
    return text;
}

QString clusterOf(const QString &env)
{
    return env == u"development" ? QStringLiteral("home-dev")
        : env == u"staging"      ? QStringLiteral("oci-staging")
                                 : QStringLiteral("oci-prod");
}

} // namespace

QStringList names(int count)
{
    constexpr int domainCount = sizeof(domains) / sizeof(*domains);
    constexpr int partCount = sizeof(parts) / sizeof(*parts);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        // Domains first, then parts: the first services already span the whole catalogue.
        QString name = QString::fromLatin1(domains[i % domainCount]) + u'-'
            + QString::fromLatin1(parts[(i / domainCount) % partCount]);
        if (const int generation = i / (domainCount * partCount); generation > 0)
            name += u'-' + QString::number(generation + 1);
        out << name;
    }
    return out;
}

Pins pins(const QString &service)
{
    // Half of the services run the same build everywhere; the rest wait for a promotion.
    const int bucket = static_cast<unsigned char>(digestOf(service).at(0)) % 20;
    if (bucket < 10)
        return {tag(service, 3), tag(service, 3), tag(service, 3)};
    if (bucket < 15)
        return {tag(service, 3), tag(service, 2), tag(service, 2)};
    if (bucket < 18)
        return {tag(service, 3), tag(service, 3), tag(service, 2)};
    return {tag(service, 3), tag(service, 2), tag(service, 1)};
}

QList<Release> releases(const QString &service)
{
    // Four builds a week or two apart, the newest in November 2026 (after the real apps').
    const QByteArray h = digestOf(service + u"/builds");
    const QDateTime newest(QDate(2026, 11, 1).addDays(static_cast<unsigned char>(h.at(0)) % 25),
                           QTime(static_cast<unsigned char>(h.at(1)) % 24,
                                 static_cast<unsigned char>(h.at(2)) % 60, 12),
                           QTimeZone::utc());
    QList<Release> out;
    for (int release = 0; release < 4; ++release)
        out.append({tag(service, release),
                    newest.addDays(-(3 - release)
                                   * (7 + static_cast<unsigned char>(h.at(3 + release)) % 8))});
    return out;
}

// One environment's overlay of a service: its kustomization (and, beyond development, the
// arm64 patch), apart from files() so that the base and the overlays read one at a time.
void addOverlay(Files::FileMap &files, const QString &service, const QString &env,
                const QString &pinned, const QMap<QByteArray, QString> &v)
{
    const QString dir = u"apps/" + service + u"/overlays/" + env + u'/';
    QMap<QByteArray, QString> e = v;
    e.insert("env", env);
    e.insert("cluster", clusterOf(env));
    e.insert("tag", pinned);
    QByteArray k = fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# ${service} in ${env}: deployed to ${cluster} by Argo CD (clusters/${cluster}/services.yaml)
resources:
  - ../../base

commonAnnotations:
  gitops.paulojauregui.com/environment: ${env}
)YAML",
                        e);
    if (env != u"development") {
        // Staging mirrors production: two replicas on the arm64 nodes.
        k += fill(R"YAML(
replicas:
  - name: ${service}
    count: 2

patches:
  - path: deployment-arm64.yaml
)YAML",
                  e);
        files.insert(dir + u"deployment-arm64.yaml",
                     fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${service}
spec:
  template:
    spec:
      nodeSelector:
        kubernetes.io/arch: arm64
)YAML",
                          e));
    }
    k += fill(R"YAML(
images:
  - name: ${image}
    newTag: ${tag}
)YAML",
              e);
    files.insert(dir + u"kustomization.yaml", k);
}

Files::FileMap files(const QString &service)
{
    const Pins p = pins(service);
    const QString team = service.section(u'-', 0, 0);
    const QMap<QByteArray, QString> v {
        {"service", service}, {"team", team}, {"image", Files::imageRepository(service)}};
    const QString base = u"apps/" + service + u"/base/";
    Files::FileMap files {
        {base + u"kustomization.yaml",
         fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# ${service}, owned by the ${team} team; overlays pin the image per environment.
namespace: ${service}

labels:
  - pairs:
      app.kubernetes.io/name: ${service}
      app.kubernetes.io/part-of: ${team}
    includeSelectors: true

resources:
  - namespace.yaml
  - deployment.yaml
  - service.yaml
)YAML",
              v)},
        {base + u"namespace.yaml",
         fill(R"YAML(apiVersion: v1
kind: Namespace
metadata:
  name: ${service}
)YAML",
              v)},
        {base + u"deployment.yaml",
         fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${service}
spec:
  replicas: 1
  revisionHistoryLimit: 5
  template:
    spec:
      containers:
        - name: ${service}
          image: ${image}:latest
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 50m
              memory: 96Mi
            limits:
              memory: 192Mi
)YAML",
              v)},
        {base + u"service.yaml",
         fill(R"YAML(apiVersion: v1
kind: Service
metadata:
  name: ${service}
spec:
  ports:
    - name: http
      port: 80
      targetPort: http
)YAML",
              v)},
    };
    const QList<std::pair<QString, QString>> envs {{QStringLiteral("development"), p.development},
                                                   {QStringLiteral("staging"), p.staging},
                                                   {QStringLiteral("production"), p.production}};
    for (const auto &[env, pinned] : envs)
        addOverlay(files, service, env, pinned, v);
    return files;
}

Files::FileMap clusterApplications(const QString &cluster, const QString &env,
                                   const QStringList &services)
{
    QByteArray yaml = fill(
        R"YAML(# The platform team's services on ${cluster}: one Application per service, each pointing
# at the service's ${env} overlay.
)YAML",
        {{"cluster", cluster}, {"env", env}});
    for (const QString &service : services) {
        yaml += fill(R"YAML(---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${service}-${env}
  namespace: argocd
  labels:
    gitops.paulojauregui.com/cluster: ${cluster}
spec:
  project: default
  source:
    repoURL: ${repo}
    targetRevision: main
    path: apps/${service}/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
)YAML",
                     {{"service", service},
                      {"env", env},
                      {"cluster", cluster},
                      {"repo", QString::fromLatin1(Files::gitOpsRepoUrl)}});
    }
    return {{u"clusters/" + cluster + u"/services.yaml", yaml}};
}

} // namespace Promenade::Demo::Services
