#pragma once

#include "endpointtrust.h"
#include "httptransport.h"
#include "pipelinestatus.h"

#include <QMap>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Promenade {

namespace Clients {
struct ArgoApplication;
}

class LiveStatusCache;

// Gathers the live status of a pipeline: what each Argo CD instance of promenade.yaml runs
// (endpoints.argocd; token from ARGOCD_AUTH_TOKEN or the argocd CLI's config), what the
// registries offer for each app's image (tags, digests, platforms, created times; credentials
// from the Docker config), and the certificates of each cluster (through the kubeconfig
// context of endpoints.clusters, else from Argo CD's resource tree). Everything is asked
// concurrently; a service that fails leaves a clear problem on what it would have told, and
// the rest is still reported. Asynchronous, on the thread it lives in; finished() once.
//
// Registries: each repository's whole tag list is read (following the registry's pagination,
// at most maxTagPages pages of 100), and at most maxTagsDescribed of its tags are described
// (manifest, platforms, build time): every tag the environments declare, then latest, main
// and master, versions from the highest down, then the rest from the end of the list.
// Within one collection each build is fetched once (manifests and configs by digest), so an
// alias of a build already described costs one request. The newest build is the one with the
// latest build time (image config `created`) among those described, named by its immutable tag
// (a version, sha-…) with the aliases that point at it. With Options::cache, a refresh only
// asks what may have changed (see LiveStatusCache): at steady state a few conditional requests.
//
// Credentials (see Clients::EndpointTrust): each goes only to the endpoint it belongs to, or
// to one the user trusts; none over plain http except to loopback. What was withheld is a
// problem line, and withheldCredentials() for the window to ask the user.
//
// Limits, whatever the servers do: the collection ends by Options::deadline (what had not
// answered by then is a problem line), no answer is read beyond
// Clients::RequestPolicy::maxResponseBytes, and at most maxResourceTrees resource trees are
// asked (one per Application).
class StatusCollector : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // A silent server, per request; never beyond the deadline, which bounds the whole.
        std::chrono::milliseconds timeout {15000};
        // The whole collection: it finishes then with what it has (the command line's
        // --timeout; a window's refresh).
        std::chrono::milliseconds deadline {20000};
        int maxRetries = 2;
        // The largest answer read from a service (see Clients::RequestPolicy).
        qint64 maxResponseBytes = Clients::RequestPolicy::defaultMaxResponseBytes;
        // Argo CD resource trees (certificates where no cluster access is configured) asked
        // per collection, one per Application; the others are a problem line.
        int maxResourceTrees = 100;
        // Whom credentials may go to; nullopt: EndpointTrust::forRepository(pipeline.root).
        std::optional<Clients::EndpointTrust> trust;
        int maxTagsDescribed = 100; // registry tags described per repository (for the newest)
        int maxTagPages = 20; // pages of a repository's tag list read
        int tagPageSize = 100; // tags asked per page (the registry's `n`)
        // cert-manager Issuers are asked in each namespace holding certificates, at most this
        // many namespaces per cluster (the others are a problem line).
        int maxIssuerNamespaces = 100;
        // Credentials handed over directly (the embedded demo); empty: the usual sources.
        QString argoCdToken;
        QString gitHubToken;
        // Tokens per Argo CD URL (from the system keychain): ahead of argoCdToken and the
        // usual sources for that instance.
        QMap<QString, QString> argoCdTokens;
        QString kubeconfigPath;
        // Shared by successive collections (a window's refreshes): clients with their tokens,
        // the Argo CD watch, what the registries told. nullptr: everything is asked afresh
        // (the command line).
        std::shared_ptr<LiveStatusCache> cache;
        // With a cache: how long a repository's tag list is used before it is asked again
        // (conditionally), how long what a tag points at is trusted before it is checked, and
        // how long an unchanged Application's resource tree is kept.
        std::chrono::milliseconds tagListInterval {60000};
        std::chrono::milliseconds tagRecheckInterval {600000};
        std::chrono::milliseconds resourceTreeInterval {300000};
        // Reports partiallyCollected() once, as soon as every service but the registries (and
        // the rendering of the overlays) has answered; their requests (and the rendering) wait
        // until then, or two seconds at most.
        bool progressive = false;
    };

    explicit StatusCollector(QObject *parent = nullptr);
    StatusCollector(const Options &options, QObject *parent = nullptr);
    ~StatusCollector() override;

    void collect(const Pipeline &pipeline);
    // The GitHub repository (OWNER/NAME) of a pipeline: endpoints.github.repository, else the
    // origin remote's URL when it is on github.com; empty when neither tells.
    static QString gitHubRepository(const Pipeline &pipeline);
    // The GitHub API of a pipeline: endpoints.github.url, else https://api.github.com.
    static QUrl gitHubApi(const Pipeline &pipeline);
    // The token for that API: the first of Credentials::CredentialResolver::gitHub (GH_TOKEN,
    // GITHUB_TOKEN, gh's hosts.yml for github.com; GH_ENTERPRISE_TOKEN,
    // GITHUB_ENTERPRISE_TOKEN, gh's hosts.yml, GITHUB_TOKEN for another host) that may go there
    // (Clients::CredentialChoice). Empty if none; *withheld says what was not sent and why.
    static QString gitHubToken(const Pipeline &pipeline, const Clients::EndpointTrust &trust,
                               std::optional<Clients::WithheldCredential> *withheld = nullptr);
    // The same with the repository's stored trust and the process's default.
    static QString gitHubToken(const Pipeline &pipeline);
    // The Argo CD token for an endpoint: the first of Credentials::CredentialResolver::argoCd
    // (ARGOCD_AUTH_TOKEN, the argocd CLI context of that server) that may go there.
    static QString argoCdToken(const QUrl &argoCd, const Clients::EndpointTrust &trust,
                               std::optional<Clients::WithheldCredential> *withheld = nullptr);
    [[nodiscard]] const PipelineStatus &status() const { return m_status; }
    // Credentials that were not sent in the last collection, and why (also problem lines).
    [[nodiscard]] const QList<Clients::WithheldCredential> &withheldCredentials() const
    {
        return m_withheld;
    }

    // With Options::progressive, after partiallyCollected(): the status without the registries'
    // facts (PipelineStatus::loading names what is still asked).
    [[nodiscard]] const PipelineStatus &partialStatus() const { return m_partial; }

Q_SIGNALS:
    void partiallyCollected();
    void finished();

private:
    // A new collection (an earlier one of this collector is aborted).
    void prepare(const Pipeline &pipeline);
    void startRendering(bool hold);
    void startHeld();
    // An answer is in: the collection ends when none is awaited any more.
    void release();
    // The deadline passed.
    void expire();
    // A service is in: with Options::progressive, the partial report when only later ones
    // (the registries, the rendering) are awaited.
    void progressed();

    struct Private;
    std::unique_ptr<Private> d;
    PipelineStatus m_status;
    PipelineStatus m_partial;
    QList<Clients::WithheldCredential> m_withheld;
};

} // namespace Promenade
