#include "backgroundpriority.h"

#include <QTest>
#include <QThread>

#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <memory>
#include <thread>

using namespace Promenade;

namespace {

// The calling thread's own nice value (Linux: per thread).
int currentThreadNiceness()
{
    errno = 0;
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

} // namespace

// Background work gives way to the GUI thread: the thread that asks is niced, the others are
// not, asking twice changes nothing, and threads it makes afterwards inherit it.
class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThread()
    {
        const int mainBefore = currentThreadNiceness();
        if (mainBefore >= BackgroundNiceness)
            QFAIL("this test runs under nice >= 5 already: run it at a normal priority");
        int inThread = -100;
        int again = -100;
        int returned = -100;
        int child = -100;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            returned = runCurrentThreadInBackground();
            inThread = currentThreadNiceness();
            again = runCurrentThreadInBackground();
            // Qt's network thread is made by the thread that owns the network access manager.
            std::thread made([&] { child = currentThreadNiceness(); });
            made.join();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(returned, BackgroundNiceness);
        QCOMPARE(inThread, BackgroundNiceness);
        QCOMPARE(again, BackgroundNiceness);
        QCOMPARE(child, BackgroundNiceness);
        QCOMPARE(currentThreadNiceness(), mainBefore);
    }

    void neverLowersANicerThread()
    {
        int after = -100;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 12);
            runCurrentThreadInBackground();
            after = currentThreadNiceness();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(after, 12);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
