#pragma once

#include "demoendpoints.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Promenade::Demo {

class DemoWorld;

// The demo's Argo CD API server over a DemoWorld: /api/version, /api/v1/session,
// /api/v1/applications[/NAME[/resource-tree|/sync]] and the watch stream
// /api/v1/stream/applications (newline-delimited {"result":…} events), in the shapes of
// shared/reference/argocd.md. Each change of an application is sent to the open streams.
class DemoArgoCd : public QObject
{
    Q_OBJECT

public:
    DemoArgoCd(DemoWorld &world, const DemoEndpoints &endpoints, DemoRequestCounts &counts,
               QObject *parent = nullptr);
    ~DemoArgoCd() override;

    void route(QHttpServer &server);

private:
    void handle(const QString &path, const QHttpServerRequest &request,
                QHttpServerResponder &&responder);
    void handleSession(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void listApplications(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleApplication(const QString &name, const QString &action,
                           const QHttpServerRequest &request, QHttpServerResponder &responder);
    void openStream(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void broadcast(const QString &application);

    DemoWorld &m_world;
    const DemoEndpoints &m_endpoints;
    DemoRequestCounts &m_counts;
    struct Stream;
    std::vector<std::unique_ptr<Stream>> m_streams;
    QHash<QString, QByteArray> m_applicationBytes; // an Application's JSON until it changes
};

} // namespace Promenade::Demo
