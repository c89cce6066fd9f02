#pragma once

#include "demofiles.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Promenade::Demo::Services {

// Synthetic services that make the demo repository as large as a platform team's (promenade
// demo-repo --apps N): each in the per-app layout, apps/<service>/base with a Deployment and
// a Service, and apps/<service>/overlays/<env> for development, staging and production, with
// an Argo CD Application per environment in clusters/<cluster>/services.yaml. Names, tags and
// which environments lag behind are derived from the service's name only, so the same N
// always writes the same bytes. Plain functions; safe from any thread.

// "billing-api", "catalog-web", … (count names, all different, none a real demo app's).
QStringList names(int count);

// What each environment pins: development is at or ahead of staging, staging at or ahead of
// production (about half of the services have something to promote).
struct Pins
{
    QString development;
    QString staging;
    QString production;
};
Pins pins(const QString &service);

// The builds CI pushed for a service, oldest first: the tags pins() chooses from, with when
// each was built (for the demo registry).
struct Release
{
    QString tag;
    QDateTime created;
};
QList<Release> releases(const QString &service);

// apps/<service>/base and its three overlays.
Files::FileMap files(const QString &service);

// clusters/<cluster>/services.yaml: one Argo CD Application per service, for env.
Files::FileMap clusterApplications(const QString &cluster, const QString &env,
                                   const QStringList &services);

} // namespace Promenade::Demo::Services
