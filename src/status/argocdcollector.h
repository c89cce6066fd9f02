#pragma once

#include "argocdtypes.h"

#include <QString>
#include <QStringList>

namespace Promenade {

namespace Clients {
class ArgoCdClient;
}

struct StatusCollection;

// The Argo CD part of a collection (see StatusCollector): for each instance of
// endpoints.argocd, what runs per overlay path (the Applications' images, sync, health,
// revision), the environments' chart Applications, and the certificates of each Application's
// resource tree where no cluster access is configured. While the LiveStatusCache's watch
// stream of an instance is up, that instance is not asked.
class ArgoCdCollector
{
public:
    explicit ArgoCdCollector(StatusCollection &collection);
    // How Argo CD is named in the status's `unreachable` and `refused`.
    static QString service();

    // Asks every Argo CD of the pipeline (answers come later, into the collection).
    void start();

private:
    // One Argo CD instance of the collection.
    struct Instance
    {
        Clients::ArgoCdClient *client = nullptr;
        QString url;
        QString label;
        QStringList clusters; // the clusters it serves (empty: all)
    };

    void startInstance(const Instance &instance);
    [[nodiscard]] bool serves(const Instance &instance, const QStringList &clusters) const;
    void apply(const Instance &instance, const QList<Clients::ArgoApplication> &applications);
    void applyToEnvironment(const Instance &instance, const Clients::ArgoApplication &app,
                            qsizetype sourceIndex, int environment);
    void askResourceTree(const Instance &instance, const Clients::ArgoApplication &app,
                         int environment);
    // What an Argo CD Application of a Helm chart says about an environment's chart component
    // (cert-manager-<env>, or the Application its deployments name), for the environments of
    // that Argo CD (clusters; empty: all).
    void applyChartApplication(const Clients::ArgoApplication &app, const QStringList &clusters);

    StatusCollection &c;
};

} // namespace Promenade
