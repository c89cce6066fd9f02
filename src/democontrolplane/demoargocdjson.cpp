#include "demoargocdjson.h"

#include "demohttp.h"
#include "demoworld.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Promenade::Demo {

using namespace Http;

namespace {

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

QJsonObject projectFieldsImpl(const QJsonObject &item, const QStringList &fields,
                              const QString &prefix)
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

QJsonObject sourceOf(const DemoWorld::Application &app)
{
    if (!app.chart.isEmpty()) // a Helm chart at the version the environment pins
        return {{QStringLiteral("repoURL"), app.chartRepository},
                {QStringLiteral("chart"), app.chart},
                {QStringLiteral("targetRevision"), app.chartVersion}};
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
    else if (!app.chart.isEmpty())
        d.insert(QStringLiteral("namespace"), app.chart);
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

} // namespace

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
        {QStringLiteral("sourceType"),
         app.chart.isEmpty() ? QStringLiteral("Kustomize") : QStringLiteral("Helm")},
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

namespace {

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

} // namespace

QJsonObject projectFields(const QJsonObject &item, const QStringList &fields, const QString &prefix)
{
    return projectFieldsImpl(item, fields, prefix);
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

} // namespace Promenade::Demo
