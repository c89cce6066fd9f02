#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `promenade diff --no-index`: output formats and exit codes, run as the real executable.
class TestDiffCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_a;
    QString m_b;

    static TestSupport::ProcessResult diff(const QStringList &arguments)
    {
        return TestSupport::runPromenade(QStringList {QStringLiteral("diff")} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_a = m_scratch.filePath(QStringLiteral("a"));
        m_b = m_scratch.filePath(QStringLiteral("b"));
        const QString data = TestSupport::dataPath(QStringLiteral("diff-semantic/replicas/"));
        QVERIFY(
            TestSupport::writeFile(m_a + u"/web.yaml", TestSupport::readFile(data + u"a.yaml")));
        QVERIFY(
            TestSupport::writeFile(m_b + u"/web.yaml", TestSupport::readFile(data + u"b.yaml")));
        QVERIFY(TestSupport::writeFile(m_a + u"/same.txt", "same\n"));
        QVERIFY(TestSupport::writeFile(m_b + u"/same.txt", "same\n"));
        QVERIFY(TestSupport::writeFile(m_a + u"/gone/old.txt", "old\n"));
        QVERIFY(TestSupport::writeFile(m_b + u"/fresh/new.txt", "new\n"));
    }

    void identicalFilesExitZeroWithNoOutput()
    {
        const auto r = diff({QStringLiteral("--no-index"), QStringLiteral("--exit-code"),
                             m_a + u"/same.txt", m_b + u"/same.txt"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.isEmpty());
    }

    void differencesExitZeroOrOneWithExitCode()
    {
        const QStringList files {QStringLiteral("--no-index"), m_a + u"/web.yaml",
                                 m_b + u"/web.yaml"};
        const auto plain = diff(files);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QByteArray("--- a/" + m_a.toUtf8() + "/web.yaml\n+++ b/"
                                               + m_b.toUtf8() + "/web.yaml\n")),
                 plain.out.constData());
        QVERIFY(plain.out.contains("@@ -4,7 +4,7 @@\n"));
        QVERIFY(plain.out.contains("-  replicas: 1\n+  replicas: 2\n"));
        QVERIFY(plain.out.contains("# Kubernetes changes\n"));
        QVERIFY(plain.out.contains(
            "~ apps/v1 Deployment shop/web\n      spec.replicas: 1 \xe2\x86\x92 2\n"));
        QCOMPARE(diff(files + QStringList {QStringLiteral("--exit-code")}).exitCode, 1);
    }

    void folderModeListsAddedAndRemovedFiles()
    {
        const auto r = diff({QStringLiteral("--no-index"), m_a, m_b, QStringLiteral("--context"),
                             QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--- /dev/null\n+++ b/fresh/new.txt\n@@ -0,0 +1 @@\n+new\n"));
        QVERIFY(r.out.contains("--- a/gone/old.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-old\n"));
        QVERIFY(r.out.contains("--- a/web.yaml\n+++ b/web.yaml\n@@ -6,3 +6,3 @@\n"));
        QVERIFY(!r.out.contains("same.txt"));
    }

    void jsonFormat()
    {
        const auto r = diff({QStringLiteral("--no-index"), m_a, m_b, QStringLiteral("--format"),
                             QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(report[u"version"].toInt(), 1);
        QCOMPARE(report[u"left"].toString(), m_a);
        QCOMPARE(report[u"summary"][u"added"].toInt(), 1);
        QCOMPARE(report[u"summary"][u"removed"].toInt(), 1);
        QCOMPARE(report[u"summary"][u"modified"].toInt(), 1);
        QCOMPARE(report[u"summary"][u"unchanged"].toInt(), 1);
        const QJsonArray files = report[u"files"].toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files[0][u"path"].toString(), QStringLiteral("fresh/new.txt"));
        QCOMPARE(files[0][u"status"].toString(), QStringLiteral("added"));
        QVERIFY(files[0][u"leftPath"].isNull());
        QCOMPARE(files[2][u"semantic"][u"documents"][0][u"changes"][0][u"path"].toString(),
                 QStringLiteral("spec.replicas"));
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = m_scratch.filePath(QStringLiteral("missing"));
        QTest::addRow("missing path")
            << QStringList {QStringLiteral("--no-index"), m_a, missing}
            << QStringLiteral("promenade: %1: no such file or folder\n").arg(missing);
        QTest::addRow("file and folder")
            << QStringList {QStringLiteral("--no-index"), m_a, m_b + u"/same.txt"}
            << QStringLiteral("promenade: %1: is a folder but %2 is a file; compare two files or "
                              "two folders\n")
                   .arg(m_a, m_b + u"/same.txt");
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = diff(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), message);
        QVERIFY(r.out.isEmpty());
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        // A repository that does not exist is bad input (one line naming it, no usage line).
        QTest::addRow("environments mode, no repository")
            << QStringList {QStringLiteral("repo"), QStringLiteral("staging"),
                            QStringLiteral("production")}
            << QByteArray("promenade: repo: no such folder");
        QTest::addRow("two paths without --no-index")
            << QStringList {QStringLiteral("a"), QStringLiteral("b")}
            << QByteArray("a repository and two environments (or --no-index and two paths)");
        QTest::addRow("--mode with --no-index")
            << QStringList {QStringLiteral("--no-index"), QStringLiteral("--mode"),
                            QStringLiteral("files"), QStringLiteral("a"), QStringLiteral("b")}
            << QByteArray("do not go with --no-index");
        QTest::addRow("one path") << QStringList {QStringLiteral("--no-index"), QStringLiteral("a")}
                                  << QByteArray("two paths");
        QTest::addRow("format") << QStringList {QStringLiteral("--no-index"),
                                                QStringLiteral("--format"), QStringLiteral("xml"),
                                                QStringLiteral("a"), QStringLiteral("b")}
                                << QByteArray("unknown format");
        QTest::addRow("context") << QStringList {QStringLiteral("--no-index"),
                                                 QStringLiteral("--context"), QStringLiteral("-1"),
                                                 QStringLiteral("a"), QStringLiteral("b")}
                                 << QByteArray("--context");
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const auto r = diff(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        if (!mentions.startsWith("promenade: repo"))
            QVERIFY2(r.err.contains("usage: promenade diff REPO ENV_A ENV_B"), r.err.constData());
    }

    void help()
    {
        const auto r = diff({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--exit-code"));
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
