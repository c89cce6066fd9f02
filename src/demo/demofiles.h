#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Promenade::Demo {

// The contents of the demo GitOps repository: the roadmap (shared/seed/ROADMAP.md) carried
// out — the blog paulojauregui-com and SignConnect on development (home-dev), staging
// (oci-staging) and production (oci-prod), with cert-manager managed through infrastructure
// overlays. Each function returns file paths (relative to the repository root) and their
// bytes, for the state of the repository at one point of its history.
namespace Files {

inline constexpr auto owner = "howdiggy";
inline constexpr auto gitOpsRepoUrl = "https://github.com/howdiggy/homelab-gitops.git";

// ghcr.io/howdiggy/<app>
QString imageRepository(const QString &app);
// The digest of a release's image index in the demo registry (see DemoImages).
QString imageDigest(const QString &app, const QString &tag);

using FileMap = QMap<QString, QByteArray>;

FileMap readme();
FileMap blogBase();
FileMap signConnectBase();

// What each environment pins, and which phases of the roadmap are in place.
struct OverlayPins
{
    QString blogTag;
    QString signConnectTag; // empty: SignConnect not yet added
};

// apps/overlays/<env>/ for env in development, staging, production.
FileMap appOverlay(const QString &env, const OverlayPins &pins);
// clusters/<cluster>/: the Argo CD Applications pointing the cluster at its overlays (and,
// withServices, at services.yaml: the synthetic services' Applications, see DemoServices).
FileMap clusterApplications(const QString &cluster, const QString &env, bool withInfrastructure,
                            bool withServices = false);

// infrastructure/base/cert-manager at a Helm chart version (e.g. "v1.16.2").
FileMap certManagerBase(const QString &chartVersion);
// infrastructure/overlays/<env>/, pinning the cert-manager chart version the environment runs
// (an inline patch of the base Application's targetRevision: promoted like an app's image).
FileMap infrastructureOverlay(const QString &env, const QString &chartVersion);

// .github/workflows/ for phase 1 (development → production) or phase 2 (with staging).
FileMap workflows(bool withStaging);
FileMap promenadeConfig();

} // namespace Files
} // namespace Promenade::Demo
