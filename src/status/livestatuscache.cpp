#include "livestatuscache.h"

#include "argocdclient.h"
#include "credentialsdiscovery.h"

#include <QMap>

namespace Promenade {

using namespace Promenade::Clients;

namespace {
using Clock = std::chrono::steady_clock;

QString applicationKey(const ArgoApplication &app)
{
    return app.appNamespace + u'/' + app.name;
}
} // namespace

// One watched Argo CD: the applications as its list and stream told them.
struct LiveStatusCache::Watched
{
    ArgoCdClient *client = nullptr;
    QString token;
    bool insecure = false;
    bool listed = false; // a list arrived since the watch (re)started
    QMap<QString, ArgoApplication> applications; // by namespace/name
};

struct LiveStatusCache::Tree
{
    QString resourceVersion;
    ArgoResourceTree tree;
    Clock::time_point fetchedAt;
};

LiveStatusCache::LiveStatusCache(QObject *parent)
    : QObject(parent)
    , m_registry(std::make_shared<RegistryCache>())
{ }

LiveStatusCache::~LiveStatusCache()
{
    for (const auto &watched : std::as_const(m_argoCd))
        watched->client->stopWatch();
}

RegistryClient *LiveStatusCache::registryClient(const ServiceEndpoint &endpoint,
                                                const QString &host)
{
    const QString key = endpoint.baseUrl.toString() + u'|' + host;
    if (RegistryClient *known = m_registryClients.value(key))
        return known;
    if (!host.isEmpty() && !m_credentials.contains(host)) { // empty: no credential may go there
        const auto credential = CredentialsDiscovery::dockerCredential(host);
        m_credentials.insert(host, credential ? std::optional(*credential) : std::nullopt);
    }
    auto *client = new RegistryClient(endpoint, this);
    if (const auto &credential = m_credentials.value(host))
        client->setCredential(*credential);
    client->setCache(m_registry);
    m_registryClients.insert(key, client);
    return client;
}

ArgoCdClient *LiveStatusCache::argoCdClient(const ServiceEndpoint &endpoint, const QString &token)
{
    const QString key = endpoint.baseUrl.toString();
    if (const auto known = m_argoCd.value(key)) {
        if (known->token == token && known->insecure == endpoint.tls.insecureSkipVerify)
            return known->client;
        // Another token or TLS choice: a new client, a new watch.
        known->client->stopWatch();
        known->client->deleteLater();
        m_argoCd.remove(key);
    }
    auto watched = std::make_shared<Watched>();
    watched->client = new ArgoCdClient(endpoint, this);
    watched->client->setToken(token);
    watched->token = token;
    watched->insecure = endpoint.tls.insecureSkipVerify;
    m_argoCd.insert(key, watched);
    if (!m_watchArgoCd)
        return watched->client;
    Watched *raw = watched.get();
    connect(watched->client, &ArgoCdClient::applicationsListed, this,
            [this, raw](const ArgoApplicationList &list) {
                raw->applications.clear();
                for (const ArgoApplication &app : list.items)
                    raw->applications.insert(applicationKey(app), app);
                raw->listed = true;
                Q_EMIT applicationsChanged();
            });
    connect(watched->client, &ArgoCdClient::applicationChanged, this,
            [this, raw](const ArgoWatchEvent &event) {
                if (event.type == ArgoWatchEventType::Deleted)
                    raw->applications.remove(applicationKey(event.application));
                else
                    raw->applications.insert(applicationKey(event.application), event.application);
                Q_EMIT applicationsChanged();
            });
    connect(watched->client, &ArgoCdClient::watchStateChanged, this, [raw](ArgoWatchState state) {
        if (state != ArgoWatchState::Streaming)
            raw->listed = false; // until the next list: events may have been missed meanwhile
    });
    return watched->client;
}

void LiveStatusCache::watchFrom(ArgoCdClient *client, const ArgoApplicationList &list)
{
    if (m_watchArgoCd && client->watchState() == ArgoWatchState::Stopped)
        client->startWatchFrom(list);
}

std::optional<QList<ArgoApplication>>
LiveStatusCache::watchedApplications(const ArgoCdClient *client) const
{
    for (const auto &watched : m_argoCd) {
        if (watched->client != client)
            continue;
        if (!watched->listed || client->watchState() != ArgoWatchState::Streaming)
            return std::nullopt;
        return watched->applications.values();
    }
    return std::nullopt;
}

std::optional<ArgoResourceTree> LiveStatusCache::resourceTree(const QString &argoCdUrl,
                                                              const QString &application,
                                                              const QString &resourceVersion) const
{
    const auto tree = m_trees.value(argoCdUrl + u'|' + application);
    if (!tree || resourceVersion.isEmpty() || tree->resourceVersion != resourceVersion
        || Clock::now() - tree->fetchedAt >= m_resourceTreeMaxAge)
        return std::nullopt;
    return tree->tree;
}

void LiveStatusCache::storeResourceTree(const QString &argoCdUrl, const QString &application,
                                        const QString &resourceVersion,
                                        const ArgoResourceTree &tree)
{
    m_trees.insert(argoCdUrl + u'|' + application,
                   std::make_shared<Tree>(Tree {resourceVersion, tree, Clock::now()}));
}

} // namespace Promenade
