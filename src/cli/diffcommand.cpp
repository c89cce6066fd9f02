#include "diffcommand.h"

#include "commandcontext.h"
#include "diffjson.h"
#include "diffsettings.h"
#include "environmentcomparison.h"
#include "folderdiff.h"
#include "repositorydiscovery.h"
#include "terminaltext.h"
#include "unifieddiff.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Promenade::Cli {

namespace {

using namespace Promenade::Diff;

const auto usage = QStringLiteral("promenade diff REPO ENV_A ENV_B [--app APP] [--mode "
                                  "files|rendered] [--format text|json] [--exit-code] "
                                  "[--context N] [--ignore FIELD]... [--no-ignore]\n       "
                                  "promenade diff --no-index PATH_A PATH_B "
                                  "[--format text|json] [--exit-code] [--context N]");

enum class Format { Text, Json };

// What the command line asked for. The two modes share the options and the output; only
// how the FileComparisons are produced differs.
struct DiffRequest
{
    enum class Mode { NoIndex, Environments };
    Mode mode = Mode::NoIndex;
    QStringList positional;
    QString app;
    EnvironmentComparison::Mode comparison = EnvironmentComparison::Mode::Rendered;
    Format format = Format::Text;
    bool exitCode = false;
    ComparisonOptions options;
    QStringList ignore; // --ignore
    bool noIgnore = false; // --no-ignore: not promenade.yaml's diff.ignore
};

QString textReport(const QList<FileComparison> &files)
{
    QString out;
    QString semantic;
    for (const FileComparison &f : files) {
        if (!f.hasChanges())
            continue;
        out += UnifiedDiff::format(f.text);
        if (f.kubernetes && f.semantic.hasChanges()) {
            semantic += f.text.displayPath() + u'\n';
            // A file added or removed as a whole: its text is in the unified diff already.
            const bool wholeFile = f.text.status != FileDiff::Status::Modified;
            for (const QString &line :
                 f.semantic.toText(!wholeFile).split(u'\n', Qt::SkipEmptyParts))
                semantic += QStringLiteral("  ") + line + u'\n';
        } else if (!f.semanticError.isEmpty()) {
            semantic += f.text.displayPath() + QStringLiteral("\n  (no semantic diff: ")
                + f.semanticError + u")\n";
        }
    }
    if (!semantic.isEmpty())
        out += QStringLiteral("\n# Kubernetes changes\n") + semantic;
    return out;
}

int write(CommandContext &context, const DiffRequest &request, const QList<FileComparison> &files,
          const QString &left, const QString &right)
{
    bool changed = false;
    for (const FileComparison &f : files)
        changed = changed || f.hasChanges();
    if (request.format == Format::Json) {
        const QJsonObject report = DiffJson::report(files, left, right);
        context.out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        const QString report = textReport(files);
        // Escaped only when it must be (no copy of a large report otherwise).
        if (needsTerminalEscape(report, TerminalLines::Multi))
            context.out() << terminalSafe(report, TerminalLines::Multi);
        else
            context.out() << report;
    }
    context.out().flush();
    return request.exitCode && changed ? 1 : 0;
}

int runNoIndex(CommandContext &context, const DiffRequest &request)
{
    if (request.positional.size() != 2)
        return context.usageError(QStringLiteral("diff --no-index takes exactly two paths"), usage);
    // Two files are mapped, not copied: a file truncated meanwhile ends the command with an
    // error (MappedFile), which only a process run for this one comparison may do.
    ComparisonOptions options = request.options;
    options.mapFiles = true;
    const auto files = FolderDiff::compare(request.positional[0], request.positional[1], options);
    if (!files)
        return context.fail(files.error());
    return write(context, request, *files, request.positional[0], request.positional[1]);
}

// promenade diff REPO ENV_A ENV_B: the two environments' overlays (files) or what the
// kustomize engine renders for them (rendered), written like runNoIndex.
int runEnvironments(CommandContext &context, const DiffRequest &request)
{
    if (request.positional.size() != 3) {
        return context.usageError(
            QStringLiteral(
                "diff takes a repository and two environments (or --no-index and two paths)"),
            usage);
    }
    const auto pipeline = RepositoryDiscovery::discover(request.positional[0]);
    if (!pipeline)
        return context.fail(pipeline.error());
    EnvironmentComparison::Request comparison;
    comparison.left = request.positional[1];
    comparison.right = request.positional[2];
    comparison.app = request.app;
    comparison.mode = request.comparison;
    comparison.options = request.options;
    if (request.comparison == EnvironmentComparison::Mode::Rendered) {
        // promenade.yaml's rules (unless --no-ignore), then the command line's.
        if (!request.noIgnore) {
            const auto settings = DiffSettings::load(pipeline->root);
            if (!settings)
                return context.fail(settings.error());
            comparison.ignore = settings->ignore;
        }
        comparison.ignore += request.ignore;
    }
    const auto files = EnvironmentComparison::compare(*pipeline, comparison);
    if (!files)
        return context.fail(files.error());
    return write(context, request, *files, comparison.left, comparison.right);
}

// The options of both forms (REPO ENV_A ENV_B, and --no-index PATH_A PATH_B).
struct DiffOptions
{
    QCommandLineOption noIndex {
        QStringLiteral("no-index"),
        QStringLiteral("compare two files or folders directly, like git diff --no-index")};
    QCommandLineOption app {
        QStringLiteral("app"),
        QStringLiteral("compare one app only (default: every app, and infrastructure)"),
        QStringLiteral("APP")};
    QCommandLineOption mode {QStringLiteral("mode"),
                             QStringLiteral("rendered (default): what kustomize renders for each "
                                            "environment; files: the overlay files"),
                             QStringLiteral("files|rendered"), QStringLiteral("rendered")};
    QCommandLineOption format {QStringLiteral("format"),
                               QStringLiteral("output format: text (default) or json"),
                               QStringLiteral("text|json"), QStringLiteral("text")};
    QCommandLineOption exitCode {QStringLiteral("exit-code"),
                                 QStringLiteral("exit with 1 when there are differences")};
    QCommandLineOption context {QStringLiteral("context"),
                                QStringLiteral("lines of context around changes (default 3)"),
                                QStringLiteral("N"), QStringLiteral("3")};
    QCommandLineOption ignoreNamespace {
        QStringLiteral("ignore-namespace"),
        QStringLiteral("match Kubernetes resources whatever their namespace")};
    QCommandLineOption namePrefix {
        QStringLiteral("name-prefix"),
        QStringLiteral("ignore this name prefix when matching resources (repeatable)"),
        QStringLiteral("PREFIX")};
    QCommandLineOption nameSuffix {
        QStringLiteral("name-suffix"),
        QStringLiteral("ignore this name suffix when matching resources (repeatable)"),
        QStringLiteral("SUFFIX")};
    QCommandLineOption exactNames {
        QStringLiteral("exact-names"),
        QStringLiteral("do not ignore kustomize's generator hash suffix in names")};
    QCommandLineOption noSemantic {QStringLiteral("no-semantic"), QStringLiteral("line diff only")};
    QCommandLineOption ignore {
        QStringLiteral("ignore"),
        QStringLiteral("leave this field out of the rendered manifests before comparing them, "
                       "e.g. metadata.labels.env (repeatable; added to promenade.yaml's "
                       "diff.ignore)"),
        QStringLiteral("FIELD")};
    QCommandLineOption noIgnore {
        QStringLiteral("no-ignore"),
        QStringLiteral("do not apply promenade.yaml's diff.ignore rules (--ignore still applies)")};
};

CommandSyntax syntax()
{
    const DiffOptions o;
    return {
        QStringLiteral(
            "Compares two environments of a GitOps repository, or (with --no-index) two files or "
            "folders: "
            "a unified diff, and for Kubernetes YAML the changes by resource and field."),
        {{QStringLiteral("REPO"), QStringLiteral("the GitOps repository (without --no-index)")},
         {QStringLiteral("ENV_A"),
          QStringLiteral("the environment compared from (without --no-index)")},
         {QStringLiteral("ENV_B"),
          QStringLiteral("the environment compared to (without --no-index)")},
         {QStringLiteral("PATH_A"), QStringLiteral("the old file or folder (with --no-index)")},
         {QStringLiteral("PATH_B"), QStringLiteral("the new file or folder (with --no-index)")}},
        {o.noIndex, o.app, o.mode, o.format, o.exitCode, o.context, o.ignoreNamespace, o.namePrefix,
         o.nameSuffix, o.exactNames, o.noSemantic, o.ignore, o.noIgnore}};
}

int run(CommandContext &context)
{
    const DiffOptions o;
    const QCommandLineOption &noIndex = o.noIndex;
    const QCommandLineOption &appOption = o.app;
    const QCommandLineOption &modeOption = o.mode;
    const QCommandLineOption &format = o.format;
    const QCommandLineOption &exitCode = o.exitCode;
    const QCommandLineOption &contextOption = o.context;
    const QCommandLineOption &ignoreNamespace = o.ignoreNamespace;
    const QCommandLineOption &namePrefix = o.namePrefix;
    const QCommandLineOption &nameSuffix = o.nameSuffix;
    const QCommandLineOption &exactNames = o.exactNames;
    const QCommandLineOption &noSemantic = o.noSemantic;
    QCommandLineParser parser;
    if (const auto stop = context.parse(
            parser, syntax(), usage,
            QStringLiteral("\nExit codes: 0 compared (with or without differences), 1 differences "
                           "with --exit-code, 2 bad usage or input.\n")))
        return *stop;

    DiffRequest request;
    request.mode
        = parser.isSet(noIndex) ? DiffRequest::Mode::NoIndex : DiffRequest::Mode::Environments;
    request.positional = parser.positionalArguments();
    request.exitCode = parser.isSet(exitCode);
    request.app = parser.value(appOption);
    const QString modeName = parser.value(modeOption);
    if (modeName == u"rendered")
        request.comparison = EnvironmentComparison::Mode::Rendered;
    else if (modeName == u"files")
        request.comparison = EnvironmentComparison::Mode::Files;
    else
        return context.usageError(
            QStringLiteral("unknown mode '%1' (files or rendered)").arg(modeName), usage);
    if (request.mode == DiffRequest::Mode::NoIndex
        && (parser.isSet(appOption) || parser.isSet(modeOption)))
        return context.usageError(
            QStringLiteral("--app and --mode compare environments; they do not go with --no-index"),
            usage);
    request.ignore = parser.values(o.ignore);
    request.noIgnore = parser.isSet(o.noIgnore);
    if ((!request.ignore.isEmpty() || request.noIgnore)
        && (request.mode == DiffRequest::Mode::NoIndex
            || request.comparison != EnvironmentComparison::Mode::Rendered))
        return context.usageError(
            QStringLiteral("--ignore and --no-ignore apply to the rendered comparison of two "
                           "environments (not to --no-index or --mode files)"),
            usage);
    const QString formatName = parser.value(format);
    if (formatName == u"text")
        request.format = Format::Text;
    else if (formatName == u"json")
        request.format = Format::Json;
    else
        return context.usageError(
            QStringLiteral("unknown format '%1' (text or json)").arg(formatName), usage);
    bool ok = false;
    const int contextLines = parser.value(contextOption).toInt(&ok);
    if (!ok || contextLines < 0)
        return context.usageError(QStringLiteral("--context needs a number of lines (0 or more)"),
                                  usage);
    request.options.text.context = contextLines;
    // The text report prints whole lines, removed then added ones: no intra-line ranges nor
    // pairs of lines to compute (JSON lists them).
    if (request.format == Format::Text) {
        request.options.text.intraLine = IntraLineDiff::Granularity::None;
        request.options.text.pairLines = false;
    }
    request.options.semantic = !parser.isSet(noSemantic);
    request.options.semanticOptions.ignoreNamespace = parser.isSet(ignoreNamespace);
    request.options.semanticOptions.ignoreHashSuffix = !parser.isSet(exactNames);
    request.options.semanticOptions.namePrefixes = parser.values(namePrefix);
    request.options.semanticOptions.nameSuffixes = parser.values(nameSuffix);

    switch (request.mode) {
    case DiffRequest::Mode::NoIndex:
        return runNoIndex(context, request);
    case DiffRequest::Mode::Environments:
        return runEnvironments(context, request);
    }
    return 2;
}

} // namespace

Command diffCommand()
{
    return {QStringLiteral("diff"),
            QStringLiteral("compare two environments (or two files or folders), Kubernetes-aware"),
            usage, &run, syntax()};
}

} // namespace Promenade::Cli
