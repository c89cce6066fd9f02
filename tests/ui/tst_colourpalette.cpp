#include "colourpalette.h"
#include "palette.h"

#include <QTest>

using Promenade::Ui::Palette;
using Promenade::Ui::StatusTone;

// One palette and one health → colour rule for the views and the exports.
class TestColourPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusTone_data()
    {
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("sync");
        QTest::addColumn<QString>("health");
        QTest::addColumn<QString>("tone");
        QTest::addRow("synced and healthy") << true << QStringLiteral("Synced")
                                            << QStringLiteral("Healthy") << QStringLiteral("good");
        QTest::addRow("out of sync") << true << QStringLiteral("OutOfSync")
                                     << QStringLiteral("Healthy") << QStringLiteral("attention");
        QTest::addRow("progressing")
            << true << QStringLiteral("Synced") << QStringLiteral("Progressing")
            << QStringLiteral("attention");
        QTest::addRow("suspended") << true << QStringLiteral("Synced")
                                   << QStringLiteral("Suspended") << QStringLiteral("attention");
        QTest::addRow("degraded") << true << QStringLiteral("Synced") << QStringLiteral("Degraded")
                                  << QStringLiteral("bad");
        QTest::addRow("missing, out of sync") << true << QStringLiteral("OutOfSync")
                                              << QStringLiteral("Missing") << QStringLiteral("bad");
        QTest::addRow("not known") << false << QStringLiteral("Synced") << QStringLiteral("Healthy")
                                   << QStringLiteral("unknown");
        QTest::addRow("nothing said")
            << true << QStringLiteral("") << QStringLiteral("") << QStringLiteral("attention");
    }

    void statusTone()
    {
        QFETCH(bool, known);
        QFETCH(QString, sync);
        QFETCH(QString, health);
        QFETCH(QString, tone);
        const ColourPalette palette;
        QCOMPARE(palette.statusTone(known, sync, health), tone);
        // The colour is the scheme's colour of that tone, in every look.
        for (const bool presentation : {false, true}) {
            for (const bool dark : {false, true}) {
                const QVariantMap scheme = palette.scheme(presentation, dark);
                const QString role = tone == u"good" ? QStringLiteral("success")
                    : tone == u"attention"           ? QStringLiteral("warning")
                    : tone == u"bad"                 ? QStringLiteral("danger")
                                                     : QStringLiteral("idle");
                QCOMPARE(palette.statusColour(presentation, dark, known, sync, health),
                         scheme.value(role).value<QColor>());
            }
        }
    }

    void looks()
    {
        const ColourPalette palette;
        const QVariantMap light = palette.scheme(false, false);
        const QVariantMap dark = palette.scheme(false, true);
        const QVariantMap presentation = palette.scheme(true, true); // presentation wins
        for (const QString &role : {QStringLiteral("window"), QStringLiteral("text"),
                                    QStringLiteral("danger"), QStringLiteral("addedLine")}) {
            QVERIFY(light.value(role).value<QColor>().isValid());
            QVERIFY(dark.value(role).value<QColor>().isValid());
        }
        QVERIFY(light.value(QStringLiteral("window")).value<QColor>().lightness() > 200);
        QVERIFY(dark.value(QStringLiteral("window")).value<QColor>().lightness() < 60);
        QCOMPARE(presentation.value(QStringLiteral("text")).value<QColor>(), QColor(Qt::black));
        QCOMPARE(presentation.value(QStringLiteral("window")).value<QColor>(), QColor(Qt::white));
        // Exports draw with the window's light look.
        QCOMPARE(Palette::exportScheme().danger,
                 light.value(QStringLiteral("danger")).value<QColor>());
        QCOMPARE(Palette::toneColour(Palette::exportScheme(), StatusTone::Good),
                 Palette::exportScheme().success);
    }
};

QTEST_GUILESS_MAIN(TestColourPalette)
#include "tst_colourpalette.moc"
