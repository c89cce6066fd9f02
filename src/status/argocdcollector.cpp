#include "argocdcollector.h"

#include "argocdclient.h"
#include "certificatetypes.h"
#include "imagetags.h"
#include "livestatuscache.h"
#include "statuscollection.h"

#include <QDir>

#include <algorithm>

namespace Promenade {

using namespace Promenade::Clients;

QString ArgoCdCollector::service()
{
    return QStringLiteral("Argo CD");
}

ArgoCdCollector::ArgoCdCollector(StatusCollection &collection)
    : c(collection)
{ }

bool ArgoCdCollector::serves(const Instance &instance, const QStringList &clusters) const
{
    return instance.clusters.isEmpty()
        || std::any_of(clusters.cbegin(), clusters.cend(),
                       [&](const QString &cluster) { return instance.clusters.contains(cluster); });
}

void ArgoCdCollector::start()
{
    if (c.pipeline.argoCd.isEmpty()) {
        for (EnvironmentStatus &env : c.status.environments)
            env.problems << ProblemTr::tr("no Argo CD is configured (endpoints.argocd in "
                                          "promenade.yaml): what runs is unknown");
    }
    LiveStatusCache *cache = c.options.cache.get();
    if (cache)
        cache->setResourceTreeMaxAge(c.options.resourceTreeInterval);
    for (const auto &argo : std::as_const(c.pipeline.argoCd)) {
        ServiceEndpoint endpoint = c.endpoint(service(), QUrl(argo.url));
        endpoint.tls.insecureSkipVerify = argo.insecure;
        Instance instance {nullptr, endpoint.baseUrl.toString(), endpoint.label(), argo.clusters};
        if (argo.insecure) {
            for (EnvironmentStatus &env : c.status.environments) {
                if (serves(instance, env.clusters))
                    env.problems << ProblemTr::tr("TLS verification is off for %1 (the insecure "
                                                  "option in the settings)")
                                        .arg(endpoint.label());
            }
        }
        // The user's token for this very URL (the keychain), one handed over with the
        // endpoints (the demo's), else what the user's configuration ties to this server or
        // the user trusts it with.
        std::optional<WithheldCredential> withheld;
        const QString token = c.argoCdToken(argo.url, endpoint.baseUrl, &withheld);
        if (withheld) {
            for (EnvironmentStatus &env : c.status.environments) {
                if (serves(instance, env.clusters))
                    c.noteWithheld(*withheld, &env.problems);
            }
        }
        if (cache) {
            instance.client = cache->argoCdClient(endpoint, token);
        } else {
            auto client = std::make_unique<ArgoCdClient>(endpoint);
            client->setToken(token);
            instance.client = client.get();
            c.clients.push_back(std::move(client));
        }
        startInstance(instance);
    }
}

void ArgoCdCollector::startInstance(const Instance &instance)
{
    LiveStatusCache *cache = c.options.cache.get();
    // While the watch stream is up, what it told is current: Argo CD is not asked.
    if (const auto watched = cache ? cache->watchedApplications(instance.client) : std::nullopt) {
        c.argoCdAnswered.insert(instance.label);
        c.argoCdListed.insert(instance.label, instance.clusters);
        apply(instance, *watched);
        return;
    }
    auto listed = c.begin(instance.label);
    instance.client->listApplications(
        {}, c.requests, [this, instance, listed](Result<ArgoApplicationList> list) {
            if (!list) {
                // Refused (401, 403: an expired or wrong token) is an answer: not
                // unreachable, which is for no answer at all.
                if (list.error().kind() == Error::Kind::Refused) {
                    c.argoCdAnswered.insert(instance.label);
                    c.status.refused.append({service(), instance.label, list.error().toString()});
                } else if (!c.status.unreachable.contains(service())) {
                    c.status.unreachable << service();
                }
                for (EnvironmentStatus &env : c.status.environments) {
                    if (serves(instance, env.clusters))
                        env.problems << list.error().toString();
                }
                listed();
                return;
            }
            c.argoCdAnswered.insert(instance.label);
            c.argoCdListed.insert(instance.label, instance.clusters);
            apply(instance, list->items);
            if (c.options.cache) // from now on its watch stream tells what changes
                c.options.cache->watchFrom(instance.client, *list);
            listed();
        });
}

void ArgoCdCollector::apply(const Instance &instance, const QList<ArgoApplication> &applications)
{
    for (const ArgoApplication &app : applications) {
        applyChartApplication(app, instance.clusters);
        for (qsizetype sourceIndex = 0; sourceIndex < app.sources.size(); ++sourceIndex) {
            const ArgoSource &source = app.sources[sourceIndex];
            // Looked up, not searched: hundreds of apps × Applications add up on this thread.
            for (const int e : c.environmentsByOverlay.value(QDir::cleanPath(source.path))) {
                applyToEnvironment(instance, app, sourceIndex, e);
                // Certificates from the resource tree where no cluster access is configured.
                const QString cluster = c.pipeline.environments[e].clusters.value(0);
                if (!c.pipeline.clusterContexts.contains(cluster))
                    askResourceTree(instance, app, e);
            }
        }
    }
}

void ArgoCdCollector::applyToEnvironment(const Instance &instance, const ArgoApplication &app,
                                         qsizetype sourceIndex, int e)
{
    Q_UNUSED(instance)
    const QHash<QString, QList<int>> &byRepository = c.appsByRepository[e];
    for (const QString &image : app.images) {
        const auto [repository, version] = ImageTags::splitImage(image);
        if (version.isEmpty())
            continue;
        for (const int i : byRepository.value(repository)) {
            AppStatus &a = c.status.environments[e].apps[i];
            a.runningKnown = true;
            a.runningVersion = version;
            a.sync = toString(app.syncStatus);
            a.health = toString(app.health);
            a.healthMessage = app.healthMessage;
            // status.sync.revisions is parallel to spec.sources: the revision of the source
            // holding this overlay (not a chart's).
            a.revision = app.multiSource ? app.syncedRevisions.value(int(sourceIndex))
                                         : app.syncedRevision();
            a.argoApplication = app.name;
            if (app.operationState) {
                a.operation = app.operationState->phase;
                a.lastSynced = app.operationState->finishedAt;
            }
        }
    }
}

void ArgoCdCollector::askResourceTree(const Instance &instance, const ArgoApplication &app, int e)
{
    const QString cluster = c.pipeline.environments[e].clusters.value(0);
    // An Application outside Argo CD's own namespace is asked for with its namespace
    // (appNamespace), and named with it.
    const QString qualifiedName
        = app.appNamespace.isEmpty() ? app.name : app.appNamespace + u'/' + app.name;
    StatusCollection *collection = &c;
    auto addCertificates = [collection, e, cluster](const ArgoResourceTree &tree) {
        for (const CertificateStatus &cert : certificatesFromResourceTree(tree, cluster))
            collection->status.environments[e].certificates.append(
                {cert.cluster, cert.certNamespace, cert.name, cert.issuerName,
                 Clients::toString(cert.state()), cert.notAfter, cert.readyMessage, cert.source});
    };
    LiveStatusCache *cache = c.options.cache.get();
    if (const auto known = cache
            ? cache->resourceTree(instance.url, qualifiedName, app.resourceVersion)
            : std::nullopt) {
        addCertificates(*known);
        return;
    }
    // One request per Application, whichever environments wait for it, and no more than
    // maxResourceTrees of them.
    const QString treeKey = instance.url + u'|' + qualifiedName;
    if (auto waiting = c.treeWaiters.find(treeKey); waiting != c.treeWaiters.end()) {
        waiting->append(addCertificates);
        if (!c.treeEnvironments[treeKey].contains(e))
            c.treeEnvironments[treeKey] << e;
        return;
    }
    if (c.treeWaiters.size() >= c.options.maxResourceTrees) {
        ++c.treesSkipped;
        return;
    }
    c.treeWaiters.insert(treeKey, {addCertificates});
    c.treeEnvironments[treeKey] = {e};
    auto done = c.begin(instance.label);
    instance.client->resourceTree(
        app.name, app.appNamespace, c.requests,
        [collection, url = instance.url, treeKey, qualifiedName, version = app.resourceVersion,
         done](Result<ArgoResourceTree> tree) {
            if (tree) {
                if (collection->options.cache)
                    collection->options.cache->storeResourceTree(url, qualifiedName, version,
                                                                 *tree);
                for (const auto &add : collection->treeWaiters.value(treeKey))
                    add(*tree);
            } else {
                // Refused (403: forbidden or not found) or failed: said, never dropped.
                const QString problem
                    = ProblemTr::tr("the certificates of Application %1 are unknown: %2")
                          .arg(qualifiedName, tree.error().toString());
                for (const int env : collection->treeEnvironments.value(treeKey)) {
                    QStringList &problems = collection->status.environments[env].problems;
                    if (!problems.contains(problem))
                        problems << problem;
                }
            }
            done();
        });
}

void ArgoCdCollector::applyChartApplication(const ArgoApplication &app,
                                            const QStringList &argoClusters)
{
    for (const ArgoSource &source : app.sources) {
        if (source.chart.isEmpty())
            continue;
        for (qsizetype e = 0; e < c.status.environments.size(); ++e) {
            EnvironmentStatus &env = c.status.environments[e];
            if (!argoClusters.isEmpty()
                && std::none_of(
                    env.clusters.cbegin(), env.clusters.cend(),
                    [&](const QString &cluster) { return argoClusters.contains(cluster); }))
                continue; // another Argo CD's environment
            const QList<Deployment> &deployments = c.pipeline.environments.at(e).deployments;
            for (AppStatus &chart : env.charts) {
                if (chart.app != source.chart)
                    continue;
                // The environment's own Application of the chart: <chart>-<environment>, or
                // the one its deployments name.
                const bool ours = app.name == source.chart + u'-' + env.name
                    || std::any_of(deployments.cbegin(), deployments.cend(),
                                   [&](const Deployment &dep) {
                                       return dep.name == app.name && dep.chart == source.chart;
                                   });
                if (!ours)
                    continue;
                chart.runningKnown = true;
                chart.runningVersion = app.syncedRevision(); // a chart's revision is its version
                chart.sync = toString(app.syncStatus);
                chart.health = toString(app.health);
                chart.healthMessage = app.healthMessage;
                chart.revision = app.syncedRevision();
                chart.argoApplication = app.name;
                if (app.operationState) {
                    chart.operation = app.operationState->phase;
                    chart.lastSynced = app.operationState->finishedAt;
                }
            }
        }
    }
}

} // namespace Promenade
