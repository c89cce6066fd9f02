#pragma once

#include "demoendpoints.h"

#include <QHash>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Promenade {
struct Pipeline;
}

namespace Promenade::Demo {

// The demo's OCI registry, in GHCR's flavour (a token is needed even for public pulls): /v2/,
// /v2/<name>/tags/list (paged, with ETags), /v2/<name>/manifests/<ref>, /v2/<name>/blobs/<digest>
// and /token, as shared/reference/oci-registry.md describes. It holds the demo apps' images
// (DemoImages) and those of every app the repository pins under ghcr.io/howdiggy.
class DemoRegistry
{
public:
    DemoRegistry(const Pipeline &pipeline, const DemoEndpoints &endpoints,
                 DemoRequestCounts &counts);
    ~DemoRegistry();

    void route(QHttpServer &server);

private:
    struct Repository;
    void handle(const QString &path, const QHttpServerRequest &request,
                QHttpServerResponder &&responder);
    void listTags(const Repository &content, const QString &repository,
                  const QHttpServerRequest &request, QHttpServerResponder &responder);
    void serveContent(const Repository &content, const QString &reference, bool isManifest,
                      const QHttpServerRequest &request, QHttpServerResponder &responder);
    const Repository *repository(const QString &name);

    const DemoEndpoints &m_endpoints;
    DemoRequestCounts &m_counts;
    QHash<QString, QString> m_apps; // registry repository (howdiggy/<app>) → app
    QHash<QString, std::shared_ptr<Repository>> m_content; // built on first use
};

} // namespace Promenade::Demo
