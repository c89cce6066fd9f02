#pragma once

#include "command.h"

#include <QCommandLineOption>

namespace Promenade::Cli {

// What `promenade export` takes, on Qt Core alone: the table of commands (--help, the man page,
// the completions) lists it from here. The command itself draws with Qt Gui, so it runs in the
// window library (app/window/exportcommand.cpp), which the executable loads only to run it.
struct ExportOptions
{
    QCommandLineOption output {QStringLiteral("output"),
                               QStringLiteral("the file to write (replaced atomically)"),
                               QStringLiteral("FILE")};
    QCommandLineOption format {QStringLiteral("format"),
                               QStringLiteral("svg or png (default: the output's extension)"),
                               QStringLiteral("svg|png")};
    QCommandLineOption scale {QStringLiteral("scale"),
                              QStringLiteral("PNG pixels per drawing pixel, 1 to 4 (default 2)"),
                              QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption offline {
        QStringLiteral("offline"),
        QStringLiteral("do not ask the services; use the last known status")};
    QCommandLineOption timeout {QStringLiteral("timeout"),
                                QStringLiteral("seconds the live status may take; what has not "
                                               "answered by then is reported (default 15)"),
                                QStringLiteral("SECONDS"), QStringLiteral("15")};
    QCommandLineOption layout {
        QStringLiteral("layout"),
        QStringLiteral("graph (environments as cards) or matrix (a compact table of apps × "
                       "environments, sized for a slide); default: the matrix above 12 apps"),
        QStringLiteral("graph|matrix")};
    QCommandLineOption onlyDifferences {
        QStringLiteral("only-differences"),
        QStringLiteral("the matrix of only the apps whose environments differ or need attention")};
    QCommandLineOption trust {QStringLiteral("trust-repository-endpoints"),
                              QStringLiteral("send your tokens to the endpoints promenade.yaml "
                                             "names, trusted or not (CI, on your own repository)")};
};

QString exportUsage();
CommandSyntax exportSyntax();

// The table's entry for export, with the function that runs it (needsGui is set).
Command exportCommandEntry(int (*run)(CommandContext &context));

} // namespace Promenade::Cli
