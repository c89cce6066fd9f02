// The executable: `promenade diff` runs here; any other command runs in the commands library
// (app/commands, libpromenade_commands), and the window in the window library (app/window,
// libpromenade_window), both loaded at run time only when needed.
//
// It links only what `promenade diff` needs (Qt Core, the diff engine and the kustomize engine
// for the rendered comparison, linked with --as-needed). The other commands need libgit2, Qt
// Network and QtKeychain, whose loading alone cost a diff about 5 ms and 6 MiB; the window and
// the commands that draw need Qt Gui, Qml and Quick, whose loading used to cost `promenade diff`
// several times GNU diff's whole run and tens of megabytes.
#include "commandcontext.h"
#include "commandslibrary.h"
#include "diffcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// `promenade diff …`, as Cli::run runs a command (the commands library lists it too, for
// --help, the man page and the completions).
int runDiff(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A large diff allocates and frees blocks of megabytes (the bytes read, their text, line
    // tables). From the heap, a freed block is used again; mapped one by one (glibc's default
    // above 128 KiB), each comes as fresh pages, each a page fault to fill.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promenade"));
    QCoreApplication::setOrganizationName(QStringLiteral("Promenade"));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Promenade::Cli::CommandContext context(arguments, out, err);
    const int code = Promenade::Cli::diffCommand().run(context);
    out.flush();
    err.flush();
    return code;
}

// Where a library of the executable may be: beside the executable (the build tree), then where
// the install put it, relative to the executable (so that a moved installation still finds it).
QStringList libraryCandidates(const char *argv0, const QString &name)
{
    // Before QCoreApplication exists: the executable's own path from the kernel.
    QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (self.isEmpty())
        self = QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
    const QDir dir = QFileInfo(self).dir();
    return {dir.filePath(name),
            QDir::cleanPath(
                dir.filePath(QStringLiteral(PROMENADE_WINDOW_LIBRARY_RELATIVE) + u'/' + name))};
}

// Loads a library of the executable (beside it in the build tree, in the library folder once
// installed): the window library (windowlibrary.h) or the commands library
// (commandslibrary.h), and runs one of its entry points. loaded: whether it could.
int runInLibrary(const QString &name, const char *entryPoint, int argc, char *argv[],
                 bool *loaded = nullptr)
{
    using EntryPoint = int (*)(int, char **);
    QString problem;
    for (const QString &path : libraryCandidates(argv[0], name)) {
        QLibrary library(path);
        if (!library.load()) {
            problem = library.errorString();
            continue;
        }
        // Never unloaded: the window's objects live until the process ends.
        if (const auto entry = reinterpret_cast<EntryPoint>(library.resolve(entryPoint))) {
            if (loaded)
                *loaded = true;
            return entry(argc, argv);
        }
        problem = library.errorString();
    }
    std::fprintf(stderr, "promenade: cannot load the %s library: %s\n",
                 qPrintable(name.mid(name.indexOf(u'_') + 1)), qPrintable(problem));
    if (loaded)
        *loaded = false;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "diff") == 0)
        return runDiff(argc, argv);
    bool loaded = false;
    const int code = runInLibrary(QStringLiteral("promenade_commands"), "promenadeRunCommands",
                                  argc, argv, &loaded);
    if (!loaded)
        return code;
    if (code == PromenadeOpenWindow)
        return runInLibrary(QStringLiteral("promenade_window"), "promenadeRunWindow", argc, argv);
    if (code == PromenadeRunGuiCommand)
        return runInLibrary(QStringLiteral("promenade_window"), "promenadeRunGuiCommand", argc,
                            argv);
    return code;
}
