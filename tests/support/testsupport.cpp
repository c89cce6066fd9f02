#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("PROMENADE_SOURCE_DIR");
}

QString dataPath(const QString &relative)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + relative);
}

QString promenadeBinary()
{
    return qEnvironmentVariable("PROMENADE_BINARY");
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QString &workingDir, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runPromenade(const QStringList &arguments, const QString &workingDir)
{
    return runProcess(promenadeBinary(), arguments, workingDir);
}

ProcessResult runPromenadeServing(const QStringList &arguments,
                                  const QProcessEnvironment &environment)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(promenadeBinary(), arguments);
    if (!process.waitForStarted())
        return result;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString kubectl()
{
    static const QString found = [] {
        const QString path = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (path.isEmpty())
            return QString();
        const ProcessResult version
            = runProcess(path, {QStringLiteral("version"), QStringLiteral("--client")});
        return version.exitCode == 0 && version.out.contains("Kustomize") ? path : QString();
    }();
    return found;
}

bool referenceToolsRequired()
{
    return qEnvironmentVariable("PROMENADE_REQUIRE_REFERENCE_TOOLS") == QLatin1String("1");
}

ProcessResult git(const QString &dir, const QStringList &arguments)
{
    return runProcess(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + arguments);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (relative.startsWith(QStringLiteral(".git/"))
            || relative.contains(QStringLiteral("/.git/")))
            continue;
        const QString target = QDir(to).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace TestSupport
