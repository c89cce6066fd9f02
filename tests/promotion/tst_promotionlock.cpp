#include "promotionlock.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Promenade;

// One promotion at a time per clone: a second one is refused while the first holds the lock
// (in this process, another thread, or another process), the lock goes with its holder, and
// one left by a process that died is taken over.
class TestPromotionLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_count = 0;

    QString gitDir()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("repo%1/.git").arg(++m_count));
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    void secondLockIsRefusedUntilTheFirstGoes()
    {
        const QString dir = gitDir();
        {
            auto first = PromotionLock::acquire(dir);
            QVERIFY(first);
            QVERIFY(QFile::exists(dir + QStringLiteral("/promenade-promotion.lock")));
            // Another thread of this process: refused, saying who holds it.
            // (The lock is move-only: the other thread reports what it got.)
            Error refusal;
            bool acquired = true;
            std::thread other([&] {
                auto second = PromotionLock::acquire(dir);
                acquired = bool(second);
                if (!second)
                    refusal = second.error();
            });
            other.join();
            QVERIFY(!acquired);
            QCOMPARE(refusal.kind(), Error::Kind::Refused);
            QVERIFY2(refusal.message().contains(
                         QStringLiteral("another promotion is running in this clone")),
                     qPrintable(refusal.message()));
            QVERIFY2(
                refusal.message().contains(QString::number(QCoreApplication::applicationPid())),
                qPrintable(refusal.message()));
            QVERIFY(refusal.message().contains(QStringLiteral("promenade-promotion.lock")));
        }
        QVERIFY(!QFile::exists(dir + QStringLiteral("/promenade-promotion.lock")));
        QVERIFY(PromotionLock::acquire(dir));
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        const QString dir = gitDir();
        // A process that has ended: its id is free.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        TestSupport::writeFile(dir + QStringLiteral("/promenade-promotion.lock"),
                               QByteArray::number(deadPid) + "\npromenade\n"
                                   + QSysInfo::machineHostName().toUtf8() + "\n");
        auto lock = PromotionLock::acquire(dir);
        QVERIFY2(lock, lock ? "" : qPrintable(lock.error().toString()));
        QVERIFY2(lock->tookOverFrom().contains(QString::number(deadPid)),
                 qPrintable(lock->tookOverFrom()));
    }

    void lockOfALiveProcessIsKept()
    {
        const QString dir = gitDir();
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        TestSupport::writeFile(dir + QStringLiteral("/promenade-promotion.lock"),
                               QByteArray::number(pid) + "\nsleep\n"
                                   + QSysInfo::machineHostName().toUtf8() + "\n");
        auto lock = PromotionLock::acquire(dir);
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(!lock);
        QCOMPARE(lock.error().kind(), Error::Kind::Refused);
        QVERIFY2(lock.error().message().contains(QString::number(pid)),
                 qPrintable(lock.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestPromotionLock)
#include "tst_promotionlock.moc"
