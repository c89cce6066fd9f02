#include "exportcommand.h"

#include "cachedstatus.h"
#include "commandcontext.h"
#include "exportsyntax.h"
#include "matrixdrawing.h"
#include "pipelinedrawing.h"
#include "pipelinesvgexporter.h"
#include "repositorydiscovery.h"
#include "statuscache.h"
#include "statuscollector.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>

#include <memory>

namespace Promenade::Cli {

namespace {

// Above this many apps the compact matrix is drawn unless --layout says otherwise (the window
// switches to its matrix at the same number).
constexpr int matrixThreshold = 12;

// The status to draw: live when promenade.yaml names the services (the last good one, marked,
// when Argo CD cannot be reached), else the cached one of an earlier run, else none.
std::pair<std::optional<PipelineStatus>, Export::AsOf> statusFor(const Pipeline &pipeline,
                                                                 bool offline, int seconds)
{
    Clients::StatusCache cache;
    const QString key = statusCacheKey(pipeline.root);
    const std::optional<PipelineStatus> cached = cachedStatus(pipeline.root);
    const bool configured = !pipeline.argoCd.isEmpty() || !pipeline.registries.isEmpty()
        || !pipeline.clusterContexts.isEmpty();
    if (offline || !configured) {
        if (cached)
            return {cached, {cached->fetchedAt, true, {}}};
        return {std::nullopt, {}};
    }
    StatusCollector::Options options;
    options.timeout = std::chrono::seconds(seconds);
    options.deadline = std::chrono::seconds(seconds); // the whole status, not each request
    StatusCollector collector(options);
    QEventLoop loop;
    QObject::connect(&collector, &StatusCollector::finished, &loop, &QEventLoop::quit);
    collector.collect(pipeline);
    loop.exec();
    const PipelineStatus &live = collector.status();
    const QString problem = live.unreachable.isEmpty()
        ? QString()
        : QCoreApplication::translate("ExportCommand", "%1 unreachable")
              .arg(live.unreachable.join(QStringLiteral(", ")));
    if (!problem.isEmpty() && cached && cached->knowsWhatRuns())
        return {cached, {cached->fetchedAt, true, problem}};
    if (problem.isEmpty())
        (void)cache.store(key, live.toJson(), live.fetchedAt);
    return {live, {live.fetchedAt, false, problem}};
}

int run(CommandContext &context)
{
    const QString usage = exportUsage();
    const ExportOptions o;
    const QCommandLineOption &output = o.output;
    const QCommandLineOption &format = o.format;
    const QCommandLineOption &scale = o.scale;
    const QCommandLineOption &offline = o.offline;
    const QCommandLineOption &timeout = o.timeout;
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, exportSyntax(), usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("one repository is needed"), usage);
    if (!parser.isSet(output))
        return context.usageError(QStringLiteral("--output FILE is needed"), usage);
    const QString file = parser.value(output);
    const QString kind = parser.isSet(format) ? parser.value(format).toLower()
                                              : QFileInfo(file).suffix().toLower();
    if (kind != u"svg" && kind != u"png")
        return context.usageError(
            parser.isSet(format)
                ? QStringLiteral("unknown format '%1' (svg or png)").arg(parser.value(format))
                : QStringLiteral(
                    "--format svg|png is needed when the output is not a .svg or .png file"),
            usage);
    bool ok = false;
    const double pixels = parser.value(scale).toDouble(&ok);
    if (!ok || pixels < 1 || pixels > 4)
        return context.usageError(QStringLiteral("--scale needs a number from 1 to 4"), usage);
    const QString layout = parser.value(o.layout).toLower();
    if (parser.isSet(o.layout) && layout != u"graph" && layout != u"matrix")
        return context.usageError(
            QStringLiteral("unknown layout '%1' (graph or matrix)").arg(parser.value(o.layout)),
            usage);
    if (layout == u"graph" && parser.isSet(o.onlyDifferences))
        return context.usageError(
            QStringLiteral("--only-differences draws the matrix; it cannot go with --layout graph"),
            usage);
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return context.usageError(QStringLiteral("--timeout needs a number of seconds"), usage);
    if (parser.isSet(o.trust))
        Clients::EndpointTrust::setTrustRepositoryEndpointsByDefault(true);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(
            Error(Error::Kind::Failed,
                  QStringLiteral("export needs Qt Gui (fonts), which this process did not start")));

    auto pipeline = RepositoryDiscovery::discover(parser.positionalArguments().first());
    if (!pipeline)
        return context.fail(pipeline.error());
    const auto [status, asOf] = statusFor(*pipeline, parser.isSet(offline), seconds);
    int apps = 0;
    for (const Environment &env : pipeline->environments)
        apps = std::max(apps, static_cast<int>(env.images.size()));
    const bool matrix = layout == u"matrix" || parser.isSet(o.onlyDifferences)
        || (layout.isEmpty() && apps > matrixThreshold);
    std::unique_ptr<Export::Drawing> drawing;
    if (matrix)
        drawing = std::make_unique<Export::MatrixDrawing>(
            *pipeline, status, asOf,
            Export::MatrixDrawing::Options {parser.isSet(o.onlyDifferences)});
    else
        drawing = std::make_unique<Export::PipelineDrawing>(*pipeline, status, asOf);
    const Export::PipelineSvgExporter exporter(*drawing);
    const Status written
        = kind == u"svg" ? exporter.writeSvg(file) : exporter.writePng(file, pixels);
    if (!written) {
        // Too large: say what would fit (the matrix, only what differs).
        if (written.error().kind() == Error::Kind::BadInput && !matrix)
            return context.fail(Error(written.error().kind(),
                                      written.error().message()
                                          + QStringLiteral(" (--layout matrix, "
                                                           "--only-differences, or --format svg)"))
                                    .at(file));
        return context.fail(written.error());
    }
    const QSizeF size = kind == u"svg" ? drawing->size() : drawing->size() * pixels;
    context.out() << "Wrote " << file << " (" << kind.toUpper() << ", "
                  << (matrix ? "matrix, " : "") << qRound(size.width()) << "×"
                  << qRound(size.height()) << ", " << drawing->stamp() << ")\n";
    return 0;
}

} // namespace

Command exportCommand()
{
    return exportCommandEntry(&run);
}

} // namespace Promenade::Cli
