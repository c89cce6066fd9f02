#include "changescommand.h"

#include "commandcontext.h"
#include "releasechangesfinder.h"
#include "repositorydiscovery.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

namespace Promenade::Cli {

namespace {

const auto usage = QStringLiteral("promenade changes REPO --app APP --from ENV --to ENV [--format "
                                  "text|json|markdown] [--timeout SECONDS]");

struct ChangesOptions
{
    QCommandLineOption app {QStringLiteral("app"), QStringLiteral("the application"),
                            QStringLiteral("APP")};
    QCommandLineOption from {QStringLiteral("from"),
                             QStringLiteral("the environment whose build is promoted"),
                             QStringLiteral("ENV")};
    QCommandLineOption to {
        QStringLiteral("to"),
        QStringLiteral("the environment it goes to (what runs there is the base)"),
        QStringLiteral("ENV")};
    QCommandLineOption format {QStringLiteral("format"),
                               QStringLiteral("text (default), json or markdown"),
                               QStringLiteral("text|json|markdown"), QStringLiteral("text")};
    QCommandLineOption timeout {QStringLiteral("timeout"),
                                QStringLiteral("seconds to wait for a silent server (default 15)"),
                                QStringLiteral("SECONDS"), QStringLiteral("15")};
};

CommandSyntax syntax()
{
    const ChangesOptions o;
    return {QStringLiteral("What a promotion ships: the application's commits and pull requests "
                           "between the build the target "
                           "environment runs and the one promoted, grouped into breaking changes, "
                           "features and fixes. Each "
                           "build's source comes from its image's "
                           "org.opencontainers.image.source/revision labels, a sha-<commit> "
                           "tag or promenade.yaml (apps[].source); the commits from GitHub's "
                           "comparison, or from a local clone "
                           "when promenade.yaml names one (first-parent, no network). Exit code 1 "
                           "when the changes cannot be "
                           "known; the sentence says why."),
            {{QStringLiteral("REPO"), QStringLiteral("the GitOps repository")}},
            {o.app, o.from, o.to, o.format, o.timeout}};
}

int run(CommandContext &context)
{
    const ChangesOptions o;
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, syntax(), usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("one repository is needed"), usage);
    for (const QCommandLineOption *needed : {&o.app, &o.from, &o.to}) {
        if (parser.value(*needed).isEmpty())
            return context.usageError(QStringLiteral("--%1 is needed").arg(needed->names().first()),
                                      usage);
    }
    const QString format = parser.value(o.format);
    if (format != u"text" && format != u"json" && format != u"markdown")
        return context.usageError(
            QStringLiteral("unknown format '%1' (text, json or markdown)").arg(format), usage);
    bool ok = false;
    const int seconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return context.usageError(QStringLiteral("--timeout needs a number of seconds"), usage);

    auto pipeline = RepositoryDiscovery::discover(parser.positionalArguments().first());
    if (!pipeline)
        return context.fail(pipeline.error());
    const QString app = parser.value(o.app);
    ReleaseChangesFinder::Request request;
    request.app = app;
    for (const auto &[option, build] :
         {std::pair {&o.from, &request.to}, std::pair {&o.to, &request.from}}) {
        const QString name = parser.value(*option);
        const Environment *env = pipeline->environment(name);
        if (!env)
            return context.fail(
                Error(Error::Kind::NotFound,
                      QStringLiteral("no environment '%1' in %2").arg(name, pipeline->root)));
        const DeclaredImage *image = env->imageFor(app);
        if (!image)
            return context.fail(Error(Error::Kind::NotFound,
                                      QStringLiteral("%1 does not deploy '%2'").arg(name, app)));
        *build = {image->repository, image->tag, image->digest};
    }

    ReleaseChangesFinder::Setup setup = ReleaseChangesFinder::Setup::from(*pipeline);
    setup.timeout = std::chrono::seconds(seconds);
    ReleaseChangesFinder finder;
    QEventLoop loop;
    ReleaseChanges changes;
    finder.find(request, setup, &loop, [&](ReleaseChanges result) {
        changes = std::move(result);
        loop.quit();
    });
    loop.exec();

    if (format == u"json")
        context.out() << QString::fromUtf8(
            QJsonDocument(changes.toJson()).toJson(QJsonDocument::Indented));
    else if (format == u"markdown")
        context.out() << changes.toMarkdown();
    else
        context.out() << changes.toText();
    return changes.isKnown() ? 0 : 1;
}

} // namespace

Command changesCommand()
{
    return {QStringLiteral("changes"),
            QStringLiteral("what a promotion ships: the application's commits and pull requests "
                           "between two builds"),
            usage, &run, syntax()};
}

} // namespace Promenade::Cli
