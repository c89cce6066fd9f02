#include "credentialsdiscovery.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

QString str(const YAML::Node &node, const char *key)
{
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.as<std::string>());
}

bool boolean(const YAML::Node &node, const char *key)
{
    const QString s = str(node, key).toLower();
    return s == u"true" || s == u"yes";
}

QString tilde(const QString &path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + u'/') ? u"~" + path.mid(home.size()) : path;
}

// "https://index.docker.io/v1/" → "docker.io"; "https://ghcr.io" → "ghcr.io".
QString normalizedHost(QString key)
{
    key = key.trimmed();
    if (key.contains(u"://"))
        key = QUrl(key).authority();
    else
        key = key.section(u'/', 0, 0);
    if (key == u"index.docker.io" || key == u"registry-1.docker.io")
        key = QStringLiteral("docker.io");
    return key.toLower();
}

Result<RegistryCredential> fromHelper(const QString &helper, const QString &serverUrl,
                                      const QString &host, QString *source)
{
    const QString program = QStandardPaths::findExecutable(u"docker-credential-" + helper);
    if (program.isEmpty())
        return Error(Error::Kind::NotFound,
                     Tr::tr("the Docker credential helper docker-credential-%1 (named for %2 in "
                            "~/.docker/config.json) is not installed")
                         .arg(helper, host));
    QProcess process;
    process.start(program, {QStringLiteral("get")});
    process.write(serverUrl.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        return Error(
            Error::Kind::Failed,
            Tr::tr("docker-credential-%1 did not answer for %2 within 10 s").arg(helper, host));
    }
    if (process.exitCode() != 0) {
        // "credentials not found in native keychain" is the helpers' usual not-found answer.
        return Error(Error::Kind::NotFound,
                     Tr::tr("docker-credential-%1 has no credential for %2").arg(helper, host));
    }
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    RegistryCredential c;
    const QString user = o.value(u"Username").toString();
    const QString secret = o.value(u"Secret").toString();
    if (user == u"<token>")
        c.identityToken = secret; // an identity token, not a password
    else {
        c.username = user;
        c.secret = secret;
    }
    if (c.isEmpty())
        return Error(
            Error::Kind::Failed,
            Tr::tr("docker-credential-%1 answered without a credential for %2").arg(helper, host));
    if (source)
        *source = u"docker-credential-" + helper;
    return c;
}
} // namespace

QUrl ArgoCdCliContext::url() const
{
    return QUrl((plainText ? u"http://"_qs : u"https://"_qs) + server);
}

ServiceEndpoint ArgoCdCliContext::endpoint() const
{
    ServiceEndpoint e;
    e.serviceName = QStringLiteral("Argo CD");
    e.baseUrl = url();
    e.tls.insecureSkipVerify = insecure;
    return e;
}

const ArgoCdCliContext *ArgoCdCliConfig::find(const QString &nameOrServer) const
{
    QString wanted = nameOrServer;
    if (wanted.contains(u"://"))
        wanted = wanted.section(QStringLiteral("://"), 1);
    while (wanted.endsWith(u'/'))
        wanted.chop(1);
    for (const auto &c : contexts) {
        if (c.name == nameOrServer || c.server == wanted)
            return &c;
    }
    return nullptr;
}

QString CredentialsDiscovery::argoCdConfigPath()
{
    const QString dir = qEnvironmentVariable("ARGOCD_CONFIG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config"));
    const QString legacy = QDir::home().filePath(QStringLiteral(".argocd/config"));
    const QString xdgBase
        = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::home().filePath(QStringLiteral(".config")));
    const QString xdg = QDir(xdgBase).filePath(QStringLiteral("argocd/config"));
    if (!QFileInfo::exists(xdg) && QFileInfo::exists(legacy))
        return legacy;
    return xdg;
}

Result<ArgoCdCliConfig> CredentialsDiscovery::argoCdConfig(const QString &givenPath)
{
    const QString path = givenPath.isEmpty() ? argoCdConfigPath() : givenPath;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, Tr::tr("no argocd CLI config (run `argocd login`)"))
            .at(tilde(path));
    ArgoCdCliConfig config;
    config.file = path;
    try {
        const YAML::Node root = YAML::Load(f.readAll().toStdString());
        config.currentContext = str(root, "current-context");
        QHash<QString, YAML::Node> servers;
        for (const auto &s : root["servers"])
            servers.insert(str(s, "server"), s);
        QHash<QString, QString> tokens;
        for (const auto &u : root["users"])
            tokens.insert(str(u, "name"), str(u, "auth-token"));
        for (const auto &c : root["contexts"]) {
            ArgoCdCliContext context;
            context.name = str(c, "name");
            context.server = str(c, "server");
            context.user = str(c, "user");
            context.authToken = tokens.value(context.user);
            const YAML::Node server = servers.value(context.server);
            if (server) {
                context.insecure = boolean(server, "insecure");
                context.plainText = boolean(server, "plain-text");
                context.grpcWeb = boolean(server, "grpc-web");
            }
            config.contexts.append(context);
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("the argocd CLI config is not valid YAML: %1")
                         .arg(QString::fromStdString(e.msg)))
            .at(tilde(path), e.mark.is_null() ? 0 : int(e.mark.line) + 1);
    }
    return config;
}

QString CredentialsDiscovery::dockerConfigPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json"));
    return QDir::home().filePath(QStringLiteral(".docker/config.json"));
}

Result<RegistryCredential> CredentialsDiscovery::dockerCredential(const QString &registryHost,
                                                                  QString *source,
                                                                  const QString &givenPath)
{
    const QString path = givenPath.isEmpty() ? dockerConfigPath() : givenPath;
    const QString host = normalizedHost(registryHost);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     Tr::tr("no Docker config with a credential for %1").arg(host))
            .at(tilde(path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(
                   Error::Kind::BadInput,
                   Tr::tr("the Docker config is not valid JSON (%1)").arg(parseError.errorString()))
            .at(tilde(path));
    const QJsonObject root = doc.object();

    // 1. A helper for this registry, 2. a stored auth, 3. the default store.
    const QJsonObject helpers = root.value(u"credHelpers").toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (normalizedHost(it.key()) == host)
            return fromHelper(it.value().toString(), it.key(), host, source);
    }
    const QJsonObject auths = root.value(u"auths").toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (normalizedHost(it.key()) != host)
            continue;
        const QJsonObject entry = it.value().toObject();
        RegistryCredential c;
        c.identityToken = entry.value(u"identitytoken").toString();
        const QString auth = entry.value(u"auth").toString();
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded ? (*decoded).indexOf(':') : -1;
            if (!decoded || colon < 0)
                return Error(Error::Kind::BadInput,
                             Tr::tr("the stored credential for %1 is not base64 user:password")
                                 .arg(host))
                    .at(tilde(path));
            c.username = QString::fromUtf8((*decoded).left(colon));
            c.secret = QString::fromUtf8((*decoded).mid(colon + 1));
        } else if (entry.contains(u"username")) {
            c.username = entry.value(u"username").toString();
            c.secret = entry.value(u"password").toString();
        }
        if (!c.isEmpty()) {
            if (source)
                *source = tilde(path);
            return c;
        }
    }
    const QString store = root.value(u"credsStore").toString();
    if (!store.isEmpty()) {
        // Helpers key Docker Hub by its legacy URL; others by host.
        const QString serverUrl
            = host == u"docker.io" ? QStringLiteral("https://index.docker.io/v1/") : host;
        return fromHelper(store, serverUrl, host, source);
    }
    return Error(Error::Kind::NotFound,
                 Tr::tr("no credential for %1 in the Docker config").arg(host))
        .at(tilde(path));
}

QString CredentialsDiscovery::ghHostsPath()
{
    const QString dir = qEnvironmentVariable("GH_CONFIG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("hosts.yml"));
    const QString xdgBase
        = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::home().filePath(QStringLiteral(".config")));
    return QDir(xdgBase).filePath(QStringLiteral("gh/hosts.yml"));
}

DiscoveredSecret CredentialsDiscovery::githubToken(const QString &host)
{
    const bool dotCom = host == u"github.com" || host == u"api.github.com";
    for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty() && dotCom)
            return {value, QString::fromLatin1(name), {}};
    }
    if (!dotCom) {
        for (const char *name : {"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"}) {
            const QString value = qEnvironmentVariable(name).trimmed();
            if (!value.isEmpty())
                return {value, QString::fromLatin1(name), {}};
        }
    }
    return ghHostsToken(host);
}

DiscoveredSecret CredentialsDiscovery::ghHostsToken(const QString &host)
{
    const bool dotCom = host == u"github.com" || host == u"api.github.com";
    const QString path = ghHostsPath();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    try {
        const YAML::Node root = YAML::Load(f.readAll().toStdString());
        const YAML::Node entry = root[(dotCom ? QStringLiteral("github.com") : host).toStdString()];
        if (!entry)
            return {};
        const QString user = str(entry, "user");
        QString token = str(entry, "oauth_token");
        // gh >= 2.40 keeps several accounts under `users:`; the active one is `user`.
        if (token.isEmpty() && entry["users"] && !user.isEmpty()
            && entry["users"][user.toStdString()])
            token = str(entry["users"][user.toStdString()], "oauth_token");
        if (token.isEmpty()) {
            qCInfo(lcClients) << "gh keeps the token for" << host
                              << "in the system keyring (gh auth token); not in" << tilde(path);
            return {};
        }
        return {token, tilde(path), user};
    } catch (const YAML::Exception &) {
        qCWarning(lcClients) << tilde(path) << "is not valid YAML; ignored";
        return {};
    }
}

} // namespace Promenade::Clients
