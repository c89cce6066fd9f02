#include "commandcontext.h"

#include "command.h"
#include "terminaltext.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

CommandContext::CommandContext(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{ }

int CommandContext::fail(const Error &error)
{
    // Messages quote files, servers and their answers: escaped, so that none reaches the
    // terminal as a control sequence.
    m_err << "promenade: " << terminalSafe(error.toString()) << Qt::endl;
    return error.exitCode();
}

int CommandContext::usageError(const QString &message, const QString &usage)
{
    m_err << "promenade: " << terminalSafe(message) << Qt::endl << "usage: " << usage << Qt::endl;
    return 2;
}

std::optional<int> CommandContext::parse(QCommandLineParser &parser, const CommandSyntax &syntax,
                                         const QString &usage, const QString &helpFooter)
{
    syntax.addTo(parser);
    if (!parser.parse(m_arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << "usage: " << usage << "\n\n" << parser.helpText().section(u'\n', 2) << helpFooter;
        return 0;
    }
    return std::nullopt;
}

} // namespace Promenade::Cli
