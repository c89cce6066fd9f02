#include "statuscommand.h"

#include "cachedstatus.h"
#include "mutabletags.h"

#include "commandcontext.h"
#include "repositorydiscovery.h"
#include "statuscache.h"
#include "statuscollector.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

namespace Promenade::Cli {

namespace {

const auto usage = QStringLiteral("promenade status REPO [--format table|json] [--timeout SECONDS] "
                                  "[--trust-repository-endpoints]");

struct StatusOptions
{
    QCommandLineOption format {QStringLiteral("format"), QStringLiteral("table (default) or json"),
                               QStringLiteral("table|json"), QStringLiteral("table")};
    QCommandLineOption timeout {QStringLiteral("timeout"),
                                QStringLiteral("seconds the whole status may take; what has not "
                                               "answered by then is reported (default 15)"),
                                QStringLiteral("SECONDS"), QStringLiteral("15")};
    QCommandLineOption trust {QStringLiteral("trust-repository-endpoints"),
                              QStringLiteral("send your tokens to the endpoints promenade.yaml "
                                             "names, trusted or not (CI, on your own repository)")};
};

CommandSyntax syntax()
{
    const StatusOptions o;
    return {QStringLiteral("The pipeline matrix: for each app and environment what the overlay "
                           "declares, what Argo CD runs, what the "
                           "registry offers, with drift and certificates. Endpoints come from "
                           "promenade.yaml; credentials from the "
                           "usual places."),
            {{QStringLiteral("REPO"), QStringLiteral("the GitOps repository")}},
            {o.format, o.timeout, o.trust}};
}

int run(CommandContext &context)
{
    const StatusOptions o;
    const QCommandLineOption &format = o.format;
    const QCommandLineOption &timeout = o.timeout;
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, syntax(), usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("one repository is needed"), usage);
    if (parser.value(format) != u"table" && parser.value(format) != u"json")
        return context.usageError(
            QStringLiteral("unknown format '%1' (table or json)").arg(parser.value(format)), usage);
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return context.usageError(QStringLiteral("--timeout needs a number of seconds"), usage);
    if (parser.isSet(o.trust))
        Clients::EndpointTrust::setTrustRepositoryEndpointsByDefault(true);

    auto pipeline = RepositoryDiscovery::discover(parser.positionalArguments().first());
    if (!pipeline)
        return context.fail(pipeline.error());

    StatusCollector::Options options;
    options.timeout = std::chrono::seconds(seconds);
    options.deadline = std::chrono::seconds(seconds); // the whole status, not each request
    StatusCollector collector(options);
    QEventLoop loop;
    QObject::connect(&collector, &StatusCollector::finished, &loop, &QEventLoop::quit);
    collector.collect(*pipeline);
    loop.exec();
    PipelineStatus status = collector.status();

    // A tag whose digest differs from the one the last status saw has moved: flagged.
    Clients::StatusCache cache;
    if (const auto cached = cache.load(statusCacheKey(pipeline->root))) {
        if (const auto before = PipelineStatus::fromJson(cached->value.toObject()))
            MutableTags::flag(status, &*before);
    }

    // The last known state, so that the window can open offline on it (no secret is in it);
    // a status Argo CD did not answer for (or refused to) would only replace a better one.
    if (status.unreachable.isEmpty() && status.refused.isEmpty()) {
        (void)cache.store(statusCacheKey(pipeline->root), status.toJson(), status.fetchedAt);
    }

    if (parser.value(format) == u"json")
        context.out() << QString::fromUtf8(
            QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
    else
        context.out() << status.toTable();
    return 0;
}

} // namespace

Command statusCommand()
{
    return {
        QStringLiteral("status"),
        QStringLiteral(
            "the pipeline matrix: declared, running and available versions, drift, certificates"),
        usage, &run, syntax()};
}

} // namespace Promenade::Cli
