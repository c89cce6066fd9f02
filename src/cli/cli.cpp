#include "cli/cli.h"

#include "cli/commandcontext.h"
#include "cli/demorepocommand.h"
#include "cli/rendercommand.h"
#include "cli/diffcommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/promotecommand.h"
#include "cli/statuscommand.h"
#include "version.h"

#include <QFileInfo>

namespace Promenade::Cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        demoRepoCommand(),
        renderCommand(),
        diffCommand(),
        statusCommand(),
        promoteCommand(),
        setImageCommand(),
        rollbackCommand(),
        historyCommand(),
        exportCommand(),
    };
    return table;
}

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// Options that open the window (handled by the application, not here).
bool isWindowOption(const QString &arg)
{
    return arg == u"--demo" || arg == u"--present" || arg == u"--view" || arg.startsWith(u"--view=") || arg.startsWith(u"-platform") || arg.startsWith(u"--platform")
           || arg == u"-style" || arg == u"--style" || arg == u"-qmljsdebugger";
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"help" || first == u"--version" || first == u"-v")
        return true;
    if (findCommand(first))
        return true;
    if (isWindowOption(first))
        return false;
    // A folder opens the window on it; anything else is an unknown command.
    return !QFileInfo(first).isDir();
}

bool needsGui(const QStringList &arguments)
{
    const Command *command = arguments.isEmpty() ? nullptr : findCommand(arguments.first());
    return command && command->needsGui;
}

QString helpText()
{
    QString text;
    QTextStream s(&text);
    s << "Promenade " << versionString << " - GitOps release management for Kustomize and Argo CD\n\n"
      << "usage: promenade [REPO]                 open the window on REPO (or the last repository)\n"
      << "       promenade --demo                 open the window on a freshly generated demo repository\n"
      << "       promenade [REPO] --view diff     open the window on the diff view (pipeline by default)\n"
      << "       promenade [REPO] --view history  open the window on the history view\n"
      << "       promenade [REPO] --present       open the window in presentation mode (F5 toggles it)\n"
      << "       promenade <command> [options]    run a command without a window\n\n"
      << "commands:\n";
    for (const Command &c : commands())
        s << "  " << c.name.leftJustified(14) << c.summary << '\n';
    s << "\nRun 'promenade <command> --help' for a command's options.\n"
      << "Exit codes: 0 success; 1 refused or failed; 2 bad usage or bad input.\n";
    return text;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help") {
        out << helpText();
        out.flush();
        return 0;
    }
    if (arguments.first() == u"--version" || arguments.first() == u"-v") {
        out << "promenade " << versionString << Qt::endl;
        return 0;
    }
    const Command *command = findCommand(arguments.first());
    if (!command) {
        err << "promenade: unknown command '" << arguments.first() << "'" << Qt::endl
            << "usage: promenade [REPO] | promenade --demo | promenade <command> [options]; see 'promenade --help'"
            << Qt::endl;
        return 2;
    }
    CommandContext context(arguments, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace Promenade::Cli
