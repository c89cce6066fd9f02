#include "cli/commandcontext.h"

namespace Promenade::Cli {

CommandContext::CommandContext(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
}

int CommandContext::fail(const Error &error)
{
    m_err << "promenade: " << error.toString() << Qt::endl;
    return error.exitCode();
}

int CommandContext::usageError(const QString &message, const QString &usage)
{
    m_err << "promenade: " << message << Qt::endl << "usage: " << usage << Qt::endl;
    return 2;
}

} // namespace Promenade::Cli
