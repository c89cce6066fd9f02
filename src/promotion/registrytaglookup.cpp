#include "registrytaglookup.h"

#include "credentialsdiscovery.h"
#include "endpointtrust.h"
#include "registryclient.h"

#include <QEventLoop>

namespace Promenade {

using namespace Clients;

RegistryTagLookup registryTagLookup(const Pipeline &pipeline, std::chrono::milliseconds timeout)
{
    const QMap<QString, QString> registries = pipeline.registries;
    return [registries, timeout](const QString &image, const QString &tag) -> Result<RegistryTag> {
        const auto reference = ImageReference::parse(image + u':' + tag);
        if (!reference)
            return reference.error();
        ServiceEndpoint endpoint = registryEndpoint(reference->registry);
        QString host = reference->registry;
        if (registries.contains(host)) {
            endpoint.baseUrl = QUrl(registries.value(host));
            host = endpoint.baseUrl.authority();
        }
        endpoint.policy.timeout = timeout;
        RegistryClient client(endpoint);
        if (EndpointTrust::allowsCredentials(endpoint.baseUrl)) {
            if (const auto credential = CredentialsDiscovery::dockerCredential(host))
                client.setCredential(*credential);
        }
        Result<ImageDetails> details = Error(Error::Kind::Failed, QStringLiteral("no answer"));
        QEventLoop loop;
        client.describe(reference->repository, tag, &loop, [&](Result<ImageDetails> answer) {
            details = std::move(answer);
            loop.quit();
        });
        loop.exec();
        if (!details) {
            if (details.error().kind() == Error::Kind::NotFound)
                return RegistryTag {false, {}};
            return details.error();
        }
        RegistryTag found {true, {}};
        for (const Platform &p : details->platforms)
            found.platforms << p.toString();
        return found;
    };
}

} // namespace Promenade
