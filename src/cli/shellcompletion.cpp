#include "shellcompletion.h"

#include "cli.h"

namespace Promenade::Cli::ShellCompletion {

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QStringList optionWords(const QList<QCommandLineOption> &options)
{
    QStringList words;
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names())
            words << dashed(name);
    }
    return words;
}

// The options that take a value: the word after one is that value, never a command.
QStringList valueOptionWords(const QList<QCommandLineOption> &options)
{
    QStringList words;
    for (const QCommandLineOption &option : options) {
        if (!option.valueName().isEmpty())
            words << optionWords({option});
    }
    return words;
}

// What the positional arguments of a command complete to: files when one is a path, folders
// when one is a repository or a folder, nothing otherwise (environment and app names are free).
ValueKind argumentKind(const QList<CommandArgument> &arguments)
{
    ValueKind kind = ValueKind::Text;
    for (const CommandArgument &argument : arguments) {
        const ValueKind k = valueKind(argument.name);
        if (k == ValueKind::File)
            return k;
        if (k == ValueKind::Directory)
            kind = k;
    }
    return kind;
}

// bash: the compgen call for a value of this kind.
QString bashValues(ValueKind kind, const QString &valueName)
{
    switch (kind) {
    case ValueKind::Choice:
        return QStringLiteral("COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))")
            .arg(valueChoices(valueName).join(u' '));
    case ValueKind::File:
        return QStringLiteral(
            "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))");
    case ValueKind::Directory:
        return QStringLiteral(
            "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))");
    case ValueKind::Text:
        break;
    }
    return QStringLiteral("COMPREPLY=()");
}

// bash: a case arm per option that takes a value, completing that value.
QString bashValueCases(const QList<QCommandLineOption> &options, const QString &indent)
{
    QString out;
    for (const QCommandLineOption &option : options) {
        if (option.valueName().isEmpty())
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names << dashed(name);
        out += indent + names.join(u'|') + QStringLiteral(") ")
            + bashValues(valueKind(option.valueName()), option.valueName())
            + QStringLiteral("; return ;;\n");
    }
    return out;
}

// zsh: text inside single quotes and inside an _arguments description ([...]).
QString zshDescription(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'[', QStringLiteral("\\["));
    out.replace(u']', QStringLiteral("\\]"));
    out.replace(u':', QStringLiteral("\\:"));
    out.replace(u'\'', QStringLiteral("'\\''"));
    return out;
}

QString zshAction(ValueKind kind, const QString &valueName)
{
    switch (kind) {
    case ValueKind::Choice:
        return QStringLiteral("(") + valueChoices(valueName).join(u' ') + u')';
    case ValueKind::File:
        return QStringLiteral("_files");
    case ValueKind::Directory:
        return QStringLiteral("_directories");
    case ValueKind::Text:
        break;
    }
    return QStringLiteral(" ");
}

// zsh: one _arguments spec per option: '(-h --help)'{-h,--help}'[show the help]' or
// '--format=[output format]:text|json:(text json)'.
QStringList zshOptionSpecs(const QList<QCommandLineOption> &options)
{
    QStringList specs;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << dashed(name);
        const QString value = option.valueName().isEmpty()
            ? QString()
            : QStringLiteral(":%1:%2").arg(
                zshDescription(option.valueName()),
                zshAction(valueKind(option.valueName()), option.valueName()));
        const QString description = u'[' + zshDescription(option.description()) + u']';
        if (names.size() == 1) {
            specs << u'\'' + names.first() + (value.isEmpty() ? QString() : QStringLiteral("="))
                    + description + value + u'\'';
        } else {
            specs << QStringLiteral("'(%1)'{%2}'%3%4'")
                         .arg(names.join(u' '), names.join(u','), description, value);
        }
    }
    return specs;
}

QList<QCommandLineOption> withHelp(const QList<QCommandLineOption> &options)
{
    QList<QCommandLineOption> all {{{QStringLiteral("h"), QStringLiteral("help")},
                                    QStringLiteral("show the command's usage and options")}};
    all += options;
    return all;
}

} // namespace

QString bash()
{
    QStringList names;
    for (const Command &command : commands())
        names << command.name;

    QString out;
    out += QStringLiteral(
               "# bash completion for promenade, written by `promenade --generate bash` from the "
               "tables behind --help.\n"
               "_promenade()\n"
               "{\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "    local command='' i\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        case ${COMP_WORDS[i-1]} in\n"
               "            %2) continue ;;\n"
               "        esac\n"
               "        case ${COMP_WORDS[i]} in\n"
               "            %1) command=${COMP_WORDS[i]}; break ;;\n"
               "        esac\n"
               "    done\n"
               "    case $command in\n"
               "        '')\n"
               "            case $prev in\n")
               .arg(names.join(u'|'), valueOptionWords(programOptions()).join(u'|'));
    out += bashValueCases(programOptions(), QStringLiteral("                "));
    out += QStringLiteral("            esac\n"
                          "            if [[ $cur == -* ]]; then\n"
                          "                COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n"
                          "            else\n"
                          "                compopt -o filenames 2>/dev/null\n"
                          "                COMPREPLY=($(compgen -W \"%2\" -- \"$cur\") $(compgen "
                          "-d -- \"$cur\"))\n"
                          "            fi\n"
                          "            ;;\n")
               .arg(optionWords(programOptions()).join(u' '), names.join(u' '));
    for (const Command &command : commands()) {
        const QList<QCommandLineOption> options = withHelp(command.syntax.options);
        out += QStringLiteral("        %1)\n            case $prev in\n").arg(command.name);
        out += bashValueCases(options, QStringLiteral("                "));
        out += QStringLiteral("            esac\n"
                              "            if [[ $cur == -* ]]; then\n"
                              "                COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n"
                              "            else\n"
                              "                %2\n"
                              "            fi\n"
                              "            ;;\n")
                   .arg(optionWords(options).join(u' '),
                        bashValues(argumentKind(command.syntax.arguments), {}));
    }
    out += QStringLiteral("    esac\n}\ncomplete -F _promenade promenade\n");
    return out;
}

QString zsh()
{
    QString out;
    out += QStringLiteral("#compdef promenade\n"
                          "# zsh completion for promenade, written by `promenade --generate zsh` "
                          "from the tables behind --help.\n\n"
                          "_promenade() {\n"
                          "    local curcontext=$curcontext state line\n"
                          "    local -a commands\n"
                          "    commands=(\n");
    for (const Command &command : commands())
        out += QStringLiteral("        '%1:%2'\n")
                   .arg(command.name, zshDescription(command.summary));
    out += QStringLiteral("    )\n    _arguments -C \\\n");
    for (const QString &spec : zshOptionSpecs(programOptions()))
        out += QStringLiteral("        ") + spec + QStringLiteral(" \\\n");
    out += QStringLiteral("        '1: :->command' \\\n"
                          "        '*:: :->arguments'\n"
                          "    case $state in\n"
                          "        command)\n"
                          "            _describe -t commands 'promenade command' commands\n"
                          "            _directories\n"
                          "            ;;\n"
                          "        arguments)\n"
                          "            case $words[1] in\n");
    for (const Command &command : commands()) {
        out += QStringLiteral("                %1)\n                    _arguments \\\n")
                   .arg(command.name);
        for (const QString &spec : zshOptionSpecs(withHelp(command.syntax.options)))
            out += QStringLiteral("                        ") + spec + QStringLiteral(" \\\n");
        const ValueKind kind = argumentKind(command.syntax.arguments);
        out += QStringLiteral("                        '*: :%1'\n                    ;;\n")
                   .arg(zshAction(kind, {}));
    }
    out += QStringLiteral("            esac\n"
                          "            ;;\n"
                          "    esac\n"
                          "}\n\n"
                          "_promenade \"$@\"\n");
    return out;
}

} // namespace Promenade::Cli::ShellCompletion
