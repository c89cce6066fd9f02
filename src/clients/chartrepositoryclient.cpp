#include "chartrepositoryclient.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Promenade::Clients {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Clients)
};

} // namespace

ChartRepositoryClient::ChartRepositoryClient(ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(std::move(endpoint), this))
{ }

Result<QStringList> ChartRepositoryClient::parseIndex(const QByteArray &yaml, const QString &chart)
{
    QStringList out;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap() || !root["entries"])
            return Error(Error::Kind::BadInput,
                         Tr::tr("the answer is not a Helm repository index (no entries)"));
        const YAML::Node entries = root["entries"];
        if (!entries.IsMap())
            return Error(Error::Kind::BadInput,
                         Tr::tr("the answer is not a Helm repository index (no entries)"));
        const YAML::Node versions = entries[chart.toStdString()];
        if (!versions || !versions.IsSequence())
            return out;
        for (const YAML::Node &v : versions) {
            if (v.IsMap() && v["version"] && v["version"].IsScalar())
                out << QString::fromStdString(v["version"].Scalar());
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("the Helm repository index is malformed: %1")
                         .arg(QString::fromStdString(e.msg)));
    }
    return out;
}

void ChartRepositoryClient::versions(const QString &chart, QObject *context,
                                     ResultCallback<QStringList> done)
{
    HttpRequest request;
    request.url = m_transport->endpoint().resolve(QStringLiteral("/index.yaml"));
    const QString label = m_transport->endpoint().label();
    m_transport->send(
        request, context, [done = std::move(done), chart, label](Result<HttpResponse> response) {
            if (!response) {
                done(response.error());
                return;
            }
            if (!response->isSuccess()) {
                done(Error(
                    response->status == 404 ? Error::Kind::NotFound : Error::Kind::Failed,
                    Tr::tr("%1 answered HTTP %2 for index.yaml").arg(label).arg(response->status)));
                return;
            }
            auto parsed = parseIndex(response->body, chart);
            if (!parsed) {
                done(Error(parsed.error().kind(),
                           label + QStringLiteral(": ") + parsed.error().message()));
                return;
            }
            done(std::move(*parsed));
        });
}

} // namespace Promenade::Clients
