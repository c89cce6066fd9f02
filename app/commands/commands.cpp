#include "cli.h"
#include "commandslibrary.h"
#include "exportsyntax.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

// The table lists export (for --help, the man page, the completions); it runs in the window
// library, never here (promenadeRunCommands hands every command that needs Qt Gui over to it).
int exportNotHere(Promenade::Cli::CommandContext &)
{
    return 1;
}

} // namespace

int promenadeRunCommands(int argc, char *argv[])
{
    Promenade::Cli::addCommand(Promenade::Cli::exportCommandEntry(&exportNotHere));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Promenade::Cli::wantsCommandLine(arguments))
        return PromenadeOpenWindow;
    if (Promenade::Cli::needsGui(arguments))
        return PromenadeRunGuiCommand;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promenade"));
    // As the window: both share the status cache under the same name.
    QCoreApplication::setOrganizationName(QStringLiteral("Promenade"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promenade::Cli::run(arguments, out, err);
}
