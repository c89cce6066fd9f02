#pragma once

#include "pipeline.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade {

// The live pipeline matrix: for each environment × app, what the overlay declares, what Argo
// CD runs, what the registry offers, and the drift between them; per cluster, certificates.
// Plain data (built by StatusCollector); safe to copy between threads.
struct AppStatus
{
    QString app;
    DeclaredImage declared;
    // Running (Argo CD)
    bool runningKnown = false;
    QString runningVersion; // tag (and digest) of the image Argo CD reports
    QString sync; // Synced, OutOfSync, Unknown
    QString health; // Healthy, Progressing, Degraded, ...
    QString healthMessage;
    // The Git commit Argo CD synced: for a multi-source Application, that of the source holding
    // the environment's overlay (not a Helm chart's version).
    QString revision;
    QDateTime lastSynced;
    QString operation; // Running, Succeeded, Failed, ...
    QString argoApplication;
    // Available (registry)
    bool availableKnown = false;
    QString declaredDigest; // the digest the declared tag points at
    QStringList declaredPlatforms;
    QDateTime declaredCreated;
    QStringList declaredAliases; // other tags pointing at the declared build (latest, main...)
    // The newest build by build time (image config `created`) among the tags described, named
    // by its immutable tag (a version or sha-…) where it has one; newestAliases: the mutable tags
    // pointing at the same build (same digest).
    QString newestTag;
    QString newestDigest;
    QDateTime newestCreated;
    QStringList newestPlatforms;
    QStringList newestAliases;
    int tagsListed = 0; // tags in the registry's list (as far as it was read)
    int tagsDescribed = 0; // of those, how many were described (see StatusCollector)
    QStringList neededPlatforms; // from the rendered overlay's node selectors (e.g. linux/arm64)
    // The previous environment of the pipeline runs a newer version (ready to promote): what
    // Argo CD says it runs, or what it declares when that is unknown.
    QString behind; // e.g. "development runs sha-e7d1a48"
    // The declared tag is mutable: latest, a branch name, or a tag the registry has moved since
    // it was last seen (MutableTags); the warning says which, and declaredDigest (when the
    // registry knows it) is the digest to pin instead.
    bool mutableTag = false;
    bool tagMoved = false;
    QString mutableTagWarning;
    // What needs a person's attention, one sentence each.
    QStringList drift;
    QStringList problems; // what could not be known, and why
};

struct CertificateInfo
{
    QString cluster;
    QString nameSpace;
    QString name;
    QString issuer;
    QString state; // Ready, Renewing, Issuing, NotReady, Expired, Unknown
    QDateTime notAfter;
    QString message;
    QString source; // cluster or argocd
};

struct IssuerInfo
{
    QString cluster;
    QString name;
    QString type; // ACME, self-signed, CA, ...
    QString server; // ACME directory
    bool ready = false;
    QString message;
    QString kind = QStringLiteral("ClusterIssuer"); // or Issuer (namespaced)
    QString nameSpace; // an Issuer's namespace; empty for a ClusterIssuer
};

// A service that answered but refused Promenade's credentials (401, 403).
struct RefusedService
{
    QString service; // "Argo CD"
    QString endpoint; // "Argo CD at https://argocd.example.com"
    QString reason; // the server's answer, in one sentence
};

struct EnvironmentStatus
{
    QString name;
    QStringList clusters;
    QList<AppStatus> apps;
    QList<CertificateInfo> certificates;
    QList<IssuerInfo> issuers;
    QStringList problems;
    // What discovery found (declared state, no server asked): the environment's place in the
    // DAG, what deploys it, its infrastructure components with their versions.
    int stage = 0;
    QStringList upstream;
    PromotionMode promotion = PromotionMode::Commit;
    QList<Deployment> deployments;
    QList<InfrastructureComponent> infrastructure;
    // The Helm chart components among them as Argo CD runs them (cert-manager): declared is the
    // chart and the version the environment pins, runningVersion the chart version Argo CD
    // synced (its revision), with sync and health, from the chart's Application.
    QList<AppStatus> charts;

    // The declared part of an environment's status: name, clusters, apps with what they declare,
    // the discovery facts above and the environment's problem (a source that does not render).
    static EnvironmentStatus declaredBy(const Environment &environment);
    [[nodiscard]] const AppStatus *app(const QString &name) const;
    // The Helm chart component of that name (charts), or nullptr.
    [[nodiscard]] const AppStatus *chart(const QString &name) const;
};

// An open pull request of a promotion (branch promote/<app>/<env>/<tag>) and its checks.
struct PullRequestInfo
{
    int number = 0;
    QString title;
    QString branch;
    QString url;
    QString checks; // success, pending, failure, none
    QString checksSummary; // "2 checks: 1 passed, 1 pending"
    QString headSha; // the head as listed: a merge is refused if it moved since
};

struct PipelineStatus
{
    QString root;
    QDateTime fetchedAt;
    QList<EnvironmentStatus> environments;
    QList<QStringList> stages; // environment names per stage of the promotion DAG
    QStringList warnings; // discovery's warnings (generators needing a live server, ...)
    QList<PullRequestInfo> pullRequests;
    bool pullRequestsKnown = false;
    QStringList problems; // about the whole pipeline (GitHub)
    // The services that did not answer at all ("Argo CD": no connection, no answer before the
    // deadline): what they would have told is missing, so a window keeps its last good status
    // rather than showing this one.
    QStringList unreachable;
    // The services that answered but refused the credentials (an expired or wrong token): also
    // a problem line; what they would have told is missing too.
    QList<RefusedService> refused;
    // What this status does not hold yet, in the words of the services still being asked (a
    // window's first collection is shown as soon as Argo CD has answered, the registries'
    // facts coming after): nothing is judged from what they will tell. Empty when complete;
    // never cached.
    QStringList loading;

    [[nodiscard]] const EnvironmentStatus *environment(const QString &name) const;
    [[nodiscard]] const PullRequestInfo *pullRequest(const QString &branch) const;
    [[nodiscard]] QJsonObject toJson() const;
    // The status toJson() wrote (as cached on disk); nullopt when it is not one.
    [[nodiscard]] static std::optional<PipelineStatus> fromJson(const QJsonObject &json);
    // Whether Argo CD told what runs for at least one app.
    [[nodiscard]] bool knowsWhatRuns() const;
    // A table for a terminal: one row per app × environment, then certificates.
    [[nodiscard]] QString toTable() const;
};

} // namespace Promenade
