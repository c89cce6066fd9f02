#include "democontrolplane.h"

#include "demosourcehost.h"

#include "demoimages.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Promenade::Demo {

namespace {

using HttpStatus = QHttpServerResponder::StatusCode;
using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

const QString repoOwner = QStringLiteral("howdiggy");
const QString repoName = QStringLiteral("homelab-gitops");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

// A stable UUID-looking id for an object name.
QString uidFor(const QString &name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-'
                               + h.mid(16, 4) + '-' + h.mid(20, 12));
}

QString randomToken(const QString &prefix)
{
    const QByteArray seed = QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + prefix.toUtf8() + QByteArray::number(reinterpret_cast<quintptr>(&prefix));
    return prefix
        + QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
}

// Writes a whole response. (Qt 6.4's responder takes headers only as an initializer list.)
void reply(QHttpServerResponder &responder, HttpStatus status, const QByteArray &contentType,
           const QByteArray &body, const Headers &extra = {})
{
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &[key, value] : extra)
        responder.writeHeader(key, value);
    responder.writeBody(body); // ends the header block, then the body
}

void replyJson(QHttpServerResponder &responder, HttpStatus status, const QJsonValue &json,
               const Headers &extra = {})
{
    const QByteArray body = json.isArray()
        ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    reply(responder, status, "application/json", body, extra);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (auth.startsWith("Bearer "))
        return QString::fromUtf8(auth.mid(7));
    if (auth.startsWith("token "))
        return QString::fromUtf8(auth.mid(6));
    return {};
}

// Argo CD's `fields` projection: keep only the listed leaves (paths relative to obj).
void copyPath(const QJsonObject &from, QJsonObject &to, const QStringList &path)
{
    if (path.isEmpty() || !from.contains(path.first()))
        return;
    const QString key = path.first();
    if (path.size() == 1) {
        to.insert(key, from.value(key));
        return;
    }
    QJsonObject child = to.value(key).toObject();
    copyPath(from.value(key).toObject(), child, path.mid(1));
    to.insert(key, child);
}

void removePath(QJsonObject &obj, const QStringList &path)
{
    if (path.isEmpty() || !obj.contains(path.first()))
        return;
    if (path.size() == 1) {
        obj.remove(path.first());
        return;
    }
    QJsonObject child = obj.value(path.first()).toObject();
    removePath(child, path.mid(1));
    obj.insert(path.first(), child);
}

QJsonObject project(const QJsonObject &item, const QStringList &fields, const QString &prefix)
{
    QStringList include, exclude;
    for (const QString &f : fields) {
        if (f.startsWith(u'-') && f.mid(1).startsWith(prefix))
            exclude << f.mid(1 + prefix.size());
        else if (f.startsWith(prefix))
            include << f.mid(prefix.size());
    }
    QJsonObject out;
    if (include.isEmpty()) {
        out = item;
    } else {
        for (const QString &path : include)
            copyPath(item, out, path.split(u'.'));
    }
    for (const QString &path : exclude)
        removePath(out, path.split(u'.'));
    return out;
}

QJsonObject argoError(const QString &message, int grpcCode)
{
    return {{QStringLiteral("error"), message},
            {QStringLiteral("code"), grpcCode},
            {QStringLiteral("message"), message}};
}

QJsonObject kubeStatus(int code, const QString &reason, const QString &message,
                       const QJsonObject &details = {})
{
    return {{QStringLiteral("kind"), QStringLiteral("Status")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("status"), QStringLiteral("Failure")},
            {QStringLiteral("message"), message},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("details"), details},
            {QStringLiteral("code"), code}};
}

QJsonObject githubError(const QString &message, const QString &doc)
{
    return {{QStringLiteral("message"), message},
            {QStringLiteral("documentation_url"),
             QString(QStringLiteral("https://docs.github.com/rest/") + doc)}};
}

} // namespace

// One open watch stream of Argo CD (newline-delimited JSON over chunked transfer encoding).
struct DemoControlPlane::Stream
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QString nameFilter;

    void send(const QByteArray &line)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray payload = line + '\n';
        socket->write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
    }
};

DemoControlPlane::DemoControlPlane(const Pipeline &pipeline, const QString &revision,
                                   OriginHooks hooks, QObject *parent)
    : QObject(parent)
    , m_world(std::make_unique<DemoWorld>(pipeline, revision, QDateTime::currentDateTimeUtc()))
    , m_hooks(std::move(hooks))
    , m_originRevision(revision)
{
    m_endpoints.argoCdToken = randomToken(QStringLiteral("demo.argocd."));
    // Argo CD only takes a bearer token that looks like a JWT (three dot-separated parts).
    m_endpoints.argoCdToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
        + m_endpoints.argoCdToken.section(u'.', 2) + QStringLiteral(".demo");
    m_endpoints.kubernetesToken = randomToken(QStringLiteral("demo-kube-"));
    m_endpoints.githubToken = randomToken(QStringLiteral("ghp_demo"));
    // PROMENADE_DEMO_CHECK_SECONDS: how long the validate check runs (-1: forever), so that a
    // window's merge confirmation can be tried (and tested) at leisure.
    bool numeric = false;
    const int seconds = qEnvironmentVariableIntValue("PROMENADE_DEMO_CHECK_SECONDS", &numeric);
    if (numeric)
        m_checkMilliseconds = seconds < 0 ? -1 : seconds * 1000;
    m_endpoints.argoCdUsername = QStringLiteral("admin");
    m_endpoints.argoCdPassword = QStringLiteral("demo");
    connect(m_world.get(), &DemoWorld::applicationChanged, this, &DemoControlPlane::broadcast);
    // The registry holds the real apps' images, and those of every app the repository pins
    // under ghcr.io/howdiggy (the synthetic services of a large demo).
    for (const DemoImages::Release &r : DemoImages::releases())
        m_registryApps.insert(repoOwner + u'/' + r.app, r.app);
    const QString prefix = QStringLiteral("ghcr.io/") + repoOwner + u'/';
    for (const Environment &env : pipeline.environments) {
        for (const DeclaredImage &image : env.images) {
            if (image.repository.startsWith(prefix)
                && !image.repository.mid(prefix.size()).contains(u'/'))
                m_registryApps.insert(image.repository.mid(8), image.repository.mid(prefix.size()));
        }
    }
    m_originPoll = new QTimer(this);
    m_originPoll->setInterval(1000);
    connect(m_originPoll, &QTimer::timeout, this, &DemoControlPlane::checkOrigin);
}

DemoControlPlane::~DemoControlPlane() = default;

int DemoControlPlane::RequestCounts::total() const
{
    int sum = 0;
    for (const int n : byKind)
        sum += n;
    return sum;
}

int DemoControlPlane::RequestCounts::of(const QString &service) const
{
    int sum = 0;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        if (it.key().startsWith(service + u' '))
            sum += it.value();
    }
    return sum;
}

void DemoControlPlane::setTiming(int originPollMilliseconds, int syncStepMilliseconds)
{
    m_originPoll->setInterval(originPollMilliseconds);
    m_world->setStepDelay(syncStepMilliseconds);
}

Promenade::Status DemoControlPlane::start()
{
    auto listen = [this](std::function<void(QHttpServer &)> route) -> Result<QUrl> {
        auto server = std::make_unique<QHttpServer>();
        route(*server);
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return Error(Error::Kind::Failed,
                         QStringLiteral("the demo control plane cannot listen on 127.0.0.1"));
        m_servers.push_back(std::move(server));
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    };
    auto argo = listen([this](QHttpServer &s) { routeArgoCd(s); });
    if (!argo)
        return argo.error();
    m_endpoints.argoCd = *argo;
    auto registry = listen([this](QHttpServer &s) { routeRegistry(s); });
    if (!registry)
        return registry.error();
    m_endpoints.registry = *registry;
    auto github = listen([this](QHttpServer &s) { routeGitHub(s); });
    if (!github)
        return github.error();
    m_endpoints.github = *github;
    for (const QString &cluster : m_world->clusters()) {
        auto kube = listen([this, cluster](QHttpServer &s) { routeKubernetes(s, cluster); });
        if (!kube)
            return kube.error();
        m_endpoints.kubernetes.insert(cluster, *kube);
    }
    if (m_hooks.readOrigin)
        m_originPoll->start();
    return {};
}

void DemoControlPlane::setSourceDirectory(const QString &dir)
{
    m_sources = std::make_unique<DemoSourceHost>(dir);
}

void DemoControlPlane::checkOrigin()
{
    if (!m_hooks.readOrigin)
        return;
    auto origin = m_hooks.readOrigin();
    if (!origin) {
        qCWarning(lcDemo).noquote() << "demo: cannot read the origin:" << origin.error().toString();
        return;
    }
    if (origin->second == m_originRevision)
        return;
    m_originRevision = origin->second;
    qCInfo(lcDemo) << "demo: origin moved to" << m_originRevision;
    m_world->setDeclared(origin->first, m_originRevision);
}

// ---------------------------------------------------------------------------------------
// Argo CD

namespace {

QJsonObject sourceOf(const DemoWorld::Application &app)
{
    return {{QStringLiteral("repoURL"),
             QStringLiteral("https://github.com/howdiggy/homelab-gitops.git")},
            {QStringLiteral("path"), app.path},
            {QStringLiteral("targetRevision"), QStringLiteral("main")}};
}

QJsonObject destinationOf(const DemoWorld::Application &app)
{
    QJsonObject d {{QStringLiteral("server"), QStringLiteral("https://kubernetes.default.svc")}};
    if (app.name.startsWith(u"infrastructure-"))
        d.insert(QStringLiteral("namespace"), QStringLiteral("argocd"));
    return d;
}

struct ManagedResource
{
    QString group, version, kind, nameSpace, name;
    QString app; // the demo app it belongs to (empty for infrastructure)
};

QList<ManagedResource> managedResources(const DemoWorld::Application &app)
{
    QList<ManagedResource> out;
    if (app.name.startsWith(u"infrastructure-")) {
        for (const InfrastructureComponent &c : app.infrastructure) {
            if (c.kind == u"Helm chart")
                out.append({QStringLiteral("argoproj.io"),
                            QStringLiteral("v1alpha1"),
                            QStringLiteral("Application"),
                            QStringLiteral("argocd"),
                            c.name,
                            {}});
            else
                out.append({QStringLiteral("cert-manager.io"),
                            QStringLiteral("v1"),
                            c.kind,
                            {},
                            c.name,
                            {}});
        }
        return out;
    }
    for (auto it = app.declared.cbegin(); it != app.declared.cend(); ++it) {
        const QString &name = it.key();
        out.append({{}, QStringLiteral("v1"), QStringLiteral("Namespace"), {}, name, name});
        if (name == u"signconnect")
            out.append({{},
                        QStringLiteral("v1"),
                        QStringLiteral("ConfigMap"),
                        name,
                        QStringLiteral("signconnect-config-5c9m7kh4tb"),
                        name});
        out.append({{}, QStringLiteral("v1"), QStringLiteral("Service"), name, name, name});
        out.append({QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment"),
                    name, name, name});
        if (app.withIngress)
            out.append({QStringLiteral("networking.k8s.io"), QStringLiteral("v1"),
                        QStringLiteral("Ingress"), name, name, name});
    }
    return out;
}

QJsonObject resourceRef(const ManagedResource &r)
{
    QJsonObject o;
    if (!r.group.isEmpty())
        o.insert(QStringLiteral("group"), r.group);
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("kind"), r.kind);
    if (!r.nameSpace.isEmpty())
        o.insert(QStringLiteral("namespace"), r.nameSpace);
    o.insert(QStringLiteral("name"), r.name);
    return o;
}

QJsonObject applicationJson(const DemoWorld::Application &app)
{
    const bool running = app.phase == u"Running";
    QJsonArray resources;
    QJsonArray syncResources;
    for (const ManagedResource &r : managedResources(app)) {
        QJsonObject o = resourceRef(r);
        const bool outOfSync
            = r.kind == u"Deployment" && app.declared.value(r.app) != app.running.value(r.app);
        o.insert(QStringLiteral("status"),
                 outOfSync ? QStringLiteral("OutOfSync") : QStringLiteral("Synced"));
        resources.append(o);
        QJsonObject result = resourceRef(r);
        result.insert(QStringLiteral("group"), r.group); // always emitted in ResourceResult
        result.insert(QStringLiteral("status"), QStringLiteral("Synced"));
        result.insert(
            QStringLiteral("message"),
            QStringLiteral("%1%2/%3 configured")
                .arg(r.kind.toLower(), r.group.isEmpty() ? QString() : u'.' + r.group, r.name));
        result.insert(QStringLiteral("syncPhase"), QStringLiteral("Sync"));
        if (r.kind == u"Deployment")
            result.insert(QStringLiteral("images"), QJsonArray {app.running.value(r.app)});
        syncResources.append(result);
    }
    QJsonArray history;
    for (const DemoWorld::Deployment &d : app.history) {
        QJsonObject initiatedBy;
        if (d.automated)
            initiatedBy.insert(QStringLiteral("automated"), true);
        else
            initiatedBy.insert(QStringLiteral("username"), QStringLiteral("admin"));
        history.append(QJsonObject {{QStringLiteral("revision"), d.revision},
                                    {QStringLiteral("deployedAt"), iso(d.deployedAt)},
                                    {QStringLiteral("id"), d.id},
                                    {QStringLiteral("source"), sourceOf(app)},
                                    {QStringLiteral("deployStartedAt"), iso(d.startedAt)},
                                    {QStringLiteral("initiatedBy"), initiatedBy}});
    }
    QJsonObject health {{QStringLiteral("status"), app.health},
                        {QStringLiteral("lastTransitionTime"), iso(app.healthChangedAt)}};
    if (!app.healthMessage.isEmpty())
        health.insert(QStringLiteral("message"), app.healthMessage);
    const QJsonObject operation {
        {QStringLiteral("sync"),
         QJsonObject {
             {QStringLiteral("revision"), app.targetRevision},
             {QStringLiteral("syncStrategy"),
              QJsonObject {{QStringLiteral("hook"), QJsonObject()}}},
             {QStringLiteral("syncOptions"), QJsonArray {QStringLiteral("CreateNamespace=true")}}}},
        {QStringLiteral("initiatedBy"), QJsonObject {{QStringLiteral("automated"), true}}},
        {QStringLiteral("retry"), QJsonObject()}};
    QJsonObject operationState {{QStringLiteral("operation"), operation},
                                {QStringLiteral("phase"), app.phase},
                                {QStringLiteral("message"), app.operationMessage},
                                {QStringLiteral("syncResult"),
                                 QJsonObject {{QStringLiteral("resources"), syncResources},
                                              {QStringLiteral("revision"),
                                               running ? app.targetRevision : app.syncedRevision},
                                              {QStringLiteral("source"), sourceOf(app)}}},
                                {QStringLiteral("startedAt"), iso(app.operationStartedAt)}};
    if (!running)
        operationState.insert(QStringLiteral("finishedAt"), iso(app.operationFinishedAt));
    QJsonArray images;
    QJsonArray urls;
    for (auto it = app.running.cbegin(); it != app.running.cend(); ++it)
        images.append(it.value());
    QJsonObject status {
        {QStringLiteral("resources"), resources},
        {QStringLiteral("sync"),
         QJsonObject {{QStringLiteral("status"), app.syncStatus},
                      {QStringLiteral("comparedTo"),
                       QJsonObject {{QStringLiteral("source"), sourceOf(app)},
                                    {QStringLiteral("destination"), destinationOf(app)}}},
                      {QStringLiteral("revision"), app.targetRevision}}},
        {QStringLiteral("health"), health},
        {QStringLiteral("history"), history},
        {QStringLiteral("reconciledAt"), iso(app.reconciledAt)},
        {QStringLiteral("operationState"), operationState},
        {QStringLiteral("sourceType"), QStringLiteral("Kustomize")},
        {QStringLiteral("summary"), QJsonObject {{QStringLiteral("images"), images}}},
        {QStringLiteral("resourceHealthSource"), QStringLiteral("appTree")},
        {QStringLiteral("controllerNamespace"), QStringLiteral("argocd")},
        {QStringLiteral("sourceHydrator"), QJsonObject()},
    };
    QJsonObject out {
        {QStringLiteral("metadata"),
         QJsonObject {
             {QStringLiteral("name"), app.name},
             {QStringLiteral("namespace"), QStringLiteral("argocd")},
             {QStringLiteral("uid"), uidFor(app.name)},
             {QStringLiteral("resourceVersion"), QString::number(app.resourceVersion)},
             {QStringLiteral("generation"), 100 + static_cast<int>(app.history.size())},
             {QStringLiteral("creationTimestamp"), QStringLiteral("2026-09-26T10:02:11Z")},
             {QStringLiteral("labels"),
              QJsonObject {{QStringLiteral("gitops.paulojauregui.com/cluster"), app.cluster}}},
             {QStringLiteral("finalizers"),
              QJsonArray {QStringLiteral("resources-finalizer.argocd.argoproj.io")}}}},
        {QStringLiteral("spec"),
         QJsonObject {{QStringLiteral("source"), sourceOf(app)},
                      {QStringLiteral("destination"), destinationOf(app)},
                      {QStringLiteral("project"), QStringLiteral("default")},
                      {QStringLiteral("syncPolicy"),
                       QJsonObject {{QStringLiteral("automated"),
                                     QJsonObject {{QStringLiteral("prune"), true},
                                                  {QStringLiteral("selfHeal"), true}}},
                                    {QStringLiteral("syncOptions"),
                                     QJsonArray {QStringLiteral("CreateNamespace=true")}}}}}},
        {QStringLiteral("status"), status},
    };
    if (running)
        out.insert(QStringLiteral("operation"), operation);
    return out;
}

QString podHash(const QString &image)
{
    static const QString alphabet = QStringLiteral("bcdfghjklmnpqrstvwxz2456789");
    const QByteArray h = QCryptographicHash::hash(image.toUtf8(), QCryptographicHash::Sha1);
    QString out;
    for (int i = 0; i < 10; ++i)
        out += alphabet.at(static_cast<unsigned char>(h.at(i)) % alphabet.size());
    return out;
}

QJsonObject treeNode(const ManagedResource &r, const QString &health, const QString &message = {})
{
    QJsonObject node = resourceRef(r);
    node.insert(QStringLiteral("uid"), uidFor(r.kind + u'/' + r.nameSpace + u'/' + r.name));
    node.insert(QStringLiteral("resourceVersion"), QStringLiteral("48200117"));
    QJsonObject h {{QStringLiteral("status"), health}};
    if (!message.isEmpty())
        h.insert(QStringLiteral("message"), message);
    if (!health.isEmpty())
        node.insert(QStringLiteral("health"), h);
    node.insert(QStringLiteral("createdAt"), QStringLiteral("2026-09-26T10:03:02Z"));
    return node;
}

QJsonObject resourceTreeJson(const DemoWorld &world, const DemoWorld::Application &app)
{
    QJsonArray nodes;
    for (const ManagedResource &r : managedResources(app)) {
        if (r.kind == u"Deployment") {
            const bool progressing = app.health == u"Progressing"
                && app.declared.value(r.app) != app.running.value(r.app);
            nodes.append(
                treeNode(r, progressing ? QStringLiteral("Progressing") : QStringLiteral("Healthy"),
                         progressing ? app.healthMessage : QString()));
            const QString image = app.running.value(r.app);
            const QString hash = podHash(image);
            ManagedResource rs {QStringLiteral("apps"),        QStringLiteral("v1"),
                                QStringLiteral("ReplicaSet"),  r.nameSpace,
                                r.name + u'-' + hash.left(10), r.app};
            QJsonObject rsNode = treeNode(rs, QStringLiteral("Healthy"));
            rsNode.insert(QStringLiteral("parentRefs"), QJsonArray {resourceRef(r)});
            nodes.append(rsNode);
            for (int i = 0; i < app.replicas.value(r.app, 1); ++i) {
                ManagedResource pod {{},
                                     QStringLiteral("v1"),
                                     QStringLiteral("Pod"),
                                     r.nameSpace,
                                     rs.name + u'-' + hash.mid(i * 2, 5),
                                     r.app};
                QJsonObject podNode = treeNode(pod, QStringLiteral("Healthy"));
                podNode.insert(QStringLiteral("parentRefs"), QJsonArray {resourceRef(rs)});
                podNode.insert(QStringLiteral("images"), QJsonArray {image});
                podNode.insert(
                    QStringLiteral("info"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("Status Reason")},
                                     {QStringLiteral("value"), QStringLiteral("Running")}},
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("Containers")},
                                     {QStringLiteral("value"), QStringLiteral("1/1")}}});
                nodes.append(podNode);
            }
        } else if (r.kind == u"Ingress") {
            nodes.append(treeNode(r, QStringLiteral("Healthy")));
            // cert-manager's ingress-shim creates a Certificate for the Ingress's TLS hosts.
            for (const DemoWorld::Certificate &cert : world.certificates()) {
                if (cert.cluster != app.cluster || cert.nameSpace != r.nameSpace)
                    continue;
                ManagedResource c {QStringLiteral("cert-manager.io"),
                                   QStringLiteral("v1"),
                                   QStringLiteral("Certificate"),
                                   cert.nameSpace,
                                   cert.name,
                                   r.app};
                QJsonObject certNode = treeNode(
                    c, cert.ready ? QStringLiteral("Healthy") : QStringLiteral("Degraded"),
                    cert.ready ? QStringLiteral("Certificate is up to date and has not expired")
                               : cert.issuingFailure);
                certNode.insert(QStringLiteral("parentRefs"), QJsonArray {resourceRef(r)});
                nodes.append(certNode);
            }
        } else if (r.kind == u"Namespace" || r.kind == u"ConfigMap") {
            nodes.append(treeNode(r, QString()));
        } else if (r.kind == u"ClusterIssuer") {
            const bool acme = r.name.startsWith(u"letsencrypt");
            nodes.append(treeNode(
                r, QStringLiteral("Healthy"),
                acme ? QStringLiteral("The ACME account was registered with the ACME server")
                     : QString()));
        } else {
            nodes.append(treeNode(r, QStringLiteral("Healthy")));
        }
    }
    return {{QStringLiteral("nodes"), nodes}};
}

} // namespace

void DemoControlPlane::routeArgoCd(QHttpServer &server)
{
    server.route(QStringLiteral("/<arg>"),
                 [this](const QUrl &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleArgoCd(u'/' + path.path(), request, std::move(responder));
                 });
}

void DemoControlPlane::handleArgoCd(const QString &path, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    count(path == u"/api/v1/applications"                 ? QStringLiteral("argocd list")
              : path == u"/api/v1/stream/applications"    ? QStringLiteral("argocd stream")
              : path.endsWith(u"/resource-tree")          ? QStringLiteral("argocd resource-tree")
              : path.startsWith(u"/api/v1/applications/") ? QStringLiteral("argocd application")
                                                          : QStringLiteral("argocd other"));
    if (method != Method::Get
        && header(request, "Content-Type").split(';').first().trimmed() != "application/json") {
        reply(responder, HttpStatus::UnsupportedMediaType, "text/plain; charset=utf-8",
              "Invalid content type");
        return;
    }
    if (path == u"/api/v1/session" && method == Method::Post) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString user = body.value(QStringLiteral("username")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (user.isEmpty() || password.isEmpty()) {
            replyJson(responder, HttpStatus::Unauthorized,
                      argoError(QStringLiteral("no credentials supplied"), 16));
        } else if (user != m_endpoints.argoCdUsername || password != m_endpoints.argoCdPassword) {
            replyJson(responder, HttpStatus::Unauthorized,
                      argoError(QStringLiteral("Invalid username or password"), 16));
        } else {
            replyJson(responder, HttpStatus::Ok,
                      QJsonObject {{QStringLiteral("token"), m_endpoints.argoCdToken}},
                      {{"Set-Cookie",
                        "argocd.token=" + m_endpoints.argoCdToken.toUtf8()
                            + "; path=/; SameSite=lax; httpOnly"}});
        }
        return;
    }
    const bool authenticated = bearer(request) == m_endpoints.argoCdToken;
    if (path == u"/api/version") {
        QJsonObject version {{QStringLiteral("Version"), QStringLiteral("v3.1.5+cfeed49")}};
        if (authenticated) {
            version.insert(QStringLiteral("BuildDate"), QStringLiteral("2025-08-01T15:02:11Z"));
            version.insert(QStringLiteral("KustomizeVersion"),
                           QStringLiteral("v5.7.0 2025-06-28T07:00:07Z"));
            version.insert(QStringLiteral("Platform"), QStringLiteral("linux/arm64"));
        }
        replyJson(responder, HttpStatus::Ok, version);
        return;
    }
    if (!authenticated) {
        const QString message = bearer(request).isEmpty()
            ? QStringLiteral("no session information")
            : QStringLiteral("invalid session: token is malformed or expired");
        replyJson(responder, HttpStatus::Unauthorized, argoError(message, 16));
        return;
    }
    const QUrlQuery query(request.url());
    const QStringList fields = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                   .split(u',', Qt::SkipEmptyParts);
    if (path == u"/api/v1/applications" && method == Method::Get) {
        const QString name = query.queryItemValue(QStringLiteral("name"));
        const QJsonObject metadata {
            {QStringLiteral("resourceVersion"), QString::number(m_world->resourceVersion())}};
        if (fields.isEmpty()) {
            // Whole Applications: each one's bytes are kept until it changes (hundreds of them
            // would hold this thread, the GUI's in the app, at every list).
            QByteArray body = "{\"metadata\":"
                + QJsonDocument(metadata).toJson(QJsonDocument::Compact) + ",\"items\":[";
            bool first = true;
            for (const DemoWorld::Application &app : m_world->applications()) {
                if (!name.isEmpty() && app.name != name)
                    continue;
                if (!first)
                    body += ',';
                first = false;
                auto known = m_applicationBytes.find(app.name);
                if (known == m_applicationBytes.end())
                    known = m_applicationBytes.insert(
                        app.name,
                        QJsonDocument(applicationJson(app)).toJson(QJsonDocument::Compact));
                body += *known;
            }
            reply(responder, HttpStatus::Ok, "application/json", body + "]}");
            return;
        }
        QJsonArray items;
        for (const DemoWorld::Application &app : m_world->applications()) {
            if (name.isEmpty() || app.name == name)
                items.append(project(applicationJson(app), fields, QStringLiteral("items.")));
        }
        replyJson(
            responder, HttpStatus::Ok,
            QJsonObject {{QStringLiteral("metadata"), metadata}, {QStringLiteral("items"), items}});
        return;
    }
    if (path == u"/api/v1/stream/applications" && method == Method::Get) {
        openArgoCdStream(request, std::move(responder));
        return;
    }
    static const QRegularExpression appPath(
        QStringLiteral("^/api/v1/applications/([^/]+)(/resource-tree|/sync)?$"));
    const QRegularExpressionMatch m = appPath.match(path);
    if (m.hasMatch()) {
        const QString name = m.captured(1);
        const QString action = m.captured(2);
        const DemoWorld::Application *app = m_world->application(name);
        if (!app) {
            // Without a project parameter, Argo CD hides whether the app exists.
            if (query.hasQueryItem(QStringLiteral("project")))
                replyJson(
                    responder, HttpStatus::NotFound,
                    argoError(QStringLiteral("applications.argoproj.io \"%1\" not found").arg(name),
                              5));
            else
                replyJson(responder, HttpStatus::Forbidden,
                          argoError(QStringLiteral("permission denied"), 7));
            return;
        }
        if (action.isEmpty() && method == Method::Get) {
            replyJson(responder, HttpStatus::Ok, applicationJson(*app));
            return;
        }
        if (action == u"/resource-tree" && method == Method::Get) {
            replyJson(responder, HttpStatus::Ok, resourceTreeJson(*m_world, *app));
            return;
        }
        if (action == u"/sync" && method == Method::Post) {
            auto synced = m_world->sync(name);
            if (!synced)
                replyJson(responder, HttpStatus::BadRequest,
                          argoError(synced.error().message(), 9));
            else
                replyJson(responder, HttpStatus::Ok, applicationJson(*m_world->application(name)));
            return;
        }
    }
    reply(responder, HttpStatus::NotFound, "text/plain; charset=utf-8", "Not Found\n");
}

void DemoControlPlane::openArgoCdStream(const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    auto stream = std::make_unique<Stream>(
        Stream {std::move(responder), nullptr, query.queryItemValue(QStringLiteral("name"))});
    stream->socket = stream->responder.socket();
    stream->responder.writeStatusLine(HttpStatus::Ok);
    stream->responder.writeHeader("Content-Type", "application/json");
    stream->responder.writeHeader("Transfer-Encoding", "chunked");
    stream->socket->write("\r\n"); // the end of the headers; chunks follow as events happen
    // Without a resourceVersion, the stream starts with an ADDED event for every app.
    if (!query.hasQueryItem(QStringLiteral("resourceVersion"))) {
        for (const DemoWorld::Application &app : m_world->applications()) {
            if (!stream->nameFilter.isEmpty() && stream->nameFilter != app.name)
                continue;
            const QJsonObject event {
                {QStringLiteral("result"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("ADDED")},
                              {QStringLiteral("application"), applicationJson(app)}}}};
            stream->send(QJsonDocument(event).toJson(QJsonDocument::Compact));
        }
    }
    m_streams.push_back(std::move(stream));
}

void DemoControlPlane::broadcast(const QString &application)
{
    m_applicationBytes.remove(application); // it changed
    const DemoWorld::Application *app = m_world->application(application);
    if (!app)
        return;
    const QByteArray line
        = QJsonDocument(
              QJsonObject {{QStringLiteral("result"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("MODIFIED")},
                                         {QStringLiteral("application"), applicationJson(*app)}}}})
              .toJson(QJsonDocument::Compact);
    std::erase_if(m_streams, [](const std::unique_ptr<Stream> &s) {
        return !s->socket || s->socket->state() != QAbstractSocket::ConnectedState;
    });
    for (const auto &stream : m_streams) {
        if (stream->nameFilter.isEmpty() || stream->nameFilter == application)
            stream->send(line);
    }
}

// ---------------------------------------------------------------------------------------
// OCI registry (GHCR's flavour: a token is needed even for public pulls)

void DemoControlPlane::routeRegistry(QHttpServer &server)
{
    server.route(QStringLiteral("/<arg>"),
                 [this](const QUrl &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleRegistry(u'/' + path.path(), request, std::move(responder));
                 });
}

// One repository of the demo registry: its tags and everything they reference, by digest.
struct DemoControlPlane::RegistryRepository
{
    QStringList tags; // lexical, as the distribution spec requires
    QHash<QString, QString> indexByTag;
    QHash<QString, DemoImages::Blob> manifests; // indexes and manifests by digest
    QHash<QString, DemoImages::Blob> blobs;
};

const DemoControlPlane::RegistryRepository *
DemoControlPlane::registryRepository(const QString &name)
{
    if (const auto known = m_registryContent.value(name))
        return known.get();
    const QString app = m_registryApps.value(name);
    if (app.isEmpty())
        return nullptr;
    auto repository = std::make_shared<RegistryRepository>();
    for (const DemoImages::Release &r : DemoImages::releasesOf(app)) {
        const DemoImages::Content content = DemoImages::content(r);
        repository->tags << r.tag;
        repository->indexByTag.insert(r.tag, content.index.digest);
        repository->manifests.insert(content.index.digest, content.index);
        for (const DemoImages::Blob &m : content.manifests)
            repository->manifests.insert(m.digest, m);
        for (const DemoImages::Blob &b : content.blobs)
            repository->blobs.insert(b.digest, b);
    }
    repository->tags.sort();
    m_registryContent.insert(name, repository);
    return repository.get();
}

void DemoControlPlane::handleRegistry(const QString &path, const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    const QString registryToken = m_endpoints.githubToken.left(12) + QStringLiteral("-registry");
    const QByteArray realm = m_endpoints.registry.toString().toUtf8() + "/token";
    auto registryError
        = [](const QString &code, const QString &message, const QJsonObject &detail = {}) {
              return QJsonObject {{QStringLiteral("errors"),
                                   QJsonArray {QJsonObject {{QStringLiteral("code"), code},
                                                            {QStringLiteral("message"), message},
                                                            {QStringLiteral("detail"), detail}}}}};
          };
    static const QRegularExpression re(
        QStringLiteral("^/v2/(.+)/(tags/list|manifests/([^/]+)|blobs/([^/]+))$"));
    const QRegularExpressionMatch m = re.match(path);
    count(path == u"/token"                   ? QStringLiteral("registry token")
              : !m.hasMatch()                 ? QStringLiteral("registry other")
              : m.captured(2) == u"tags/list" ? QStringLiteral("registry tags")
              : m.captured(3).isEmpty()       ? QStringLiteral("registry blobs")
                                              : QStringLiteral("registry manifests"));
    if (path == u"/token") {
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("token"), registryToken},
                               {QStringLiteral("expires_in"), 300}});
        return;
    }
    const QString repository = m.captured(1);
    if (bearer(request) != registryToken) {
        ++m_requestCounts.unauthorized;
        QByteArray challenge = "Bearer realm=\"" + realm + "\",service=\"ghcr.io\"";
        if (!repository.isEmpty())
            challenge += ",scope=\"repository:" + repository.toUtf8() + ":pull\"";
        replyJson(
            responder, HttpStatus::Unauthorized,
            registryError(QStringLiteral("UNAUTHORIZED"),
                          QStringLiteral("authentication required")),
            {{"WWW-Authenticate", challenge}, {"Docker-Distribution-API-Version", "registry/2.0"}});
        return;
    }
    if (path == u"/v2/" || path == u"/v2") {
        replyJson(responder, HttpStatus::Ok, QJsonObject(),
                  {{"Docker-Distribution-API-Version", "registry/2.0"}});
        return;
    }
    if (!m.hasMatch()) {
        replyJson(responder, HttpStatus::NotFound,
                  registryError(QStringLiteral("NAME_UNKNOWN"),
                                QStringLiteral("repository name not known to registry")));
        return;
    }
    const RegistryRepository *content = registryRepository(repository);
    if (!content) {
        replyJson(responder, HttpStatus::NotFound,
                  registryError(QStringLiteral("NAME_UNKNOWN"),
                                QStringLiteral("repository name not known to registry"),
                                {{QStringLiteral("name"), repository}}));
        return;
    }
    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    auto notModified = [&](const Headers &headers) {
        ++m_requestCounts.notModified;
        responder.writeStatusLine(HttpStatus::NotModified);
        for (const auto &[key, value] : headers)
            responder.writeHeader(key, value);
        responder.writeHeader("Content-Length", "0");
        responder.socket()->write("\r\n");
    };
    if (m.captured(2) == u"tags/list") {
        QStringList tags = content->tags;
        const QUrlQuery query(request.url());
        const QString last = query.queryItemValue(QStringLiteral("last"));
        if (!last.isEmpty())
            tags.erase(tags.begin(), std::upper_bound(tags.begin(), tags.end(), last));
        Headers extra;
        if (query.hasQueryItem(QStringLiteral("n"))) {
            bool ok = false;
            const int n = query.queryItemValue(QStringLiteral("n")).toInt(&ok);
            if (!ok || n < 0) {
                replyJson(responder, HttpStatus::BadRequest,
                          registryError(QStringLiteral("PAGINATION_NUMBER_INVALID"),
                                        QStringLiteral("invalid number of results requested")));
                return;
            }
            if (tags.size() > n) {
                tags = tags.mid(0, n);
                extra.push_back({"Link",
                                 "</v2/" + repository.toUtf8()
                                     + "/tags/list?last=" + tags.last().toUtf8()
                                     + "&n=" + QByteArray::number(n) + ">; rel=\"next\""});
            }
        }
        // An ETag for the page, as registries that support conditional tag lists give one.
        const QByteArray etag = '"' + DemoImages::sha256(tags.join(u',').toUtf8()).toUtf8() + '"';
        if (ifNoneMatch == etag) {
            notModified({{"Etag", etag}});
            return;
        }
        extra.push_back({"Etag", etag});
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("name"), repository},
                               {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}},
                  extra);
        return;
    }
    const QString reference = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
    const bool isManifest = !m.captured(3).isEmpty();
    std::optional<DemoImages::Blob> found;
    if (isManifest) {
        const QString digest = content->indexByTag.value(reference, reference);
        if (content->manifests.contains(digest))
            found = content->manifests.value(digest);
    } else if (content->blobs.contains(reference)) {
        found = content->blobs.value(reference);
    }
    if (!found) {
        if (isManifest)
            replyJson(responder, HttpStatus::NotFound,
                      registryError(QStringLiteral("MANIFEST_UNKNOWN"),
                                    QStringLiteral("manifest unknown"),
                                    {{QStringLiteral("Tag"), reference}}));
        else
            replyJson(responder, HttpStatus::NotFound,
                      registryError(QStringLiteral("BLOB_UNKNOWN"),
                                    QStringLiteral("blob unknown to registry"),
                                    {{QStringLiteral("digest"), reference}}));
        return;
    }
    if (isManifest) {
        const QByteArray accept = header(request, "Accept");
        bool accepted = false;
        for (const QByteArray &type : accept.split(',')) {
            if (type.split(';').first().trimmed() == found->mediaType)
                accepted = true;
        }
        if (!accepted) {
            const QString what = found->mediaType.contains("index")
                ? QStringLiteral("OCI index found, but accept header does not support OCI indexes")
                : QStringLiteral(
                    "OCI manifest found, but accept header does not support OCI manifests");
            replyJson(responder, HttpStatus::NotFound,
                      registryError(QStringLiteral("MANIFEST_UNKNOWN"), what));
            return;
        }
    }
    const QByteArray etag = '"' + found->digest.toUtf8() + '"';
    if (ifNoneMatch == etag) { // the reference registry's conditional GET: still that digest
        notModified({{"Docker-Content-Digest", found->digest.toUtf8()}, {"Etag", etag}});
        return;
    }
    const Headers headers {
        {"Content-Type", isManifest ? found->mediaType : QByteArray("application/octet-stream")},
        {"Docker-Content-Digest", found->digest.toUtf8()},
        {"Etag", etag},
        {"Content-Length", QByteArray::number(found->bytes.size())}};
    if (request.method() == Method::Head) {
        responder.writeStatusLine(HttpStatus::Ok);
        for (const auto &[key, value] : headers)
            responder.writeHeader(key, value);
        responder.socket()->write("\r\n");
        return;
    }
    reply(responder, HttpStatus::Ok, headers.front().second, found->bytes,
          {headers[1], headers[2]});
}

// ---------------------------------------------------------------------------------------
// Kubernetes API server of one cluster: cert-manager's resources

namespace {

QJsonObject certificateJson(const DemoWorld::Certificate &c)
{
    QJsonArray conditions {QJsonObject {
        {QStringLiteral("lastTransitionTime"), iso(c.notBefore.addSecs(40))},
        {QStringLiteral("message"),
         c.ready ? QStringLiteral("Certificate is up to date and has not expired")
                 : QStringLiteral("Issuing certificate as Secret does not exist")},
        {QStringLiteral("observedGeneration"), 1},
        {QStringLiteral("reason"),
         c.ready ? QStringLiteral("Ready") : QStringLiteral("DoesNotExist")},
        {QStringLiteral("status"), c.ready ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("type"), QStringLiteral("Ready")}}};
    QJsonObject status {{QStringLiteral("conditions"), conditions},
                        {QStringLiteral("notAfter"), iso(c.notAfter)},
                        {QStringLiteral("notBefore"), iso(c.notBefore)},
                        {QStringLiteral("renewalTime"), iso(c.renewalTime)},
                        {QStringLiteral("revision"), 3}};
    if (!c.issuingFailure.isEmpty()) {
        conditions.append(
            QJsonObject {{QStringLiteral("lastTransitionTime"), iso(c.renewalTime.addSecs(3600))},
                         {QStringLiteral("message"), c.issuingFailure},
                         {QStringLiteral("observedGeneration"), 1},
                         {QStringLiteral("reason"), QStringLiteral("Failed")},
                         {QStringLiteral("status"), QStringLiteral("False")},
                         {QStringLiteral("type"), QStringLiteral("Issuing")}});
        status.insert(QStringLiteral("conditions"), conditions);
        status.insert(QStringLiteral("lastFailureTime"), iso(c.renewalTime.addSecs(3600)));
        status.insert(QStringLiteral("failedIssuanceAttempts"), 5);
    }
    return {
        {QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("Certificate")},
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("creationTimestamp"), QStringLiteral("2026-09-26T10:03:05Z")},
                      {QStringLiteral("generation"), 1},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("namespace"), c.nameSpace},
                      {QStringLiteral("resourceVersion"), QStringLiteral("48100420")},
                      {QStringLiteral("uid"), uidFor(c.cluster + c.nameSpace + c.name)},
                      {QStringLiteral("ownerReferences"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1")},
                           {QStringLiteral("kind"), QStringLiteral("Ingress")},
                           {QStringLiteral("name"), c.nameSpace},
                           {QStringLiteral("controller"), true}}}}}},
        {QStringLiteral("spec"),
         QJsonObject {{QStringLiteral("dnsNames"), QJsonArray::fromStringList(c.dnsNames)},
                      {QStringLiteral("issuerRef"),
                       QJsonObject {{QStringLiteral("group"), QStringLiteral("cert-manager.io")},
                                    {QStringLiteral("kind"), QStringLiteral("ClusterIssuer")},
                                    {QStringLiteral("name"), c.issuer}}},
                      {QStringLiteral("secretName"), c.name},
                      {QStringLiteral("usages"),
                       QJsonArray {QStringLiteral("digital signature"),
                                   QStringLiteral("key encipherment")}}}},
        {QStringLiteral("status"), status}};
}

QJsonObject issuerJson(const DemoWorld::Issuer &i)
{
    QJsonObject spec;
    QJsonObject status;
    QString reason, message;
    if (i.type == u"acme") {
        spec.insert(
            QStringLiteral("acme"),
            QJsonObject {{QStringLiteral("email"), QStringLiteral("paulo@paulojauregui.com")},
                         {QStringLiteral("privateKeySecretRef"),
                          QJsonObject {{QStringLiteral("name"),
                                        QString(i.name + QStringLiteral("-account-key"))}}},
                         {QStringLiteral("server"), i.server},
                         {QStringLiteral("solvers"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("http01"),
                               QJsonObject {{QStringLiteral("ingress"),
                                             QJsonObject {{QStringLiteral("ingressClassName"),
                                                           QStringLiteral("nginx")}}}}}}}}});
        status.insert(
            QStringLiteral("acme"),
            QJsonObject {
                {QStringLiteral("lastRegisteredEmail"), QStringLiteral("paulo@paulojauregui.com")},
                {QStringLiteral("uri"),
                 QString(i.server).replace(QStringLiteral("/directory"),
                                           QStringLiteral("/acme/acct/1849203311"))}});
        reason = QStringLiteral("ACMEAccountRegistered");
        message = QStringLiteral("The ACME account was registered with the ACME server");
    } else {
        spec.insert(QStringLiteral("selfSigned"), QJsonObject());
        reason = QStringLiteral("IsReady");
    }
    status.insert(
        QStringLiteral("conditions"),
        QJsonArray {QJsonObject {
            {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-10-24T11:20:04Z")},
            {QStringLiteral("message"), message},
            {QStringLiteral("observedGeneration"), 1},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), i.ready ? QStringLiteral("True") : QStringLiteral("False")},
            {QStringLiteral("type"), QStringLiteral("Ready")}}});
    return {
        {QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("ClusterIssuer")},
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("creationTimestamp"), QStringLiteral("2026-10-24T11:20:00Z")},
                      {QStringLiteral("generation"), 1},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("resourceVersion"), QStringLiteral("47899001")},
                      {QStringLiteral("uid"), uidFor(i.cluster + i.name)}}},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), status}};
}

QJsonObject kubeList(const QString &kind, const QJsonArray &items)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("continue"), QString()},
                          {QStringLiteral("resourceVersion"), QStringLiteral("48212345")}}},
            {QStringLiteral("items"), items}};
}

} // namespace

void DemoControlPlane::routeKubernetes(QHttpServer &server, const QString &cluster)
{
    server.route(QStringLiteral("/<arg>"),
                 [this, cluster](const QUrl &path, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
                     handleKubernetes(cluster, u'/' + path.path(), request, std::move(responder));
                 });
}

void DemoControlPlane::handleKubernetes(const QString &cluster, const QString &path,
                                        const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    count(QStringLiteral("kubernetes ")
          + (path.contains(u"/certificates") ? QStringLiteral("certificates")
                 : path.contains(u"issuers") ? QStringLiteral("issuers")
                                             : QStringLiteral("other")));
    if (bearer(request) != m_endpoints.kubernetesToken) {
        replyJson(responder, HttpStatus::Unauthorized,
                  kubeStatus(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        return;
    }
    if (path == u"/version") {
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("major"), QStringLiteral("1")},
                               {QStringLiteral("minor"), QStringLiteral("31")},
                               {QStringLiteral("gitVersion"), QStringLiteral("v1.31.4")},
                               {QStringLiteral("platform"),
                                cluster == u"home-dev" ? QStringLiteral("linux/amd64")
                                                       : QStringLiteral("linux/arm64")}});
        return;
    }
    const QString group = QStringLiteral("/apis/cert-manager.io/v1");
    if (path == group) {
        QJsonArray resources;
        for (const auto &[name, kind, namespaced] :
             {std::tuple {QStringLiteral("certificates"), QStringLiteral("Certificate"), true},
              std::tuple {QStringLiteral("certificaterequests"),
                          QStringLiteral("CertificateRequest"), true},
              std::tuple {QStringLiteral("issuers"), QStringLiteral("Issuer"), true},
              std::tuple {QStringLiteral("clusterissuers"), QStringLiteral("ClusterIssuer"),
                          false}}) {
            resources.append(
                QJsonObject {{QStringLiteral("name"), name},
                             {QStringLiteral("singularName"), kind.toLower()},
                             {QStringLiteral("namespaced"), namespaced},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("verbs"),
                              QJsonArray {QStringLiteral("get"), QStringLiteral("list"),
                                          QStringLiteral("watch")}}});
        }
        replyJson(
            responder, HttpStatus::Ok,
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                         {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                         {QStringLiteral("groupVersion"), QStringLiteral("cert-manager.io/v1")},
                         {QStringLiteral("resources"), resources}});
        return;
    }
    static const QRegularExpression re(
        QStringLiteral("^/apis/cert-manager\\.io/v1(?:/namespaces/([^/]+))?/"
                       "(certificates|clusterissuers|issuers)(?:/([^/]+))?$"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch()) {
        replyJson(responder, HttpStatus::NotFound,
                  kubeStatus(404, QStringLiteral("NotFound"),
                             QStringLiteral("the server could not find the requested resource")));
        return;
    }
    const QString ns = m.captured(1);
    const QString resource = m.captured(2);
    const QString name = m.captured(3);
    QJsonArray items;
    if (resource == u"certificates") {
        for (const DemoWorld::Certificate &c : m_world->certificates()) {
            if (c.cluster == cluster && (ns.isEmpty() || c.nameSpace == ns)
                && (name.isEmpty() || c.name == name))
                items.append(certificateJson(c));
        }
    } else if (resource == u"clusterissuers") {
        for (const DemoWorld::Issuer &i : m_world->issuers()) {
            if (i.cluster == cluster && (name.isEmpty() || i.name == name))
                items.append(issuerJson(i));
        }
    }
    if (!name.isEmpty()) {
        if (items.isEmpty()) {
            replyJson(responder, HttpStatus::NotFound,
                      kubeStatus(
                          404, QStringLiteral("NotFound"),
                          QStringLiteral("%1.cert-manager.io \"%2\" not found").arg(resource, name),
                          {{QStringLiteral("name"), name},
                           {QStringLiteral("group"), QStringLiteral("cert-manager.io")},
                           {QStringLiteral("kind"), resource}}));
        } else {
            replyJson(responder, HttpStatus::Ok, items.first().toObject());
        }
        return;
    }
    const QString kind = resource == u"certificates" ? QStringLiteral("CertificateList")
        : resource == u"clusterissuers"              ? QStringLiteral("ClusterIssuerList")
                                                     : QStringLiteral("IssuerList");
    replyJson(responder, HttpStatus::Ok, kubeList(kind, items));
}

// ---------------------------------------------------------------------------------------
// GitHub

namespace {

QJsonObject pullRequestJson(const DemoWorld::PullRequest &pr, const QString &baseSha, bool single)
{
    const QString api = QStringLiteral("https://api.github.com/repos/howdiggy/homelab-gitops");
    const QJsonObject owner {{QStringLiteral("login"), repoOwner},
                             {QStringLiteral("id"), 48213377},
                             {QStringLiteral("type"), QStringLiteral("User")},
                             {QStringLiteral("site_admin"), false}};
    const QJsonObject repo {{QStringLiteral("id"), 702114433},
                            {QStringLiteral("name"), repoName},
                            {QStringLiteral("full_name"), QString(repoOwner + u'/' + repoName)},
                            {QStringLiteral("private"), false},
                            {QStringLiteral("default_branch"), QStringLiteral("main")}};
    QJsonObject o {
        {QStringLiteral("url"),
         QString(api + QStringLiteral("/pulls/") + QString::number(pr.number))},
        {QStringLiteral("id"), static_cast<qint64>(2245871000LL + pr.number)},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/howdiggy/homelab-gitops/pull/%1").arg(pr.number)},
        {QStringLiteral("number"), pr.number},
        {QStringLiteral("state"), pr.state},
        {QStringLiteral("locked"), false},
        {QStringLiteral("title"), pr.title},
        {QStringLiteral("user"), owner},
        {QStringLiteral("body"), pr.body},
        {QStringLiteral("labels"), QJsonArray()},
        {QStringLiteral("created_at"), iso(pr.createdAt)},
        {QStringLiteral("updated_at"), iso(pr.updatedAt)},
        {QStringLiteral("closed_at"), isoOrNull(pr.mergedAt)},
        {QStringLiteral("merged_at"), isoOrNull(pr.mergedAt)},
        {QStringLiteral("merge_commit_sha"),
         pr.mergeCommitSha.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(pr.mergeCommitSha)},
        {QStringLiteral("head"),
         QJsonObject {{QStringLiteral("label"), QString(repoOwner + u':' + pr.head)},
                      {QStringLiteral("ref"), pr.head},
                      {QStringLiteral("sha"), pr.headSha},
                      {QStringLiteral("user"), owner},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("base"),
         QJsonObject {{QStringLiteral("label"), QString(repoOwner + u':' + pr.base)},
                      {QStringLiteral("ref"), pr.base},
                      {QStringLiteral("sha"), baseSha},
                      {QStringLiteral("user"), owner},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("author_association"), QStringLiteral("OWNER")},
        {QStringLiteral("auto_merge"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("draft"), false},
    };
    if (single) {
        o.insert(QStringLiteral("merged"), pr.merged);
        o.insert(QStringLiteral("mergeable"),
                 pr.merged ? QJsonValue(QJsonValue::Null) : QJsonValue(true));
        o.insert(QStringLiteral("mergeable_state"),
                 pr.merged ? QStringLiteral("unknown") : QStringLiteral("clean"));
        o.insert(QStringLiteral("comments"), 0);
        o.insert(QStringLiteral("commits"), 1);
        o.insert(QStringLiteral("additions"), 1);
        o.insert(QStringLiteral("deletions"), 1);
        o.insert(QStringLiteral("changed_files"), 1);
    }
    return o;
}

} // namespace

void DemoControlPlane::routeGitHub(QHttpServer &server)
{
    server.route(QStringLiteral("/<arg>"),
                 [this](const QUrl &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleGitHub(u'/' + path.path(), request, std::move(responder));
                 });
}

void DemoControlPlane::handleGitHub(const QString &path, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    count(QStringLiteral("github ")
          + (path.endsWith(u"/pulls")          ? QStringLiteral("pulls")
                 : path.contains(u"/commits/") ? QStringLiteral("checks")
                                               : QStringLiteral("other")));
    static int remaining = 5000;
    remaining = std::max(0, remaining - 1);
    const qint64 reset = QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 3600;
    const Headers rate {{"x-ratelimit-limit", "5000"},
                        {"x-ratelimit-remaining", QByteArray::number(remaining)},
                        {"x-ratelimit-used", QByteArray::number(5000 - remaining)},
                        {"x-ratelimit-reset", QByteArray::number(reset)},
                        {"x-ratelimit-resource", "core"},
                        {"X-GitHub-Api-Version-Selected", "2022-11-28"}};
    const bool authenticated = bearer(request) == m_endpoints.githubToken;
    if (!bearer(request).isEmpty() && !authenticated) {
        replyJson(responder, HttpStatus::Unauthorized,
                  githubError(QStringLiteral("Bad credentials"),
                              QStringLiteral("overview/troubleshooting-the-rest-api")),
                  rate);
        return;
    }
    if (path == u"/rate_limit") {
        const QJsonObject core {{QStringLiteral("limit"), 5000},
                                {QStringLiteral("remaining"), remaining},
                                {QStringLiteral("reset"), reset},
                                {QStringLiteral("used"), 5000 - remaining}};
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {
                      {QStringLiteral("resources"), QJsonObject {{QStringLiteral("core"), core}}}},
                  rate);
        return;
    }
    if (m_sources) {
        if (const auto answer = m_sources->answer(path, request.url())) {
            Headers headers = rate;
            for (const auto &h : answer->headers)
                headers.emplace_back(h.first, h.second);
            replyJson(responder, HttpStatus(answer->status), answer->body, headers);
            return;
        }
    }
    const QString prefix = u"/repos/" + QString(repoOwner + u'/' + repoName);
    if (!path.startsWith(prefix)) {
        replyJson(responder, HttpStatus::NotFound,
                  githubError(QStringLiteral("Not Found"),
                              QStringLiteral("repos/repos#get-a-repository")),
                  rate);
        return;
    }
    const QString rest = path.mid(prefix.size());
    const QString mainSha
        = m_hooks.resolveBranch ? m_hooks.resolveBranch(QStringLiteral("main")) : m_originRevision;
    // The repository: its merge settings (the demo allows merge commits and squashes).
    if (rest.isEmpty() && request.method() == Method::Get) {
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("full_name"), QString(repoOwner + u'/' + repoName)},
                               {QStringLiteral("default_branch"), QStringLiteral("main")},
                               {QStringLiteral("allow_merge_commit"), true},
                               {QStringLiteral("allow_squash_merge"), true},
                               {QStringLiteral("allow_rebase_merge"), false}},
                  rate);
        return;
    }
    if (rest == u"/pulls" && request.method() == Method::Get) {
        const QUrlQuery query(request.url());
        const QString state = query.queryItemValue(QStringLiteral("state")).isEmpty()
            ? QStringLiteral("open")
            : query.queryItemValue(QStringLiteral("state"));
        const QString head = query.queryItemValue(QStringLiteral("head"), QUrl::FullyDecoded);
        QJsonArray list;
        const auto &prs = m_world->pullRequests();
        for (auto it = prs.crbegin(); it != prs.crend(); ++it) { // newest first
            if ((state == u"all" || it->state == state)
                && (head.isEmpty() || head == repoOwner + u':' + it->head))
                list.append(pullRequestJson(*it, mainSha, false));
        }
        replyJson(responder, HttpStatus::Ok, list, rate);
        return;
    }
    if (rest == u"/pulls" && request.method() == Method::Post) {
        if (!authenticated) {
            replyJson(responder, HttpStatus::Unauthorized,
                      githubError(QStringLiteral("Requires authentication"),
                                  QStringLiteral("pulls/pulls#create-a-pull-request")),
                      rate);
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        QString head = body.value(QStringLiteral("head")).toString();
        if (head.startsWith(repoOwner + u':'))
            head = head.mid(repoOwner.size() + 1);
        const QString base = body.value(QStringLiteral("base")).toString();
        const QString headSha = m_hooks.resolveBranch ? m_hooks.resolveBranch(head) : QString();
        auto validation = [&](const QJsonObject &error) {
            QJsonObject e = githubError(QStringLiteral("Validation Failed"),
                                        QStringLiteral("pulls/pulls#create-a-pull-request"));
            e.insert(QStringLiteral("errors"), QJsonArray {error});
            replyJson(responder, HttpStatus::UnprocessableEntity, e, rate);
        };
        if (body.value(QStringLiteral("title")).toString().isEmpty() || base.isEmpty()) {
            validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                        {QStringLiteral("field"), QStringLiteral("title")},
                        {QStringLiteral("code"), QStringLiteral("missing_field")}});
            return;
        }
        if (headSha.isEmpty()) {
            validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                        {QStringLiteral("field"), QStringLiteral("head")},
                        {QStringLiteral("code"), QStringLiteral("invalid")}});
            return;
        }
        auto created = m_world->createPullRequest(body.value(QStringLiteral("title")).toString(),
                                                  body.value(QStringLiteral("body")).toString(),
                                                  head, base, headSha);
        if (!created) {
            validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                        {QStringLiteral("code"), QStringLiteral("custom")},
                        {QStringLiteral("message"), created.error().message()}});
            return;
        }
        Headers headers = rate;
        headers.push_back(
            {"Location",
             QStringLiteral("https://api.github.com/repos/howdiggy/homelab-gitops/pulls/%1")
                 .arg(created->number)
                 .toUtf8()});
        replyJson(responder, HttpStatus::Created, pullRequestJson(*created, mainSha, true),
                  headers);
        return;
    }
    static const QRegularExpression prPath(QStringLiteral("^/pulls/(\\d+)(/merge)?$"));
    const QRegularExpressionMatch pm = prPath.match(rest);
    if (pm.hasMatch()) {
        const int number = pm.captured(1).toInt();
        const DemoWorld::PullRequest *pr = m_world->pullRequest(number);
        if (!pr) {
            replyJson(responder, HttpStatus::NotFound,
                      githubError(QStringLiteral("Not Found"),
                                  QStringLiteral("pulls/pulls#get-a-pull-request")),
                      rate);
            return;
        }
        if (pm.captured(2).isEmpty()) {
            replyJson(responder, HttpStatus::Ok, pullRequestJson(*pr, mainSha, true), rate);
            return;
        }
        if (request.method() == Method::Get) {
            replyJson(responder, pr->merged ? HttpStatus::NoContent : HttpStatus::NotFound,
                      QJsonObject(), rate);
            return;
        }
        if (!authenticated) {
            replyJson(responder, HttpStatus::Unauthorized,
                      githubError(QStringLiteral("Requires authentication"),
                                  QStringLiteral("pulls/pulls#merge-a-pull-request")),
                      rate);
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        if (body.contains(QStringLiteral("sha"))
            && body.value(QStringLiteral("sha")).toString() != pr->headSha) {
            replyJson(responder, HttpStatus::Conflict,
                      githubError(QStringLiteral(
                                      "Head branch was modified. Review and try the merge again."),
                                  QStringLiteral("pulls/pulls#merge-a-pull-request")),
                      rate);
            return;
        }
        if (pr->merged || !m_hooks.mergeBranch) {
            replyJson(responder, HttpStatus::MethodNotAllowed,
                      githubError(QStringLiteral("Pull Request is not mergeable"),
                                  QStringLiteral("pulls/pulls#merge-a-pull-request")),
                      rate);
            return;
        }
        const QString method
            = body.value(QStringLiteral("merge_method")).toString(QStringLiteral("merge"));
        if (method != u"merge" && method != u"squash") {
            replyJson(responder, HttpStatus::MethodNotAllowed,
                      githubError(method == u"rebase"
                                      ? QStringLiteral("Rebase merges are not allowed on this "
                                                       "repository.")
                                      : QStringLiteral("Invalid merge method"),
                                  QStringLiteral("pulls/pulls#merge-a-pull-request")),
                      rate);
            return;
        }
        // GitHub's default summaries: both name the pull request.
        const QString defaultTitle = method == u"squash"
            ? QStringLiteral("%1 (#%2)").arg(pr->title).arg(number)
            : QStringLiteral("Merge pull request #%1 from howdiggy/%2").arg(number).arg(pr->head);
        const QString title = body.value(QStringLiteral("commit_title")).toString(defaultTitle);
        auto merged
            = m_hooks.mergeBranch(pr->head, pr->base, title + QStringLiteral("\n\n") + pr->title);
        if (!merged) {
            replyJson(responder, HttpStatus::MethodNotAllowed,
                      githubError(QStringLiteral("Pull Request is not mergeable"),
                                  QStringLiteral("pulls/pulls#merge-a-pull-request")),
                      rate);
            return;
        }
        (void)m_world->markMerged(number, *merged);
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("sha"), *merged},
                               {QStringLiteral("merged"), true},
                               {QStringLiteral("message"),
                                QStringLiteral("Pull Request successfully merged")}},
                  rate);
        checkOrigin();
        return;
    }
    static const QRegularExpression commitPath(
        QStringLiteral("^/commits/([^/]+)/(status|check-runs)$"));
    const QRegularExpressionMatch cm = commitPath.match(rest);
    if (cm.hasMatch()) {
        QString sha = cm.captured(1);
        if (m_hooks.resolveBranch
            && !QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(sha).hasMatch())
            sha = m_hooks.resolveBranch(sha.startsWith(u"heads/") ? sha.mid(6) : sha);
        // The validate workflow runs for a few seconds after a pull request is opened.
        QDateTime since;
        for (const DemoWorld::PullRequest &pr : m_world->pullRequests()) {
            if (pr.headSha == sha)
                since = pr.createdAt;
        }
        const bool pending = since.isValid()
            && (m_checkMilliseconds < 0
                || since.msecsTo(QDateTime::currentDateTimeUtc()) < m_checkMilliseconds);
        if (cm.captured(2) == u"status") {
            // Actions report check runs, not statuses: the combined status has none.
            replyJson(responder, HttpStatus::Ok,
                      QJsonObject {{QStringLiteral("state"), QStringLiteral("pending")},
                                   {QStringLiteral("statuses"), QJsonArray()},
                                   {QStringLiteral("sha"), sha},
                                   {QStringLiteral("total_count"), 0}},
                      rate);
            return;
        }
        const QJsonObject run {
            {QStringLiteral("id"), 31245879012LL},
            {QStringLiteral("head_sha"), sha},
            {QStringLiteral("status"),
             pending ? QStringLiteral("in_progress") : QStringLiteral("completed")},
            {QStringLiteral("conclusion"),
             pending ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("success"))},
            {QStringLiteral("started_at"),
             iso(since.isValid() ? since : QDateTime::currentDateTimeUtc().addSecs(-600))},
            {QStringLiteral("completed_at"),
             pending ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(iso(since.isValid()
                                          ? since.addSecs(3)
                                          : QDateTime::currentDateTimeUtc().addSecs(-560)))},
            {QStringLiteral("name"), QStringLiteral("kustomize-build")},
            {QStringLiteral("html_url"),
             QStringLiteral("https://github.com/howdiggy/homelab-gitops/actions/runs/12745871234/"
                            "job/31245879012")},
            {QStringLiteral("app"),
             QJsonObject {{QStringLiteral("id"), 15368},
                          {QStringLiteral("slug"), QStringLiteral("github-actions")},
                          {QStringLiteral("name"), QStringLiteral("GitHub Actions")}}},
            {QStringLiteral("pull_requests"), QJsonArray()}};
        replyJson(responder, HttpStatus::Ok,
                  QJsonObject {{QStringLiteral("total_count"), 1},
                               {QStringLiteral("check_runs"), QJsonArray {run}}},
                  rate);
        return;
    }
    replyJson(responder, HttpStatus::NotFound,
              githubError(QStringLiteral("Not Found"), QStringLiteral("repos")), rate);
}

} // namespace Promenade::Demo
