#include "argocdtypes.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Promenade::Clients {

namespace {

QDateTime time(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const auto &e : a)
        out.append(e.toString());
    return out;
}

ArgoSource source(const QJsonObject &o)
{
    ArgoSource s;
    s.repoUrl = o.value(u"repoURL").toString();
    s.path = o.value(u"path").toString();
    s.targetRevision = o.value(u"targetRevision").toString();
    s.chart = o.value(u"chart").toString();
    s.ref = o.value(u"ref").toString();
    s.name = o.value(u"name").toString();
    return s;
}

// Prefer the plural list when non-empty (multi-source), else the singular value.
QStringList revisions(const QJsonObject &o, const QString &singular, const QString &plural)
{
    const QStringList many = strings(o.value(plural));
    if (!many.isEmpty())
        return many;
    const QString one = o.value(singular).toString();
    return one.isEmpty() ? QStringList() : QStringList {one};
}

void initiatedBy(const QJsonObject &o, QString *user, bool *automated)
{
    *user = o.value(u"username").toString();
    *automated = o.value(u"automated").toBool();
}

ArgoResourceRef resourceRef(const QJsonObject &o)
{
    ArgoResourceRef r;
    r.group = o.value(u"group").toString();
    r.version = o.value(u"version").toString();
    r.kind = o.value(u"kind").toString();
    r.resourceNamespace = o.value(u"namespace").toString();
    r.name = o.value(u"name").toString();
    r.uid = o.value(u"uid").toString();
    return r;
}

ArgoResourceNode resourceNode(const QJsonObject &o)
{
    ArgoResourceNode n;
    n.ref = resourceRef(o);
    for (const auto &p : o.value(u"parentRefs").toArray())
        n.parents.append(resourceRef(p.toObject()));
    for (const auto &i : o.value(u"info").toArray()) {
        const QJsonObject io = i.toObject();
        n.info.append({io.value(u"name").toString(), io.value(u"value").toString()});
    }
    n.images = strings(o.value(u"images"));
    const QJsonObject h = o.value(u"health").toObject();
    n.health = h.value(u"status").toString();
    n.healthMessage = h.value(u"message").toString();
    n.createdAt = time(o.value(u"createdAt"));
    return n;
}

} // namespace

ArgoSyncStatus argoSyncStatusFromString(const QString &text)
{
    if (text == u"Synced")
        return ArgoSyncStatus::Synced;
    if (text == u"OutOfSync")
        return ArgoSyncStatus::OutOfSync;
    return ArgoSyncStatus::Unknown;
}

ArgoHealth argoHealthFromString(const QString &text)
{
    if (text == u"Healthy")
        return ArgoHealth::Healthy;
    if (text == u"Suspended")
        return ArgoHealth::Suspended;
    if (text == u"Progressing")
        return ArgoHealth::Progressing;
    if (text == u"Missing")
        return ArgoHealth::Missing;
    if (text == u"Degraded")
        return ArgoHealth::Degraded;
    return ArgoHealth::Unknown;
}

QString toString(ArgoHealth health)
{
    switch (health) {
    case ArgoHealth::Healthy:
        return QStringLiteral("Healthy");
    case ArgoHealth::Suspended:
        return QStringLiteral("Suspended");
    case ArgoHealth::Progressing:
        return QStringLiteral("Progressing");
    case ArgoHealth::Missing:
        return QStringLiteral("Missing");
    case ArgoHealth::Degraded:
        return QStringLiteral("Degraded");
    case ArgoHealth::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString toString(ArgoSyncStatus status)
{
    switch (status) {
    case ArgoSyncStatus::Synced:
        return QStringLiteral("Synced");
    case ArgoSyncStatus::OutOfSync:
        return QStringLiteral("OutOfSync");
    case ArgoSyncStatus::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

ArgoHealth worseHealth(ArgoHealth a, ArgoHealth b)
{
    return int(a) >= int(b) ? a : b;
}

ArgoApplication parseArgoApplication(const QJsonObject &object)
{
    ArgoApplication app;
    app.raw = object;
    const QJsonObject meta = object.value(u"metadata").toObject();
    app.name = meta.value(u"name").toString();
    app.appNamespace = meta.value(u"namespace").toString();
    app.resourceVersion = meta.value(u"resourceVersion").toString();
    app.labels = jsonStringMap(meta.value(u"labels"));
    app.annotations = jsonStringMap(meta.value(u"annotations"));
    app.deleting
        = meta.contains(u"deletionTimestamp") && !meta.value(u"deletionTimestamp").isNull();

    const QJsonObject spec = object.value(u"spec").toObject();
    app.project = spec.value(u"project").toString();
    if (app.project.isEmpty())
        app.project = QStringLiteral("default");
    const QJsonArray sources = spec.value(u"sources").toArray();
    if (!sources.isEmpty()) {
        app.multiSource = true;
        for (const auto &s : sources)
            app.sources.append(source(s.toObject()));
    } else if (spec.value(u"source").isObject()) {
        const ArgoSource s = source(spec.value(u"source").toObject());
        if (!s.isEmpty())
            app.sources.append(s);
    }
    const QJsonObject dest = spec.value(u"destination").toObject();
    app.destinationServer = dest.value(u"server").toString();
    app.destinationName = dest.value(u"name").toString();
    app.destinationNamespace = dest.value(u"namespace").toString();
    const QJsonObject syncPolicy = spec.value(u"syncPolicy").toObject();
    if (syncPolicy.value(u"automated").isObject()) {
        const QJsonObject automated = syncPolicy.value(u"automated").toObject();
        app.autoSync = !automated.contains(u"enabled") || automated.value(u"enabled").toBool();
    }

    const QJsonObject status = object.value(u"status").toObject();
    const QJsonObject sync = status.value(u"sync").toObject();
    app.syncStatusText = sync.value(u"status").toString();
    app.syncStatus = argoSyncStatusFromString(app.syncStatusText);
    app.syncedRevisions = revisions(sync, QStringLiteral("revision"), QStringLiteral("revisions"));
    const QJsonObject health = status.value(u"health").toObject();
    app.healthText = health.value(u"status").toString();
    app.health = argoHealthFromString(app.healthText);
    app.healthMessage = health.value(u"message").toString();
    const QJsonObject summary = status.value(u"summary").toObject();
    app.images = strings(summary.value(u"images"));
    app.externalUrls = strings(summary.value(u"externalURLs"));
    app.reconciledAt = time(status.value(u"reconciledAt"));

    if (status.value(u"operationState").isObject()) {
        const QJsonObject os = status.value(u"operationState").toObject();
        ArgoOperationState state;
        state.phase = os.value(u"phase").toString();
        state.message = os.value(u"message").toString();
        state.startedAt = time(os.value(u"startedAt"));
        state.finishedAt = time(os.value(u"finishedAt"));
        state.retryCount = os.value(u"retryCount").toInt();
        const QJsonObject op = os.value(u"operation").toObject();
        state.requestedRevisions = revisions(
            op.value(u"sync").toObject(), QStringLiteral("revision"), QStringLiteral("revisions"));
        initiatedBy(op.value(u"initiatedBy").toObject(), &state.initiatedBy, &state.automated);
        state.syncedRevisions = revisions(os.value(u"syncResult").toObject(),
                                          QStringLiteral("revision"), QStringLiteral("revisions"));
        app.operationState = state;
    }
    app.operationRequested = object.value(u"operation").isObject();

    for (const auto &h : status.value(u"history").toArray()) {
        const QJsonObject ho = h.toObject();
        ArgoHistoryEntry e;
        e.id = ho.value(u"id").toInteger();
        e.revisions = revisions(ho, QStringLiteral("revision"), QStringLiteral("revisions"));
        e.deployedAt = time(ho.value(u"deployedAt"));
        e.deployStartedAt = time(ho.value(u"deployStartedAt"));
        initiatedBy(ho.value(u"initiatedBy").toObject(), &e.initiatedBy, &e.automated);
        app.history.append(e);
    }
    for (const auto &c : status.value(u"conditions").toArray()) {
        const QJsonObject co = c.toObject();
        app.conditions.append({co.value(u"type").toString(), co.value(u"message").toString(),
                               time(co.value(u"lastTransitionTime"))});
    }
    for (const auto &r : status.value(u"resources").toArray()) {
        const QJsonObject ro = r.toObject();
        ArgoResourceStatus rs;
        rs.group = ro.value(u"group").toString();
        rs.version = ro.value(u"version").toString();
        rs.kind = ro.value(u"kind").toString();
        rs.resourceNamespace = ro.value(u"namespace").toString();
        rs.name = ro.value(u"name").toString();
        rs.status = ro.value(u"status").toString();
        const QJsonObject rh = ro.value(u"health").toObject();
        rs.health = rh.value(u"status").toString();
        rs.healthMessage = rh.value(u"message").toString();
        app.resources.append(rs);
    }
    return app;
}

ArgoApplicationList parseArgoApplicationList(const QJsonObject &object)
{
    ArgoApplicationList list;
    list.resourceVersion
        = object.value(u"metadata").toObject().value(u"resourceVersion").toString();
    // `items` may be [] or null (legacy fields path): both are an empty list.
    for (const auto &item : object.value(u"items").toArray())
        list.items.append(parseArgoApplication(item.toObject()));
    return list;
}

QJsonObject toJson(const ArgoApplicationList &list)
{
    QJsonArray items;
    for (const ArgoApplication &app : list.items)
        items.append(app.raw);
    return QJsonObject {
        {u"metadata"_qs, QJsonObject {{u"resourceVersion"_qs, list.resourceVersion}}},
        {u"items"_qs, items}};
}

ArgoResourceTree parseArgoResourceTree(const QJsonObject &object)
{
    ArgoResourceTree tree;
    for (const auto &n : object.value(u"nodes").toArray())
        tree.nodes.append(resourceNode(n.toObject()));
    for (const auto &n : object.value(u"orphanedNodes").toArray())
        tree.orphanedNodes.append(resourceNode(n.toObject()));
    return tree;
}

ArgoVersion parseArgoVersion(const QJsonObject &object)
{
    ArgoVersion v;
    v.version = object.value(u"Version").toString();
    static const QRegularExpression semver(
        QStringLiteral(R"(^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?))"));
    const auto m = semver.match(v.version);
    if (m.hasMatch())
        v.semver = m.captured(1);
    return v;
}

Result<ArgoWatchEvent> parseArgoWatchResult(const QJsonObject &result)
{
    ArgoWatchEvent event;
    const QString type = result.value(u"type").toString();
    if (type == u"ADDED")
        event.type = ArgoWatchEventType::Added;
    else if (type == u"MODIFIED")
        event.type = ArgoWatchEventType::Modified;
    else if (type == u"DELETED")
        event.type = ArgoWatchEventType::Deleted;
    else
        return Error(Error::Kind::Failed, u"unknown watch event type \"" + type + u'"');
    if (!result.value(u"application").isObject())
        return Error(Error::Kind::Failed, QStringLiteral("watch event without an application"));
    event.application = parseArgoApplication(result.value(u"application").toObject());
    return event;
}

} // namespace Promenade::Clients
