#include "cli.h"

#include "changescommand.h"
#include "commandcontext.h"
#include "demorepocommand.h"
#include "diffcommand.h"
#include "historycommand.h"
#include "manpage.h"
#include "promotecommand.h"
#include "rendercommand.h"
#include "shellcompletion.h"
#include "statuscommand.h"
#include "version.h"

#include <QFileInfo>

namespace Promenade::Cli {

namespace {

QList<Command> &commandTable()
{
    static QList<Command> table {
        demoRepoCommand(), renderCommand(),   diffCommand(),    statusCommand(),  promoteCommand(),
        setImageCommand(), rollbackCommand(), historyCommand(), changesCommand(),
    };
    return table;
}

} // namespace

const QList<Command> &commands()
{
    return commandTable();
}

void addCommand(Command command)
{
    commandTable().append(std::move(command));
}

const QList<Invocation> &invocations()
{
    static const QList<Invocation> table {
        {QStringLiteral("[REPO]"),
         QStringLiteral("open the window on REPO (or the last repository)")},
        {QStringLiteral("--demo"),
         QStringLiteral("open the window on a freshly generated demo repository")},
        {QStringLiteral("--demo --apps N"),
         QStringLiteral(
             "the same with N apps in all (synthetic services added), to try a large repository")},
        {QStringLiteral("[REPO] --view VIEW"),
         QStringLiteral("open the window on a view: pipeline (default), diff or history")},
        {QStringLiteral("[REPO] --present"),
         QStringLiteral("open the window in presentation mode (F5 toggles it)")},
        {QStringLiteral("<command> [options]"), QStringLiteral("run a command without a window")},
    };
    return table;
}

const QList<QCommandLineOption> &programOptions()
{
    static const QList<QCommandLineOption> table {
        {QStringLiteral("demo"),
         QStringLiteral("open the window on a freshly generated demo repository, with an embedded "
                        "demo control plane")},
        {QStringLiteral("apps"),
         QStringLiteral(
             "with --demo: how many apps the demo repository has (2 to 5000, default 2)"),
         QStringLiteral("N")},
        {QStringLiteral("view"),
         QStringLiteral("the view the window opens on (pipeline by default)"),
         QStringLiteral("pipeline|diff|history")},
        {QStringLiteral("present"),
         QStringLiteral(
             "open the window in presentation mode: full screen, large type, high contrast")},
        {{QStringLiteral("h"), QStringLiteral("help")},
         QStringLiteral("show the commands and what they do")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("show the version")},
    };
    return table;
}

namespace {

const auto generateOption = QStringLiteral("--generate");

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
    return arg == u"--demo" || arg == u"--apps" || arg.startsWith(u"--apps=") || arg == u"--present"
        || arg == u"--view" || arg.startsWith(u"--view=") || arg.startsWith(u"-platform")
        || arg.startsWith(u"--platform") || arg == u"-style" || arg == u"--style"
        || arg == u"-qmljsdebugger";
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"help" || first == u"--version"
        || first == u"-v" || first == generateOption)
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
    s << "Promenade " << versionString
      << " - GitOps release management for Kustomize and Argo CD\n\n";
    const char *lead = "usage: ";
    for (const Invocation &invocation : invocations()) {
        s << lead << "promenade " << invocation.arguments.leftJustified(20) << ' '
          << invocation.summary << '\n';
        lead = "       ";
    }
    s << "\ncommands:\n";
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
    if (arguments.first() == generateOption) {
        const QString text = arguments.size() == 2 ? generatedFile(arguments[1]) : QString();
        if (text.isEmpty()) {
            err << "usage: promenade --generate man|bash|zsh" << Qt::endl;
            return 2;
        }
        out << text;
        out.flush();
        return 0;
    }
    const Command *command = findCommand(arguments.first());
    if (!command) {
        err << "promenade: unknown command '" << arguments.first() << "'" << Qt::endl
            << "usage: promenade [REPO] | promenade --demo | promenade <command> [options]; see "
               "'promenade --help'"
            << Qt::endl;
        return 2;
    }
    CommandContext context(arguments, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

QString generatedFile(const QString &format)
{
    if (format == u"man")
        return ManPage::generate();
    if (format == u"bash")
        return ShellCompletion::bash();
    if (format == u"zsh")
        return ShellCompletion::zsh();
    return {};
}

} // namespace Promenade::Cli
