#include "windowsettings.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QTest>

// The window comes back where it was, as large as it was, maximised if it was, and on a
// screen: never off-screen after a monitor went away. The last view is remembered too.
class TestWindowSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowsettings"));
    }

    void init() { QSettings().clear(); }

    void fitsOntoTheScreens_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QList<QRect>>("screens");
        QTest::addColumn<QRect>("expected");
        QTest::addColumn<QMargins>("frame");
        const QRect laptop(0, 0, 1440, 900);
        const QRect monitor(1440, 0, 2560, 1440);
        QTest::addRow("on screen: as it was") << QRect(100, 80, 1200, 700) << QList<QRect> {laptop}
                                              << QRect(100, 80, 1200, 700) << QMargins();
        QTest::addRow("on the second monitor")
            << QRect(2000, 200, 1600, 1000) << QList<QRect> {laptop, monitor}
            << QRect(2000, 200, 1600, 1000) << QMargins();
        QTest::addRow("the second monitor is gone")
            << QRect(2000, 200, 1600, 1000) << QList<QRect> {laptop} << QRect(0, 0, 1440, 900)
            << QMargins();
        QTest::addRow("hanging off the right edge")
            << QRect(1000, 100, 800, 600) << QList<QRect> {laptop} << QRect(640, 100, 800, 600)
            << QMargins();
        QTest::addRow("above the top") << QRect(100, -300, 800, 600) << QList<QRect> {laptop}
                                       << QRect(100, 0, 800, 600) << QMargins();
        QTest::addRow("far away") << QRect(-5000, -5000, 800, 600) << QList<QRect> {laptop, monitor}
                                  << QRect(0, 0, 800, 600) << QMargins();
        QTest::addRow("mostly on the monitor")
            << QRect(1300, 100, 1000, 700) << QList<QRect> {laptop, monitor}
            << QRect(1440, 100, 1000, 700) << QMargins();
        QTest::addRow("below a taskbar")
            << QRect(100, 850, 800, 600) << QList<QRect> {QRect(0, 0, 1440, 860)}
            << QRect(100, 260, 800, 600) << QMargins();
        QTest::addRow("nothing saved") << QRect() << QList<QRect> {laptop} << QRect() << QMargins();
        QTest::addRow("no screen")
            << QRect(0, 0, 800, 600) << QList<QRect> {} << QRect() << QMargins();
        // The frame: a window saved on a large screen comes back with its title bar on screen.
        const QMargins titleBar(1, 30, 1, 1);
        QTest::addRow("from a larger screen, title bar on screen")
            << QRect(0, 30, 1920, 1050) << QList<QRect> {QRect(0, 0, 1366, 738)}
            << QRect(1, 30, 1364, 707) << titleBar;
        QTest::addRow("top at the screen's top: moved down by the title bar")
            << QRect(200, 0, 800, 600) << QList<QRect> {laptop} << QRect(200, 30, 800, 600)
            << titleBar;
        QTest::addRow("framed, on screen: as it was")
            << QRect(100, 80, 1200, 700) << QList<QRect> {laptop} << QRect(100, 80, 1200, 700)
            << titleBar;
    }

    void fitsOntoTheScreens()
    {
        QFETCH(QRect, saved);
        QFETCH(QList<QRect>, screens);
        QFETCH(QRect, expected);
        QFETCH(QMargins, frame);
        QCOMPARE(WindowSettings::fitToScreens(saved, screens, frame), expected);
    }

    void restoresSizeAndPlace()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect wanted(screen.left() + 40, screen.top() + 30, screen.width() / 2,
                           screen.height() / 2);
        {
            QQuickWindow window;
            window.setGeometry(wanted);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            WindowSettings settings;
            settings.setWindow(&window);
            window.setGeometry(wanted); // moved by the user after start
            settings.save();
        }
        QCOMPARE(QSettings().value(QStringLiteral("window/geometry")).toRect(), wanted);
        QCOMPARE(QSettings().value(QStringLiteral("window/maximized")).toBool(), false);

        QQuickWindow next;
        next.resize(300, 200);
        WindowSettings settings;
        settings.setWindow(&next);
        QCOMPARE(next.geometry(), wanted);
    }

    void anOffScreenPlaceIsBroughtBack()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QSettings().setValue(QStringLiteral("window/geometry"),
                             QRect(screen.right() + 2000, screen.bottom() + 500, 400, 300));
        QQuickWindow window;
        WindowSettings settings;
        settings.setWindow(&window);
        QVERIFY2(screen.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1,%2").arg(window.x()).arg(window.y())));
        QCOMPARE(window.size(), QSize(400, 300));
    }

    void aSmallerSavedSizeRespectsTheMinimum()
    {
        QSettings().setValue(QStringLiteral("window/geometry"), QRect(10, 10, 200, 100));
        QQuickWindow window;
        window.setMinimumSize(QSize(320, 240));
        WindowSettings settings;
        settings.setWindow(&window);
        QCOMPARE(window.size(), QSize(320, 240));
    }

    void maximisedStaysMaximisedAndKeepsTheNormalSize()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect normal(screen.left() + 20, screen.top() + 20, 400, 300);
        {
            QQuickWindow window;
            window.setGeometry(normal);
            WindowSettings settings;
            settings.setWindow(&window);
            window.showMaximized();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.visibility(), QWindow::Maximized);
            settings.save();
        }
        QVERIFY(QSettings().value(QStringLiteral("window/maximized")).toBool());
        // The size to go back to when un-maximised, not the screen's.
        QCOMPARE(QSettings().value(QStringLiteral("window/geometry")).toRect(), normal);

        QQuickWindow window;
        WindowSettings settings;
        settings.setWindow(&window); // before it is shown, as from QML
        QCOMPARE(window.geometry(), normal);
        window.show();
        QTRY_COMPARE(window.visibility(), QWindow::Maximized);
    }

    void rememberstheLastView()
    {
        {
            WindowSettings settings;
            QVERIFY(settings.lastView().isEmpty());
            settings.setLastView(QStringLiteral("diff"));
        }
        QCOMPARE(WindowSettings().lastView(), QStringLiteral("diff"));
    }
};

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
