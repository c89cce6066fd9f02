#pragma once

#include "demoendpoints.h"

#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Promenade::Demo {

class DemoWorld;

// The demo's Kubernetes API servers, one per cluster: /version and cert-manager's resources
// (/apis/cert-manager.io/v1[/namespaces/NS]/certificates|clusterissuers|issuers[/NAME]) as the
// API server writes them (lists, Status errors), over the DemoWorld's certificates and issuers.
class DemoKubernetes
{
public:
    DemoKubernetes(const DemoWorld &world, const DemoEndpoints &endpoints,
                   DemoRequestCounts &counts);

    // Serves cluster's API on server.
    void route(QHttpServer &server, const QString &cluster);

private:
    void handle(const QString &cluster, const QString &path, const QHttpServerRequest &request,
                QHttpServerResponder &&responder);

    const DemoWorld &m_world;
    const DemoEndpoints &m_endpoints;
    DemoRequestCounts &m_counts;
};

} // namespace Promenade::Demo
