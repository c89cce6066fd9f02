#include "kubernetescollector.h"

#include "kubeconfig.h"
#include "kubernetesclient.h"
#include "statuscollection.h"

namespace Promenade {

using namespace Promenade::Clients;

// The service a cluster's API is named as in `unreachable` and `refused`.
QString KubernetesCollector::service()
{
    return QStringLiteral("Kubernetes");
}

KubernetesCollector::KubernetesCollector(StatusCollection &collection)
    : c(collection)
{ }

void KubernetesCollector::start()
{
    const Pipeline &pipeline = c.pipeline;
    QStringList clusters;
    QHash<QString, QList<int>> environmentsByCluster;
    for (int e = 0; e < pipeline.environments.size(); ++e) {
        for (const QString &cluster : pipeline.environments[e].clusters) {
            if (!pipeline.clusterContexts.contains(cluster))
                continue;
            if (!environmentsByCluster.contains(cluster))
                clusters << cluster;
            environmentsByCluster[cluster] << e;
        }
    }
    std::optional<Result<KubeConfig>> kubeconfig; // read once
    for (const QString &cluster : std::as_const(clusters)) {
        const QList<int> environments = environmentsByCluster.value(cluster);
        const QString contextName = pipeline.clusterContexts.value(cluster).isEmpty()
            ? cluster
            : pipeline.clusterContexts.value(cluster);
        if (!kubeconfig)
            kubeconfig = c.options.kubeconfigPath.isEmpty()
                ? KubeConfig::loadDefault()
                : KubeConfig::loadFile(c.options.kubeconfigPath);
        const Result<KubeConfig> &config = *kubeconfig;
        auto access = config ? config->resolve(contextName) : Result<KubeAccess>(config.error());
        if (!access) {
            for (const int e : environments)
                c.status.environments[e].problems << ProblemTr::tr("certificates of %1: %2")
                                                         .arg(cluster, access.error().toString());
            continue;
        }
        if (access->endpoint.tls.insecureSkipVerify) {
            // The user's explicit choice in the kubeconfig; shown, never silent.
            for (const int e : environments)
                c.status.environments[e].problems
                    << ProblemTr::tr("TLS verification is off for %1 (insecure-skip-tls-verify in "
                                     "the kubeconfig)")
                           .arg(cluster);
        }
        KubeAccess limited = *access;
        c.applyLimits(limited.endpoint);
        const QString label = limited.endpoint.label();
        auto client = std::make_unique<KubernetesClient>(limited);
        // An exec credential plugin is waited for no longer than the whole collection.
        client->setExecTimeout(
            std::min<std::chrono::milliseconds>(std::chrono::seconds(30), c.options.deadline));
        KubernetesClient *raw = client.get();
        c.clients.push_back(std::move(client));
        askCluster(cluster, environments, raw, label);
    }
}

void KubernetesCollector::askCluster(const QString &cluster, const QList<int> &environments,
                                     KubernetesClient *client, const QString &label)
{
    auto issuersDone = c.begin(label);
    auto certificatesDone = c.begin(label);
    StatusCollection *collection = &c;
    c.serviceOfLabel.insert(label, service());
    client->clusterIssuers(
        c.requests,
        [collection, environments, cluster, label,
         issuersDone](Result<QList<IssuerStatus>> issuers) {
            collection->noteAnswer(service(), label, issuers ? nullptr : &issuers.error());
            for (const int e : environments) {
                EnvironmentStatus &env = collection->status.environments[e];
                if (!issuers) {
                    // Said once, however many of the cluster's lists failed alike.
                    if (!env.problems.contains(issuers.error().toString()))
                        env.problems << issuers.error().toString();
                    continue;
                }
                for (const IssuerStatus &i : *issuers)
                    env.issuers.append({cluster, i.name, i.typeName(), i.acmeServer,
                                        i.ready.value_or(false), i.readyMessage,
                                        QStringLiteral("ClusterIssuer"), QString()});
            }
            issuersDone();
        });
    client->certificates({}, c.requests,
                         [this, client, label, environments, cluster,
                          certificatesDone](Result<QList<CertificateStatus>> certs) {
                             certificatesIn(cluster, environments, client, label, certs);
                             certificatesDone();
                         });
}

void KubernetesCollector::certificatesIn(const QString &cluster, const QList<int> &environments,
                                         KubernetesClient *client, const QString &label,
                                         const Result<QList<CertificateStatus>> &certs)
{
    c.noteAnswer(service(), label, certs ? nullptr : &certs.error());
    for (const int e : environments) {
        if (!certs) {
            QStringList &problems = c.status.environments[e].problems;
            if (!problems.contains(certs.error().toString()))
                problems << certs.error().toString();
            continue;
        }
        for (const CertificateStatus &cert : *certs)
            c.status.environments[e].certificates.append(
                {cluster, cert.certNamespace, cert.name, cert.issuerName,
                 Clients::toString(cert.state()), cert.notAfter, cert.readyMessage,
                 QStringLiteral("cluster")});
    }
    // The namespaced Issuers beside the ClusterIssuers: those of each namespace holding
    // certificates (at most maxIssuerNamespaces of them).
    QStringList namespaces;
    for (const CertificateStatus &cert : certs ? *certs : QList<CertificateStatus>()) {
        if (!cert.certNamespace.isEmpty() && !namespaces.contains(cert.certNamespace))
            namespaces << cert.certNamespace;
    }
    namespaces.sort();
    const int most = std::max(0, c.options.maxIssuerNamespaces);
    if (namespaces.size() > most) {
        for (const int e : environments)
            c.status.environments[e].problems
                << ProblemTr::tr("the Issuers of %n namespace(s) of %1 were not looked "
                                 "up: at most %2 namespaces are asked per cluster",
                                 nullptr, int(namespaces.size()) - most)
                       .arg(cluster)
                       .arg(most);
        namespaces = namespaces.mid(0, most);
    }
    StatusCollection *collection = &c;
    for (const QString &ns : std::as_const(namespaces)) {
        auto issuersDone = c.begin(label);
        client->issuers(
            ns, c.requests,
            [collection, environments, cluster, ns, label,
             issuersDone](Result<QList<IssuerStatus>> issuers) {
                collection->noteAnswer(service(), label, issuers ? nullptr : &issuers.error());
                for (const int e : environments) {
                    EnvironmentStatus &env = collection->status.environments[e];
                    if (!issuers) {
                        env.problems << ProblemTr::tr("Issuers of namespace %1 on %2: %3")
                                            .arg(ns, cluster, issuers.error().toString());
                        continue;
                    }
                    for (const IssuerStatus &i : *issuers)
                        env.issuers.append({cluster, i.name, i.typeName(), i.acmeServer,
                                            i.ready.value_or(false), i.readyMessage,
                                            QStringLiteral("Issuer"),
                                            i.issuerNamespace.isEmpty() ? ns : i.issuerNamespace});
                }
                issuersDone();
            });
    }
}

} // namespace Promenade
