#include "historycommand.h"

#include "commandcontext.h"
#include "promotionhistory.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Promenade::Cli {

namespace {

const auto usage = QStringLiteral(
    "promenade history REPO [--app APP] [--env ENV] [--format table|json] [--limit N]");

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const HistoryEntry &e)
{
    return QJsonObject {
        {QStringLiteral("kind"), e.kindName()},
        {QStringLiteral("app"), orNull(e.app)},
        {QStringLiteral("from"), orNull(e.fromEnvironment)},
        {QStringLiteral("to"), orNull(e.toEnvironment)},
        {QStringLiteral("image"), orNull(e.image)},
        {QStringLiteral("tag"), orNull(e.tag)},
        {QStringLiteral("digest"), orNull(e.digest)},
        {QStringLiteral("previousTag"), orNull(e.previousTag)},
        {QStringLiteral("previousDigest"), orNull(e.previousDigest)},
        {QStringLiteral("file"), orNull(e.file)},
        {QStringLiteral("pinKind"), orNull(e.pinKind)},
        {QStringLiteral("mutableTag"), e.mutableTag},
        {QStringLiteral("mutableTagWarning"), orNull(e.mutableTagWarning)},
        {QStringLiteral("commit"), e.commitId},
        {QStringLiteral("shortCommit"), e.shortCommit()},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("author"),
         QJsonObject {{QStringLiteral("name"), e.authorName},
                      {QStringLiteral("email"), e.authorEmail}}},
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reverted"), e.reverted},
        {QStringLiteral("revertedBy"), orNull(e.revertedBy)},
        {QStringLiteral("reverts"), orNull(e.reverts)},
    };
}

QString fromTo(const HistoryEntry &e)
{
    if (e.fromEnvironment.isEmpty())
        return e.toEnvironment.isEmpty() ? QString() : QStringLiteral("→ %1").arg(e.toEnvironment);
    return QStringLiteral("%1 → %2").arg(e.fromEnvironment, e.toEnvironment);
}

QString note(const HistoryEntry &e)
{
    QStringList parts;
    if (e.reverted)
        parts.append(QStringLiteral("reverted by %1").arg(e.revertedBy.left(7)));
    if (!e.reverts.isEmpty())
        parts.append(QStringLiteral("reverts %1").arg(e.reverts.left(7)));
    if (e.mutableTag)
        parts.append(QStringLiteral("mutable tag"));
    if (!e.previousTag.isEmpty() && e.previousTag != e.tag)
        parts.append(QStringLiteral("was %1").arg(e.previousTag));
    else if (e.previousTag.isEmpty() && e.kind == HistoryEntry::Kind::ImageChange)
        parts.append(QStringLiteral("first pin"));
    return parts.join(QStringLiteral("; "));
}

void printTable(QTextStream &out, const QList<HistoryEntry> &entries)
{
    const QStringList headers {QStringLiteral("DATE (UTC)"), QStringLiteral("KIND"),
                               QStringLiteral("APP"),        QStringLiteral("FROM → TO"),
                               QStringLiteral("TAG"),        QStringLiteral("COMMIT"),
                               QStringLiteral("AUTHOR"),     QStringLiteral("NOTE")};
    QList<QStringList> rows;
    for (const HistoryEntry &e : entries) {
        // Authors, apps, tags and notes come from commits anyone could have made: escaped.
        QStringList row {e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         e.kindName(),
                         e.app,
                         fromTo(e),
                         e.tag,
                         e.shortCommit(),
                         e.authorName,
                         note(e)};
        for (QString &cell : row)
            cell = terminalSafe(cell);
        rows.append(row);
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 == cells.size() ? cells.at(i)
                                          : cells.at(i).leftJustified(widths.at(i) + 2);
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    out << line(headers) << '\n';
    for (const QStringList &row : std::as_const(rows))
        out << line(row) << '\n';
}

struct HistoryOptions
{
    QCommandLineOption app {QStringLiteral("app"), QStringLiteral("only this app"),
                            QStringLiteral("APP")};
    QCommandLineOption env {QStringLiteral("env"),
                            QStringLiteral("only changes from or to this environment"),
                            QStringLiteral("ENV")};
    QCommandLineOption format {QStringLiteral("format"), QStringLiteral("table (default) or json"),
                               QStringLiteral("table|json"), QStringLiteral("table")};
    QCommandLineOption limit {QStringLiteral("limit"), QStringLiteral("at most N entries"),
                              QStringLiteral("N")};
};

CommandSyntax syntax()
{
    const HistoryOptions o;
    return {
        QStringLiteral("Lists promotions, CI image bumps, version changes made without "
                       "Promenade trailers (at any pin: images: entries, patches, manifests, "
                       "Image Updater write-back files, Helm values, chart versions), and "
                       "reverts, newest first, from the Git history."),
        {{QStringLiteral("REPO"), QStringLiteral("a GitOps repository (any folder inside it)")}},
        {o.app, o.env, o.format, o.limit}};
}

int run(CommandContext &context)
{
    const HistoryOptions o;
    const QCommandLineOption &appOption = o.app;
    const QCommandLineOption &envOption = o.env;
    const QCommandLineOption &formatOption = o.format;
    const QCommandLineOption &limitOption = o.limit;
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, syntax(), usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("history takes exactly one repository"), usage);
    const QString format = parser.value(formatOption);
    if (format != u"table" && format != u"json")
        return context.usageError(
            QStringLiteral("--format must be table or json, not '%1'").arg(format), usage);
    qsizetype limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || limit < 0)
            return context.usageError(QStringLiteral("--limit takes a number"), usage);
    }

    const QString path = positional.first();
    if (!QFileInfo::exists(path))
        return context.fail(
            Error(Error::Kind::NotFound, QStringLiteral("no such folder")).at(path));
    PromotionHistory::Filter filter;
    filter.app = parser.value(appOption);
    filter.environment = parser.value(envOption);
    auto entries = PromotionHistory::load(path, filter);
    if (!entries)
        return context.fail(entries.error());
    if (limit >= 0 && entries->size() > limit)
        entries->resize(limit);

    if (format == u"json") {
        QJsonArray array;
        for (const HistoryEntry &e : std::as_const(*entries))
            array.append(toJson(e));
        const QJsonObject root {{QStringLiteral("repository"), QDir(path).absolutePath()},
                                {QStringLiteral("entries"), array}};
        context.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (entries->isEmpty()) {
        context.out() << "No promotions or image changes found.\n";
        return 0;
    }
    printTable(context.out(), *entries);
    return 0;
}

} // namespace

Command historyCommand()
{
    return {QStringLiteral("history"),
            QStringLiteral("list promotions, CI bumps, image changes and reverts, newest first"),
            usage, &run, syntax()};
}

} // namespace Promenade::Cli
