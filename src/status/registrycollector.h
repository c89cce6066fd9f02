#pragma once

#include "httptransport.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Promenade {

namespace Clients {
class RegistryClient;
}

struct StatusCollection;

// The registry part of a collection (see StatusCollector): per image repository the pipeline
// declares, the whole tag list (at most maxTagPages pages), then up to maxTagsDescribed tags
// described (ImageTags::tagsToDescribe): manifest, platforms, build time. A mutable alias
// (latest) also has the immutable tag its build's labels name described. Docker credentials go
// only where EndpointTrust allows; the first requests go out a few dozen per turn of the event
// loop.
class RegistryCollector
{
public:
    explicit RegistryCollector(StatusCollection &collection);
    // How a registry is named in the status's `unreachable` and `refused`.
    static QString service();

    // hold: the requests wait for sendHeld().
    void start(bool hold = false);
    void sendHeld();

private:
    // One image repository as asked (its registry, or the mirror endpoints.registries names).
    struct Repository
    {
        QString repository; // ghcr.io/x/y
        QString name; // x/y
        QString host; // the host contacted, whose Docker login is used
        QString label; // the endpoint's label
        QString imageHost; // the image's own registry
        QString mirror; // the URL asked in its place, if another
        QString waitLabel;
        Clients::ServiceEndpoint endpoint;
        bool credentialsAllowed = false;
        QStringList declared; // the tags the environments pin
    };

    void prepare(const QString &repository, const QStringList &declared,
                 std::vector<std::function<void()>> *work);
    [[nodiscard]] static QString problem(const Repository &r, const QString &message);
    Clients::RegistryClient *clientFor(const Repository &r);
    void ask(const std::shared_ptr<const Repository> &r, const std::function<void()> &done);
    void listed(const std::shared_ptr<const Repository> &r, Clients::RegistryClient *client,
                const QStringList &tags);
    void describe(const std::shared_ptr<const Repository> &r, Clients::RegistryClient *client,
                  const QString &tag, const std::shared_ptr<QSet<QString>> &asked);

    StatusCollection &c;
    std::shared_ptr<std::vector<std::function<void()>>> m_held;
};

} // namespace Promenade
