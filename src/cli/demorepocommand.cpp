#include "demorepocommand.h"

#include "commandcontext.h"
#include "demorepository.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

namespace {

const auto usage = QStringLiteral("promenade demo-repo DIR [--origin PATH] [--apps N]");

QCommandLineOption originOption()
{
    return {QStringLiteral("origin"),
            QStringLiteral("where the bare origin goes (default: DIR-origin.git)"),
            QStringLiteral("PATH")};
}

QCommandLineOption appsOption()
{
    return {QStringLiteral("apps"),
            QStringLiteral("how many apps in all (default 2: the blog and SignConnect); more adds "
                           "synthetic services, each with a "
                           "base and three overlays"),
            QStringLiteral("N"), QStringLiteral("2")};
}

CommandSyntax syntax()
{
    return {QStringLiteral("Writes the demo GitOps repository: the roadmap's three phases "
                           "with a Git history, and a bare origin remote beside it."),
            {{QStringLiteral("DIR"), QStringLiteral("a new or empty folder")}},
            {originOption(), appsOption()}};
}

int run(CommandContext &context)
{
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, syntax(), usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("demo-repo takes exactly one folder"), usage);

    Demo::DemoRepository::Options options;
    options.originPath = parser.value(originOption());
    bool validApps = false;
    options.apps = parser.value(appsOption()).toInt(&validApps);
    if (!validApps || options.apps < 2 || options.apps > 5000)
        return context.usageError(QStringLiteral("--apps takes a number from 2 to 5000"), usage);
    auto created = Demo::DemoRepository::generate(positional.first(), options);
    if (!created)
        return context.fail(created.error());
    context.out() << "Created the demo GitOps repository in " << created->workTree << " (";
    if (options.apps > 2)
        context.out() << options.apps << " apps, ";
    context.out() << created->commits << " commits)\n"
                  << "Its origin remote is " << created->originPath << '\n'
                  << "The applications' source repositories are in " << created->sourcesPath
                  << '\n';
    return 0;
}

} // namespace

Command demoRepoCommand()
{
    return {QStringLiteral("demo-repo"),
            QStringLiteral("write the demo GitOps repository (all three roadmap phases)"), usage,
            &run, syntax()};
}

} // namespace Promenade::Cli
