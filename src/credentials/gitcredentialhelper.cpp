#include "gitcredentialhelper.h"

#include "logging.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <optional>

namespace Promenade::Credentials {

namespace {

bool isHttp(const QUrl &url)
{
    return url.isValid()
        && (url.scheme().compare(u"http", Qt::CaseInsensitive) == 0
            || url.scheme().compare(u"https", Qt::CaseInsensitive) == 0);
}

// protocol=…/host=…/path=… as Git's credential protocol describes a URL.
QByteArray describe(const QUrl &url)
{
    const QString host
        = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    QByteArray text = "protocol=" + url.scheme().toUtf8() + "\nhost=" + host.toUtf8() + '\n';
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        text += "path=" + path.toUtf8() + '\n';
    return text;
}

// Runs `git credential <action>` with input; its standard output, or nullopt when it failed.
std::optional<QByteArray> run(const QString &action, const QString &workTree,
                              const QByteArray &input)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    git.setProcessEnvironment(env);
    if (!workTree.isEmpty())
        git.setWorkingDirectory(workTree);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    if (!git.waitForStarted(10000)) {
        qCDebug(lcGit) << "git credential" << action << "could not start";
        return std::nullopt;
    }
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(30000)) {
        git.kill();
        git.waitForFinished();
        return std::nullopt;
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        qCDebug(lcGit) << "git credential" << action << "ended with exit code" << git.exitCode();
        return std::nullopt;
    }
    return git.readAllStandardOutput();
}

void tell(const QString &action, const QUrl &url, const QString &workTree, const Credential &c)
{
    if (!isHttp(url) || c.isEmpty())
        return;
    (void)run(action, workTree,
              describe(url) + "username=" + c.user.toUtf8() + "\npassword=" + c.secret.toUtf8()
                  + "\n\n");
    qCDebug(lcGit) << "git credential" << action << "for" << url.host();
}

} // namespace

Credential GitCredentialHelper::fill(const QUrl &url, const QString &workTree)
{
    if (!isHttp(url))
        return {};
    QByteArray input = describe(url);
    if (!url.userName().isEmpty())
        input += "username=" + url.userName().toUtf8() + '\n';
    input += '\n';
    const std::optional<QByteArray> output = run(QStringLiteral("fill"), workTree, input);
    if (!output)
        return {};
    Credential c;
    c.source = QStringLiteral("git credential");
    c.origin = Credential::Origin::Helper;
    c.tied = true; // the helper answered for this very host
    for (const QByteArray &line : output->split('\n')) {
        if (line.startsWith("username="))
            c.user = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password="))
            c.secret = QString::fromUtf8(line.mid(9));
    }
    return c.isEmpty() ? Credential {} : c;
}

void GitCredentialHelper::approve(const QUrl &url, const QString &workTree, const Credential &c)
{
    tell(QStringLiteral("approve"), url, workTree, c);
}

void GitCredentialHelper::reject(const QUrl &url, const QString &workTree, const Credential &c)
{
    tell(QStringLiteral("reject"), url, workTree, c);
}

} // namespace Promenade::Credentials
