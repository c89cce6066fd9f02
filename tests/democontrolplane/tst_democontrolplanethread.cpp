#include "democontrolplanethread.h"
#include "demorepository.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade::Demo;

namespace {

// One HTTP request with blocking calls on this thread: its event loop does not run meanwhile,
// so an answer can only come from a server on another thread.
QByteArray blockingGet(const QUrl &base, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + base.host().toUtf8()
                 + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(10000)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    return answer;
}

} // namespace

// The embedded demo's services on a thread of their own (the window's): started without
// holding the caller, serving while the caller's thread is busy.
class TestDemoControlPlaneThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesWhileTheCallersThreadIsBusy()
    {
        QTemporaryDir scratch;
        const auto created = DemoRepository::generate(scratch.filePath(QStringLiteral("demo")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        DemoControlPlaneThread demo;
        QSignalSpy started(&demo, &DemoControlPlaneThread::started);
        QSignalSpy failed(&demo, &DemoControlPlaneThread::failed);
        demo.start(created->originPath, scratch.filePath(QStringLiteral("mirror")),
                   created->sourcesPath);
        QVERIFY(!demo.isStarted()); // it starts on its thread, the answer comes later
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(demo.isStarted());
        QVERIFY(demo.endpoints().argoCd.isValid());
        QVERIFY(!demo.endpoints().kubernetes.isEmpty());

        // The registry's challenge and Argo CD's version, asked with this thread blocked.
        const QByteArray registry = blockingGet(demo.endpoints().registry, "/v2/");
        QVERIFY2(registry.startsWith("HTTP/1.1 401"), registry.constData());
        const QByteArray argoCd = blockingGet(demo.endpoints().argoCd, "/api/version");
        QVERIFY2(argoCd.startsWith("HTTP/1.1 200"), argoCd.constData());
    }

    void aMissingOriginIsAClearFailure()
    {
        QTemporaryDir scratch;
        DemoControlPlaneThread demo;
        QSignalSpy failed(&demo, &DemoControlPlaneThread::failed);
        demo.start(scratch.filePath(QStringLiteral("no-such-origin.git")),
                   scratch.filePath(QStringLiteral("mirror")), scratch.path());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(!demo.isStarted());
        QVERIFY(!demo.errorString().isEmpty());
        QCOMPARE(failed.first().first().toString(), demo.errorString());
    }
};

QTEST_GUILESS_MAIN(TestDemoControlPlaneThread)
#include "tst_democontrolplanethread.moc"
