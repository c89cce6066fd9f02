#include "rendercommand.h"

#include "commandcontext.h"
#include "renderer.h"

#include <QCommandLineParser>

namespace Promenade::Cli {

namespace {

const auto usage
    = QStringLiteral("promenade render DIR [--reorder legacy|none] [--repository-root PATH]");

struct RenderOptions
{
    QCommandLineOption reorder {
        QStringLiteral("reorder"),
        QStringLiteral("output order: legacy (kustomize's default) or none (input order)"),
        QStringLiteral("legacy|none")};
    QCommandLineOption root {
        QStringLiteral("repository-root"),
        QStringLiteral("bases may come from anywhere under PATH (default: the Git work tree)"),
        QStringLiteral("PATH")};
};

CommandSyntax syntax()
{
    const RenderOptions o;
    return {QStringLiteral("Renders a kustomization folder as `kustomize build` does and "
                           "prints the YAML. Nothing in the repository is executed or fetched."),
            {{QStringLiteral("DIR"), QStringLiteral("a folder holding a kustomization")}},
            {o.reorder, o.root}};
}

int run(CommandContext &context)
{
    const RenderOptions o;
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, syntax(), usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("render takes exactly one folder"), usage);

    Kustomize::Renderer::Options options;
    if (parser.isSet(o.reorder)) {
        const QString order = parser.value(o.reorder);
        if (order == u"legacy")
            options.reorder = Kustomize::Renderer::Reorder::Legacy;
        else if (order == u"none")
            options.reorder = Kustomize::Renderer::Reorder::None;
        else
            return context.usageError(QStringLiteral("--reorder must be legacy or none"), usage);
    }
    options.repositoryRoot = parser.value(o.root);
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
            QStringLiteral("render a kustomization folder (as kustomize build)"), usage, &run,
            syntax()};
}

} // namespace Promenade::Cli
