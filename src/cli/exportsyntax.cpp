#include "exportsyntax.h"

namespace Promenade::Cli {

QString exportUsage()
{
    return QStringLiteral("promenade export REPO --output FILE [--format svg|png] [--scale "
                          "N] [--layout graph|matrix] [--only-differences] "
                          "[--offline] [--timeout SECONDS] "
                          "[--trust-repository-endpoints]");
}

CommandSyntax exportSyntax()
{
    const ExportOptions o;
    return {
        QStringLiteral("Draws the pipeline as SVG or PNG: environments in order with their "
                       "clusters, each app's declared and running "
                       "version, sync and health, drift, what is ready to promote, "
                       "certificates, and when the status was known. Live "
                       "status is asked from the services promenade.yaml names; the last known "
                       "one is used offline."),
        {{QStringLiteral("REPO"), QStringLiteral("the GitOps repository")}},
        {o.output, o.format, o.scale, o.layout, o.onlyDifferences, o.offline, o.timeout, o.trust}};
}

Command exportCommandEntry(int (*run)(CommandContext &context))
{
    Command command {QStringLiteral("export"),
                     QStringLiteral("draw the pipeline as SVG or PNG (for slides and documents)"),
                     exportUsage(), run, exportSyntax()};
    command.needsGui = true;
    return command;
}

} // namespace Promenade::Cli
