#include "credentialsdiscovery.h"

#include "credentialresolver.h"
#include "dockerconfig.h"
#include "ghhostsfile.h"

namespace Promenade::Clients {

namespace {

DiscoveredSecret secret(const Credentials::Credential &c)
{
    return {c.secret, c.source, c.user};
}

} // namespace

QString CredentialsDiscovery::argoCdConfigPath()
{
    return ArgoCdCliConfig::path();
}

Result<ArgoCdCliConfig> CredentialsDiscovery::argoCdConfig(const QString &path)
{
    return ArgoCdCliConfig::load(path);
}

QString CredentialsDiscovery::dockerConfigPath()
{
    return Credentials::DockerConfig::path();
}

Result<RegistryCredential> CredentialsDiscovery::dockerCredential(const QString &registryHost,
                                                                  QString *source,
                                                                  const QString &path)
{
    const auto found = Credentials::DockerConfig::credential(registryHost, path);
    if (!found)
        return found.error();
    RegistryCredential c;
    c.username = found->user;
    if (found->identityToken)
        c.identityToken = found->secret;
    else
        c.secret = found->secret;
    if (source)
        *source = found->source;
    return c;
}

DiscoveredSecret CredentialsDiscovery::githubToken(const QString &host)
{
    const QList<Credentials::Credential> candidates
        = Credentials::CredentialResolver().gitHub(QUrl(u"https://" + host));
    return candidates.isEmpty() ? DiscoveredSecret {} : secret(candidates.constFirst());
}

DiscoveredSecret CredentialsDiscovery::ghHostsToken(const QString &host)
{
    return secret(Credentials::GhHostsFile::token(
        Credentials::CredentialResolver::gitHubHost(QUrl(u"https://" + host))));
}

QString CredentialsDiscovery::ghHostsPath()
{
    return Credentials::GhHostsFile::path();
}

} // namespace Promenade::Clients
