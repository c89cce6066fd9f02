#include "servicetokens.h"

#include "credentialresolver.h"
#include "repositorysession.h"
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

QHash<QString, QString> gitKeychain(const Promenade::RepositorySession *session)
{
    if (!session || session->isDemo() || !session->statusPipeline())
        return {};
    const QString token = session->statusOptions().gitHubToken;
    if (token.isEmpty())
        return {};
    return {{gitHubKey(*session->statusPipeline()), token}};
}

} // namespace ServiceTokens
