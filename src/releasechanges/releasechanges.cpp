#include "releasechanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseChanges)
};

enum class Group { Breaking, Features, Fixes, Other };

Group groupOf(const ReleaseChanges::Entry &e)
{
    if (e.breaking)
        return Group::Breaking;
    if (e.type == u"feat")
        return Group::Features;
    if (e.type == u"fix")
        return Group::Fixes;
    return Group::Other;
}

QString groupKey(Group g)
{
    switch (g) {
    case Group::Breaking:
        return QStringLiteral("breaking");
    case Group::Features:
        return QStringLiteral("features");
    case Group::Fixes:
        return QStringLiteral("fixes");
    case Group::Other:
        break;
    }
    return QStringLiteral("other");
}

QString groupTitle(Group g)
{
    switch (g) {
    case Group::Breaking:
        return Tr::tr("Breaking changes");
    case Group::Features:
        return Tr::tr("Features");
    case Group::Fixes:
        return Tr::tr("Fixes");
    case Group::Other:
        break;
    }
    return Tr::tr("Other changes");
}

const QList<Group> allGroups {Group::Breaking, Group::Features, Group::Fixes, Group::Other};

QString entryLine(const ReleaseChanges::Entry &e)
{
    QString line = e.pullRequest ? QString(u'#' + QString::number(e.pullRequest)) : e.sha.left(7);
    line += u' ' + e.title;
    if (!e.author.isEmpty())
        line += QStringLiteral(" (%1)").arg(e.author);
    return line;
}

QString markdownEscape(QString s)
{
    // Titles are other people's text: keep them from turning into markup or mentions.
    static const QRegularExpression special(QStringLiteral(R"(([\\`*_\[\]<>|]))"));
    s.replace(special, QStringLiteral("\\\\1"));
    s.replace(u'@', QStringLiteral("@\u200b"));
    return s;
}

} // namespace

QString toString(ReleaseChanges::Direction direction)
{
    switch (direction) {
    case ReleaseChanges::Direction::Forward:
        return QStringLiteral("forward");
    case ReleaseChanges::Direction::Rollback:
        return QStringLiteral("rollback");
    case ReleaseChanges::Direction::Diverged:
        return QStringLiteral("diverged");
    case ReleaseChanges::Direction::Identical:
        break;
    }
    return QStringLiteral("identical");
}

ReleaseChanges::Conventional ReleaseChanges::parseConventional(const QString &summary,
                                                               const QString &message)
{
    static const QRegularExpression header(
        QStringLiteral(R"(^([A-Za-z]+)(?:\(([^()\r\n]*)\))?(!)?: +(.+)$)"));
    static const QRegularExpression footer(QStringLiteral(R"((?:^|\n)BREAKING[ -]CHANGE: )"));
    Conventional c;
    const QRegularExpressionMatch m = header.match(summary.trimmed());
    if (m.hasMatch()) {
        c.type = m.captured(1).toLower();
        c.scope = m.captured(2);
        c.breaking = !m.captured(3).isEmpty();
        c.description = m.captured(4);
    } else {
        c.description = summary.trimmed();
    }
    if (!c.breaking && !message.isEmpty())
        c.breaking = footer.match(message).hasMatch();
    return c;
}

int ReleaseChanges::pullRequestNumber(const QString &message, QString *title)
{
    static const QRegularExpression merge(QStringLiteral(R"(^Merge pull request #(\d+) from \S+)"));
    static const QRegularExpression squash(QStringLiteral(R"(^(.*\S) \(#(\d+)\)$)"));
    const QString summary = message.section(u'\n', 0, 0).trimmed();
    if (const auto m = merge.match(summary); m.hasMatch()) {
        if (title) {
            const QString body = message.section(u'\n', 1).trimmed();
            *title = body.section(u'\n', 0, 0).trimmed();
        }
        return m.captured(1).toInt();
    }
    if (const auto m = squash.match(summary); m.hasMatch()) {
        if (title)
            *title = m.captured(1);
        return m.captured(2).toInt();
    }
    return 0;
}

QList<ReleaseChanges::Entry> ReleaseChanges::entries() const
{
    QHash<int, const PullRequest *> prs;
    for (const PullRequest &pr : pullRequests)
        prs.insert(pr.number, &pr);
    // A pull request's type: its title's, else its newest typed commit's; breaking if any is.
    QHash<int, Conventional> prTypes;
    for (const Commit &c : commits) {
        if (!c.pullRequest)
            continue;
        const Conventional cc = parseConventional(c.summary, c.message);
        Conventional &t = prTypes[c.pullRequest];
        if (t.type.isEmpty() && !c.summary.startsWith(u"Merge "))
            t.type = cc.type, t.scope = cc.scope;
        t.breaking = t.breaking || cc.breaking;
    }
    QList<Entry> out;
    QSet<int> seen;
    for (const Commit &c : commits) {
        if (c.pullRequest && prs.contains(c.pullRequest)) {
            if (seen.contains(c.pullRequest))
                continue;
            seen.insert(c.pullRequest);
            const PullRequest &pr = *prs.value(c.pullRequest);
            const Conventional title = parseConventional(pr.title);
            const Conventional fromCommits = prTypes.value(pr.number);
            Entry e;
            e.type = title.type.isEmpty() ? fromCommits.type : title.type;
            e.scope = title.type.isEmpty() ? fromCommits.scope : title.scope;
            e.breaking
                = title.breaking || fromCommits.breaking || pr.labels.contains(u"breaking"_qs);
            e.title = pr.title;
            e.author = pr.author;
            e.url = pr.url;
            e.pullRequest = pr.number;
            out.append(e);
            continue;
        }
        const Conventional cc = parseConventional(c.summary, c.message);
        Entry e;
        e.type = cc.type;
        e.scope = cc.scope;
        e.breaking = cc.breaking;
        e.title = c.summary;
        e.author = c.authorLogin.isEmpty() ? c.author : c.authorLogin;
        e.url = c.url;
        e.sha = c.sha;
        out.append(e);
    }
    return out;
}

QString ReleaseChanges::headline() const
{
    if (!problem.isEmpty())
        return problem;
    // English plurals written out: the command line has no translator to choose them.
    auto commitsText = [](int n) {
        return n == 1 ? Tr::tr("1 commit") : Tr::tr("%1 commits").arg(QLocale::c().toString(n));
    };
    const QString commitCount = commitsText(totalCommits);
    const int prs = int(pullRequests.size());
    const QString prCount
        = prs == 1 ? Tr::tr("1 pull request") : Tr::tr("%1 pull requests").arg(prs);
    switch (direction) {
    case Direction::Identical:
        return Tr::tr("no changes: both builds come from commit %1").arg(toRevision.left(7));
    case Direction::Forward:
        return Tr::tr("%1, %2 ahead").arg(commitCount, prCount);
    case Direction::Rollback:
        return Tr::tr("%1, %2 taken out (a rollback)").arg(commitCount, prCount);
    case Direction::Diverged:
        return Tr::tr("%1, %2 ahead; %3 of the running build are not in it")
            .arg(commitCount, prCount, commitsText(behindBy));
    }
    return {};
}

QString ReleaseChanges::badge() const
{
    if (!problem.isEmpty())
        return QStringLiteral("?");
    switch (direction) {
    case Direction::Identical:
        return QStringLiteral("=");
    case Direction::Rollback:
        return u"\u2212"_qs + QString::number(totalCommits);
    case Direction::Forward:
    case Direction::Diverged:
        break;
    }
    return u'+' + QString::number(totalCommits);
}

QString ReleaseChanges::toText() const
{
    QString out = QStringLiteral("%1 %2 -> %3: %4\n").arg(app, fromVersion, toVersion, headline());
    if (!repository.isEmpty())
        out += QStringLiteral("%1 %2..%3 (%4)\n")
                   .arg(repository, fromRevision.left(7), toRevision.left(7), via);
    if (!problem.isEmpty() || commits.isEmpty())
        return out;
    const QList<Entry> all = entries();
    for (Group g : allGroups) {
        QStringList lines;
        for (const Entry &e : all) {
            if (groupOf(e) == g)
                lines << u"  " + entryLine(e);
        }
        if (!lines.isEmpty())
            out += u'\n' + groupTitle(g) + u'\n' + lines.join(u'\n') + u'\n';
    }
    out += u'\n'
        + (direction == Direction::Rollback ? QStringLiteral("Commits taken out")
                                            : QStringLiteral("Commits"))
        + u'\n';
    for (const Commit &c : commits)
        out += QStringLiteral("  %1 %2 (%3)\n")
                   .arg(c.shortSha(), c.summary,
                        c.authorLogin.isEmpty() ? c.author : c.authorLogin);
    return out;
}

QString ReleaseChanges::toMarkdown(int maxEntries) const
{
    QString out
        = QStringLiteral("#### Changes in %1: `%2` → `%3`\n\n").arg(app, fromVersion, toVersion);
    if (!problem.isEmpty())
        return out + markdownEscape(problem) + u'\n';
    out += headline();
    if (!compareUrl.isEmpty())
        out += QStringLiteral(" ([%1](%2))").arg(repository, compareUrl);
    out += QStringLiteral("\n");
    const QList<Entry> all = entries();
    for (Group g : allGroups) {
        QStringList lines;
        int shown = 0, hidden = 0;
        for (const Entry &e : all) {
            if (groupOf(e) != g)
                continue;
            if (shown >= maxEntries) {
                ++hidden;
                continue;
            }
            ++shown;
            QString ref
                = e.pullRequest ? QString(u'#' + QString::number(e.pullRequest)) : e.sha.left(7);
            if (!e.url.isEmpty())
                ref = QStringLiteral("[%1](%2)").arg(ref, e.url);
            lines << QStringLiteral("- %1 %2%3")
                         .arg(ref, markdownEscape(e.title),
                              e.author.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(markdownEscape(e.author)));
        }
        if (hidden)
            lines << QStringLiteral("- and %1 more").arg(hidden);
        if (!lines.isEmpty())
            out += QStringLiteral("\n**%1**\n").arg(groupTitle(g)) + lines.join(u'\n') + u'\n';
    }
    return out;
}

QString ReleaseChanges::toCommitMessage(int maxLines) const
{
    if (!problem.isEmpty())
        return QStringLiteral("Changes: %1").arg(problem);
    if (direction == Direction::Identical)
        return QStringLiteral("Changes: none (both builds come from commit %1)")
            .arg(toRevision.left(7));
    QString out = QStringLiteral("Changes in %1 (%2):").arg(repository, headline());
    // Breaking changes first, then features, fixes and the rest.
    QList<Entry> all = entries();
    std::stable_sort(all.begin(), all.end(),
                     [](const Entry &a, const Entry &b) { return groupOf(a) < groupOf(b); });
    for (qsizetype i = 0; i < all.size() && i < maxLines; ++i)
        out += QStringLiteral("\n- ") + entryLine(all.at(i));
    if (all.size() > maxLines)
        out += QStringLiteral("\n- … and %1 more").arg(all.size() - maxLines);
    if (!compareUrl.isEmpty())
        out += u'\n' + compareUrl;
    return out;
}

QJsonObject ReleaseChanges::toJson() const
{
    QJsonObject o {
        {QStringLiteral("version"), jsonVersion},
        {QStringLiteral("app"), app},
        {QStringLiteral("from"),
         QJsonObject {{QStringLiteral("version"), fromVersion},
                      {QStringLiteral("revision"), fromRevision}}},
        {QStringLiteral("to"),
         QJsonObject {{QStringLiteral("version"), toVersion},
                      {QStringLiteral("revision"), toRevision}}},
        {QStringLiteral("repository"), repository},
        {QStringLiteral("repositoryUrl"), repositoryUrl},
        {QStringLiteral("compareUrl"), compareUrl},
        {QStringLiteral("via"), via},
        {QStringLiteral("direction"), toString(direction)},
        {QStringLiteral("totalCommits"), totalCommits},
        {QStringLiteral("behindBy"), behindBy},
        {QStringLiteral("summary"), headline()},
        {QStringLiteral("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem)}};
    QJsonArray commitArray;
    for (const Commit &c : commits) {
        commitArray.append(
            QJsonObject {{QStringLiteral("sha"), c.sha},
                         {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)},
                         {QStringLiteral("summary"), c.summary},
                         {QStringLiteral("message"), c.message},
                         {QStringLiteral("author"), c.author},
                         {QStringLiteral("authorLogin"), c.authorLogin},
                         {QStringLiteral("date"), c.date.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("url"), c.url},
                         {QStringLiteral("pullRequest"),
                          c.pullRequest ? QJsonValue(c.pullRequest) : QJsonValue()}});
    }
    o.insert(QStringLiteral("commits"), commitArray);
    QJsonArray prArray;
    for (const PullRequest &pr : pullRequests) {
        prArray.append(
            QJsonObject {{QStringLiteral("number"), pr.number},
                         {QStringLiteral("title"), pr.title},
                         {QStringLiteral("author"), pr.author},
                         {QStringLiteral("labels"), QJsonArray::fromStringList(pr.labels)},
                         {QStringLiteral("url"), pr.url}});
    }
    o.insert(QStringLiteral("pullRequests"), prArray);
    QJsonObject groups;
    const QList<Entry> all = entries();
    for (Group g : allGroups) {
        QJsonArray list;
        for (const Entry &e : all) {
            if (groupOf(e) != g)
                continue;
            list.append(QJsonObject {
                {QStringLiteral("type"), e.type},
                {QStringLiteral("scope"), e.scope},
                {QStringLiteral("breaking"), e.breaking},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("author"), e.author},
                {QStringLiteral("url"), e.url},
                {QStringLiteral("pullRequest"),
                 e.pullRequest ? QJsonValue(e.pullRequest) : QJsonValue()},
                {QStringLiteral("sha"), e.sha.isEmpty() ? QJsonValue() : QJsonValue(e.sha)}});
        }
        groups.insert(groupKey(g), list);
    }
    o.insert(QStringLiteral("groups"), groups);
    return o;
}

} // namespace Promenade
