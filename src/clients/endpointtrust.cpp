#include "endpointtrust.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <atomic>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointTrust)
};

std::atomic<bool> g_trustRepositoryEndpoints {false};

QString serviceLabel(CredentialService service)
{
    switch (service) {
    case CredentialService::ArgoCd:
        return QStringLiteral("Argo CD");
    case CredentialService::Registry:
        return Tr::tr("Registry", "a container image registry");
    case CredentialService::GitHub:
        return QStringLiteral("GitHub");
    }
    return {};
}

} // namespace

QString WithheldCredential::problem() const
{
    const QString where = serviceLabel(service) + u' '
        + Tr::tr("at %1", "a service's address")
              .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                       | QUrl::RemoveFragment | QUrl::StripTrailingSlash));
    if (reason == Reason::PlainHttp) {
        return Tr::tr("%1: %2 was not sent: the address is plain http (credentials go over http "
                      "only to this computer); "
                      "use https")
            .arg(where, credential);
    }
    return Tr::tr(
               "%1: %2 was not sent: this repository names the server and you have not trusted it "
               "(trust it in the window, or pass --trust-repository-endpoints); asked without "
               "credentials")
        .arg(where, credential);
}

EndpointTrust EndpointTrust::forRepository(const QString &root, const EndpointTrustStore &store)
{
    EndpointTrust trust;
    trust.m_repository = EndpointTrustStore::normalizedRepository(root);
    trust.m_trustAll = trustsRepositoryEndpointsByDefault();
    for (const auto &entry : store.entriesFor(root))
        trust.m_trusted.append({entry.service, entry.url});
    return trust;
}

void EndpointTrust::setTrustRepositoryEndpointsByDefault(bool trust)
{
    g_trustRepositoryEndpoints = trust;
}

bool EndpointTrust::trustsRepositoryEndpointsByDefault()
{
    return g_trustRepositoryEndpoints;
}

void EndpointTrust::addTrusted(CredentialService service, const QUrl &url)
{
    const QString normalized = EndpointTrustStore::normalized(url);
    if (!normalized.isEmpty())
        m_trusted.append({service, normalized});
}

bool EndpointTrust::trusts(CredentialService service, const QUrl &url) const
{
    const QString normalized = EndpointTrustStore::normalized(url);
    if (normalized.isEmpty())
        return false;
    if (m_trustAll)
        return true;
    return m_trusted.contains(qMakePair(service, normalized));
}

bool EndpointTrust::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool EndpointTrust::allowsCredentials(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopback(url);
}

bool EndpointTrust::sameServer(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower() || a.host().compare(b.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = scheme == u"http" ? 80 : 443;
    return a.port(defaultPort) == b.port(defaultPort);
}

} // namespace Promenade::Clients
