#pragma once

#include <QtGlobal>

// The commands library (libpromenade_commands): the command line with every command and the
// libraries they need (libgit2, Qt Network, QtKeychain …). The executable (app/main.cpp) runs
// `promenade diff` itself, with Qt Core and the diff engine only, and loads this library for
// anything else, so that a diff does not pay for loading libraries it never uses (start-up time
// and memory).
extern "C" {

// What promenadeRunCommands leaves to the window library (app/window/windowlibrary.h).
enum PromenadeCommandsResult : int {
    PromenadeOpenWindow = -1, // no command: open the window (promenadeRunWindow)
    PromenadeRunGuiCommand = -2, // a command that draws (promenadeRunGuiCommand)
};

// Runs the command line of main()'s arguments: the exit code (0 or more), or one of the
// values above.
Q_DECL_EXPORT int promenadeRunCommands(int argc, char *argv[]);
}
