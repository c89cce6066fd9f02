#pragma once

#include "common/error.h"

#include <QStringList>
#include <QTextStream>

namespace Promenade::Cli {

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

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Promenade::Cli
