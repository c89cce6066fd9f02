#include "recentrepositories.h"
#include "settingswriter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The recent repositories: newest first, no duplicates, at most ten, kept across runs, and a
// folder that is gone marked as missing (and removable).
class TestRecentRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    QString folder(const QString &name)
    {
        const QString path = m_scratch.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentrepositories"));
    }

    // The list is saved on the settings writer's thread: the previous test's saves first.
    void init()
    {
        SettingsWriter::waitForWrites();
        QSettings().clear();
    }

    void newestFirstWithoutDuplicates()
    {
        RecentRepositories recent;
        QAbstractItemModelTester tester(&recent,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&recent, &RecentRepositories::countChanged);
        const QString a = folder(QStringLiteral("alpha"));
        const QString b = folder(QStringLiteral("beta"));
        recent.add(a);
        recent.add(b);
        recent.add(a + QStringLiteral("/")); // the same folder, spelled differently
        QCOMPARE(recent.paths(), (QStringList {a, b}));
        QCOMPARE(recent.count(), 2);
        QVERIFY(count.count() >= 3);
        const QModelIndex first = recent.index(0);
        QCOMPARE(recent.data(first, RecentRepositories::NameRole).toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(recent.data(first, RecentRepositories::PathRole).toString(),
                 QDir::toNativeSeparators(a));
        QVERIFY(!recent.data(first, RecentRepositories::MissingRole).toBool());
        const QDateTime opened
            = recent.data(first, RecentRepositories::LastOpenedRole).toDateTime();
        QVERIFY(qAbs(opened.secsTo(QDateTime::currentDateTime())) < 60);
        QVERIFY(recent.data(first, RecentRepositories::LastOpenedTextRole)
                    .toString()
                    .startsWith(QStringLiteral("today, ")));
        QCOMPARE(recent.roleNames().value(RecentRepositories::LastOpenedTextRole),
                 QByteArray("lastOpenedText"));
    }

    void keepsTheTenNewest()
    {
        RecentRepositories recent;
        QAbstractItemModelTester tester(&recent,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList added;
        for (int i = 0; i < 13; ++i) {
            added.prepend(folder(QStringLiteral("repo%1").arg(i)));
            recent.add(added.constFirst());
        }
        QCOMPARE(recent.count(), RecentRepositories::maxEntries);
        QCOMPARE(recent.paths(), added.mid(0, RecentRepositories::maxEntries));
    }

    void keptAcrossRuns()
    {
        const QString a = folder(QStringLiteral("kept-a"));
        const QString b = folder(QStringLiteral("kept-b"));
        {
            RecentRepositories recent;
            recent.add(a);
            recent.add(b);
        }
        RecentRepositories again;
        QAbstractItemModelTester tester(&again,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(again.paths(), (QStringList {b, a}));
        QVERIFY(
            again.data(again.index(1), RecentRepositories::LastOpenedRole).toDateTime().isValid());
    }

    void aFolderThatIsGoneIsMarkedAndRemovable()
    {
        const QString kept = folder(QStringLiteral("stays"));
        const QString gone = folder(QStringLiteral("goes"));
        RecentRepositories recent;
        QAbstractItemModelTester tester(&recent,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        recent.add(gone);
        recent.add(kept);
        QVERIFY(!recent.hasMissing());

        QVERIFY(QDir(gone).removeRecursively());
        QSignalSpy changed(&recent, &QAbstractItemModel::dataChanged);
        recent.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(recent.data(recent.index(1), RecentRepositories::MissingRole).toBool());
        QVERIFY(!recent.data(recent.index(0), RecentRepositories::MissingRole).toBool());
        QVERIFY(recent.hasMissing());

        // Marked, not dropped, after a restart too.
        RecentRepositories later;
        QCOMPARE(later.count(), 2);
        QVERIFY(later.data(later.index(1), RecentRepositories::MissingRole).toBool());

        recent.removeMissing();
        QCOMPARE(recent.paths(), QStringList {kept});
        QVERIFY(!recent.hasMissing());
        QCOMPARE(RecentRepositories().paths(), QStringList {kept});

        recent.remove(kept);
        QCOMPARE(recent.count(), 0);
        recent.add(kept);
        recent.clear();
        QCOMPARE(RecentRepositories().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecentRepositories)
#include "tst_recentrepositories.moc"
