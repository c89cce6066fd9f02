#include "dockerconfig.h"

#include "homepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace Promenade::Credentials {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

Result<Credential> fromHelper(const QString &helper, const QString &serverUrl, const QString &host)
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
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // "credentials not found in native keychain" is the helpers' usual not-found answer.
        return Error(Error::Kind::NotFound,
                     Tr::tr("docker-credential-%1 has no credential for %2").arg(helper, host));
    }
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    Credential c;
    c.source = u"docker-credential-" + helper;
    c.origin = Credential::Origin::Helper;
    c.tied = true;
    const QString user = o.value(u"Username").toString();
    c.secret = o.value(u"Secret").toString();
    if (user == u"<token>")
        c.identityToken = true; // an identity token, not a password
    else
        c.user = user;
    if (c.isEmpty())
        return Error(
            Error::Kind::Failed,
            Tr::tr("docker-credential-%1 answered without a credential for %2").arg(helper, host));
    return c;
}

} // namespace

QString DockerConfig::path()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json"));
    return QDir::home().filePath(QStringLiteral(".docker/config.json"));
}

QString DockerConfig::normalizedHost(QString key)
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

Result<Credential> DockerConfig::credential(const QString &registryHost, const QString &givenPath)
{
    const QString file = givenPath.isEmpty() ? path() : givenPath;
    const QString host = normalizedHost(registryHost);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     Tr::tr("no Docker config with a credential for %1").arg(host))
            .at(homePath(file));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(
                   Error::Kind::BadInput,
                   Tr::tr("the Docker config is not valid JSON (%1)").arg(parseError.errorString()))
            .at(homePath(file));
    const QJsonObject root = doc.object();

    // 1. A helper for this registry, 2. a stored auth, 3. the default store.
    const QJsonObject helpers = root.value(u"credHelpers").toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (normalizedHost(it.key()) == host)
            return fromHelper(it.value().toString(), it.key(), host);
    }
    const QJsonObject auths = root.value(u"auths").toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (normalizedHost(it.key()) != host)
            continue;
        const QJsonObject entry = it.value().toObject();
        Credential c;
        c.source = homePath(file);
        c.origin = Credential::Origin::ToolConfig;
        c.tied = true;
        const QString identity = entry.value(u"identitytoken").toString();
        const QString auth = entry.value(u"auth").toString();
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded ? (*decoded).indexOf(':') : -1;
            if (!decoded || colon < 0)
                return Error(Error::Kind::BadInput,
                             Tr::tr("the stored credential for %1 is not base64 user:password")
                                 .arg(host))
                    .at(homePath(file));
            c.user = QString::fromUtf8((*decoded).left(colon));
            c.secret = QString::fromUtf8((*decoded).mid(colon + 1));
        } else if (entry.contains(u"username")) {
            c.user = entry.value(u"username").toString();
            c.secret = entry.value(u"password").toString();
        }
        if (!identity.isEmpty()) {
            // An identity (refresh) token goes ahead of a password.
            c.secret = identity;
            c.identityToken = true;
        }
        if (!c.isEmpty())
            return c;
    }
    const QString store = root.value(u"credsStore").toString();
    if (!store.isEmpty()) {
        // Helpers key Docker Hub by its legacy URL; others by host.
        const QString serverUrl
            = host == u"docker.io" ? QStringLiteral("https://index.docker.io/v1/") : host;
        return fromHelper(store, serverUrl, host);
    }
    return Error(Error::Kind::NotFound,
                 Tr::tr("no credential for %1 in the Docker config").arg(host))
        .at(homePath(file));
}

} // namespace Promenade::Credentials
