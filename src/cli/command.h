#pragma once

#include <QString>

namespace Promenade::Cli {

class CommandContext;

// One sub-command of `promenade`: its name, a one-line summary for --help, the usage line,
// and the function that runs it and returns the process exit code
// (0 success, 1 refused or failed, 2 bad usage or bad input).
struct Command
{
    QString name;
    QString summary;
    QString usage;
    int (*run)(CommandContext &context);
    // Draws text (fonts need Qt Gui): the executable starts a QGuiApplication, offscreen.
    bool needsGui = false;
};

} // namespace Promenade::Cli
