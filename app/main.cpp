// The executable: a sub-command runs the command line; otherwise the Qt Quick window opens on a
// repository or the demo.
//
// It links only what the command line needs (Qt Core and Network, the core libraries). The
// window and the commands that draw need Qt Gui, Qml and Quick, whose loading alone used to
// cost `promenade diff` several times GNU diff's whole run and tens of megabytes: they live in
// the window library (app/window, libpromenade_window), loaded here at run time only when the
// window opens or such a command runs.
#include "cli.h"
#include "exportsyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdio>

namespace {

int runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promenade"));
    // As the window: both share the status cache under the same name.
    QCoreApplication::setOrganizationName(QStringLiteral("Promenade"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promenade::Cli::run(arguments, out, err);
}

// Where the window library may be: beside the executable (the build tree), then where the
// install put it, relative to the executable (so that a moved installation still finds it).
QStringList windowLibraryCandidates(const char *argv0)
{
    // Before QCoreApplication exists: the executable's own path from the kernel.
    QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (self.isEmpty())
        self = QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
    const QDir dir = QFileInfo(self).dir();
    const QString name = QStringLiteral("promenade_window");
    return {dir.filePath(name),
            QDir::cleanPath(
                dir.filePath(QStringLiteral(PROMENADE_WINDOW_LIBRARY_RELATIVE) + u'/' + name))};
}

// Loads the window library (beside the executable in the build tree, in the library folder
// once installed; see windowlibrarypath.h) and runs one of its entry points (windowlibrary.h).
int runInWindowLibrary(const char *entryPoint, int argc, char *argv[])
{
    using EntryPoint = int (*)(int, char **);
    QString problem;
    for (const QString &path : windowLibraryCandidates(argv[0])) {
        QLibrary library(path);
        if (!library.load()) {
            problem = library.errorString();
            continue;
        }
        // Never unloaded: the window's objects live until the process ends.
        if (const auto entry = reinterpret_cast<EntryPoint>(library.resolve(entryPoint)))
            return entry(argc, argv);
        problem = library.errorString();
    }
    std::fprintf(stderr, "promenade: cannot load the window library: %s\n", qPrintable(problem));
    return 1;
}

// The table lists export (for --help, the man page, the completions); it runs in the window
// library, never here (main() hands every command that needs Qt Gui over to it).
int exportNotHere(Promenade::Cli::CommandContext &)
{
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    Promenade::Cli::addCommand(Promenade::Cli::exportCommandEntry(&exportNotHere));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Promenade::Cli::wantsCommandLine(arguments))
        return runInWindowLibrary("promenadeRunWindow", argc, argv);
    if (Promenade::Cli::needsGui(arguments))
        return runInWindowLibrary("promenadeRunGuiCommand", argc, argv);
    return runCommandLine(argc, argv, arguments);
}
