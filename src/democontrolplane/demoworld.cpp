#include "demoworld.h"

#include "logging.h"

#include <QTimer>

namespace Promenade::Demo {

namespace {

// The overlay of its own an environment deploys an app with (apps/<app>/overlays/<env>), or
// an empty string when the shared apps overlay deploys it.
QString ownOverlay(const Environment &env, const QString &app)
{
    const QString prefix = u"apps/" + app + u"/overlays/";
    for (const QString &overlay : env.appOverlays) {
        if (overlay.startsWith(prefix))
            return overlay;
    }
    return {};
}

// The images the shared apps overlay pins (the apps without an overlay of their own).
QMap<QString, QString> declaredImages(const Environment &env)
{
    QMap<QString, QString> images;
    for (const DeclaredImage &image : env.images) {
        if (ownOverlay(env, image.app).isEmpty())
            images.insert(image.app, image.repository + u':' + image.version());
    }
    return images;
}

QString ownApplicationName(const QString &app, const QString &env)
{
    return app + u'-' + env; // as clusters/<cluster>/services.yaml names them
}

// Where each demo app is served in an environment (the demo overlays' Ingress hosts).
QString hostFor(const QString &app, const QString &env)
{
    const QString base = app == u"signconnect" ? QStringLiteral("signconnect.paulojauregui.com")
        : app == u"paulojauregui-com"          ? QStringLiteral("paulojauregui.com")
                                               : app + QStringLiteral(".example");
    if (env == u"production")
        return base;
    const QString prefix = env == u"development" ? QStringLiteral("dev") : env;
    return prefix + u'.' + base;
}

// The controller image a chart version runs (cert-manager's, as its chart deploys it).
QString chartImage(const InfrastructureComponent &c)
{
    const QString image = c.name == u"cert-manager"
        ? QStringLiteral("quay.io/jetstack/cert-manager-controller")
        : QStringLiteral("registry.example/%1").arg(c.name);
    return image + u':' + c.version;
}

QString chartApplicationName(const QString &chart, const QString &env)
{
    return chart + u'-' + env;
}

// An Application synced to revision once, from started to finished (where the demo's history
// begins): its sync and health times and its one history entry.
void markSynced(DemoWorld::Application &app, const QString &revision, const QDateTime &started,
                const QDateTime &finished, int healthAfterSeconds, const QDateTime &reconciledAt,
                int historyId)
{
    app.targetRevision = revision;
    app.syncedRevision = revision;
    app.operationStartedAt = started;
    app.operationFinishedAt = finished;
    app.healthChangedAt = finished.addSecs(healthAfterSeconds);
    app.reconciledAt = reconciledAt;
    app.history.append({historyId, revision, started, finished, true});
}

DemoWorld::Issuer issuerFor(const QString &cluster, const InfrastructureComponent &c)
{
    const bool acme = c.name.startsWith(u"letsencrypt");
    return {cluster, c.name, acme ? QStringLiteral("acme") : QStringLiteral("selfSigned"),
            c.name == u"letsencrypt-staging"
                ? QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/directory")
                : acme ? QStringLiteral("https://acme-v02.api.letsencrypt.org/directory")
                       : QString(),
            true};
}

// The certificate an app's Ingress asks cert-manager for: issued some days ago (more for later
// apps and environments), one of them failing to renew.
DemoWorld::Certificate certificateFor(const Environment &env, const QString &app,
                                      const QString &cluster, int index, int daysAgo,
                                      const QDateTime &now)
{
    DemoWorld::Certificate cert;
    cert.cluster = cluster;
    cert.nameSpace = app;
    cert.name = app + QStringLiteral("-tls");
    cert.dnsNames = {hostFor(app, env.name)};
    cert.issuer = env.name == u"development" ? QStringLiteral("selfsigned-issuer")
                                             : QStringLiteral("letsencrypt-prod");
    const int issuedDaysAgo = 20 + 9 * index + 7 * daysAgo;
    cert.notBefore = now.addDays(-issuedDaysAgo);
    cert.notAfter = cert.notBefore.addDays(90);
    cert.renewalTime = cert.notAfter.addDays(-30);
    if (env.name == u"staging" && app == u"signconnect") {
        // The one certificate that needs attention: renewal keeps failing, 6 days left.
        cert.notBefore = now.addDays(-84);
        cert.notAfter = now.addDays(6);
        cert.renewalTime = now.addDays(-24);
        cert.issuingFailure
            = QStringLiteral("The certificate request has failed to complete and will be "
                             "retried: Failed to wait for order "
                             "resource \"signconnect-tls-1-2930431816\" to become ready: "
                             "order is in \"invalid\" state: "
                             "http-01 self check failed for domain \"%1\"")
                  .arg(cert.dnsNames.first());
    }
    return cert;
}

} // namespace

void DemoWorld::addChartApplications(const Environment &env, const QString &cluster,
                                     const QDateTime &now, int daysAgo)
{
    for (const InfrastructureComponent &c : env.infrastructure) {
        if (c.kind != u"Helm chart" || c.version.isEmpty())
            continue;
        Application app;
        app.name = chartApplicationName(c.name, env.name);
        app.environment = env.name;
        app.cluster = cluster;
        app.chart = c.name;
        app.chartRepository = c.repository;
        app.chartVersion = c.version;
        app.declared.insert(c.name, chartImage(c));
        app.running = app.declared;
        app.replicas.insert(c.name, 1);
        // Argo CD's revision of a chart source is its version.
        markSynced(app, c.version, now.addSecs(-(daysAgo + 20) * 86400 - 50),
                   now.addSecs(-(daysAgo + 20) * 86400 - 10), 25, now.addSecs(-60),
                   m_nextHistoryId++);
        app.resourceVersion = ++m_resourceVersion;
        app.withIngress = false;
        add(app);
    }
}

void DemoWorld::followChartVersions(const Environment &env)
{
    for (const InfrastructureComponent &c : env.infrastructure) {
        if (c.kind != u"Helm chart" || c.version.isEmpty())
            continue;
        Application *app = find(chartApplicationName(c.name, env.name));
        if (!app)
            continue; // a chart added later: the demo's Argo CD does not know it
        app->chartVersion = c.version;
        app->chartRepository = c.repository;
        app->declared = {{c.name, chartImage(c)}};
        app->targetRevision = c.version;
        if (app->declared != app->running)
            beginSync(*app, true);
    }
}

DemoWorld::DemoWorld(const Pipeline &pipeline, const QString &revision, const QDateTime &now,
                     QObject *parent)
    : QObject(parent)
{
    int daysAgo = 1;
    for (const Environment &env : pipeline.environments) {
        const QString cluster = env.clusters.value(0, env.name);
        const bool arm64Mirror
            = env.promotion == PromotionMode::PullRequest || env.name == u"staging";
        if (!env.appsOverlay.isEmpty()) {
            Application app;
            app.name = u"apps-" + env.name;
            app.environment = env.name;
            app.cluster = cluster;
            app.path = env.appsOverlay;
            app.declared = declaredImages(env);
            app.running = app.declared;
            for (const DeclaredImage &image : env.images)
                app.replicas.insert(image.app, arm64Mirror ? 2 : 1);
            markSynced(app, revision, now.addSecs(-daysAgo * 86400 - 40),
                       now.addSecs(-daysAgo * 86400), 35, now.addSecs(-90), m_nextHistoryId++);
            app.resourceVersion = ++m_resourceVersion;
            add(app);
        }
        // Apps with an overlay of their own: an Application each (no Ingress: internal services).
        for (const DeclaredImage &image : env.images) {
            const QString overlay = ownOverlay(env, image.app);
            if (overlay.isEmpty())
                continue;
            Application app;
            app.name = ownApplicationName(image.app, env.name);
            app.environment = env.name;
            app.cluster = cluster;
            app.path = overlay;
            app.declared.insert(image.app, image.repository + u':' + image.version());
            app.running = app.declared;
            app.replicas.insert(image.app, arm64Mirror ? 2 : 1);
            markSynced(app, revision, now.addSecs(-daysAgo * 86400 - 40),
                       now.addSecs(-daysAgo * 86400), 35, now.addSecs(-90), m_nextHistoryId++);
            app.resourceVersion = ++m_resourceVersion;
            app.withIngress = false;
            add(app);
        }
        if (!env.infrastructureOverlay.isEmpty()) {
            Application infra;
            infra.name = u"infrastructure-" + env.name;
            infra.environment = env.name;
            infra.cluster = cluster;
            infra.path = env.infrastructureOverlay;
            infra.infrastructure = env.infrastructure;
            markSynced(infra, revision, now.addSecs(-(daysAgo + 20) * 86400 - 30),
                       now.addSecs(-(daysAgo + 20) * 86400), 20, now.addSecs(-60),
                       m_nextHistoryId++);
            infra.resourceVersion = ++m_resourceVersion;
            add(infra);
            addChartApplications(env, cluster, now, daysAgo);
            for (const InfrastructureComponent &c : env.infrastructure) {
                if (c.kind == u"ClusterIssuer" || c.kind == u"Issuer")
                    m_issuers.append(issuerFor(cluster, c));
            }
        }
        // Each app's Ingress asks cert-manager for a certificate of its host.
        int certificateIndex = 0;
        for (const DeclaredImage &image : env.images) {
            if (!ownOverlay(env, image.app).isEmpty())
                continue; // an internal service: no Ingress, no certificate
            m_certificates.append(
                certificateFor(env, image.app, cluster, certificateIndex, daysAgo, now));
            ++certificateIndex;
        }
        ++daysAgo;
    }
}

void DemoWorld::add(const Application &app)
{
    m_index.insert(app.name, m_applications.size());
    m_applications.append(app);
}

const DemoWorld::Application *DemoWorld::application(const QString &name) const
{
    const qsizetype i = m_index.value(name, -1);
    return i >= 0 ? &m_applications[i] : nullptr;
}

DemoWorld::Application *DemoWorld::find(const QString &name)
{
    const qsizetype i = m_index.value(name, -1);
    return i >= 0 ? &m_applications[i] : nullptr;
}

QStringList DemoWorld::clusters() const
{
    QStringList out;
    for (const Application &app : m_applications) {
        if (!out.contains(app.cluster))
            out << app.cluster;
    }
    return out;
}

void DemoWorld::setDeclared(const Pipeline &pipeline, const QString &revision)
{
    for (const Environment &env : pipeline.environments) {
        if (Application *app = find(u"apps-" + env.name)) {
            app->declared = declaredImages(env);
            app->targetRevision = revision;
            if (app->declared != app->running) {
                beginSync(*app, true);
            } else {
                if (app->phase != u"Running")
                    app->syncedRevision = revision;
                touch(*app); // compared with the new revision: a change, as Argo CD records it
            }
        }
        for (const DeclaredImage &image : env.images) {
            if (ownOverlay(env, image.app).isEmpty())
                continue;
            Application *app = find(ownApplicationName(image.app, env.name));
            if (!app)
                continue; // a service added later: the demo's Argo CD does not know it
            app->declared = {{image.app, image.repository + u':' + image.version()}};
            app->targetRevision = revision;
            if (app->declared != app->running) {
                beginSync(*app, true);
            } else {
                if (app->phase != u"Running")
                    app->syncedRevision = revision;
                touch(*app); // compared with the new revision: a change, as Argo CD records it
            }
        }
        if (Application *infra = find(u"infrastructure-" + env.name)) {
            infra->targetRevision = revision;
            const bool changed = infra->infrastructure.size() != env.infrastructure.size()
                || !std::equal(env.infrastructure.cbegin(), env.infrastructure.cend(),
                               infra->infrastructure.cbegin(), [](const auto &a, const auto &b) {
                                   return a.name == b.name && a.version == b.version;
                               });
            infra->infrastructure = env.infrastructure;
            if (changed) {
                beginSync(*infra, true);
            } else {
                if (infra->phase != u"Running")
                    infra->syncedRevision = revision;
                touch(*infra);
            }
            followChartVersions(env);
        }
    }
}

Result<QString> DemoWorld::sync(const QString &name)
{
    Application *app = find(name);
    if (!app)
        return Error(Error::Kind::NotFound,
                     QStringLiteral("applications.argoproj.io \"%1\" not found").arg(name));
    if (app->phase == u"Running")
        return Error(Error::Kind::Refused,
                     QStringLiteral("another operation is already in progress"));
    beginSync(*app, false);
    return app->targetRevision;
}

void DemoWorld::beginSync(Application &app, bool automated)
{
    const qint64 generation = ++m_syncGeneration[app.name];
    if (app.declared != app.running)
        app.syncStatus = QStringLiteral("OutOfSync");
    touch(app);
    const QString name = app.name;
    // Argo CD notices the new revision, then runs the sync, then the rollout completes.
    QTimer::singleShot(m_stepDelay, this, [this, name, generation, automated] {
        Application *a = find(name);
        if (!a || m_syncGeneration.value(name) != generation)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        a->phase = QStringLiteral("Running");
        a->operationMessage = QStringLiteral("one or more tasks are running");
        a->operationStartedAt = now;
        a->operationFinishedAt = {};
        if (a->declared != a->running) {
            a->health = QStringLiteral("Progressing");
            a->healthMessage = QStringLiteral(
                "Waiting for rollout to finish: 1 old replicas are pending termination...");
            a->healthChangedAt = now;
        }
        touch(*a);
        QTimer::singleShot(m_stepDelay, this, [this, name, generation, automated] {
            Application *b = find(name);
            if (!b || m_syncGeneration.value(name) != generation)
                return;
            const QDateTime done = QDateTime::currentDateTimeUtc();
            b->phase = QStringLiteral("Succeeded");
            b->operationMessage = QStringLiteral("successfully synced (all tasks run)");
            b->operationFinishedAt = done;
            b->running = b->declared;
            b->syncedRevision = b->targetRevision;
            b->syncStatus = QStringLiteral("Synced");
            if (b->health != u"Healthy")
                b->healthChangedAt = done;
            b->health = QStringLiteral("Healthy");
            b->healthMessage.clear();
            b->reconciledAt = done;
            b->history.append(
                {m_nextHistoryId++, b->syncedRevision, b->operationStartedAt, done, automated});
            while (b->history.size() > 10)
                b->history.removeFirst(); // Argo CD keeps revisionHistoryLimit (10) entries
            touch(*b);
            qCDebug(lcDemo) << "demo sync finished" << name << b->syncedRevision;
        });
    });
}

void DemoWorld::touch(Application &app)
{
    app.resourceVersion = ++m_resourceVersion;
    Q_EMIT applicationChanged(app.name);
}

const DemoWorld::PullRequest *DemoWorld::pullRequest(int number) const
{
    for (const PullRequest &pr : m_pullRequests) {
        if (pr.number == number)
            return &pr;
    }
    return nullptr;
}

Result<DemoWorld::PullRequest>
DemoWorld::createPullRequest(const QString &title, const QString &body, const QString &head,
                             const QString &base, const QString &headSha)
{
    for (const PullRequest &pr : m_pullRequests) {
        if (pr.head == head && pr.base == base && pr.state == u"open")
            return Error(
                Error::Kind::Refused,
                QStringLiteral("A pull request already exists for howdiggy:%1.").arg(head));
    }
    PullRequest pr;
    pr.number = 12 + static_cast<int>(m_pullRequests.size());
    pr.title = title;
    pr.body = body;
    pr.head = head;
    pr.base = base;
    pr.headSha = headSha;
    pr.createdAt = QDateTime::currentDateTimeUtc();
    pr.updatedAt = pr.createdAt;
    m_pullRequests.append(pr);
    return pr;
}

Result<DemoWorld::PullRequest> DemoWorld::markMerged(int number, const QString &mergeCommitSha)
{
    for (PullRequest &pr : m_pullRequests) {
        if (pr.number != number)
            continue;
        if (pr.merged)
            return Error(Error::Kind::Refused, QStringLiteral("Pull Request is not mergeable"));
        pr.merged = true;
        pr.state = QStringLiteral("closed");
        pr.mergeCommitSha = mergeCommitSha;
        pr.mergedAt = QDateTime::currentDateTimeUtc();
        pr.updatedAt = pr.mergedAt;
        return pr;
    }
    return Error(Error::Kind::NotFound, QStringLiteral("Not Found"));
}

} // namespace Promenade::Demo
