#pragma once

#include "argocdtypes.h"
#include "httptransport.h"
#include "registrycache.h"
#include "registryclient.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace Promenade {

namespace Clients {
class ArgoCdClient;
}

// What the live status keeps from one refresh to the next, so that a window following hundreds
// of apps asks the services little each time:
//  - registries: one long-lived client per registry and credential (its tokens and connections
//    stay), the credential looked up once per host, and one RegistryCache (see there);
//  - Argo CD: one client per instance and token, which watches the applications (a list, then
//    the watch stream); while its stream is up a refresh asks that Argo CD nothing;
//  - resource trees (certificates where no cluster access is configured): kept per Application
//    while its resourceVersion is unchanged, for at most resourceTreeMaxAge.
// Owned by whoever refreshes (the window's PipelineController), handed to each StatusCollector
// through its Options. Lives on the collectors' thread.
class LiveStatusCache : public QObject
{
    Q_OBJECT

public:
    explicit LiveStatusCache(QObject *parent = nullptr);
    ~LiveStatusCache() override;

    [[nodiscard]] const std::shared_ptr<Clients::RegistryCache> &registry() const
    {
        return m_registry;
    }
    // The client for a registry endpoint (created on first use with that endpoint's policy and
    // the Docker credential of its host; owned here).
    Clients::RegistryClient *registryClient(const Clients::ServiceEndpoint &endpoint,
                                            const QString &host);

    // Whether Argo CD instances are watched (on by default; off, every refresh lists).
    void setWatchArgoCd(bool watch) { m_watchArgoCd = watch; }
    // The client for an Argo CD instance and token (owned here).
    Clients::ArgoCdClient *argoCdClient(const Clients::ServiceEndpoint &endpoint,
                                        const QString &token);
    // Starts watching that instance from a list just received, unless its watch runs already.
    void watchFrom(Clients::ArgoCdClient *client, const Clients::ArgoApplicationList &list);
    // What the watch of that client knows while its stream is up; nullopt: ask Argo CD.
    [[nodiscard]] std::optional<QList<Clients::ArgoApplication>>
    watchedApplications(const Clients::ArgoCdClient *client) const;

    void setResourceTreeMaxAge(std::chrono::milliseconds maxAge) { m_resourceTreeMaxAge = maxAge; }
    [[nodiscard]] std::optional<Clients::ArgoResourceTree>
    resourceTree(const QString &argoCdUrl, const QString &application,
                 const QString &resourceVersion) const;
    void storeResourceTree(const QString &argoCdUrl, const QString &application,
                           const QString &resourceVersion, const Clients::ArgoResourceTree &tree);

Q_SIGNALS:
    // A watched Argo CD reported a change: a refresh now would show it.
    void applicationsChanged();

private:
    struct Watched;
    struct Tree;
    std::shared_ptr<Clients::RegistryCache> m_registry;
    QHash<QString, Clients::RegistryClient *> m_registryClients; // by URL and host
    QHash<QString, std::optional<Clients::RegistryCredential>> m_credentials; // by host
    bool m_watchArgoCd = true;
    QHash<QString, std::shared_ptr<Watched>> m_argoCd; // by URL
    std::chrono::milliseconds m_resourceTreeMaxAge {300000};
    QHash<QString, std::shared_ptr<Tree>> m_trees; // by Argo CD URL and application
};

} // namespace Promenade
