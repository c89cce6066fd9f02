#pragma once

#include "argocdtypes.h"
#include "cancellationtoken.h"
#include "endpointtrust.h"
#include "httptransport.h"
#include "pipelinestatus.h"
#include "registrycache.h"
#include "registryclient.h"
#include "statuscollector.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace Promenade {

// What the problem lines of a collection say (shown above the pipeline): one context for the
// collectors' sentences.
struct ProblemTr
{
    Q_DECLARE_TR_FUNCTIONS(LiveStatus)
};

// One collection of a StatusCollector, shared by its collectors (ArgoCdCollector,
// RegistryCollector, GitHubCollector, KubernetesCollector): the status being filled, what the
// registries told, the answers awaited, the deadline. Lives on the collector's thread; every
// request's callback is bound to `requests`, deleted at the end (no callback comes after it).
struct StatusCollection
{
    StatusCollector::Options options;
    Pipeline pipeline;
    PipelineStatus status;
    QList<Clients::WithheldCredential> withheld;
    QObject *owner = nullptr; // the StatusCollector (timers, turns of the event loop)
    int pending = 0;
    CancellationToken cancelled; // the rendering worker stops when the collector goes
    QHash<QString, QList<int>> environmentsByOverlay; // overlay path → environments
    QList<QHash<QString, QList<int>>> appsByRepository; // per environment: repository → apps
    std::vector<std::unique_ptr<QObject>> clients; // alive until finished
    std::map<QString, QMap<QString, Clients::ImageDetails>> images; // repository → tag → details
    std::map<QString, QSet<QString>> listedTags; // repository → the tags its list holds
    std::map<QString, int> tagsDescribed; // repository → tags asked to be described
    std::map<QString, QStringList> imageProblems; // repository → why unknown
    // Manifests and configs by digest for this collection's registry clients (without
    // Options::cache): each build is fetched once, whichever tags point at it.
    std::shared_ptr<Clients::RegistryCache> registryCache;
    Clients::EndpointTrust trust;
    // The context of every request of this collection: deleted at the deadline, which aborts
    // whatever still runs (no callback comes after it).
    QObject *requests = nullptr;
    bool finished = false;
    QTimer *deadlineTimer = nullptr;
    QDeadlineTimer deadline;
    QHash<QString, int> inFlight; // service label → answers awaited
    // Resource trees: one request per Application, whoever waits for it; at most
    // options.maxResourceTrees of them.
    QHash<QString, QList<std::function<void(const Clients::ArgoResourceTree &)>>> treeWaiters;
    QHash<QString, QList<int>> treeEnvironments; // the environments waiting for each tree
    QHash<QString, std::optional<Clients::RegistryCredential>>
        registryCredentials; // by host, looked up once
    QSet<QString> argoCdAnswered; // the Argo CD instances (labels) whose list came in
    // The Argo CD instances that listed their Applications (label → the clusters they serve,
    // empty: all): an app of theirs that no listed Application deploys is said.
    QMap<QString, QStringList> argoCdListed;
    // The other services' endpoints (label → service, e.g. "Kubernetes") and those of them
    // that answered anything: one that had not by the deadline is unreachable.
    QHash<QString, QString> serviceOfLabel;
    QSet<QString> answeredLabels;
    int treesSkipped = 0;
    // Called when an answer is in: the collection ends when none is awaited any more.
    std::function<void()> release;
    // The labels of the services whose facts may come after a first, partial status (the
    // registries, the rendering of the overlays); progressed() is called when a service is in.
    QSet<QString> later;
    std::function<void()> progressed;
    // The tokens for an Argo CD endpoint and for GitHub (resolved by StatusCollector, which
    // knows where credentials come from); *withheld says what was not sent and why.
    // (argoCdToken: the URL as configured, and as asked).
    std::function<QString(const QString &configured, const QUrl &argoCd,
                          std::optional<Clients::WithheldCredential> *)>
        argoCdToken;
    std::function<QString(std::optional<Clients::WithheldCredential> *)> gitHubToken;

    [[nodiscard]] Clients::ServiceEndpoint endpoint(const QString &name, const QUrl &url) const;
    void applyLimits(Clients::ServiceEndpoint &e) const;
    // One more answer awaited from label's service: the returned function is called once
    // when it is in (and releases the collection).
    std::function<void()> begin(const QString &label);
    // What a service's endpoint (label) gave: an answer, or why not. Refused (401, 403: the
    // credentials) is listed in status.refused, a failure with no answer at all (no
    // connection, TLS, a 5xx, garbage) in status.unreachable; other answers (404, 4xx) only
    // make a problem line, written by the caller.
    void noteAnswer(const QString &service, const QString &label, const Error *error = nullptr);
    // A credential that was not sent: a problem line where it matters, once per endpoint.
    void noteWithheld(const Clients::WithheldCredential &credential, QStringList *problems);
    // Runs work[from…] a few dozen items per turn of the event loop.
    void runInTurns(const std::shared_ptr<std::vector<std::function<void()>>> &work,
                    std::size_t from = 0);
    // Everything is in: the findings that need several sources (behind, the builds and the
    // newest, drift), once.
    void conclude();
    // The status as it would be concluded without anything the registries told, for a
    // partial report while they are asked; loading: what is still awaited.
    [[nodiscard]] PipelineStatus withoutRegistries(const QStringList &loading);

private:
    void judgeNotListed();
    void judgeBehind();
    void applyImages();
};

} // namespace Promenade
