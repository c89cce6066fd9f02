#pragma once

#include "command.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Promenade::Cli {

// The table of sub-commands, in the order --help lists them.
const QList<Command> &commands();

// Adds a command that needs more than the core links (export draws, with Qt Gui): the
// executable adds it before anything reads the table. Not thread-safe; call it first.
void addCommand(Command command);

// One way to start promenade without a sub-command, as --help and the man page's synopsis
// show it: the arguments after "promenade", and what it does.
struct Invocation
{
    QString arguments;
    QString summary;
};
const QList<Invocation> &invocations();

// The options of promenade itself (the window's, --help and --version), for the man page and
// the completions.
const QList<QCommandLineOption> &programOptions();

// True when the arguments (without the program name) ask for the command line rather than
// the window: a sub-command, --help or --version, or something that is neither a folder nor
// a window option (which is then rejected as an unknown command).
bool wantsCommandLine(const QStringList &arguments);

// True when the command asked for needs Qt Gui (a QGuiApplication, offscreen will do).
bool needsGui(const QStringList &arguments);

// Runs the command line and returns the process exit code. arguments excludes the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The text of `promenade --help`.
QString helpText();

// What `promenade --generate man|bash|zsh` prints (the build installs it): the man page and
// the shell completions, written from the same tables as --help. Empty for another format.
QString generatedFile(const QString &format);

} // namespace Promenade::Cli
