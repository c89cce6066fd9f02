#pragma once

#include "pipeline.h"

#include <QMap>
#include <QString>

// What the user sets in the settings for one repository, over what its promenade.yaml says:
// another Argo CD per cluster (a port-forward, a lab instance, with TLS verification off if
// need be), another GitHub API or repository, a mirror for a registry host. Kept in QSettings
// per repository path, never in the repository: these are the user's own ways to reach the
// services. Plain data.
struct EndpointOverrides
{
    struct ArgoCd
    {
        QString url; // empty: what promenade.yaml says
        bool insecure = false;
        bool operator==(const ArgoCd &) const = default;
    };

    // The key of the row for every cluster at once.
    static constexpr QStringView allClusters = u"*";

    QMap<QString, ArgoCd> argoCd; // cluster (or allClusters) → Argo CD
    QString gitHubUrl; // empty: promenade.yaml's, else https://api.github.com
    QString gitHubRepository; // OWNER/NAME; empty: promenade.yaml's or the origin's
    QMap<QString, QString> registries; // registry host → URL

    [[nodiscard]] bool isEmpty() const;
    bool operator==(const EndpointOverrides &) const = default;

    // The overrides stored for the repository at root (none: empty).
    [[nodiscard]] static EndpointOverrides load(const QString &root);
    // Stores them for root (removes the entry when empty).
    void save(const QString &root) const;

    // The pipeline with these overrides applied. Argo CD: a cluster's own entry wins, then the
    // every-cluster entry, then promenade.yaml; the others are taken over as they are.
    [[nodiscard]] Promenade::Pipeline applied(const Promenade::Pipeline &pipeline) const;

    // Every cluster a pipeline names (its clusters folder and its environments), sorted.
    [[nodiscard]] static QStringList clustersOf(const Promenade::Pipeline &pipeline);
    // The registry hosts a pipeline's apps pull from, with those promenade.yaml maps, sorted.
    [[nodiscard]] static QStringList registryHostsOf(const Promenade::Pipeline &pipeline);
    // What promenade.yaml says for a cluster's Argo CD (empty: none).
    [[nodiscard]] static QString declaredArgoCd(const Promenade::Pipeline &pipeline,
                                                const QString &cluster);
};
