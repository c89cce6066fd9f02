#include "servicetokens.h"

#include "credentialresolver.h"
#include "pipelinecontroller.h"
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

QHash<QString, QString> gitKeychain(const PipelineController *pipeline)
{
    if (!pipeline || pipeline->isDemo() || !pipeline->statusPipeline())
        return {};
    const QString token = pipeline->statusOptions().gitHubToken;
    if (token.isEmpty())
        return {};
    return {{gitHubKey(*pipeline->statusPipeline()), token}};
}

} // namespace ServiceTokens
