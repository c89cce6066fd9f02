#pragma once

#include "certificatetypes.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Promenade {

namespace Clients {
class KubernetesClient;
}

struct StatusCollection;

// The Kubernetes part of a collection (see StatusCollector): for each cluster whose kubeconfig
// context promenade.yaml names (endpoints.clusters), its cert-manager Certificates,
// ClusterIssuers and the Issuers of the namespaces holding certificates (at most
// maxIssuerNamespaces), once per cluster for every environment it runs. The kubeconfig is read
// once per collection, on the collector's thread.
class KubernetesCollector
{
public:
    explicit KubernetesCollector(StatusCollection &collection);

    void start();
    // How a cluster's API is named in the status's `unreachable` and `refused`.
    static QString service();

private:
    void askCluster(const QString &cluster, const QList<int> &environments,
                    Clients::KubernetesClient *client, const QString &label);
    void certificatesIn(const QString &cluster, const QList<int> &environments,
                        Clients::KubernetesClient *client, const QString &label,
                        const Result<QList<Clients::CertificateStatus>> &certificates);

    StatusCollection &c;
};

} // namespace Promenade
