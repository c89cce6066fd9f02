#include "asoftext.h"

#include <QTest>

using Promenade::Export::AsOf;
using Promenade::Export::asOfText;

// The "as of" line the window, presentation mode and exports share: the time, whether it is
// cached, why it is not fresh, and its age once that matters.
class TestAsOfText : public QObject
{
    Q_OBJECT

    const QDateTime now {QDate(2024, 6, 3), QTime(14, 14), Qt::LocalTime};

private Q_SLOTS:
    void nothingKnownSaysNothing() { QVERIFY(asOfText({}, now).isEmpty()); }

    void freshIsJustTheTime()
    {
        QCOMPARE(asOfText({now.addSecs(-12 * 60), false, {}}, now), QStringLiteral("as of 14:02"));
        // A live status needs no age: it is refreshed.
        QCOMPARE(asOfText({now.addSecs(-50), false, {}}, now), QStringLiteral("as of 14:13"));
    }

    void cachedAndStaleSayWhyAndHowOld()
    {
        QCOMPARE(asOfText({now.addSecs(-60), true, {}}, now),
                 QStringLiteral("as of 14:13, cached"));
        QCOMPARE(asOfText({now.addSecs(-60), false, QStringLiteral("Argo CD unreachable")}, now),
                 QStringLiteral("as of 14:13 — Argo CD unreachable"));
        QCOMPARE(asOfText({now.addSecs(-12 * 60), true, {}}, now),
                 QStringLiteral("as of 14:02 (12 min ago), cached"));
        QCOMPARE(
            asOfText({now.addSecs(-3 * 3600), true, QStringLiteral("Argo CD unreachable")}, now),
            QStringLiteral("as of 11:14 (3 h ago), cached — Argo CD unreachable"));
    }

    void anotherDayShowsTheDate()
    {
        QCOMPARE(asOfText({now.addDays(-3), true, {}}, now),
                 QStringLiteral("as of 2024-05-31 14:14 (3 days ago), cached"));
        QCOMPARE(asOfText({now.addSecs(-60), false, {}}, now, true),
                 QStringLiteral("as of 2024-06-03 14:13"));
    }
};

QTEST_GUILESS_MAIN(TestAsOfText)
#include "tst_asoftext.moc"
