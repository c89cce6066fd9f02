#include "chartversionlookup.h"

#include "chartrepositoryclient.h"
#include "credentialsdiscovery.h"
#include "endpointtrust.h"
#include "registryclient.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Promenade {

using namespace Clients;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromotionGate)
};

Result<QStringList> wait(const std::function<void(QObject *, ResultCallback<QStringList>)> &ask)
{
    Result<QStringList> answer = Error(Error::Kind::Failed, Tr::tr("no answer"));
    QEventLoop loop;
    ask(&loop, [&](Result<QStringList> got) {
        answer = std::move(got);
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace

ChartVersionLookup chartVersionLookup(const Pipeline &pipeline, std::chrono::milliseconds timeout)
{
    const QMap<QString, QString> registries = pipeline.registries;
    return [registries, timeout](const QString &repository,
                                 const QString &chart) -> Result<QStringList> {
        const QString url = repository.trimmed();
        const bool oci = url.startsWith(QLatin1String("oci://"));
        const bool http
            = url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
        if (!oci && (http || url.contains(u':') || url.contains(u'@') || !url.contains(u'/'))) {
            if (!http)
                return Error(Error::Kind::BadInput,
                             Tr::tr("%1 is not a chart repository that can be asked").arg(url));
            ServiceEndpoint endpoint;
            endpoint.serviceName = QStringLiteral("Chart repository");
            endpoint.baseUrl = QUrl(url.endsWith(u'/') ? url.chopped(1) : url);
            endpoint.policy.timeout = timeout;
            endpoint.policy.maxRetries = 1;
            ChartRepositoryClient client(endpoint);
            return wait([&](QObject *context, ResultCallback<QStringList> done) {
                client.versions(chart, context, std::move(done));
            });
        }
        // An OCI registry: host/path/<chart>, its tags.
        const QString rest = oci ? url.mid(6) : url;
        QString host = rest.section(u'/', 0, 0);
        const QString path = rest.section(u'/', 1);
        const QString name = path.isEmpty() ? chart : path + u'/' + chart;
        ServiceEndpoint endpoint = registryEndpoint(host);
        if (registries.contains(host)) {
            endpoint.baseUrl = QUrl(registries.value(host));
            host = endpoint.baseUrl.authority();
        }
        endpoint.policy.timeout = timeout;
        endpoint.policy.maxRetries = 1;
        RegistryClient client(endpoint);
        if (EndpointTrust::allowsCredentials(endpoint.baseUrl)) {
            if (const auto credential = CredentialsDiscovery::dockerCredential(host))
                client.setCredential(*credential);
        }
        auto tags = wait([&](QObject *context, ResultCallback<QStringList> done) {
            client.tags(name, 0, context, std::move(done));
        });
        if (!tags)
            return tags.error();
        QStringList versions = *tags;
        for (const QString &tag : std::as_const(*tags)) {
            if (tag.contains(u'_'))
                versions << QString(tag).replace(u'_', u'+');
        }
        return versions;
    };
}

} // namespace Promenade
