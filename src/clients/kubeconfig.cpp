#include "kubeconfig.h"

#include "pemkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <yaml-cpp/yaml.h>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kubernetes)
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
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return false;
    const QString s = QString::fromStdString(v.as<std::string>()).toLower();
    return s == u"true" || s == u"yes" || s == u"1";
}

QString absolute(const QString &baseDir, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return QDir(baseDir).filePath(path);
}

Result<QByteArray> decoded(const YAML::Node &node, const char *key, const QString &file,
                           const QString &what)
{
    const QString value = str(node, key);
    if (value.isEmpty())
        return QByteArray();
    const auto r
        = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return Error(Error::Kind::BadInput,
                     Tr::tr("%1: %2 is not valid base64").arg(what, QString::fromLatin1(key)))
            .at(file, int(node[key].Mark().line) + 1);
    return *r;
}

Result<QByteArray> readSmall(const QString &path, const QString &file, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1: %2 cannot be read (%3)").arg(what, path, f.errorString()))
            .at(file);
    return f.read(1 << 20);
}

} // namespace

Result<KubeConfig> KubeConfig::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     Tr::tr("the kubeconfig cannot be read (%1)").arg(f.errorString()))
            .at(path);
    const QByteArray text = f.readAll();
    const QString baseDir = QFileInfo(path).absolutePath();
    KubeConfig config;
    config.m_files = {path};
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root || root.IsNull())
            return config;
        if (!root.IsMap())
            return Error(Error::Kind::BadInput, Tr::tr("a kubeconfig must be a YAML mapping"))
                .at(path, 1);
        config.m_currentContext = str(root, "current-context");
        for (const auto &c : root["clusters"]) {
            const YAML::Node body = c["cluster"];
            KubeCluster cluster;
            cluster.name = str(c, "name");
            cluster.file = path;
            if (body) {
                cluster.server = str(body, "server");
                cluster.certificateAuthority
                    = absolute(baseDir, str(body, "certificate-authority"));
                auto data = decoded(body, "certificate-authority-data", path,
                                    Tr::tr("cluster \"%1\"").arg(cluster.name));
                if (!data)
                    return data.error();
                cluster.certificateAuthorityData = *data;
                cluster.insecureSkipTlsVerify = boolean(body, "insecure-skip-tls-verify");
                cluster.tlsServerName = str(body, "tls-server-name");
                cluster.proxyUrl = str(body, "proxy-url");
            }
            config.m_clusters.append(cluster);
        }
        for (const auto &u : root["users"]) {
            const YAML::Node body = u["user"];
            KubeUser user;
            user.name = str(u, "name");
            user.file = path;
            if (body) {
                const QString what = Tr::tr("user \"%1\"").arg(user.name);
                user.token = str(body, "token");
                user.tokenFile = absolute(baseDir, str(body, "tokenFile"));
                user.clientCertificate = absolute(baseDir, str(body, "client-certificate"));
                user.clientKey = absolute(baseDir, str(body, "client-key"));
                auto cert = decoded(body, "client-certificate-data", path, what);
                if (!cert)
                    return cert.error();
                user.clientCertificateData = *cert;
                auto key = decoded(body, "client-key-data", path, what);
                if (!key)
                    return key.error();
                user.clientKeyData = *key;
                user.username = str(body, "username");
                user.password = str(body, "password");
                if (const YAML::Node ap = body["auth-provider"])
                    user.authProvider = str(ap, "name");
                if (const YAML::Node exec = body["exec"]; exec && exec.IsMap()) {
                    KubeExecConfig e;
                    e.command = str(exec, "command");
                    for (const auto &a : exec["args"])
                        e.args.append(QString::fromStdString(a.as<std::string>()));
                    for (const auto &v : exec["env"])
                        e.env.append({str(v, "name"), str(v, "value")});
                    e.apiVersion = str(exec, "apiVersion");
                    e.interactiveMode = str(exec, "interactiveMode");
                    e.installHint = str(exec, "installHint");
                    e.provideClusterInfo = boolean(exec, "provideClusterInfo");
                    e.baseDir = baseDir;
                    if (e.command.isEmpty())
                        return Error(Error::Kind::BadInput,
                                     Tr::tr("%1: exec has no command").arg(what))
                            .at(path, int(exec.Mark().line) + 1);
                    user.exec = e;
                }
            }
            config.m_users.append(user);
        }
        for (const auto &c : root["contexts"]) {
            const YAML::Node body = c["context"];
            KubeContext context;
            context.name = str(c, "name");
            if (body) {
                context.cluster = str(body, "cluster");
                context.user = str(body, "user");
                context.defaultNamespace = str(body, "namespace");
            }
            config.m_contexts.append(context);
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("the kubeconfig is not valid YAML: %1")
                         .arg(QString::fromStdString(e.msg)))
            .at(path, e.mark.is_null() ? 0 : int(e.mark.line) + 1,
                e.mark.is_null() ? 0 : int(e.mark.column) + 1);
    }
    return config;
}

void KubeConfig::merge(const KubeConfig &other)
{
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    const auto add = [](auto &into, const auto &from) {
        for (const auto &item : from) {
            const bool known = std::any_of(into.begin(), into.end(),
                                           [&](const auto &i) { return i.name == item.name; });
            if (!known)
                into.append(item);
        }
    };
    add(m_contexts, other.m_contexts);
    add(m_clusters, other.m_clusters);
    add(m_users, other.m_users);
    m_files += other.m_files;
}

Result<KubeConfig> KubeConfig::load(const QStringList &paths)
{
    KubeConfig merged;
    for (const QString &path : paths) {
        auto one = loadFile(path);
        if (!one)
            return one.error();
        merged.merge(*one);
    }
    return merged;
}

QStringList KubeConfig::defaultPaths()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty()) {
        QStringList out;
        for (const QString &p : env.split(u':', Qt::SkipEmptyParts)) {
            if (QFileInfo::exists(p) && !out.contains(p))
                out.append(p);
        }
        return out;
    }
    const QString home = QDir::home().filePath(QStringLiteral(".kube/config"));
    return QFileInfo::exists(home) ? QStringList {home} : QStringList();
}

Result<KubeConfig> KubeConfig::loadDefault()
{
    const QStringList paths = defaultPaths();
    if (paths.isEmpty())
        return Error(
            Error::Kind::NotFound,
            Tr::tr("no kubeconfig found (KUBECONFIG is empty and ~/.kube/config does not exist)"));
    return load(paths);
}

QStringList KubeConfig::contextNames() const
{
    QStringList out;
    for (const auto &c : m_contexts)
        out.append(c.name);
    return out;
}

Result<KubeAccess> KubeConfig::resolve(const QString &contextName) const
{
    const QString where = m_files.join(u':');
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty())
        return Error(Error::Kind::BadInput,
                     Tr::tr("no current context is set; choose one of: %1")
                         .arg(contextNames().join(u", ")))
            .at(where);
    const auto context = std::find_if(m_contexts.begin(), m_contexts.end(),
                                      [&](const auto &c) { return c.name == name; });
    if (context == m_contexts.end())
        return Error(Error::Kind::NotFound, Tr::tr("context \"%1\" not found").arg(name)).at(where);
    const auto cluster = std::find_if(m_clusters.begin(), m_clusters.end(),
                                      [&](const auto &c) { return c.name == context->cluster; });
    if (cluster == m_clusters.end())
        return Error(Error::Kind::NotFound,
                     Tr::tr("context \"%1\" names cluster \"%2\", which is not defined")
                         .arg(name, context->cluster))
            .at(where);
    if (cluster->server.isEmpty())
        return Error(Error::Kind::BadInput,
                     Tr::tr("cluster \"%1\" has no server").arg(cluster->name))
            .at(cluster->file);

    KubeAccess access;
    access.contextName = name;
    access.clusterName = cluster->name;
    access.defaultNamespace = context->defaultNamespace;
    access.endpoint.serviceName = Tr::tr("Kubernetes cluster %1").arg(cluster->name);
    access.endpoint.baseUrl = QUrl(cluster->server);
    if (!access.endpoint.baseUrl.isValid() || access.endpoint.baseUrl.scheme().isEmpty())
        return Error(Error::Kind::BadInput,
                     Tr::tr("cluster \"%1\": server \"%2\" is not a URL")
                         .arg(cluster->name, cluster->server))
            .at(cluster->file);
    access.endpoint.tls.insecureSkipVerify = cluster->insecureSkipTlsVerify;
    if (!cluster->proxyUrl.isEmpty())
        access.endpoint.proxy = QUrl(cluster->proxyUrl);
    QByteArray caPem = cluster->certificateAuthorityData;
    if (caPem.isEmpty() && !cluster->certificateAuthority.isEmpty()) {
        auto ca = readSmall(cluster->certificateAuthority, cluster->file,
                            Tr::tr("cluster \"%1\": certificate-authority").arg(cluster->name));
        if (!ca)
            return ca.error();
        caPem = *ca;
    }
    if (!caPem.isEmpty()) {
        access.endpoint.tls.extraCaCertificates = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (access.endpoint.tls.extraCaCertificates.isEmpty())
            return Error(
                       Error::Kind::BadInput,
                       Tr::tr("cluster \"%1\": the certificate authority is not a PEM certificate")
                           .arg(cluster->name))
                .at(cluster->file);
    }

    const auto user = std::find_if(m_users.begin(), m_users.end(),
                                   [&](const auto &u) { return u.name == context->user; });
    if (user == m_users.end()) {
        if (!context->user.isEmpty())
            return Error(Error::Kind::NotFound,
                         Tr::tr("context \"%1\" names user \"%2\", which is not defined")
                             .arg(name, context->user))
                .at(where);
        return access; // anonymous
    }
    access.userName = user->name;
    const QString what = Tr::tr("user \"%1\"").arg(user->name);
    QByteArray certPem = user->clientCertificateData;
    QByteArray keyPem = user->clientKeyData;
    if (certPem.isEmpty() && !user->clientCertificate.isEmpty()) {
        auto c = readSmall(user->clientCertificate, user->file, what + u": client-certificate");
        if (!c)
            return c.error();
        certPem = *c;
    }
    if (keyPem.isEmpty() && !user->clientKey.isEmpty()) {
        auto k = readSmall(user->clientKey, user->file, what + u": client-key");
        if (!k)
            return k.error();
        keyPem = *k;
    }
    if (!certPem.isEmpty() || !keyPem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QSslKey key = pemPrivateKey(keyPem);
        if (certs.isEmpty() || key.isNull())
            return Error(
                       Error::Kind::BadInput,
                       Tr::tr("%1: the client certificate or key cannot be read as PEM").arg(what))
                .at(user->file);
        access.endpoint.tls.clientCertificate = certs.first();
        access.endpoint.tls.clientKey = key;
    }
    access.token = user->token;
    if (access.token.isEmpty() && !user->tokenFile.isEmpty()) {
        auto t = readSmall(user->tokenFile, user->file, what + u": tokenFile");
        if (!t)
            return t.error();
        access.token = QString::fromUtf8(*t).trimmed();
    }
    access.username = user->username;
    access.password = user->password;
    access.exec = user->exec;
    if (access.token.isEmpty() && !access.exec && !user->authProvider.isEmpty())
        return Error(Error::Kind::BadInput,
                     Tr::tr("%1: the legacy auth-provider \"%2\" is not supported; use an exec "
                            "credential plugin")
                         .arg(what, user->authProvider))
            .at(user->file);
    return access;
}

} // namespace Promenade::Clients
