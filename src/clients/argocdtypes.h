#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade::Clients {

// Plain data parsed from Argo CD's REST API (grpc-gateway, Go encoding/json). The parsers are
// tolerant: absent fields stay empty, always-present empty structs (`"source": {"repoURL": ""}`
// on multi-source apps, `sourceHydrator: {}`) are recognised as empty, unknown enum values are
// kept as raw text. Each struct keeps what the pipeline status model needs.

enum class ArgoSyncStatus { Unknown, Synced, OutOfSync };
// Ordered best to worst, as Argo CD aggregates (health.go healthOrder).
enum class ArgoHealth { Healthy, Suspended, Progressing, Missing, Degraded, Unknown };

[[nodiscard]] ArgoSyncStatus argoSyncStatusFromString(const QString &text);
[[nodiscard]] ArgoHealth argoHealthFromString(const QString &text);
[[nodiscard]] QString toString(ArgoHealth health);
[[nodiscard]] QString toString(ArgoSyncStatus status);
// The worse of two health values (for aggregating apps per environment).
[[nodiscard]] ArgoHealth worseHealth(ArgoHealth a, ArgoHealth b);

struct ArgoSource
{
    QString repoUrl;
    QString path;
    QString targetRevision; // empty means HEAD
    QString chart;
    QString ref;
    QString name;
    [[nodiscard]] bool isEmpty() const
    {
        return repoUrl.isEmpty() && path.isEmpty() && chart.isEmpty();
    }
};

struct ArgoCondition
{
    QString type; // ComparisonError, SyncError, ...
    QString message;
    QDateTime lastTransitionTime;
    [[nodiscard]] bool isError() const { return type.endsWith(u"Error"); }
};

struct ArgoHistoryEntry
{
    qint64 id = 0;
    QStringList revisions; // one for single-source apps
    QDateTime deployedAt;
    QDateTime deployStartedAt;
    QString initiatedBy; // user name; empty when automated
    bool automated = false;
};

struct ArgoOperationState
{
    QString phase; // Running, Terminating, Failed, Error, Succeeded
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    int retryCount = 0;
    QStringList requestedRevisions; // operation.sync.revision(s)
    QStringList syncedRevisions; // syncResult.revision(s)
    QString initiatedBy;
    bool automated = false;
    [[nodiscard]] bool isRunning() const { return phase == u"Running" || phase == u"Terminating"; }
    [[nodiscard]] bool failed() const { return phase == u"Failed" || phase == u"Error"; }
};

struct ArgoResourceStatus
{
    QString group, version, kind, resourceNamespace, name;
    QString status; // Synced / OutOfSync / Unknown
    QString health; // often absent (Argo CD >= 3.0 in List answers)
    QString healthMessage;
};

struct ArgoApplication
{
    QString name;
    QString appNamespace; // namespace of the Application resource (usually argocd)
    QString project;
    QString resourceVersion;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QList<ArgoSource> sources; // spec.sources when non-empty, else spec.source
    bool multiSource = false;
    QString destinationServer, destinationName, destinationNamespace;
    bool autoSync = false;

    ArgoSyncStatus syncStatus = ArgoSyncStatus::Unknown;
    QString syncStatusText;
    QStringList syncedRevisions; // status.sync.revisions, else [status.sync.revision]
    ArgoHealth health = ArgoHealth::Unknown;
    QString healthText;
    QString healthMessage;
    QStringList images; // status.summary.images
    QStringList externalUrls; // status.summary.externalURLs
    std::optional<ArgoOperationState> operationState;
    bool operationRequested = false; // top-level `operation` present (queued / running)
    QList<ArgoHistoryEntry> history;
    QList<ArgoCondition> conditions;
    QList<ArgoResourceStatus> resources;
    QDateTime reconciledAt;
    bool deleting = false;

    QJsonObject raw; // the object as received (for the status cache)

    // The revision currently synced (first source), or empty.
    [[nodiscard]] QString syncedRevision() const { return syncedRevisions.value(0); }
    [[nodiscard]] bool isHealthyAndSynced() const
    {
        return health == ArgoHealth::Healthy && syncStatus == ArgoSyncStatus::Synced;
    }
};

struct ArgoApplicationList
{
    QString resourceVersion; // for the watch stream
    QList<ArgoApplication> items;
};

struct ArgoResourceRef
{
    QString group, version, kind, resourceNamespace, name, uid;
};

struct ArgoResourceNode
{
    ArgoResourceRef ref;
    QList<ArgoResourceRef> parents;
    QList<QPair<QString, QString>> info;
    QStringList images;
    QString health; // empty when the node has no health
    QString healthMessage;
    QDateTime createdAt;
};

struct ArgoResourceTree
{
    QList<ArgoResourceNode> nodes;
    QList<ArgoResourceNode> orphanedNodes;
};

enum class ArgoWatchEventType { Added, Modified, Deleted };

struct ArgoWatchEvent
{
    ArgoWatchEventType type = ArgoWatchEventType::Modified;
    ArgoApplication application;
};

struct ArgoVersion
{
    QString version; // "v3.1.5+cfeed49"
    QString semver; // "3.1.5"
};

[[nodiscard]] ArgoApplication parseArgoApplication(const QJsonObject &object);
[[nodiscard]] ArgoApplicationList parseArgoApplicationList(const QJsonObject &object);
// The list in the API's own shape ({"metadata":{"resourceVersion"},"items":[raw...]}), for the
// status cache; parseArgoApplicationList() reads it back.
[[nodiscard]] QJsonObject toJson(const ArgoApplicationList &list);
[[nodiscard]] ArgoResourceTree parseArgoResourceTree(const QJsonObject &object);
[[nodiscard]] ArgoVersion parseArgoVersion(const QJsonObject &object);
// One watch frame's `result`; an error when `type` is unknown or `application` missing.
[[nodiscard]] Result<ArgoWatchEvent> parseArgoWatchResult(const QJsonObject &result);

} // namespace Promenade::Clients
