#include "argocdcliconfig.h"

#include "homepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <yaml-cpp/yaml.h>

namespace Promenade::Credentials {

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

} // namespace

QUrl ArgoCdCliContext::url() const
{
    return QUrl((plainText ? u"http://"_qs : u"https://"_qs) + server);
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

QString ArgoCdCliConfig::path()
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

Result<ArgoCdCliConfig> ArgoCdCliConfig::load(const QString &givenPath)
{
    const QString file = givenPath.isEmpty() ? path() : givenPath;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, Tr::tr("no argocd CLI config (run `argocd login`)"))
            .at(homePath(file));
    ArgoCdCliConfig config;
    config.file = file;
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
            .at(homePath(file), e.mark.is_null() ? 0 : int(e.mark.line) + 1);
    }
    return config;
}

} // namespace Promenade::Credentials
