#include "safefile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Promenade;

// The reader of repository files: only regular files inside the root, links resolved and
// contained, devices, FIFOs and sockets refused before anything is opened (a FIFO or
// /dev/stdin must not block), the size capped with the cap in the message.
class TestSafeFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_root;

    QString inRoot(const QString &name) const { return QDir(m_root).filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_root = m_scratch.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
        TestSupport::writeFile(inRoot(QStringLiteral("file.yaml")), "kind: ConfigMap\n");
        TestSupport::writeFile(inRoot(QStringLiteral("empty.yaml")), "");
        TestSupport::writeFile(m_scratch.filePath(QStringLiteral("outside.yaml")), "secret: 1\n");
        QVERIFY(QFile::link(QStringLiteral("../file.yaml"),
                            inRoot(QStringLiteral("sub/inside-link.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), inRoot(QStringLiteral("zero.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/stdin"), inRoot(QStringLiteral("stdin.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), inRoot(QStringLiteral("passwd.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("../outside.yaml"), inRoot(QStringLiteral("out.yaml"))));
        QVERIFY(
            QFile::link(QStringLiteral("missing.yaml"), inRoot(QStringLiteral("dangling.yaml"))));
        QCOMPARE(::mkfifo(QFile::encodeName(inRoot(QStringLiteral("fifo.yaml"))).constData(), 0600),
                 0);
        // 200 MB that cost nothing on disk: a sparse file.
        QFile big(inRoot(QStringLiteral("big.yaml")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200LL * 1024 * 1024));
    }

    void readsARegularFile()
    {
        const auto bytes = SafeFile::read(inRoot(QStringLiteral("file.yaml")), m_root);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        QCOMPARE(*bytes, QByteArray("kind: ConfigMap\n"));
        const auto empty = SafeFile::read(inRoot(QStringLiteral("empty.yaml")), m_root);
        QVERIFY(empty);
        QVERIFY(empty->isEmpty() && !empty->isNull());
        // A link that stays inside the root is followed.
        const auto linked = SafeFile::read(inRoot(QStringLiteral("sub/inside-link.yaml")), m_root);
        QVERIFY(linked);
        QCOMPARE(*linked, QByteArray("kind: ConfigMap\n"));
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why");
        QTest::addColumn<bool>("withRoot");
        QTest::addRow("link to /dev/zero")
            << QStringLiteral("zero.yaml") << QStringLiteral("outside the repository") << true;
        QTest::addRow("link to /dev/zero, no root")
            << QStringLiteral("zero.yaml") << QStringLiteral("a character device") << false;
        QTest::addRow("link to /etc/passwd")
            << QStringLiteral("passwd.yaml") << QStringLiteral("outside the repository") << true;
        QTest::addRow("link out of the root")
            << QStringLiteral("out.yaml") << QStringLiteral("outside the repository") << true;
        QTest::addRow("dangling link")
            << QStringLiteral("dangling.yaml") << QStringLiteral("does not exist") << true;
        QTest::addRow("FIFO") << QStringLiteral("fifo.yaml") << QStringLiteral("a FIFO") << true;
        QTest::addRow("folder") << QStringLiteral("sub") << QStringLiteral("a folder") << true;
        QTest::addRow("200 MB") << QStringLiteral("big.yaml")
                                << QStringLiteral("more than the 8 MiB") << true;
        QTest::addRow("path out of the root")
            << QStringLiteral("../outside.yaml") << QStringLiteral("leaves the repository") << true;
    }

    void refusesHostileFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, why);
        QFETCH(bool, withRoot);
        QElapsedTimer timer;
        timer.start();
        const auto bytes = SafeFile::read(inRoot(name), withRoot ? m_root : QString());
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message().contains(why), qPrintable(bytes.error().toString()));
        QVERIFY2(!bytes.error().file().isEmpty(), "the error names the file");
        QVERIFY(!SafeFile::check(inRoot(name), withRoot ? m_root : QString()));
    }

    // /dev/stdin may be a terminal, a pipe or /dev/null under a test runner: never read, never
    // blocking.
    void refusesStandardInput()
    {
        const auto bytes = SafeFile::read(inRoot(QStringLiteral("stdin.yaml")));
        QVERIFY(!bytes);
        const auto direct = SafeFile::read(QStringLiteral("/dev/stdin"));
        QVERIFY(!direct);
    }

    void capIsExact()
    {
        TestSupport::writeFile(inRoot(QStringLiteral("cap.yaml")), QByteArray(1000, 'x'));
        QVERIFY(SafeFile::read(inRoot(QStringLiteral("cap.yaml")), m_root, 1000));
        const auto over = SafeFile::read(inRoot(QStringLiteral("cap.yaml")), m_root, 999);
        QVERIFY(!over);
        QVERIFY2(over.error().message().contains(QStringLiteral("999 bytes")),
                 qPrintable(over.error().message()));
    }

    void missingFileIsNotFound()
    {
        const auto bytes = SafeFile::read(inRoot(QStringLiteral("nope.yaml")), m_root);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind(), Error::Kind::NotFound);
    }

    void sizeText()
    {
        QCOMPARE(SafeFile::sizeText(8 * 1024 * 1024), QStringLiteral("8 MiB"));
        QCOMPARE(SafeFile::sizeText(200LL * 1024 * 1024), QStringLiteral("200 MiB"));
        QCOMPARE(SafeFile::sizeText(512), QStringLiteral("512 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
