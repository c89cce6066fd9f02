#include "cli/cli.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Promenade;

// The command line skeleton: help, version, dispatch and the exit code of bad usage.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsEveryCommand()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(Cli::run({QStringLiteral("--help")}, o, e), 0);
        for (const Cli::Command &c : Cli::commands())
            QVERIFY2(out.contains(u"  " + c.name), qPrintable(c.name));
        QVERIFY(err.isEmpty());
    }

    void versionPrintsTheProjectVersion()
    {
        const auto r = TestSupport::runPromenade({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("promenade " PROMENADE_VERSION));
    }

    void unknownCommandsExitTwoWithAUsageLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("word") << QStringList{QStringLiteral("deploy")};
        QTest::addRow("missing path") << QStringList{QStringLiteral("/nonexistent/repository")};
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    }

    void unknownCommandsExitTwoWithAUsageLine()
    {
        QFETCH(QStringList, arguments);
        const auto r = TestSupport::runPromenade(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command"), r.err.constData());
        QVERIFY2(r.err.contains("usage: promenade"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void windowArgumentsAreNotCommands()
    {
        QVERIFY(!Cli::wantsCommandLine({}));
        QVERIFY(!Cli::wantsCommandLine({QStringLiteral("--demo")}));
        QVERIFY(!Cli::wantsCommandLine({QDir::tempPath()}));
        QVERIFY(Cli::wantsCommandLine({QStringLiteral("demo-repo"), QDir::tempPath()}));
        QVERIFY(Cli::wantsCommandLine({QStringLiteral("--version")}));
    }

    void badSubcommandUsageExitsTwo()
    {
        const auto r = TestSupport::runPromenade({QStringLiteral("demo-repo")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("usage: promenade demo-repo"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
