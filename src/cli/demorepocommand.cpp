#include "cli/demorepocommand.h"

#include "cli/commandcontext.h"
#include "demo/demorepository.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

namespace {

const auto usage = QStringLiteral("promenade demo-repo DIR [--origin PATH]");

int run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the demo GitOps repository: the roadmap's three phases "
                                                    "with a Git history, and a bare origin remote beside it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("a new or empty folder"));
    const QCommandLineOption originOption(QStringLiteral("origin"),
                                          QStringLiteral("where the bare origin goes (default: DIR-origin.git)"),
                                          QStringLiteral("PATH"));
    parser.addOption(originOption);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText(), usage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << "usage: " << usage << "\n\n" << parser.helpText().section(u'\n', 2);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("demo-repo takes exactly one folder"), usage);

    Demo::DemoRepository::Options options;
    options.originPath = parser.value(originOption);
    auto created = Demo::DemoRepository::generate(positional.first(), options);
    if (!created)
        return context.fail(created.error());
    context.out() << "Created the demo GitOps repository in " << created->workTree << " (" << created->commits
                  << " commits)\n"
                  << "Its origin remote is " << created->originPath << '\n';
    return 0;
}

} // namespace

Command demoRepoCommand()
{
    return {QStringLiteral("demo-repo"), QStringLiteral("write the demo GitOps repository (all three roadmap phases)"),
            usage, &run};
}

} // namespace Promenade::Cli
