#include "cli/rendercommand.h"

#include "cli/commandcontext.h"
#include "kustomize/renderer.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

namespace {

const auto usage
    = QStringLiteral("promenade render DIR [--reorder legacy|none] [--repository-root PATH]");

int run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders a kustomization folder as `kustomize build` does and "
                       "prints the YAML. Nothing in the repository is executed or fetched."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("a folder holding a kustomization"));
    const QCommandLineOption reorderOption(
        QStringLiteral("reorder"),
        QStringLiteral("output order: legacy (kustomize's default) or none (input order)"),
        QStringLiteral("ORDER"));
    const QCommandLineOption rootOption(
        QStringLiteral("repository-root"),
        QStringLiteral("bases may come from anywhere under PATH (default: the Git work tree)"),
        QStringLiteral("PATH"));
    parser.addOption(reorderOption);
    parser.addOption(rootOption);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText(), usage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << "usage: " << usage << "\n\n" << parser.helpText().section(u'\n', 2);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("render takes exactly one folder"), usage);

    Kustomize::Renderer::Options options;
    if (parser.isSet(reorderOption)) {
        const QString order = parser.value(reorderOption);
        if (order == u"legacy")
            options.reorder = Kustomize::Renderer::Reorder::Legacy;
        else if (order == u"none")
            options.reorder = Kustomize::Renderer::Reorder::None;
        else
            return context.usageError(QStringLiteral("--reorder must be legacy or none"), usage);
    }
    options.repositoryRoot = parser.value(rootOption);
    Kustomize::Renderer renderer(options);
    auto yaml = renderer.renderYaml(positional.first());
    if (!yaml)
        return context.fail(yaml.error());
    context.out().flush();
    context.out() << QString::fromUtf8(*yaml);
    return 0;
}

} // namespace

Command renderCommand()
{
    return {QStringLiteral("render"),
            QStringLiteral("render a kustomization folder (as kustomize build)"), usage, &run};
}

} // namespace Promenade::Cli
