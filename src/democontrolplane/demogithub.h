#pragma once

#include "demoendpoints.h"
#include "result.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Promenade::Demo {

class DemoWorld;
class DemoSourceHost;

// The demo's GitHub REST API: /repos/howdiggy/homelab-gitops/pulls[/N[/merge]],
// /commits/<ref>/status, /commits/<ref>/check-runs, /rate_limit (with GitHub's rate-limit
// headers); for the applications' sources (DemoSourceHost) /repos/<owner>/<app>/compare/… and
// /commits/<sha>/pulls. Pull requests live in the DemoWorld; merging one goes through the
// origin's hooks.
class DemoGitHub
{
public:
    struct Hooks
    {
        // The commit a branch of the origin points at (new pull requests, check runs).
        std::function<QString(const QString &branch)> resolveBranch;
        // Merges a pull request's head into base at the origin, returns the commit.
        std::function<Result<QString>(const QString &head, const QString &base,
                                      const QString &message, bool squash)>
            mergeBranch;
        // The origin's main as last seen (when resolveBranch is not set).
        std::function<QString()> originRevision;
        // Called after a merge, so that the world follows the origin at once.
        std::function<void()> merged;
    };

    DemoGitHub(DemoWorld &world, const DemoEndpoints &endpoints, DemoRequestCounts &counts,
               Hooks hooks);
    ~DemoGitHub();

    void route(QHttpServer &server);
    // Where the applications' source repositories are (DemoSources).
    void setSourceDirectory(const QString &dir);
    // How long a pull request's validate check runs after it is opened (3 s; tests make it
    // run for as long as they need, -1: forever).
    void setCheckDuration(int milliseconds) { m_checkMilliseconds = milliseconds; }

private:
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;
    void handle(const QString &path, const QHttpServerRequest &request,
                QHttpServerResponder &&responder);
    void listPulls(const QHttpServerRequest &request, QHttpServerResponder &responder,
                   const Headers &rate);
    void createPull(const QHttpServerRequest &request, QHttpServerResponder &responder,
                    const Headers &rate);
    void handlePull(int number, bool merge, const QHttpServerRequest &request,
                    QHttpServerResponder &responder, const Headers &rate);
    void mergePull(int number, const QHttpServerRequest &request, QHttpServerResponder &responder,
                   const Headers &rate);
    void commitChecks(const QString &ref, bool statusOnly, QHttpServerResponder &responder,
                      const Headers &rate);
    [[nodiscard]] QString mainSha() const;
    [[nodiscard]] bool authenticated(const QHttpServerRequest &request) const;

    DemoWorld &m_world;
    const DemoEndpoints &m_endpoints;
    DemoRequestCounts &m_counts;
    Hooks m_hooks;
    std::unique_ptr<DemoSourceHost> m_sources;
    int m_remaining = 5000; // the rate limit's remaining requests
    int m_checkMilliseconds = 3000;
};

} // namespace Promenade::Demo
