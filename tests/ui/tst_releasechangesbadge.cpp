#include "demosources.h"
#include "pipelinecontroller.h"
#include "releasechangesbadge.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// The matrix cell's and the edge's "what it ships" line: asked through the window's
// controller on the embedded demo only while a tooltip shows, and the same as `git log A..B`
// of the demo's application repository.
class TestReleaseChangesBadge : public QObject
{
    Q_OBJECT

    PipelineController *m_controller = nullptr;

    int gitLogCount(const QString &app, const QString &range)
    {
        const QString repository = Promenade::Demo::DemoSources::repositoryPath(
            m_controller->pipeline().root + QStringLiteral("-sources"), app);
        const auto r = TestSupport::git(
            repository, {QStringLiteral("rev-list"), QStringLiteral("--count"), range});
        return r.out.trimmed().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_releasechangesbadge"));
        QSettings().clear();
        m_controller = new PipelineController(this);
        m_controller->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->loading(), 30000);
        QVERIFY2(m_controller->errorString().isEmpty(), qPrintable(m_controller->errorString()));
        QVERIFY(m_controller->liveStatus());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->statusTime().isEmpty(), 30000);
    }

    void asksOnlyWhileActive()
    {
        ReleaseChangesBadge badge;
        QSignalSpy changed(&badge, &ReleaseChangesBadge::headlineChanged);
        badge.setController(m_controller);
        badge.setProperty("app", QStringLiteral("signconnect"));
        badge.setProperty("fromEnvironment", QStringLiteral("staging"));
        badge.setProperty("toEnvironment", QStringLiteral("production"));
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0);
        QVERIFY(badge.headline().isEmpty());
        QVERIFY(!badge.loading());
    }

    void stagingToProductionIsGitLog()
    {
        ReleaseChangesBadge badge;
        badge.setController(m_controller);
        badge.setProperty("app", QStringLiteral("signconnect"));
        badge.setProperty("fromEnvironment", QStringLiteral("staging"));
        badge.setProperty("toEnvironment", QStringLiteral("production"));
        badge.setProperty("active", true);
        QVERIFY(badge.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!badge.loading(), 20000);
        const Promenade::Pipeline &pipeline = m_controller->pipeline();
        const QString running
            = pipeline.environment(QStringLiteral("production"))->imageFor(u"signconnect"_qs)->tag;
        const QString promoted
            = pipeline.environment(QStringLiteral("staging"))->imageFor(u"signconnect"_qs)->tag;
        const int commits = gitLogCount(
            QStringLiteral("signconnect"),
            Promenade::Demo::DemoSources::revision(u"signconnect"_qs, running) + u".."
                + Promenade::Demo::DemoSources::revision(u"signconnect"_qs, promoted));
        QVERIFY(commits > 0);
        QVERIFY2(badge.headline().startsWith(QStringLiteral("%1 commits, ").arg(commits))
                     && badge.headline().endsWith(u"ahead"),
                 qPrintable(badge.headline()));

        // A second badge on the same pair (the edge after the cell): the same answer, at once.
        ReleaseChangesBadge edge;
        edge.setController(m_controller);
        edge.setProperty("app", QStringLiteral("signconnect"));
        edge.setProperty("fromEnvironment", QStringLiteral("staging"));
        edge.setProperty("toEnvironment", QStringLiteral("production"));
        edge.setProperty("active", true);
        QTRY_VERIFY_WITH_TIMEOUT(!edge.loading(), 20000);
        QCOMPARE(edge.headline(), badge.headline());
    }

    void rollbackDirectionSaysWhatIsTakenOut()
    {
        ReleaseChangesBadge badge;
        badge.setController(m_controller);
        badge.setProperty("app", QStringLiteral("signconnect"));
        badge.setProperty("fromEnvironment", QStringLiteral("production"));
        badge.setProperty("toEnvironment", QStringLiteral("staging"));
        badge.setProperty("active", true);
        QTRY_VERIFY_WITH_TIMEOUT(!badge.loading(), 20000);
        QVERIFY2(badge.headline().contains(u"taken out"), qPrintable(badge.headline()));
    }

    void noSuchEnvironmentSaysNothing()
    {
        ReleaseChangesBadge badge;
        badge.setController(m_controller);
        badge.setProperty("app", QStringLiteral("signconnect"));
        badge.setProperty("fromEnvironment", QStringLiteral("qa"));
        badge.setProperty("toEnvironment", QStringLiteral("production"));
        badge.setProperty("active", true);
        QVERIFY(!badge.loading());
        QVERIFY(badge.headline().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseChangesBadge)
#include "tst_releasechangesbadge.moc"
