#pragma once

#include "cli/command.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Promenade::Cli {

// The table of sub-commands, in the order --help lists them.
const QList<Command> &commands();

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

} // namespace Promenade::Cli
