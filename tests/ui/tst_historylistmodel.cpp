#include "demorepository.h"
#include "historycontroller.h"
#include "historylistmodel.h"
#include "promotionhistory.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

// The row of the model showing this commit's change of app in environment; -1 if none.
int rowOf(const HistoryListModel &model, const QString &shortCommit, const QString &environment)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(HistoryListModel::ShortCommitRole).toString() == shortCommit
            && index.data(HistoryListModel::ToEnvironmentRole).toString() == environment)
            return row;
    }
    return -1;
}

// The first (newest) row of this kind of change of app in environment; -1 if none.
int rowOfKind(const HistoryListModel &model, const QString &kind, const QString &app,
              const QString &environment)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(HistoryListModel::KindRole).toString() == kind
            && index.data(HistoryListModel::AppRole).toString() == app
            && index.data(HistoryListModel::ToEnvironmentRole).toString() == environment)
            return row;
    }
    return -1;
}

HistoryEntry entry(HistoryEntry::Kind kind, const QString &app, const QString &environment,
                   const QString &tag, const QString &commit, const QDateTime &time)
{
    HistoryEntry e;
    e.kind = kind;
    e.app = app;
    e.toEnvironment = environment;
    e.tag = tag;
    e.commitId = commit;
    e.time = time;
    return e;
}

} // namespace

// The history timeline's rows on the demo repository (15 commits with trailers, CI bumps and
// hand edits), what is current and what can be rolled back to, the filters, and the controller
// that loads it off the GUI thread.
class TestHistoryListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_demo;
    QList<HistoryEntry> m_history;

    [[nodiscard]] QString freshDemo(const QString &name)
    {
        const auto created = Demo::DemoRepository::generate(m_scratch.filePath(name));
        return created ? created->workTree : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_demo = freshDemo(QStringLiteral("demo"));
        QVERIFY(!m_demo.isEmpty());
        const auto history = PromotionHistory::load(m_demo);
        QVERIFY(history);
        m_history = *history;
        QCOMPARE(m_history.size(), 15); // one row per changed image: see `promenade history`
    }

    void passesTheModelTester()
    {
        HistoryListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_history);
        QCOMPARE(model.rowCount(), 15);
        model.setFilter(QStringLiteral("signconnect"), QString());
        QCOMPARE(model.rowCount(), 6);
        model.setFilter(QStringLiteral("signconnect"), QStringLiteral("staging"));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(QStringLiteral("nobody"), QString());
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({}, {});
        QCOMPARE(model.rowCount(), 15);
        model.setToday(QDate(2020, 1, 1));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
        model.setEntries(m_history);
        QCOMPARE(model.rowCount(), 15);
    }

    void rolesCarryTheNewestEntry()
    {
        HistoryListModel model;
        model.setEntries(m_history);
        const QModelIndex newest = model.index(0);
        QCOMPARE(newest.data(HistoryListModel::KindRole).toString(), QStringLiteral("set-image"));
        QCOMPARE(newest.data(HistoryListModel::KindLabelRole).toString(),
                 QStringLiteral("CI bump"));
        QCOMPARE(newest.data(HistoryListModel::AppRole).toString(), QStringLiteral("signconnect"));
        QCOMPARE(newest.data(HistoryListModel::ToEnvironmentRole).toString(),
                 QStringLiteral("development"));
        QCOMPARE(newest.data(HistoryListModel::FromEnvironmentRole).toString(), QString());
        QCOMPARE(newest.data(HistoryListModel::ImageRole).toString(),
                 QStringLiteral("ghcr.io/howdiggy/signconnect"));
        QCOMPARE(newest.data(HistoryListModel::TagRole).toString(), QStringLiteral("sha-5b8c3a2"));
        QCOMPARE(newest.data(HistoryListModel::PreviousTagRole).toString(),
                 QStringLiteral("sha-9d2e6f0"));
        QVERIFY(newest.data(HistoryListModel::DigestRole).toString().startsWith(u"sha256:"));
        const QString commit = newest.data(HistoryListModel::CommitRole).toString();
        QCOMPARE(commit.size(), 40);
        QCOMPARE(newest.data(HistoryListModel::ShortCommitRole).toString(), commit.left(7));
        QCOMPARE(newest.data(HistoryListModel::AuthorRole).toString(),
                 QStringLiteral("github-actions[bot]"));
        QCOMPARE(newest.data(HistoryListModel::SummaryRole).toString(),
                 QStringLiteral("ci(development): signconnect sha-5b8c3a2"));
        const QDateTime time = newest.data(HistoryListModel::TimeRole).toDateTime();
        QVERIFY(time.isValid());
        const QString displayTime = newest.data(HistoryListModel::DisplayTimeRole).toString();
        QCOMPARE(displayTime, HistoryListModel::displayTime(time));
        QVERIFY2(!displayTime.isEmpty() && displayTime.count(u':') <= 1,
                 qPrintable(displayTime)); // to the minute
        QVERIFY(newest.data(HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!newest.data(HistoryListModel::CanRollBackRole).toBool());
        QVERIFY(!newest.data(HistoryListModel::RevertedRole).toBool());

        // A promotion names where it came from.
        const int promotion
            = rowOf(model, m_history.at(2).shortCommit(), QStringLiteral("staging"));
        QVERIFY(promotion >= 0);
        QCOMPARE(model.index(promotion).data(HistoryListModel::KindLabelRole).toString(),
                 QStringLiteral("Promotion"));
        QCOMPARE(model.index(promotion).data(HistoryListModel::FromEnvironmentRole).toString(),
                 QStringLiteral("development"));
    }

    // What the newest entry of each app and environment says is what the overlay pins now.
    void currentTagsAreWhatTheOverlaysPin()
    {
        HistoryListModel model;
        model.setEntries(m_history);
        const auto pipeline = RepositoryDiscovery::discover(m_demo);
        QVERIFY(pipeline);
        int checked = 0;
        for (const Environment &env : pipeline->environments) {
            for (const DeclaredImage &image : env.images) {
                QCOMPARE(model.currentTag(image.app, env.name), image.tag);
                ++checked;
            }
        }
        QCOMPARE(checked, 6); // two apps in three environments
        QCOMPARE(model.currentTag(QStringLiteral("nobody"), QStringLiteral("staging")), QString());
    }

    void currentAndRollBackOnTheDemo_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("current");
        QTest::addColumn<bool>("canRollBack");
        const QString blog = QStringLiteral("paulojauregui-com");
        const QString sign = QStringLiteral("signconnect");
        QTest::newRow("signconnect's newest bump") << sign << "development"
                                                   << "sha-5b8c3a2" << true << false;
        QTest::newRow("signconnect's older bump") << sign << "development"
                                                  << "sha-9d2e6f0" << false << true;
        QTest::newRow("signconnect's first pin in development") << sign << "development"
                                                                << "sha-41c07be" << false << true;
        QTest::newRow("signconnect's promotion to staging") << sign << "staging"
                                                            << "sha-9d2e6f0" << true << false;
        QTest::newRow("signconnect's first pin in staging") << sign << "staging"
                                                            << "sha-41c07be" << false << true;
        QTest::newRow("signconnect's only pin in production") << sign << "production"
                                                              << "sha-41c07be" << true << false;
        QTest::newRow("the blog in production now") << blog << "production"
                                                    << "sha-c52e9f3" << true << false;
        QTest::newRow("the blog's earlier production") << blog << "production"
                                                       << "sha-8b41d07" << false << true;
        QTest::newRow("the blog's first production") << blog << "production"
                                                     << "sha-3f9a2c1" << false << true;
        QTest::newRow("the blog's first staging") << blog << "staging"
                                                  << "sha-8b41d07" << false << true;
        QTest::newRow("the blog's CI bump now replaced") << blog << "development"
                                                         << "sha-c52e9f3" << false << true;
    }

    void currentAndRollBackOnTheDemo()
    {
        QFETCH(QString, app);
        QFETCH(QString, environment);
        QFETCH(QString, tag);
        QFETCH(bool, current);
        QFETCH(bool, canRollBack);
        HistoryListModel model;
        model.setEntries(m_history);
        int found = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(HistoryListModel::AppRole) != app
                || index.data(HistoryListModel::ToEnvironmentRole) != environment
                || index.data(HistoryListModel::TagRole) != tag)
                continue;
            ++found;
            QCOMPARE(index.data(HistoryListModel::IsCurrentRole).toBool(), current);
            QCOMPARE(index.data(HistoryListModel::CanRollBackRole).toBool(), canRollBack);
        }
        QCOMPARE(found, 1);
    }

    // A filter shows part of the history; what is current is still judged on all of it.
    void filtersKeepTheWholeHistoryInMind()
    {
        HistoryListModel model;
        model.setEntries(m_history);
        model.setFilter({}, QStringLiteral("development"));
        // development's own changes, and the promotions that left it.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(index.data(HistoryListModel::ToEnvironmentRole).toString() == u"development"
                    || index.data(HistoryListModel::FromEnvironmentRole).toString()
                        == u"development");
        }
        QCOMPARE(model.rowCount(), 10); // 7 changes in development, 3 promotions from it
        const int toStaging
            = rowOf(model, m_history.at(2).shortCommit(), QStringLiteral("staging"));
        QVERIFY(toStaging >= 0);
        QVERIFY(model.index(toStaging).data(HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(toStaging).data(HistoryListModel::CanRollBackRole).toBool());
    }

    // Reverts, rollbacks, an entry without a tag, and an older pin of the tag in use now.
    void revertsAndRollbacks()
    {
        const QDateTime t(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
        const QString web = QStringLiteral("web");
        const QString prod = QStringLiteral("production");
        HistoryEntry revert = entry(HistoryEntry::Kind::Revert, web, prod, QStringLiteral("v2"),
                                    QString(40, u'd'), t.addSecs(40));
        revert.reverts = QString(40, u'c');
        revert.previousTag = QStringLiteral("v3");
        HistoryEntry undone = entry(HistoryEntry::Kind::Promotion, web, prod, QStringLiteral("v3"),
                                    QString(40, u'c'), t.addSecs(30));
        undone.fromEnvironment = QStringLiteral("staging");
        undone.reverted = true;
        undone.revertedBy = revert.commitId;
        HistoryEntry rollback = entry(HistoryEntry::Kind::Rollback, web, prod, QStringLiteral("v2"),
                                      QString(40, u'b'), t.addSecs(20));
        HistoryEntry noTag = entry(HistoryEntry::Kind::Revert, QString(), QString(), QString(),
                                   QString(40, u'e'), t.addSecs(15));
        HistoryEntry first = entry(HistoryEntry::Kind::ImageChange, web, prod, QStringLiteral("v1"),
                                   QString(40, u'a'), t);

        HistoryListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({revert, undone, rollback, noTag, first});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.currentTag(web, prod), QStringLiteral("v2"));

        auto at = [&model](int row, int role) {
            return model.index(row).data(role);
        };
        QCOMPARE(at(0, HistoryListModel::KindLabelRole).toString(), QStringLiteral("Revert"));
        QCOMPARE(at(0, HistoryListModel::RevertsRole).toString(), QStringLiteral("ccccccc"));
        QVERIFY(at(0, HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!at(0, HistoryListModel::CanRollBackRole).toBool());

        QVERIFY(at(1, HistoryListModel::RevertedRole).toBool());
        QCOMPARE(at(1, HistoryListModel::RevertedByRole).toString(), QStringLiteral("ddddddd"));
        QVERIFY(!at(1, HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(at(1, HistoryListModel::CanRollBackRole)
                    .toBool()); // v3 ran there; one may go back to it

        // The rollback pinned v2, what production pins again now (through the newer revert):
        // exactly one entry is current, the newest; nothing to roll back to either.
        QCOMPARE(at(2, HistoryListModel::KindLabelRole).toString(), QStringLiteral("Rollback"));
        QVERIFY(!at(2, HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!at(2, HistoryListModel::CanRollBackRole).toBool());
        int current = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            current += at(row, HistoryListModel::IsCurrentRole).toBool() ? 1 : 0;
        QCOMPARE(current, 1);

        QVERIFY(!at(3, HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!at(3, HistoryListModel::CanRollBackRole).toBool());
        QCOMPARE(at(3, HistoryListModel::RevertedByRole).toString(), QString());

        QCOMPARE(at(4, HistoryListModel::KindLabelRole).toString(), QStringLiteral("Hand edit"));
        QVERIFY(at(4, HistoryListModel::CanRollBackRole).toBool());
    }

    void displayTimeIsToTheMinute()
    {
        const QDateTime time(QDate(2026, 3, 10), QTime(14, 5, 59), Qt::LocalTime);
        const QString shown = HistoryListModel::displayTime(time);
        QVERIFY2(shown.contains(QStringLiteral("05")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("59")), qPrintable(shown));
    }

    void dayLabels()
    {
        const QDate today(2026, 3, 10);
        QCOMPARE(HistoryListModel::dayLabel(today, today), QStringLiteral("Today"));
        QCOMPARE(HistoryListModel::dayLabel(today.addDays(-1), today), QStringLiteral("Yesterday"));
        QCOMPARE(HistoryListModel::dayLabel(today.addDays(-2), today),
                 QLocale().toString(today.addDays(-2), QLocale::LongFormat));

        HistoryListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_history);
        const QDate newestDay
            = model.index(0).data(HistoryListModel::TimeRole).toDateTime().toLocalTime().date();
        model.setToday(newestDay);
        QCOMPARE(model.index(0).data(HistoryListModel::DayRole).toString(),
                 QStringLiteral("Today"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setToday(newestDay.addDays(1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(HistoryListModel::DayRole).toString(),
                 QStringLiteral("Yesterday"));
    }

    void environmentsInPromotionOrder()
    {
        QCOMPARE(HistoryController::environmentsInPromotionOrder(m_history),
                 QStringList({QStringLiteral("development"), QStringLiteral("staging"),
                              QStringLiteral("production")}));
        // Promotions back and forth (a cycle) still give every environment once.
        HistoryEntry there;
        there.fromEnvironment = QStringLiteral("b");
        there.toEnvironment = QStringLiteral("a");
        HistoryEntry back = there;
        std::swap(back.fromEnvironment, back.toEnvironment);
        HistoryEntry alone;
        alone.toEnvironment = QStringLiteral("c");
        // One nobody promotes to comes first.
        QCOMPARE(HistoryController::environmentsInPromotionOrder({there, back, alone}),
                 QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void controllerLoadsAndFilters()
    {
        HistoryController controller;
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy history(&controller, &HistoryController::historyChanged);
        controller.setRepositoryPath(m_demo);
        QVERIFY(controller.loading()); // at once, before the worker starts
        QVERIFY(!controller.loaded());
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded(), 30000);
        QVERIFY(!controller.loading());
        QCOMPARE(controller.errorString(), QString());
        QCOMPARE(controller.model()->rowCount(), 15);
        QCOMPARE(controller.apps(),
                 QStringList({QStringLiteral("paulojauregui-com"), QStringLiteral("signconnect")}));
        QCOMPARE(controller.environments(),
                 QStringList({QStringLiteral("development"), QStringLiteral("staging"),
                              QStringLiteral("production")}));

        QSignalSpy filter(&controller, &HistoryController::filterChanged);
        controller.setAppFilter(QStringLiteral("paulojauregui-com"));
        QCOMPARE(controller.model()->rowCount(), 9);
        controller.setEnvironmentFilter(QStringLiteral("production"));
        QCOMPARE(controller.model()->rowCount(),
                 3); // three pins there (one a promotion from staging)
        QCOMPARE(filter.size(), 2);
        QVERIFY(!controller.loading()); // filtering never walks Git again
        controller.setAppFilter({});
        controller.setEnvironmentFilter({});
        QCOMPARE(controller.model()->rowCount(), 15);
    }

    void controllerFollowsNewCommits()
    {
        const QString repo = freshDemo(QStringLiteral("rolled-back"));
        QVERIFY(!repo.isEmpty());
        HistoryController controller;
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setRepositoryPath(repo);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded() && !controller.loading(), 30000);
        QCOMPARE(controller.model()->rowCount(), 15);
        // The scratch HOME has no Git identity; the commits below need one.
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("config"), QStringLiteral("user.name"),
                                   QStringLiteral("Release Tester")})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("config"), QStringLiteral("user.email"),
                                   QStringLiteral("tester@example.com")})
                     .exitCode,
                 0);

        // Roll signconnect back in staging, then revert that, with the command line.
        auto rolled = TestSupport::runPromenade(
            {QStringLiteral("rollback"), repo, QStringLiteral("--app"),
             QStringLiteral("signconnect"), QStringLiteral("--env"), QStringLiteral("staging"),
             QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
        controller.reload();
        QVERIFY(controller.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        HistoryListModel *model = controller.model();
        QCOMPARE(model->rowCount(), 16);
        QCOMPARE(model->index(0).data(HistoryListModel::KindRole).toString(),
                 QStringLiteral("rollback"));
        QCOMPARE(model->index(0).data(HistoryListModel::TagRole).toString(),
                 QStringLiteral("sha-41c07be"));
        QVERIFY(model->index(0).data(HistoryListModel::IsCurrentRole).toBool());
        // The promotion it undid is now an older pin one can go back to.
        const int promotion = rowOfKind(*model, QStringLiteral("promotion"),
                                        QStringLiteral("signconnect"), QStringLiteral("staging"));
        QCOMPARE(promotion, 3);
        QVERIFY(model->index(promotion).data(HistoryListModel::CanRollBackRole).toBool());
        QVERIFY(!model->index(promotion).data(HistoryListModel::IsCurrentRole).toBool());

        const QString rollbackCommit
            = model->index(0).data(HistoryListModel::ShortCommitRole).toString();
        auto reverted = TestSupport::runPromenade({QStringLiteral("rollback"), repo,
                                                   QStringLiteral("--revert"), rollbackCommit,
                                                   QStringLiteral("--yes")});
        QVERIFY2(reverted.exitCode == 0, reverted.err.constData());
        // Several reloads in one turn make one load.
        QSignalSpy loadingChanged(&controller, &HistoryController::loadingChanged);
        controller.reload();
        controller.reload();
        controller.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loading(), 30000);
        QCOMPARE(loadingChanged.size(), 2);
        QCOMPARE(model->rowCount(), 17);
        QCOMPARE(model->index(0).data(HistoryListModel::RevertsRole).toString(), rollbackCommit);
        QCOMPARE(model->index(0).data(HistoryListModel::TagRole).toString(),
                 QStringLiteral("sha-9d2e6f0"));
        QVERIFY(model->index(1).data(HistoryListModel::RevertedRole).toBool());
        QCOMPARE(model->index(1).data(HistoryListModel::RevertedByRole).toString(),
                 model->index(0).data(HistoryListModel::ShortCommitRole).toString());
        QVERIFY(model->index(1).data(HistoryListModel::CanRollBackRole).toBool());
        // sha-9d2e6f0 again: the revert is the one current pin, the promotion of the same tag
        // is history (one "current" per environment and app).
        QVERIFY(model->index(0).data(HistoryListModel::IsCurrentRole).toBool());
        QVERIFY(!model->index(promotion + 1).data(HistoryListModel::IsCurrentRole).toBool());
        int current = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            current += index.data(HistoryListModel::IsCurrentRole).toBool()
                    && index.data(HistoryListModel::AppRole).toString() == u"signconnect"
                    && index.data(HistoryListModel::ToEnvironmentRole).toString() == u"staging"
                ? 1
                : 0;
        }
        QCOMPARE(current, 1);
    }

    void controllerWaitsWhileInactive()
    {
        HistoryController controller;
        controller.setActive(false);
        controller.setRepositoryPath(m_demo);
        QVERIFY(!controller.loading());
        QTest::qWait(50);
        QVERIFY(!controller.loaded());
        controller.setActive(true);
        QVERIFY(controller.loading());
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded() && !controller.loading(), 30000);
        QCOMPARE(controller.model()->rowCount(), 15);
    }

    void controllerReportsWhatCannotBeRead()
    {
        QTemporaryDir notARepository;
        HistoryController controller;
        controller.setRepositoryPath(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded() && !controller.loading(), 30000);
        controller.setAppFilter(QStringLiteral("signconnect"));
        controller.setRepositoryPath(notARepository.path());
        QCOMPARE(controller.model()->rowCount(),
                 0); // never the old repository's rows under the new name
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded() && !controller.loading(), 30000);
        QVERIFY(!controller.errorString().isEmpty());
        QCOMPARE(controller.model()->rowCount(), 0);
        QVERIFY(controller.apps().isEmpty());

        // Back on a repository, a filter on an app it has is kept.
        controller.setRepositoryPath(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded() && !controller.loading(), 30000);
        QCOMPARE(controller.errorString(), QString());
        QCOMPARE(controller.appFilter(), QStringLiteral("signconnect"));
        QCOMPARE(controller.model()->rowCount(), 6);
        controller.setRepositoryPath({});
        QVERIFY(!controller.loading());
        QCOMPARE(controller.model()->rowCount(), 0);
    }

    // Thousands of entries: filling and filtering the model is what the GUI thread pays.
    void manyEntriesStayCheap()
    {
        QList<HistoryEntry> many;
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 20000; ++i) {
            many.append(entry(
                HistoryEntry::Kind::SetImage, QStringLiteral("app-%1").arg(i % 50),
                QStringLiteral("env-%1").arg(i % 3), QStringLiteral("v%1").arg(20000 - i),
                QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0')), start.addSecs(-i * 60)));
        }
        HistoryListModel model;
        QElapsedTimer timer;
        timer.start();
        model.setEntries(many);
        model.setFilter(QStringLiteral("app-7"), QString());
        model.setFilter({}, QStringLiteral("env-1"));
        const qint64 elapsed = timer.elapsed();
        qInfo("20,000 entries: set and filtered twice in %lld ms", elapsed);
        QCOMPARE(model.rowCount(), 6667);
        QCOMPARE(model.index(0).data(HistoryListModel::IsCurrentRole).toBool(), true);
    }
};

QTEST_MAIN(TestHistoryListModel)

#include "tst_historylistmodel.moc"
