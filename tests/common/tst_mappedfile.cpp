#include "mappedfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Promenade;

// Files mapped instead of read: the same bytes and the same refusals as SafeFile::read, a
// fallback to reading, and a file truncated under its mapping ends the process with a clear
// error (exit code 2) instead of a crash, while any other SIGBUS keeps its default action.
class TestMappedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_root;

    QString inRoot(const QString &name) const { return QDir(m_root).filePath(name); }

    // Runs body in a child process with its stderr into a pipe; the child's wait status and
    // what it wrote.
    static std::pair<int, QByteArray> inChild(const std::function<void()> &body)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return {-1, {}};
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            ::dup2(fds[1], STDERR_FILENO);
            body();
            ::_exit(0);
        }
        ::close(fds[1]);
        QByteArray err;
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
            err.append(buffer, n);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        return {status, err};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_root = m_scratch.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
        TestSupport::writeFile(inRoot(QStringLiteral("file.yaml")), "kind: ConfigMap\n");
        TestSupport::writeFile(inRoot(QStringLiteral("empty.yaml")), "");
        TestSupport::writeFile(m_scratch.filePath(QStringLiteral("outside.yaml")), "secret: 1\n");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), inRoot(QStringLiteral("zero.yaml"))));
        QVERIFY(QFile::link(QStringLiteral("../outside.yaml"), inRoot(QStringLiteral("out.yaml"))));
        QCOMPARE(::mkfifo(QFile::encodeName(inRoot(QStringLiteral("fifo.yaml"))).constData(), 0600),
                 0);
        QFile big(inRoot(QStringLiteral("big.yaml")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200LL * 1024 * 1024)); // sparse
    }

    void mapsARegularFile()
    {
        const QByteArray content = QByteArray("apiVersion: v1\n").repeated(5000);
        TestSupport::writeFile(inRoot(QStringLiteral("large.yaml")), content);
        auto file = MappedFile::open(inRoot(QStringLiteral("large.yaml")), m_root);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QVERIFY(file->isMapped());
        QCOMPARE(file->bytes(), content);
        // A view of the mapping, not a copy; still the same after a move.
        const char *data = file->bytes().constData();
        QCOMPARE(file->bytes().constData(), data);
        MappedFile moved = std::move(*file);
        QVERIFY(moved.isMapped());
        QCOMPARE(moved.bytes().constData(), data);
        QCOMPARE(moved.bytes(), content);
    }

    void emptyFileIsReadEmpty()
    {
        const auto file = MappedFile::open(inRoot(QStringLiteral("empty.yaml")), m_root);
        QVERIFY(file);
        QVERIFY(!file->isMapped());
        QVERIFY(file->bytes().isEmpty() && !file->bytes().isNull());
    }

    void refusesWhatSafeFileRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("withRoot");
        QTest::addRow("link to /dev/zero") << QStringLiteral("zero.yaml") << false;
        QTest::addRow("link out of the root") << QStringLiteral("out.yaml") << true;
        QTest::addRow("FIFO") << QStringLiteral("fifo.yaml") << true;
        QTest::addRow("folder") << QStringLiteral("sub") << true;
        QTest::addRow("200 MB") << QStringLiteral("big.yaml") << true;
        QTest::addRow("missing") << QStringLiteral("nope.yaml") << true;
    }

    void refusesWhatSafeFileRefuses()
    {
        QFETCH(QString, name);
        QFETCH(bool, withRoot);
        const QString root = withRoot ? m_root : QString();
        const auto file = MappedFile::open(inRoot(name), root);
        const auto read = SafeFile::read(inRoot(name), root);
        QVERIFY(!file);
        QVERIFY(!read);
        QCOMPARE(file.error().kind(), read.error().kind());
        QCOMPARE(file.error().toString(), read.error().toString());
    }

    void readsWhenTooManyAreMapped()
    {
        // More files at once than the SIGBUS handler's table holds: the rest are read.
        std::vector<MappedFile> files;
        int mapped = 0;
        for (int i = 0; i < 40; ++i) {
            const QString path = inRoot(QStringLiteral("many-%1.yaml").arg(i));
            TestSupport::writeFile(path, QByteArray::number(i) + '\n');
            auto file = MappedFile::open(path);
            QVERIFY(file);
            QCOMPARE(file->bytes(), QByteArray::number(i) + '\n');
            mapped += file->isMapped() ? 1 : 0;
            files.push_back(std::move(*file));
        }
        QVERIFY(mapped > 0);
        QVERIFY(mapped < 40);
        // Released mappings free their entries.
        files.clear();
        auto again = MappedFile::open(inRoot(QStringLiteral("file.yaml")));
        QVERIFY(again && again->isMapped());
    }

    void truncatedFileEndsTheProcessWithAnError()
    {
        const QString path = inRoot(QStringLiteral("shrinks.yaml"));
        TestSupport::writeFile(path, QByteArray(64 * 1024, 'x'));
        const auto [status, err] = inChild([&path] {
            auto file = MappedFile::open(path);
            if (!file || !file->isMapped())
                ::_exit(10);
            const QByteArray bytes = file->bytes();
            // Another program truncates the file: the pages past its end are gone.
            if (::truncate(QFile::encodeName(path).constData(), 0) != 0)
                ::_exit(11);
            volatile char last = bytes.constData()[bytes.size() - 1];
            (void)last;
            ::_exit(12); // not reached
        });
        QVERIFY2(WIFEXITED(status), "ended by a signal, not by the handler");
        QCOMPARE(WEXITSTATUS(status), 2);
        QVERIFY2(err.contains("shrinks.yaml: the file was truncated while it was being read"),
                 err.constData());
    }

    void otherBusErrorsKeepTheirAction()
    {
        TestSupport::writeFile(inRoot(QStringLiteral("kept.yaml")), "a: 1\n");
        const auto [status, err] = inChild([this] {
            auto file = MappedFile::open(inRoot(QStringLiteral("kept.yaml")));
            if (!file || !file->isMapped())
                ::_exit(10);
            ::raise(SIGBUS); // not a lost page: the default action, as without the handler
            ::_exit(12);
        });
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGBUS);
        QVERIFY(!err.contains("truncated"));
    }
};

QTEST_GUILESS_MAIN(TestMappedFile)
#include "tst_mappedfile.moc"
