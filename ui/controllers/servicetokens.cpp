#include "servicetokens.h"

#include "statuscollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

using Promenade::Clients::CredentialsDiscovery;
using Promenade::Clients::DiscoveredSecret;

namespace ServiceTokens {

QString argoCdKey(const QString &argoCdUrl)
{
    const QUrl url = QUrl(argoCdUrl.trimmed())
                         .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::StripTrailingSlash);
    return QStringLiteral("argocd:") + url.toString();
}

QString gitHubHost(const Promenade::Pipeline &pipeline)
{
    const QUrl api = Promenade::StatusCollector::gitHubApi(pipeline);
    return api.host() == u"api.github.com" ? QStringLiteral("github.com") : api.host();
}

QString gitHubKey(const Promenade::Pipeline &pipeline)
{
    return QStringLiteral("github:") + gitHubHost(pipeline);
}

DiscoveredSecret argoCdFallback(const QString &argoCdUrl)
{
    const QString fromEnvironment = qEnvironmentVariable("ARGOCD_AUTH_TOKEN");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, QStringLiteral("ARGOCD_AUTH_TOKEN"), {}};
    const auto cli = CredentialsDiscovery::argoCdConfig();
    if (!cli)
        return {};
    const QString host = QUrl(argoCdUrl).host();
    for (const auto &context : cli->contexts) {
        if (!context.authToken.isEmpty() && host == QUrl(u"https://" + context.server).host()) {
            QString file
                = cli->file.isEmpty() ? CredentialsDiscovery::argoCdConfigPath() : cli->file;
            if (file.startsWith(QDir::homePath()))
                file = u'~' + file.mid(QDir::homePath().size());
            return {context.authToken,
                    QCoreApplication::translate("SettingsController", "argocd CLI config (%1)")
                        .arg(file),
                    context.user};
        }
    }
    return {};
}

DiscoveredSecret gitHubFallback(const Promenade::Pipeline &pipeline)
{
    DiscoveredSecret found = CredentialsDiscovery::githubToken(gitHubHost(pipeline));
    if (!found.isEmpty())
        return found;
    // GitHub Enterprise: the variables StatusCollector also reads.
    for (const char *variable :
         {"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN"}) {
        if (!pipeline.github.url.isEmpty() && !qEnvironmentVariableIsEmpty(variable))
            return {qEnvironmentVariable(variable), QString::fromLatin1(variable), {}};
    }
    return {};
}

} // namespace ServiceTokens
