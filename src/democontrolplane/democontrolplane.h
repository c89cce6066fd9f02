#pragma once

#include "demoendpoints.h"
#include "demoworld.h"
#include "result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;

namespace Promenade::Demo {

class DemoArgoCd;
class DemoGitHub;
class DemoKubernetes;
class DemoOriginPoller;
class DemoRegistry;

// The embedded demo control plane: loopback HTTP servers that speak the Argo CD, OCI registry
// (GHCR), Kubernetes (cert-manager) and GitHub APIs as the real services do — the formats of
// shared/reference — over a simulated DemoWorld. One fake class per service (DemoArgoCd,
// DemoRegistry, DemoKubernetes, DemoGitHub) and DemoOriginPoller for the origin; this class
// starts them and owns what they share. The real clients talk to it over HTTP; only
// the "Demo" badge tells the user it is not real. Lives on the GUI thread.
//
// Endpoints (each on its own 127.0.0.1 port, paths as the real services have them):
//   Argo CD      /api/version, /api/v1/session, /api/v1/applications[/NAME[/resource-tree|/sync]],
//                /api/v1/stream/applications (newline-delimited {"result":…} events)
//   registry     /v2/, /v2/<name>/tags/list, /v2/<name>/manifests/<ref>, /v2/<name>/blobs/<digest>,
//                /token (the Bearer token flow, as GHCR's)
//   Kubernetes   one server per cluster: /version, /apis/cert-manager.io/v1[/…]
//   GitHub       /repos/howdiggy/homelab-gitops/pulls[/N[/merge]], /commits/<ref>/status,
//                /commits/<ref>/check-runs, /rate_limit; for the applications' sources
//                /repos/<owner>/<app>/compare/<base>...<head>, /commits/<sha>/pulls
class DemoControlPlane : public QObject
{
    Q_OBJECT

public:
    // Hooks to the demo repository's origin, set by whoever owns the Git side:
    //  - readOrigin: the pipeline and commit at the origin's main (polled for pushes);
    //  - resolveBranch: the commit a branch of the origin points at (for new pull requests);
    //  - mergeBranch: merges a pull request's head into base at the origin with this message
    //    (a merge commit, or one squashed commit), returns the commit.
    struct OriginHooks
    {
        std::function<Result<std::pair<Pipeline, QString>>()> readOrigin;
        std::function<QString(const QString &branch)> resolveBranch;
        std::function<Result<QString>(const QString &head, const QString &base,
                                      const QString &message, bool squash)>
            mergeBranch;
    };

    using Endpoints = DemoEndpoints;

    DemoControlPlane(const Pipeline &pipeline, const QString &revision, OriginHooks hooks,
                     QObject *parent = nullptr);
    ~DemoControlPlane() override;

    // Starts every server on a free loopback port.
    Status start();
    [[nodiscard]] const Endpoints &endpoints() const { return m_endpoints; }
    [[nodiscard]] DemoWorld &world() { return *m_world; }
    // How often the origin is checked for pushes, and how long each sync step takes.
    void setTiming(int originPollMilliseconds, int syncStepMilliseconds);
    // Reads the origin now (tests call it instead of waiting for the poll).
    void checkOrigin();
    // Where the applications' source repositories are (DemoSources): GitHub then answers
    // their comparisons and commits' pull requests (DemoSourceHost).
    void setSourceDirectory(const QString &dir);
    // How long a pull request's validate check runs after it is opened (3 s; tests make it
    // run for as long as they need, -1: forever).
    void setCheckDuration(int milliseconds);

    // The requests served since the start (or the last reset), for measurements.
    using RequestCounts = DemoRequestCounts;
    [[nodiscard]] const RequestCounts &requestCounts() const { return m_requestCounts; }
    void resetRequestCounts() { m_requestCounts = {}; }

private:
    std::unique_ptr<DemoWorld> m_world;
    OriginHooks m_hooks;
    Endpoints m_endpoints;
    RequestCounts m_requestCounts;
    std::vector<std::unique_ptr<QHttpServer>> m_servers;
    DemoOriginPoller *m_origin = nullptr;
    DemoArgoCd *m_argoCd = nullptr;
    std::unique_ptr<DemoRegistry> m_registry;
    std::unique_ptr<DemoKubernetes> m_kubernetes;
    std::unique_ptr<DemoGitHub> m_github;
};

} // namespace Promenade::Demo
