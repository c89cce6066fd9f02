#include "asoftext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Promenade::Export {

namespace {

// Also drawn into exported pictures, hence a context of its own rather than a class's.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AsOf)
};

QString ageText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return Tr::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return Tr::tr("%n h ago", nullptr, int(minutes / 60));
    return Tr::tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

} // namespace

QString asOfText(const AsOf &asOf, const QDateTime &now, bool alwaysWithDate)
{
    if (!asOf.fetchedAt.isValid())
        return {};
    const QDateTime local = asOf.fetchedAt.toLocalTime();
    // 24-hour "HH:mm": the same on every screen in the meeting room.
    QString when = local.toString(QStringLiteral("HH:mm"));
    if (alwaysWithDate || local.date() != now.toLocalTime().date())
        when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const qint64 age = asOf.fetchedAt.secsTo(now);
    if ((asOf.cached || !asOf.problem.isEmpty()) && age >= 120)
        when = Tr::tr("%1 (%2)").arg(when, ageText(age));
    QString text
        = asOf.cached ? Tr::tr("as of %1, cached").arg(when) : Tr::tr("as of %1").arg(when);
    if (!asOf.problem.isEmpty())
        text = Tr::tr("%1 — %2").arg(text, asOf.problem);
    return text;
}

} // namespace Promenade::Export
