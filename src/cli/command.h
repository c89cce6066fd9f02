#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Promenade::Cli {

class CommandContext;

// A positional argument of a sub-command, as --help, the man page and the completions show it.
struct CommandArgument
{
    QString name;
    QString description;
};

// What a sub-command takes. The one description that --help, the man page and the shell
// completions are all written from (`promenade --generate man|bash|zsh`), so that they never
// disagree. An option whose value name lists choices ("text|json") completes to them; one named
// PATH, DIR or REPO completes to files or folders.
struct CommandSyntax
{
    QString description;
    QList<CommandArgument> arguments;
    QList<QCommandLineOption> options;

    // Adds the description, --help, the positional arguments and the options to a parser.
    void addTo(QCommandLineParser &parser) const;
};

// What a value or a positional argument completes to, from its name: "text|json" lists its
// choices, PATH (PATH_A, …) is a file or folder, DIR and REPO are folders, anything else is free
// text.
enum class ValueKind { Text, Choice, File, Directory };
[[nodiscard]] ValueKind valueKind(const QString &name);
[[nodiscard]] QStringList valueChoices(const QString &name);

// One sub-command of `promenade`: its name, a one-line summary for --help, the usage line,
// the function that runs it and returns the process exit code
// (0 success, 1 refused or failed, 2 bad usage or bad input), and its syntax.
struct Command
{
    QString name;
    QString summary;
    QString usage;
    int (*run)(CommandContext &context);
    CommandSyntax syntax;
    // Draws text (fonts need Qt Gui): the executable starts a QGuiApplication, offscreen.
    bool needsGui = false;
};

} // namespace Promenade::Cli
