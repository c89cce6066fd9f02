#pragma once

#include "httptransport.h"

#include <QObject>
#include <QStringList>

namespace Promenade::Clients {

// Asks a Helm chart repository served over HTTP which versions of a chart it holds: GET
// <repository>/index.yaml (the Helm repository index), entries.<chart>[].version. (An OCI
// chart registry is asked with RegistryClient::tags.) A repository that does not list the
// chart answers an empty list; an unreachable one, a non-2xx answer or an index that is not
// one gives an Error naming the repository.
//
// Threading: one thread; callbacks bound to the given context object.
class ChartRepositoryClient : public QObject
{
    Q_OBJECT

public:
    // endpoint.baseUrl: the repository URL, e.g. https://charts.jetstack.io
    explicit ChartRepositoryClient(ServiceEndpoint endpoint, QObject *parent = nullptr);

    void versions(const QString &chart, QObject *context, ResultCallback<QStringList> done);

    // The versions of chart in an index.yaml's bytes; BadInput when it is not an index.
    static Result<QStringList> parseIndex(const QByteArray &yaml, const QString &chart);

private:
    HttpTransport *m_transport;
};

} // namespace Promenade::Clients
