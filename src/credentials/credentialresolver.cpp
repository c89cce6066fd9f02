#include "credentialresolver.h"

#include "argocdcliconfig.h"
#include "dockerconfig.h"
#include "ghhostsfile.h"
#include "homepath.h"
#include "logging.h"

#include <QCoreApplication>

namespace Promenade::Credentials {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

Credential fromKeychain(const QHash<QString, QString> &keychain, const QString &key)
{
    const QString secret = keychain.value(key).trimmed();
    if (secret.isEmpty())
        return {};
    return {secret, {}, false, QStringLiteral("system keychain"), Credential::Origin::Keychain,
            true};
}

Credential fromEnvironment(const char *variable, bool tied)
{
    const QString value = qEnvironmentVariable(variable).trimmed();
    if (value.isEmpty())
        return {};
    return {value, {}, false, QString::fromLatin1(variable), Credential::Origin::Environment, tied};
}

// github.com, and GitHub Enterprise Cloud with data residency (*.ghe.com), take GH_TOKEN and
// GITHUB_TOKEN; every other host is a GitHub Enterprise Server (gh's rule).
bool takesDotComVariables(const QString &host)
{
    return host == u"github.com" || host.endsWith(u".ghe.com");
}

// gh's hosts.yml names a host with a port as "host:port" (a server on another port).
QString withPort(const QString &host, const QUrl &url)
{
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : QString();
}

Credential ghLogin(const QString &host, const QUrl &url)
{
    const QString hostPort = withPort(host, url);
    if (!hostPort.isEmpty()) {
        Credential c = GhHostsFile::token(hostPort);
        if (!c.isEmpty())
            return c;
    }
    return GhHostsFile::token(host);
}

} // namespace

CredentialResolver::CredentialResolver(QHash<QString, QString> keychain)
    : m_keychain(std::move(keychain))
{ }

QString CredentialResolver::argoCdKey(const QString &argoCdUrl)
{
    const QUrl url = QUrl(argoCdUrl.trimmed())
                         .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::StripTrailingSlash);
    return QStringLiteral("argocd:") + url.toString();
}

QString CredentialResolver::gitHubKey(const QString &gitHubHost)
{
    return QStringLiteral("github:") + gitHubHost;
}

QString CredentialResolver::gitHubHost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"api.github.com")
        return QStringLiteral("github.com");
    // GitHub Enterprise Cloud with data residency: the API of acme.ghe.com is api.acme.ghe.com.
    if (host.startsWith(u"api.") && host.endsWith(u".ghe.com"))
        return host.mid(4);
    return host;
}

bool CredentialResolver::namesServer(const QString &hostPort, const QUrl &url)
{
    QString server = hostPort.trimmed();
    if (server.isEmpty() || !url.isValid())
        return false;
    if (!server.contains(u"://"))
        server.prepend(url.scheme() + u"://");
    const QUrl named(server);
    const int defaultPort = url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 ? 80 : 443;
    return named.isValid() && named.host().compare(url.host(), Qt::CaseInsensitive) == 0
        && named.port(defaultPort) == url.port(defaultPort);
}

QList<Credential> CredentialResolver::gitHub(const QUrl &endpoint) const
{
    const QString host = gitHubHost(endpoint);
    QList<Credential> out;
    if (host.isEmpty())
        return out;
    const auto add = [&out](Credential c) {
        if (!c.isEmpty())
            out.append(std::move(c));
    };
    add(fromKeychain(m_keychain, gitHubKey(host)));
    // gh pairs a host with the variables by GH_HOST (for commands without another host).
    const bool ghHost = namesServer(qEnvironmentVariable("GH_HOST"), endpoint)
        || qEnvironmentVariable("GH_HOST").trimmed().compare(host, Qt::CaseInsensitive) == 0;
    if (takesDotComVariables(host)) {
        const bool tied = host == u"github.com" || ghHost;
        add(fromEnvironment("GH_TOKEN", tied));
        add(fromEnvironment("GITHUB_TOKEN", tied));
        add(ghLogin(host, endpoint));
    } else {
        add(fromEnvironment("GH_ENTERPRISE_TOKEN", ghHost));
        add(fromEnvironment("GITHUB_ENTERPRISE_TOKEN", ghHost));
        add(ghLogin(host, endpoint));
        // Not gh's: CI on a GitHub Enterprise often has GITHUB_TOKEN alone. Never tied.
        add(fromEnvironment("GITHUB_TOKEN", false));
    }
    return out;
}

QList<Credential> CredentialResolver::argoCd(const QUrl &server) const
{
    QList<Credential> out;
    if (!server.isValid() || server.host().isEmpty())
        return out;
    const Credential keychain = fromKeychain(m_keychain, argoCdKey(server.toString()));
    if (!keychain.isEmpty())
        out.append(keychain);
    // The argocd CLI reads ARGOCD_AUTH_TOKEN ahead of its config; ARGOCD_SERVER says which
    // server it is for.
    const Credential environment = fromEnvironment(
        "ARGOCD_AUTH_TOKEN", namesServer(qEnvironmentVariable("ARGOCD_SERVER"), server));
    if (!environment.isEmpty())
        out.append(environment);
    const auto cli = ArgoCdCliConfig::load();
    if (!cli) {
        if (cli.error().kind() != Error::Kind::NotFound)
            qCWarning(lcClients) << cli.error().toString(); // the file and line, no content
        return out;
    }
    for (const ArgoCdCliContext &context : cli->contexts) {
        if (context.authToken.isEmpty() || !namesServer(context.server.section(u'/', 0, 0), server))
            continue;
        out.append({context.authToken, context.user, false,
                    Tr::tr("argocd context %1 (%2)").arg(context.name, homePath(cli->file)),
                    Credential::Origin::ToolConfig, true});
        break; // the first context of that server
    }
    return out;
}

Result<Credential> CredentialResolver::registry(const QString &host)
{
    return DockerConfig::credential(host);
}

QList<Credential> CredentialResolver::gitHttps(const QUrl &remote) const
{
    QList<Credential> out;
    const bool http = remote.scheme().compare(u"http", Qt::CaseInsensitive) == 0
        || remote.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    if (!http || !remote.isValid() || remote.host().isEmpty())
        return out;
    if (!remote.password().isEmpty())
        out.append({remote.password(), remote.userName(), false, QStringLiteral("url"),
                    Credential::Origin::RemoteUrl, true});
    const QString host = gitHubHost(remote);
    const bool isGitHub = takesDotComVariables(host)
        || namesServer(qEnvironmentVariable("GH_HOST"), remote)
        || m_keychain.contains(gitHubKey(host)) || GhHostsFile::hasHost(host)
        || (remote.port() > 0 && GhHostsFile::hasHost(withPort(host, remote)));
    if (!isGitHub)
        return out;
    for (Credential c : gitHub(remote)) {
        if (!c.tied)
            continue; // Git has no trust store: only what the user tied to this host
        if (c.user.isEmpty())
            c.user = QStringLiteral("x-access-token");
        out.append(c);
    }
    return out;
}

} // namespace Promenade::Credentials
