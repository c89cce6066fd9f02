#include "servicetokens.h"

#include "credentialresolver.h"
#include "statuscollector.h"

using Promenade::Credentials::CredentialResolver;

namespace ServiceTokens {

QString argoCdKey(const QString &argoCdUrl)
{
    return CredentialResolver::argoCdKey(argoCdUrl);
}

QString gitHubHost(const Promenade::Pipeline &pipeline)
{
    return CredentialResolver::gitHubHost(Promenade::StatusCollector::gitHubApi(pipeline));
}

QString gitHubKey(const Promenade::Pipeline &pipeline)
{
    return CredentialResolver::gitHubKey(gitHubHost(pipeline));
}

} // namespace ServiceTokens
