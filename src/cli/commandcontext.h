#pragma once

#include "error.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Promenade::Cli {

struct CommandSyntax;

// What a command runs with: its arguments (the command name first, as QCommandLineParser
// expects) and the two output streams. Tests pass string-backed streams to run commands
// in-process; the executable passes stdout and stderr.
class CommandContext
{
public:
    CommandContext(QStringList arguments, QTextStream &out, QTextStream &err);

    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "promenade: <error>" as one line on stderr and returns the error's exit code.
    int fail(const Error &error);
    // Prints "promenade <command>: <message>" and the usage line; returns 2.
    int usageError(const QString &message, const QString &usage);
    // Sets the parser up from the syntax and parses the arguments. Returns the exit code when
    // the command is done already — the arguments were wrong (2, with the usage line) or
    // --help was asked (0, after the help and `helpFooter`) — else nothing: go on.
    [[nodiscard]] std::optional<int> parse(QCommandLineParser &parser, const CommandSyntax &syntax,
                                           const QString &usage, const QString &helpFooter = {});

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Promenade::Cli
