#include "endpointoverrides.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace {

// One QSettings key per repository; the path is percent-encoded so that its slashes do not
// become groups.
QString keyFor(const QString &root)
{
    return QStringLiteral("endpoints/")
        + QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(root)));
}

QString hostOf(const QString &repository)
{
    // "ghcr.io/owner/app" → "ghcr.io"; Docker Hub's short names have no host part.
    const QString first = repository.section(u'/', 0, 0);
    const bool isHost = repository.contains(u'/')
        && (first.contains(u'.') || first.contains(u':') || first == u"localhost");
    return isHost ? first : QStringLiteral("docker.io");
}

} // namespace

bool EndpointOverrides::isEmpty() const
{
    return argoCd.isEmpty() && gitHubUrl.isEmpty() && gitHubRepository.isEmpty()
        && registries.isEmpty();
}

// In the settings file, one group per repository:
//   endpoints/<path>/argocd/<cluster>/url, …/insecure; githubUrl; githubRepository;
//   registries/<host>
EndpointOverrides EndpointOverrides::load(const QString &root)
{
    EndpointOverrides out;
    if (root.isEmpty())
        return out;
    QSettings settings;
    settings.beginGroup(keyFor(root));
    settings.beginGroup(QStringLiteral("argocd"));
    for (const QString &cluster : settings.childGroups()) {
        const QString url = settings.value(cluster + QStringLiteral("/url")).toString().trimmed();
        if (!url.isEmpty())
            out.argoCd.insert(
                QUrl::fromPercentEncoding(cluster.toLatin1()),
                {url, settings.value(cluster + QStringLiteral("/insecure")).toBool()});
    }
    settings.endGroup();
    out.gitHubUrl = settings.value(QStringLiteral("githubUrl")).toString().trimmed();
    out.gitHubRepository = settings.value(QStringLiteral("githubRepository")).toString().trimmed();
    settings.beginGroup(QStringLiteral("registries"));
    for (const QString &host : settings.childKeys()) {
        const QString url = settings.value(host).toString().trimmed();
        if (!url.isEmpty())
            out.registries.insert(QUrl::fromPercentEncoding(host.toLatin1()), url);
    }
    settings.endGroup();
    settings.endGroup();
    return out;
}

void EndpointOverrides::save(const QString &root) const
{
    if (root.isEmpty())
        return;
    QSettings settings;
    settings.remove(keyFor(root));
    if (isEmpty())
        return;
    settings.beginGroup(keyFor(root));
    for (auto it = argoCd.cbegin(); it != argoCd.cend(); ++it) {
        if (it->url.trimmed().isEmpty())
            continue;
        const QString group
            = QStringLiteral("argocd/") + QString::fromLatin1(QUrl::toPercentEncoding(it.key()));
        settings.setValue(group + QStringLiteral("/url"), it->url.trimmed());
        settings.setValue(group + QStringLiteral("/insecure"), it->insecure);
    }
    if (!gitHubUrl.trimmed().isEmpty())
        settings.setValue(QStringLiteral("githubUrl"), gitHubUrl.trimmed());
    if (!gitHubRepository.trimmed().isEmpty())
        settings.setValue(QStringLiteral("githubRepository"), gitHubRepository.trimmed());
    for (auto it = registries.cbegin(); it != registries.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            settings.setValue(QStringLiteral("registries/")
                                  + QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                              it.value().trimmed());
    }
    settings.endGroup();
}

QStringList EndpointOverrides::clustersOf(const Promenade::Pipeline &pipeline)
{
    QStringList clusters;
    for (const auto &c : pipeline.clusters)
        clusters << c.name;
    for (const auto &env : pipeline.environments)
        clusters << env.clusters;
    clusters.removeDuplicates();
    clusters.removeAll(QString());
    clusters.sort();
    return clusters;
}

QStringList EndpointOverrides::registryHostsOf(const Promenade::Pipeline &pipeline)
{
    QStringList hosts = pipeline.registries.keys();
    for (const auto &app : pipeline.apps) {
        if (!app.repository.isEmpty())
            hosts << hostOf(app.repository);
    }
    for (const auto &env : pipeline.environments) {
        for (const auto &image : env.images)
            hosts << hostOf(image.repository);
    }
    hosts.removeDuplicates();
    hosts.sort();
    return hosts;
}

QString EndpointOverrides::declaredArgoCd(const Promenade::Pipeline &pipeline,
                                          const QString &cluster)
{
    for (const auto &argo : pipeline.argoCd) {
        if (argo.clusters.isEmpty() || argo.clusters.contains(cluster))
            return argo.url;
    }
    return {};
}

Promenade::Pipeline EndpointOverrides::applied(const Promenade::Pipeline &pipeline) const
{
    Promenade::Pipeline out = pipeline;
    const ArgoCd everyCluster = argoCd.value(allClusters.toString());
    if (!everyCluster.url.isEmpty())
        out.argoCd = {{everyCluster.url, {}, everyCluster.insecure}};

    // A cluster's own Argo CD: taken out of whichever endpoint covered it, then added (merged
    // with other clusters that use the same one).
    const QStringList clusters = clustersOf(pipeline);
    for (auto it = argoCd.cbegin(); it != argoCd.cend(); ++it) {
        if (it.key() == allClusters || it->url.isEmpty())
            continue;
        for (auto &endpoint : out.argoCd) {
            if (endpoint.clusters.isEmpty())
                endpoint.clusters = clusters; // "every cluster" made explicit, to take one out
            endpoint.clusters.removeAll(it.key());
        }
        out.argoCd.erase(std::remove_if(out.argoCd.begin(), out.argoCd.end(),
                                        [](const auto &e) { return e.clusters.isEmpty(); }),
                         out.argoCd.end());
        auto same = std::find_if(out.argoCd.begin(), out.argoCd.end(), [&](const auto &e) {
            return e.url == it->url && e.insecure == it->insecure;
        });
        if (same != out.argoCd.end())
            same->clusters << it.key();
        else
            out.argoCd.append({it->url, {it.key()}, it->insecure});
    }

    if (!gitHubUrl.isEmpty())
        out.github.url = gitHubUrl;
    if (!gitHubRepository.isEmpty())
        out.github.repository = gitHubRepository;
    for (auto it = registries.cbegin(); it != registries.cend(); ++it)
        out.registries.insert(it.key(), it.value());
    return out;
}
