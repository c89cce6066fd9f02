#include "command.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

void CommandSyntax::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    for (const CommandArgument &argument : arguments)
        parser.addPositionalArgument(argument.name, argument.description);
    parser.addOptions(options);
}

ValueKind valueKind(const QString &name)
{
    if (name.contains(u'|'))
        return ValueKind::Choice;
    if (name == u"PATH" || name.startsWith(u"PATH_"))
        return ValueKind::File;
    if (name == u"DIR" || name == u"REPO")
        return ValueKind::Directory;
    return ValueKind::Text;
}

QStringList valueChoices(const QString &name)
{
    return valueKind(name) == ValueKind::Choice ? name.split(u'|') : QStringList();
}

} // namespace Promenade::Cli
