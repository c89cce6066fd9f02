#include "imagetags.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Promenade::ImageTags {

// "ghcr.io/x/y:tag@sha256:…" → {"ghcr.io/x/y", "tag@sha256:…"}; "ghcr.io/x/y@sha256:…" →
// {"ghcr.io/x/y", "@sha256:…"}; without tag or digest the version is empty.
std::pair<QString, QString> splitImage(const QString &image)
{
    const qsizetype at = image.indexOf(u'@');
    const QString name = at >= 0 ? image.left(at) : image;
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > name.lastIndexOf(u'/'))
        return {name.left(colon), image.mid(colon + 1)};
    return {name, at >= 0 ? image.mid(at) : QString()};
}

// A version tag: 1.4.2, v2.0.0-rc.1, 2026.11.20.
bool isVersionTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral(R"(^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]*)?$)"));
    return re.match(tag).hasMatch();
}

// A tag that names one build for good: a version, or one that ends in a commit hash (sha-e7d1a48,
// e7d1a48…, main-e7d1a48). Others (latest, main, edge, stable…) are moved from build to build.
bool isImmutableTag(const QString &tag)
{
    static const QRegularExpression hash(QStringLiteral(R"((^|[-_.])[0-9a-f]{7,64}$)"));
    return isVersionTag(tag) || hash.match(tag).hasMatch();
}

// Orders version tags highest first (numeric parts compared as numbers).
bool versionAbove(const QString &a, const QString &b)
{
    static const QRegularExpression number(QStringLiteral(R"(\d+)"));
    auto numbers = [](const QString &tag) {
        QList<qint64> out;
        auto it = number.globalMatch(tag.section(u'-', 0, 0).section(u'+', 0, 0));
        while (it.hasNext())
            out << it.next().captured().toLongLong();
        return out;
    };
    const QList<qint64> x = numbers(a);
    const QList<qint64> y = numbers(b);
    if (x != y)
        return std::lexicographical_compare(y.cbegin(), y.cend(), x.cbegin(), x.cend());
    // 1.0.0 above 1.0.0-rc.1
    const bool xPre = a.contains(u'-');
    const bool yPre = b.contains(u'-');
    if (xPre != yPre)
        return !xPre;
    return a > b;
}

// Which tags of a repository's list are described, in order, at most max of them (and never
// fewer than the declared ones): the declared tags, latest, main and master (they point at
// recent builds), the versions from the highest down, then the rest from the end of the list
// (where registries that keep push order put the recent ones).
QStringList tagsToDescribe(const QStringList &listed, const QStringList &declared, int max)
{
    QStringList out;
    QSet<QString> chosen;
    const QSet<QString> present(listed.cbegin(), listed.cend());
    auto take = [&](const QString &tag) {
        if (!chosen.contains(tag)) {
            chosen.insert(tag);
            out << tag;
        }
    };
    for (const QString &tag : declared) {
        if (present.contains(tag))
            take(tag);
    }
    const int limit = std::max<int>(max, int(out.size()));
    for (const char *alias : {"latest", "main", "master"}) {
        if (present.contains(QLatin1String(alias)) && out.size() < limit)
            take(QLatin1String(alias));
    }
    QStringList versions;
    for (const QString &tag : listed) {
        if (isVersionTag(tag))
            versions << tag;
    }
    std::sort(versions.begin(), versions.end(), versionAbove);
    for (const QString &tag : std::as_const(versions)) {
        if (out.size() >= limit)
            return out;
        take(tag);
    }
    for (auto it = listed.crbegin(); it != listed.crend() && out.size() < limit; ++it)
        take(*it);
    return out;
}

// The name of a build among the tags pointing at it: a version first, then another immutable
// tag, else the first alias; aliases: the mutable ones besides that name.
std::pair<QString, QStringList> nameOfBuild(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int ra = isVersionTag(a) ? 0 : isImmutableTag(a) ? 1 : 2;
        const int rb = isVersionTag(b) ? 0 : isImmutableTag(b) ? 1 : 2;
        if (ra != rb)
            return ra < rb;
        return ra == 0 ? versionAbove(a, b) : a < b;
    });
    const QString name = tags.value(0);
    QStringList aliases;
    for (const QString &tag : std::as_const(tags)) {
        if (tag != name && !isImmutableTag(tag))
            aliases << tag;
    }
    return {name, aliases};
}

} // namespace Promenade::ImageTags
