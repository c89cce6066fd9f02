#include "cli.h"
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
        QTest::addRow("word") << QStringList {QStringLiteral("deploy")};
        QTest::addRow("missing path") << QStringList {QStringLiteral("/nonexistent/repository")};
        QTest::addRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
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

    // The man page and the completions are written from the same tables as --help: every
    // command and every option of a command is in each of them.
    void generatedFilesCoverEveryCommandAndOption()
    {
        const QString man = Cli::generatedFile(QStringLiteral("man"));
        const QString bash = Cli::generatedFile(QStringLiteral("bash"));
        const QString zsh = Cli::generatedFile(QStringLiteral("zsh"));
        QVERIFY(man.startsWith(u".\\"));
        QVERIFY(bash.contains(u"complete -F _promenade promenade"));
        QVERIFY(zsh.startsWith(u"#compdef promenade"));
        for (const Cli::Command &c : Cli::commands()) {
            QVERIFY2(!c.syntax.description.isEmpty(), qPrintable(c.name));
            QVERIFY2(man.contains(QStringLiteral(".SS ")
                                  + QString(c.name).replace(u'-', QStringLiteral("\\-"))),
                     qPrintable(c.name));
            QVERIFY2(zsh.contains(u"'" + c.name + u':'), qPrintable(c.name));
            for (const QCommandLineOption &option : c.syntax.options) {
                const QString name = option.names().constLast();
                const QString where = c.name + QStringLiteral(" --") + name;
                QVERIFY2(man.contains(QStringLiteral("\\fB\\-\\-")
                                      + QString(name).replace(u'-', QStringLiteral("\\-"))),
                         qPrintable(where));
                QVERIFY2(bash.contains(QStringLiteral(" --") + name + u' ')
                             || bash.contains(QStringLiteral(" --") + name + u'"'),
                         qPrintable(where));
                QVERIFY2(zsh.contains(QStringLiteral("--") + name), qPrintable(where));
            }
        }
        QVERIFY(Cli::generatedFile(QStringLiteral("fish")).isEmpty());
        const auto r
            = TestSupport::runPromenade({QStringLiteral("--generate"), QStringLiteral("fish")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("usage: promenade --generate man|bash|zsh"), r.err.constData());
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
