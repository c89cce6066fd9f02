#pragma once

#include "demoworld.h"
#include "result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QTimer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Promenade::Demo {

class DemoSourceHost;

// The embedded demo control plane: loopback HTTP servers that speak the Argo CD, OCI registry
// (GHCR), Kubernetes (cert-manager) and GitHub APIs as the real services do — the formats of
// shared/reference — over a simulated DemoWorld. The real clients talk to it over HTTP; only
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
    //  - mergeBranch: merges a pull request's head into base at the origin, returns the commit.
    struct OriginHooks
    {
        std::function<Result<std::pair<Pipeline, QString>>()> readOrigin;
        std::function<QString(const QString &branch)> resolveBranch;
        std::function<Result<QString>(const QString &head, const QString &base,
                                      const QString &message)>
            mergeBranch;
    };

    struct Endpoints
    {
        QUrl argoCd;
        QUrl registry;
        QUrl github;
        QHash<QString, QUrl> kubernetes; // cluster → API server
        QString argoCdToken; // a bearer token the demo Argo CD accepts
        QString kubernetesToken;
        QString githubToken;
        QString argoCdUsername; // session login also works with these
        QString argoCdPassword;
    };

    DemoControlPlane(const Pipeline &pipeline, const QString &revision, OriginHooks hooks,
                     QObject *parent = nullptr);
    ~DemoControlPlane() override;

    // Starts every server on a free loopback port.
    Status start();
    [[nodiscard]] const Endpoints &endpoints() const { return m_endpoints; }
    [[nodiscard]] DemoWorld &world() { return *m_world; }
    // How often the origin is checked for pushes, and how long each sync step takes.
    void setTiming(int originPollMilliseconds, int syncStepMilliseconds);
    // How long a pull request's validate check runs after it is opened (3 s; tests make it
    // run for as long as they need, -1: forever).
    void setCheckDuration(int milliseconds) { m_checkMilliseconds = milliseconds; }
    // Reads the origin now (tests call it instead of waiting for the poll).
    void checkOrigin();
    // Where the applications' source repositories are (DemoSources): GitHub then answers
    // their comparisons and commits' pull requests (DemoSourceHost).
    void setSourceDirectory(const QString &dir);

    // The requests served since the start (or the last reset), for measurements: one count per
    // request by service and kind ("registry manifests", "argocd list", …), and how many of
    // them were answered 304 (a conditional request whose answer had not changed) or 401 (a
    // registry's challenge).
    struct RequestCounts
    {
        QMap<QString, int> byKind;
        int notModified = 0;
        int unauthorized = 0;
        [[nodiscard]] int total() const;
        [[nodiscard]] int of(const QString &service) const; // "registry", "argocd", …
    };
    [[nodiscard]] const RequestCounts &requestCounts() const { return m_requestCounts; }
    void resetRequestCounts() { m_requestCounts = {}; }

private:
    void routeArgoCd(QHttpServer &server);
    void routeRegistry(QHttpServer &server);
    void routeKubernetes(QHttpServer &server, const QString &cluster);
    void routeGitHub(QHttpServer &server);
    void handleArgoCd(const QString &path, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder);
    void handleRegistry(const QString &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder);
    void handleKubernetes(const QString &cluster, const QString &path,
                          const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleGitHub(const QString &path, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder);
    void openArgoCdStream(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void broadcast(const QString &application);
    void count(const QString &kind) { ++m_requestCounts.byKind[kind]; }
    struct RegistryRepository;
    const RegistryRepository *registryRepository(const QString &name);

    std::unique_ptr<DemoWorld> m_world;
    OriginHooks m_hooks;
    Endpoints m_endpoints;
    QString m_originRevision;
    std::vector<std::unique_ptr<QHttpServer>> m_servers;
    struct Stream;
    std::vector<std::unique_ptr<Stream>> m_streams;
    QTimer *m_originPoll = nullptr;
    int m_checkMilliseconds = 3000;
    RequestCounts m_requestCounts;
    QHash<QString, QByteArray> m_applicationBytes; // an Application's JSON until it changes
    QHash<QString, QString> m_registryApps; // registry repository (howdiggy/<app>) → app
    QHash<QString, std::shared_ptr<RegistryRepository>> m_registryContent; // built on first use
    std::unique_ptr<DemoSourceHost> m_sources;
};

} // namespace Promenade::Demo
