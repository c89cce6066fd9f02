// The history of a repository with ~2,000 commits: a corpus fixture (Argo CD Image Updater's
// write-back files and kustomize images: by default) committed, then N commits that bump a pin
// of a random environment, touch a pin's file without changing its version, or change another
// file. QBENCHMARK times PromotionHistory::load on it (discovery, the log walk and every pin's
// version read before and after each commit that touched its file); prints entries and the time
// per commit.
//
//     bench_history [--commits N] [--fixture NAME] [QTest options]
#include "gitrepository.h"
#include "pinhistory.h"
#include "promotionhistory.h"
#include "repositorydiscovery.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

namespace {

int g_commits = 2000;
QString g_fixture = QStringLiteral("image-updater-write-back");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repo;
    int m_versionCommits = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        const QString fixture
            = QStringLiteral(PROMENADE_SOURCE_DIR "/tests/data/repositories/") + g_fixture;
        QVERIFY2(QFileInfo(fixture).isDir(), qPrintable(fixture));
        QDirIterator it(fixture, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(fixture).relativeFilePath(path);
            if (relative.startsWith(QLatin1String("rendered/")) || relative == u"expected.json")
                continue;
            QVERIFY(write(QDir(m_repo).filePath(relative), readAll(path)));
        }
        auto repo = Git::Repository::init(m_repo);
        QVERIFY(repo);
        Git::Signature who {QStringLiteral("Bench"), QStringLiteral("bench@example.invalid"),
                            QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())};
        QVERIFY(repo->commitAll(QStringLiteral("Initial layout"), who, who));

        auto pipeline = RepositoryDiscovery::discover(m_repo);
        QVERIFY(pipeline);
        const QList<TracedPin> pins = PinHistory::pinsOf(*pipeline);
        QVERIFY(!pins.isEmpty());
        QHash<QString, QString> current; // file:line → the version written there
        for (const TracedPin &pin : pins)
            current.insert(pin.pin.file + u':' + QString::number(pin.pin.line),
                           pin.version.section(u'@', 0, 0));

        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(7);
        for (int i = 1; i <= g_commits; ++i) {
            who.when = who.when.addSecs(600);
            const TracedPin &pin = pins.at(random.bounded(pins.size()));
            const QString key = pin.pin.file + u':' + QString::number(pin.pin.line);
            QByteArray bytes = readAll(QDir(m_repo).filePath(pin.pin.file));
            QString path = pin.pin.file;
            const int what = random.bounded(10);
            if (what < 6) {
                QList<QByteArray> lines = bytes.split('\n');
                const QString next = QStringLiteral("1.%1.0").arg(i);
                lines[pin.pin.line - 1].replace(current.value(key).toUtf8(), next.toUtf8());
                current.insert(key, next);
                bytes = lines.join('\n');
                ++m_versionCommits;
            } else if (what < 8) {
                bytes += "# touched by commit " + QByteArray::number(i) + '\n';
            } else {
                path = QStringLiteral("docs/notes.md");
                bytes = "note " + QByteArray::number(i) + '\n';
            }
            QVERIFY(write(QDir(m_repo).filePath(path), bytes));
            QVERIFY(repo->commitContent(path, bytes, QStringLiteral("Commit %1").arg(i), who, who));
        }
        qInfo("%d commits written in %lld ms (%d version changes, %lld pins)", g_commits,
              timer.elapsed(), m_versionCommits, qint64(pins.size()));
    }

    void history()
    {
        qsizetype entries = 0;
        QElapsedTimer timer;
        timer.start();
        int runs = 0;
        QBENCHMARK
        {
            const auto loaded = PromotionHistory::load(m_repo);
            QVERIFY(loaded);
            entries = loaded->size();
            ++runs;
        }
        // The first pin of each place is an entry too.
        QVERIFY(entries >= m_versionCommits);
        qInfo("%lld entries from %d commits; %.3f ms per commit", qint64(entries), g_commits + 1,
              double(timer.elapsed()) / runs / (g_commits + 1));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size();) {
        if (args.at(i) == u"--commits") {
            g_commits = args.at(i + 1).toInt();
            args.remove(i, 2);
        } else if (args.at(i) == u"--fixture") {
            g_fixture = args.at(i + 1);
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    BenchHistory bench;
    return QTest::qExec(&bench, args);
}

#include "bench_history.moc"
