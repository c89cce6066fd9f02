#include "systemgitpush.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Promenade::Git {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Git)
};

// Variables that would point git at another repository, index or object store than ours.
const char *const repositoryVariables[] = {
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT",
    "GIT_QUARANTINE_PATH",
};

} // namespace

QString SystemGitPush::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

bool SystemGitPush::isLocalUrl(const QString &url)
{
    if (url.startsWith(u"file://", Qt::CaseInsensitive))
        return true;
    if (url.contains(QStringLiteral("://")))
        return false;
    // Git's rule: "host:path" is scp-like ssh unless a '/' comes before the first ':'.
    const qsizetype colon = url.indexOf(u':');
    const qsizetype slash = url.indexOf(u'/');
    return colon < 0 || (slash >= 0 && slash < colon);
}

SystemGitPush::Outcome SystemGitPush::parse(const QByteArray &standardOutput,
                                            const QByteArray &standardError)
{
    Outcome outcome;
    static const QRegularExpression reasonRe(QStringLiteral("^(.*?)\\s*\\((.*)\\)\\s*$"));
    for (const QByteArray &raw : standardOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3 || fields[0].size() != 1)
            continue; // "To /srv/o.git", "Done"
        RefUpdate update;
        update.flag = fields[0].at(0);
        update.from = fields[1].section(u':', 0, 0);
        update.to = fields[1].section(u':', 1);
        const auto m = reasonRe.match(fields[2]);
        update.summary = m.hasMatch() ? m.captured(1) : fields[2].trimmed();
        update.reason = m.hasMatch() ? m.captured(2) : QString();
        outcome.updates.append(update);
    }
    const QString errors = QString::fromUtf8(standardError);
    for (const QString &line : errors.split(u'\n')) {
        if (line.startsWith(u"remote: ")) {
            const QString text = line.mid(8).trimmed();
            if (!text.isEmpty())
                outcome.remoteMessages.append(text);
        }
    }
    outcome.errorText = errors.trimmed();
    return outcome;
}

Result<SystemGitPush::Outcome> SystemGitPush::run(const QString &gitDir, const QString &workDir,
                                                  const QString &remote,
                                                  const QStringList &refspecs,
                                                  const NetworkOptions &options)
{
    const QString git = executable();
    if (git.isEmpty())
        return Error(
            Error::Kind::Failed,
            Tr::tr("git is not installed: it is needed to push to a remote on this machine"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : repositoryVariables)
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the porcelain reasons in English

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir.isEmpty() ? gitDir : workDir);
    QStringList arguments {QStringLiteral("--git-dir=") + QDir(gitDir).absolutePath(),
                           QStringLiteral("push"),
                           QStringLiteral("--porcelain"),
                           QStringLiteral("--no-verify"),
                           QStringLiteral("--receive-pack=git-receive-pack"),
                           remote};
    arguments += refspecs;
    if (options.progress)
        options.progress({TransferProgress::Stage::Connecting, 0, 0, 0, {}});
    process.start(git, arguments);
    if (!process.waitForStarted(30000))
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot run git to push: %1").arg(process.errorString()));
    process.closeWriteChannel();
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (options.cancel.isCancelled()) {
            process.kill();
            process.waitForFinished();
            return Error(Error::Kind::Cancelled, Tr::tr("push to %1 cancelled").arg(remote));
        }
    }
    Outcome outcome = parse(process.readAllStandardOutput(), process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        return Error(Error::Kind::Failed, Tr::tr("git push stopped unexpectedly"))
            .withDetail(outcome.errorText);
    outcome.exitCode = process.exitCode();
    if (options.progress) {
        for (const QString &line : std::as_const(outcome.remoteMessages))
            options.progress({TransferProgress::Stage::Sending, 0, 0, 0, line});
    }
    qCDebug(lcGit) << "git push exited" << outcome.exitCode << outcome.errorText;
    return outcome;
}

} // namespace Promenade::Git
