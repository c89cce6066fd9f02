#include "demofiles.h"

#include "demoimages.h"

namespace Promenade::Demo::Files {

namespace {

// Replaces every ${key} in a template with its value.
QByteArray fill(const char *text, const QMap<QString, QString> &values = {})
{
    QString out = QString::fromUtf8(text);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(u"${" + it.key() + u'}', it.value());
    return out.toUtf8();
}

struct EnvironmentProfile
{
    QString cluster;
    QString host; // the blog's host name
    QString issuer; // the ClusterIssuer its Ingresses use
    int replicas = 1;
    bool arm64 = false; // Oracle Cloud Ampere (arm64) nodes
};

EnvironmentProfile profile(const QString &env)
{
    if (env == u"development")
        return {QStringLiteral("home-dev"), QStringLiteral("dev.paulojauregui.com"),
                QStringLiteral("selfsigned-issuer"), 1, false};
    if (env == u"staging")
        return {QStringLiteral("oci-staging"), QStringLiteral("staging.paulojauregui.com"),
                QStringLiteral("letsencrypt-prod"), 2, true};
    return {QStringLiteral("oci-prod"), QStringLiteral("paulojauregui.com"),
            QStringLiteral("letsencrypt-prod"), 2, true};
}

QString hostPrefix(const QString &env)
{
    return env == u"production" ? QString() : profile(env).host.section(u'.', 0, 0) + u'.';
}

} // namespace

QString imageRepository(const QString &app)
{
    return QStringLiteral("ghcr.io/%1/%2").arg(QLatin1String(owner), app);
}

QString imageDigest(const QString &app, const QString &tag)
{
    return DemoImages::indexDigest(app, tag);
}

FileMap readme()
{
    return {{QStringLiteral("README.md"), fill(R"YAML(# homelab-gitops

GitOps source of truth for my clusters, reconciled by Argo CD:

| cluster       | where                              | environment  |
|---------------|------------------------------------|--------------|
| `home-dev`    | k3s on the home lab (amd64)        | development  |
| `oci-staging` | Oracle Cloud OKE, Ampere (arm64)   | staging      |
| `oci-prod`    | Oracle Cloud OKE, Ampere (arm64)   | production   |

Layout:

- `apps/base/<app>`: the manifests of each application (Deployment, Service, Ingress)
- `apps/overlays/<environment>`: what each environment runs (image tags, replicas, hosts)
- `clusters/<cluster>`: the Argo CD `Application`s that point a cluster at its overlays
- `infrastructure/base`, `infrastructure/overlays/<environment>`: cert-manager and its issuers

Images are built by GitHub Actions and pushed to GHCR as `sha-<commit>`; CI bumps the
development overlay, and releases move development → staging → production with Promenade
(`promenade promote`). Production changes go through a pull request to `main`.
)YAML")}};
}

FileMap blogBase()
{
    const QMap<QString, QString> v {
        {QStringLiteral("image"), imageRepository(QStringLiteral("paulojauregui-com"))}};
    return {
        {QStringLiteral("apps/base/paulojauregui-com/kustomization.yaml"),
         fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# The blog, as every environment runs it; overlays pin the image and scale it.
namespace: paulojauregui-com

labels:
  - pairs:
      app.kubernetes.io/name: paulojauregui-com
      app.kubernetes.io/part-of: blog
    includeSelectors: true

resources:
  - namespace.yaml
  - deployment.yaml
  - service.yaml
  - ingress.yaml
)YAML")},
        {QStringLiteral("apps/base/paulojauregui-com/namespace.yaml"), fill(R"YAML(apiVersion: v1
kind: Namespace
metadata:
  name: paulojauregui-com
)YAML")},
        {QStringLiteral("apps/base/paulojauregui-com/deployment.yaml"),
         fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: paulojauregui-com
spec:
  replicas: 1
  revisionHistoryLimit: 5
  template:
    spec:
      containers:
        - name: web
          image: ${image}:latest
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            initialDelaySeconds: 10
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 128Mi
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
)YAML",
              v)},
        {QStringLiteral("apps/base/paulojauregui-com/service.yaml"), fill(R"YAML(apiVersion: v1
kind: Service
metadata:
  name: paulojauregui-com
spec:
  type: ClusterIP
  ports:
    - name: http
      port: 80
      targetPort: http
)YAML")},
        {QStringLiteral("apps/base/paulojauregui-com/ingress.yaml"),
         fill(R"YAML(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: paulojauregui-com
  annotations:
    # cert-manager issues the TLS certificate for the hosts below
    cert-manager.io/cluster-issuer: letsencrypt-prod
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - paulojauregui.com
      secretName: paulojauregui-com-tls
  rules:
    - host: paulojauregui.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: paulojauregui-com
                port:
                  name: http
)YAML")},
    };
}

FileMap signConnectBase()
{
    const QMap<QString, QString> v {
        {QStringLiteral("image"), imageRepository(QStringLiteral("signconnect"))}};
    return {
        {QStringLiteral("apps/base/signconnect/kustomization.yaml"),
         fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# SignConnect: the sign-language video calling service (github.com/HowDiggy/SignConnect).
namespace: signconnect

labels:
  - pairs:
      app.kubernetes.io/name: signconnect
      app.kubernetes.io/part-of: signconnect
    includeSelectors: true

resources:
  - namespace.yaml
  - deployment.yaml
  - service.yaml
  - ingress.yaml

configMapGenerator:
  - name: signconnect-config
    literals:
      - LOG_LEVEL=info
      - SIGNALING_PATH=/ws
      - MAX_PARTICIPANTS=8
)YAML")},
        {QStringLiteral("apps/base/signconnect/namespace.yaml"), fill(R"YAML(apiVersion: v1
kind: Namespace
metadata:
  name: signconnect
)YAML")},
        {QStringLiteral("apps/base/signconnect/deployment.yaml"),
         fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: signconnect
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: server
          image: ${image}:latest
          ports:
            - name: http
              containerPort: 3000
          envFrom:
            - configMapRef:
                name: signconnect-config
          readinessProbe:
            httpGet:
              path: /api/health
              port: http
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
)YAML",
              v)},
        {QStringLiteral("apps/base/signconnect/service.yaml"), fill(R"YAML(apiVersion: v1
kind: Service
metadata:
  name: signconnect
spec:
  ports:
    - name: http
      port: 80
      targetPort: http
)YAML")},
        {QStringLiteral("apps/base/signconnect/ingress.yaml"),
         fill(R"YAML(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: signconnect
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    # WebSocket signalling keeps connections open for the length of a call
    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - signconnect.paulojauregui.com
      secretName: signconnect-tls
  rules:
    - host: signconnect.paulojauregui.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: signconnect
                port:
                  name: http
)YAML")},
    };
}

FileMap appOverlay(const QString &env, const OverlayPins &pins)
{
    const EnvironmentProfile p = profile(env);
    const bool withSignConnect = !pins.signConnectTag.isEmpty();
    const QString dir = u"apps/overlays/" + env + u'/';
    QMap<QString, QString> v {
        {QStringLiteral("env"), env},
        {QStringLiteral("cluster"), p.cluster},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("scHost"),
         hostPrefix(env) + QStringLiteral("signconnect.paulojauregui.com")},
        {QStringLiteral("issuer"), p.issuer},
        {QStringLiteral("replicas"), QString::number(p.replicas)},
        {QStringLiteral("blogImage"), imageRepository(QStringLiteral("paulojauregui-com"))},
        {QStringLiteral("blogTag"), pins.blogTag},
        {QStringLiteral("scImage"), imageRepository(QStringLiteral("signconnect"))},
        {QStringLiteral("scTag"), pins.signConnectTag},
    };

    QByteArray k = fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# ${env}: deployed to the ${cluster} cluster by Argo CD (clusters/${cluster}/apps.yaml)
resources:
  - ../../base/paulojauregui-com
)YAML",
                        v);
    if (withSignConnect)
        k += "  - ../../base/signconnect\n";
    k += fill(R"YAML(
commonAnnotations:
  gitops.paulojauregui.com/environment: ${env}

patches:
  - path: blog-deployment.yaml
  - path: blog-ingress.yaml
)YAML",
              v);
    if (withSignConnect)
        k += "  - path: signconnect-ingress.yaml\n";
    if (p.arm64 && withSignConnect)
        k += "  - path: signconnect-deployment.yaml\n";
    if (env == u"development" && withSignConnect) {
        k += fill(R"YAML(
configMapGenerator:
  - name: signconnect-config
    namespace: signconnect
    behavior: merge
    literals:
      - LOG_LEVEL=debug
)YAML",
                  v);
    }
    k += fill(R"YAML(
images:
  - name: ${blogImage}
    newTag: ${blogTag}
)YAML",
              v);
    if (withSignConnect)
        k += fill("  - name: ${scImage}\n    newTag: ${scTag}\n", v);

    FileMap files {{dir + u"kustomization.yaml", k}};

    QByteArray blogDeployment = fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: paulojauregui-com
  namespace: paulojauregui-com
spec:
  replicas: ${replicas}
)YAML",
                                     v);
    if (p.arm64) {
        blogDeployment += R"YAML(  template:
    spec:
      # Oracle Cloud Ampere A1 nodes: the image must be built for arm64
      nodeSelector:
        kubernetes.io/arch: arm64
)YAML";
    }
    files.insert(dir + u"blog-deployment.yaml", blogDeployment);
    files.insert(dir + u"blog-ingress.yaml",
                 fill(R"YAML(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: paulojauregui-com
  namespace: paulojauregui-com
  annotations:
    cert-manager.io/cluster-issuer: ${issuer}
spec:
  tls:
    - hosts:
        - ${host}
      secretName: paulojauregui-com-tls
  rules:
    - host: ${host}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: paulojauregui-com
                port:
                  name: http
)YAML",
                      v));
    if (withSignConnect) {
        files.insert(dir + u"signconnect-ingress.yaml",
                     fill(R"YAML(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: signconnect
  namespace: signconnect
  annotations:
    cert-manager.io/cluster-issuer: ${issuer}
spec:
  tls:
    - hosts:
        - ${scHost}
      secretName: signconnect-tls
  rules:
    - host: ${scHost}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: signconnect
                port:
                  name: http
)YAML",
                          v));
        if (p.arm64) {
            files.insert(dir + u"signconnect-deployment.yaml",
                         fill(R"YAML(apiVersion: apps/v1
kind: Deployment
metadata:
  name: signconnect
  namespace: signconnect
spec:
  replicas: ${replicas}
  template:
    spec:
      nodeSelector:
        kubernetes.io/arch: arm64
)YAML",
                              v));
        }
    }
    return files;
}

FileMap clusterApplications(const QString &cluster, const QString &env, bool withInfrastructure,
                            bool withServices)
{
    const QMap<QString, QString> v {{QStringLiteral("cluster"), cluster},
                                    {QStringLiteral("env"), env},
                                    {QStringLiteral("repo"), QString::fromLatin1(gitOpsRepoUrl)}};
    const QString dir = u"clusters/" + cluster + u'/';
    QByteArray k = fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# The root of ${cluster}: Argo CD's app-of-apps syncs this folder.
resources:
  - apps.yaml
)YAML",
                        v);
    if (withInfrastructure)
        k += "  - infrastructure.yaml\n";
    if (withServices)
        k += "  - services.yaml\n";
    FileMap files {{dir + u"kustomization.yaml", k},
                   {dir + u"apps.yaml",
                    fill(R"YAML(apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: apps-${env}
  namespace: argocd
  labels:
    gitops.paulojauregui.com/cluster: ${cluster}
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  source:
    repoURL: ${repo}
    targetRevision: main
    path: apps/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
)YAML",
                         v)}};
    if (withInfrastructure) {
        files.insert(dir + u"infrastructure.yaml",
                     fill(R"YAML(apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: infrastructure-${env}
  namespace: argocd
  labels:
    gitops.paulojauregui.com/cluster: ${cluster}
  annotations:
    # infrastructure (cert-manager and its issuers) syncs before the apps that need it
    argocd.argoproj.io/sync-wave: "-1"
spec:
  project: default
  source:
    repoURL: ${repo}
    targetRevision: main
    path: infrastructure/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
)YAML",
                          v));
    }
    return files;
}

FileMap certManagerBase(const QString &chartVersion)
{
    const QMap<QString, QString> v {{QStringLiteral("version"), chartVersion}};
    return {
        {QStringLiteral("infrastructure/base/cert-manager/kustomization.yaml"),
         fill(R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# cert-manager, installed from its Helm chart by Argo CD (the chart is not inflated here).
resources:
  - application.yaml
)YAML")},
        {QStringLiteral("infrastructure/base/cert-manager/application.yaml"),
         fill(R"YAML(apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: cert-manager
  namespace: argocd
  annotations:
    argocd.argoproj.io/sync-wave: "-2"
    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  source:
    repoURL: https://charts.jetstack.io
    chart: cert-manager
    targetRevision: ${version}
    helm:
      releaseName: cert-manager
      valuesObject:
        crds:
          enabled: true
          keep: true
        prometheus:
          enabled: false
  destination:
    server: https://kubernetes.default.svc
    namespace: cert-manager
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
      - ServerSideApply=true
)YAML",
              v)},
    };
}

FileMap infrastructureOverlay(const QString &env, const QString &chartVersion)
{
    const QString dir = u"infrastructure/overlays/" + env + u'/';
    // The chart version this environment runs: its own pin, so that cert-manager moves
    // development → staging → production like an app.
    const QByteArray chartPin = QByteArrayLiteral(R"YAML(
  # the cert-manager chart this environment runs (promoted like an app)
  - patch: |-
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata:
        name: cert-manager
        namespace: argocd
      spec:
        source:
          targetRevision: )YAML")
        + chartVersion.toUtf8() + '\n';
    const QByteArray letsEncryptProd = R"YAML(apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-prod
  annotations:
    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: paulo@paulojauregui.com
    privateKeySecretRef:
      name: letsencrypt-prod-account-key
    solvers:
      - http01:
          ingress:
            ingressClassName: nginx
)YAML";
    if (env == u"development") {
        return {
            {dir + u"kustomization.yaml", R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# home-dev has no public ingress: certificates come from a self-signed issuer.
resources:
  - ../../base/cert-manager
  - selfsigned-issuer.yaml

patches:
  # one controller replica is plenty on the home lab
  - target:
      kind: Application
      name: cert-manager
    patch: |-
      - op: add
        path: /spec/source/helm/valuesObject/replicaCount
        value: 1
)YAML" + chartPin},
            {dir + u"selfsigned-issuer.yaml", R"YAML(apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: selfsigned-issuer
  annotations:
    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true
spec:
  selfSigned: {}
)YAML"},
        };
    }
    if (env == u"staging") {
        return {
            {dir + u"kustomization.yaml", R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# Staging mirrors production: the same Let's Encrypt issuer, plus Let's Encrypt's staging
# endpoint for trying new hosts without touching the production rate limits.
resources:
  - ../../base/cert-manager
  - letsencrypt-prod.yaml
  - letsencrypt-staging.yaml

patches:
  - target:
      kind: Application
      name: cert-manager
    patch: |-
      - op: add
        path: /spec/source/helm/valuesObject/replicaCount
        value: 2
)YAML" + chartPin},
            {dir + u"letsencrypt-prod.yaml", letsEncryptProd},
            {dir + u"letsencrypt-staging.yaml", R"YAML(apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-staging
  annotations:
    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true
spec:
  acme:
    server: https://acme-staging-v02.api.letsencrypt.org/directory
    email: paulo@paulojauregui.com
    privateKeySecretRef:
      name: letsencrypt-staging-account-key
    solvers:
      - http01:
          ingress:
            ingressClassName: nginx
)YAML"},
        };
    }
    return {
        {dir + u"kustomization.yaml", R"YAML(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# Production: real certificates from Let's Encrypt.
resources:
  - ../../base/cert-manager
  - letsencrypt-prod.yaml

patches:
  - target:
      kind: Application
      name: cert-manager
    patch: |-
      - op: add
        path: /spec/source/helm/valuesObject/replicaCount
        value: 2
)YAML" + chartPin},
        {dir + u"letsencrypt-prod.yaml", letsEncryptProd},
    };
}

FileMap workflows(bool withStaging)
{
    FileMap files;
    files.insert(
        QStringLiteral(".github/workflows/build-and-deploy.yml"),
        fill(
            R"YAML(# Phase 1 of the roadmap: a push to a feature branch of an app builds a multi-arch image,
# pushes it to GHCR with a unique tag, and bumps the development overlay; Argo CD then
# deploys it to home-dev. The app repositories call this workflow (workflow_call); a push to
# a feature branch of this repository runs it for the blog.
name: build-and-deploy

on:
  push:
    branches-ignore: [main, 'promote/**']
  workflow_call:
    inputs:
      app:
        type: string
        required: true
      source-repository:
        type: string
        required: true

permissions:
  contents: write
  packages: write

concurrency:
  group: gitops-development
  cancel-in-progress: false

env:
  APP: ${{ inputs.app || 'paulojauregui-com' }}
  SOURCE: ${{ inputs.source-repository || 'howdiggy/paulojauregui-com' }}

jobs:
  image:
    runs-on: ubuntu-latest
    outputs:
      tag: ${{ steps.tag.outputs.tag }}
      digest: ${{ steps.build.outputs.digest }}
    steps:
      - name: Check out the application
        uses: actions/checkout@v4
        with:
          repository: ${{ env.SOURCE }}
          path: src

      - name: Unique tag from the source commit
        id: tag
        run: echo "tag=sha-$(git -C src rev-parse --short=7 HEAD)" >> "$GITHUB_OUTPUT"

      - name: Set up QEMU
        uses: docker/setup-qemu-action@v3

      - name: Set up Docker Buildx
        uses: docker/setup-buildx-action@v3

      - name: Log in to GHCR
        uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}

      - name: Docker metadata
        id: meta
        uses: docker/metadata-action@v5
        with:
          images: ghcr.io/howdiggy/${{ env.APP }}
          tags: type=raw,value=${{ steps.tag.outputs.tag }}

      - name: Build and push (linux/amd64 + linux/arm64)
        id: build
        uses: docker/build-push-action@v6
        with:
          context: src
          platforms: linux/amd64,linux/arm64
          push: true
          tags: ${{ steps.meta.outputs.tags }}
          labels: ${{ steps.meta.outputs.labels }}
          annotations: ${{ steps.meta.outputs.annotations }}
          cache-from: type=gha
          cache-to: type=gha,mode=max

  bump-development:
    needs: image
    runs-on: ubuntu-latest
    steps:
      - name: Check out the GitOps repository
        uses: actions/checkout@v4
        with:
          repository: howdiggy/homelab-gitops
          ref: main
          token: ${{ secrets.GITOPS_TOKEN }}

      - name: Install Promenade
        run: sudo apt-get install -y ./tools/promenade_*.deb || sudo apt-get install -y promenade

      - name: Bump the development overlay
        run: |
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          promenade set-image . --env development --app "$APP" \
            --image "ghcr.io/howdiggy/$APP=${{ needs.image.outputs.tag }}" --commit --push
)YAML"));
    const QByteArray promoteHeader
        = R"YAML(# Manual promotion. Direct commits for the lower environments; production only through a
# pull request to main, merged by a person (the approval step of the roadmap).
name: promote

on:
  workflow_dispatch:
    inputs:
      app:
        description: Application to promote
        type: choice
        options: [paulojauregui-com, signconnect]
)YAML";
    QByteArray promote = promoteHeader;
    if (withStaging) {
        promote += R"YAML(      to:
        description: Target environment (development → staging → production)
        type: choice
        options: [staging, production]
)YAML";
    } else {
        promote += R"YAML(      to:
        description: Target environment
        type: choice
        options: [production]
)YAML";
    }
    promote += R"YAML(
permissions:
  contents: write
  pull-requests: write

jobs:
  promote:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0

      - name: Install Promenade
        run: sudo apt-get install -y ./tools/promenade_*.deb || sudo apt-get install -y promenade

      - name: Promote
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        run: |
          git config user.name "${{ github.actor }}"
          git config user.email "${{ github.actor }}@users.noreply.github.com"
)YAML";
    if (withStaging) {
        promote += R"YAML(          from=development
          [ "${{ inputs.to }}" = production ] && from=staging
          mode=--push
          [ "${{ inputs.to }}" = production ] && mode=--pull-request
          promenade promote . --app "${{ inputs.app }}" --from "$from" --to "${{ inputs.to }}" $mode --yes
)YAML";
    } else {
        promote
            += R"YAML(          promenade promote . --app "${{ inputs.app }}" --from development --to production \
            --pull-request --yes
)YAML";
    }
    files.insert(QStringLiteral(".github/workflows/promote.yml"), promote);
    files.insert(
        QStringLiteral(".github/workflows/validate.yml"),
        R"YAML(# Every pull request: each overlay must build. These are the checks that Promenade's
# "pull request checks green" gate reads before production is promoted.
name: validate

on:
  pull_request:
    branches: [main]

permissions:
  contents: read

jobs:
  kustomize-build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build every overlay
        run: |
          for dir in apps/overlays/* infrastructure/overlays/* clusters/*; do
            [ -f "$dir/kustomization.yaml" ] || continue
            echo "::group::$dir"
            kubectl kustomize "$dir" > /dev/null
            echo "::endgroup::"
          done
)YAML");
    return files;
}

FileMap promenadeConfig()
{
    return {
        {QStringLiteral("promenade.yaml"),
         R"YAML(# Promenade's view of this repository. Everything here can be inferred from the layout;
# it is written down so that the order and the promotion rules are explicit.
environments:
  - name: development
    clusters: [home-dev]
    promotion: commit
  - name: staging
    clusters: [oci-staging]
    promotion: commit
  - name: production
    clusters: [oci-prod]
    # the roadmap's approval step: production changes are merged pull requests
    promotion: pull-request

apps:
  - name: paulojauregui-com
    image: ghcr.io/howdiggy/paulojauregui-com
  - name: signconnect
    image: ghcr.io/howdiggy/signconnect
)YAML"}};
}

} // namespace Promenade::Demo::Files
