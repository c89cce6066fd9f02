#include "ghhostsfile.h"

#include "homepath.h"
#include "logging.h"

#include <QDir>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Promenade::Credentials {

namespace {

QString scalar(const YAML::Node &node, const char *key)
{
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.as<std::string>());
}

// The file's entry for host, or nullopt (no file, no entry, not YAML).
std::optional<YAML::Node> entryFor(const QString &host)
{
    const QString file = GhHostsFile::path();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    try {
        const YAML::Node root = YAML::Load(f.readAll().toStdString());
        if (!root.IsMap())
            return std::nullopt;
        for (const auto &entry : root) {
            const QString key = QString::fromStdString(entry.first.as<std::string>(""));
            if (key.compare(host, Qt::CaseInsensitive) == 0 && entry.second.IsMap())
                return entry.second;
        }
    } catch (const YAML::Exception &e) {
        // Never echo the file's content: it holds tokens.
        qCWarning(lcClients) << homePath(file) << "is not valid YAML (line"
                             << (e.mark.is_null() ? 0 : e.mark.line + 1) << "); ignored";
    }
    return std::nullopt;
}

} // namespace

QString GhHostsFile::path()
{
    const QString dir = qEnvironmentVariable("GH_CONFIG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("hosts.yml"));
    const QString xdgBase
        = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::home().filePath(QStringLiteral(".config")));
    return QDir(xdgBase).filePath(QStringLiteral("gh/hosts.yml"));
}

bool GhHostsFile::hasHost(const QString &host)
{
    return entryFor(host).has_value();
}

Credential GhHostsFile::token(const QString &host)
{
    const std::optional<YAML::Node> entry = entryFor(host);
    if (!entry)
        return {};
    try {
        const QString user = scalar(*entry, "user");
        QString token = scalar(*entry, "oauth_token");
        const YAML::Node users = (*entry)["users"];
        if (token.isEmpty() && users && users.IsMap() && !user.isEmpty()
            && users[user.toStdString()])
            token = scalar(users[user.toStdString()], "oauth_token");
        if (token.isEmpty()) {
            qCInfo(lcClients) << "gh keeps the token for" << host
                              << "in the system keyring (gh auth token); not in"
                              << homePath(path());
            return {};
        }
        return {token, user, false, homePath(path()), Credential::Origin::ToolConfig, true};
    } catch (const YAML::Exception &) {
        qCWarning(lcClients) << homePath(path()) << "has an unreadable entry for" << host
                             << "; ignored";
        return {};
    }
}

} // namespace Promenade::Credentials
