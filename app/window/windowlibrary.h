#pragma once

#include <QtGlobal>

// The window library (libpromenade_window): everything of the executable that needs Qt Gui —
// the Qt Quick window and the commands that draw (`promenade export`). The executable
// (app/main.cpp) links only what the command line needs and loads this library at run time,
// only when the window opens or such a command runs, so that `promenade diff`, `--version` &c.
// do not pay for loading Qt Gui, Qml and Quick (start-up time and memory).
//
// Both entry points take main()'s arguments and return the process's exit code.
extern "C" {

// Opens the window (a repository, --demo, --present, …) and runs it until it closes.
Q_DECL_EXPORT int promenadeRunWindow(int argc, char *argv[]);

// Runs a command that draws (Command::needsGui) under a QGuiApplication, offscreen unless
// QT_QPA_PLATFORM says otherwise.
Q_DECL_EXPORT int promenadeRunGuiCommand(int argc, char *argv[]);
}
