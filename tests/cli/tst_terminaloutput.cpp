#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// What the command line prints from outside sources reaches the terminal escaped in the text
// formats — file names and contents in a diff, authors and trailers in the history, a path in
// an error — while --format json keeps the exact text.
class TestTerminalOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    static constexpr char kEsc = '\x1b';

    static void verifyNoControls(const QByteArray &out)
    {
        for (const char c : out) {
            const auto u = static_cast<unsigned char>(c);
            QVERIFY2(u >= 0x20 || u == '\n',
                     qPrintable(QStringLiteral("control character 0x%1 in:\n%2")
                                    .arg(u, 2, 16, QLatin1Char('0'))
                                    .arg(QString::fromUtf8(out))));
        }
    }

private Q_SLOTS:
    void diffEscapesNamesAndContent()
    {
        const QString a = m_scratch.filePath(QStringLiteral("a"));
        const QString b = m_scratch.filePath(QStringLiteral("b"));
        const QString name = QStringLiteral("evil\x1b]0;owned\x07.yaml");
        QVERIFY(TestSupport::writeFile(a + u'/' + name, "tag: v1\n"));
        QVERIFY(TestSupport::writeFile(b + u'/' + name, "tag: v2\x1b[2J\x1b[H\n"));
        const auto r = TestSupport::runPromenade(
            {QStringLiteral("diff"), QStringLiteral("--no-index"), a, b});
        QCOMPARE(r.exitCode, 0);
        verifyNoControls(r.out);
        QVERIFY2(r.out.contains("+tag: v2\\e[2J\\e[H"), r.out.constData());
        QVERIFY2(r.out.contains("evil\\e]0;owned\\x07.yaml"), r.out.constData());

        // JSON: exact (the escape as JSON writes it, the same text read back).
        const auto json
            = TestSupport::runPromenade({QStringLiteral("diff"), QStringLiteral("--no-index"), a, b,
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains(kEsc));
        QVERIFY(QString::fromUtf8(QJsonDocument::fromJson(json.out).toJson())
                    .contains(u"\\u001b[2J"_qs));
        QVERIFY(QJsonDocument::fromJson(json.out)
                    .toJson(QJsonDocument::Compact)
                    .contains("evil\\u001b]0;owned\\u0007.yaml"));
    }

    void historyEscapesAuthorsAndTrailers()
    {
        const QString repo = m_scratch.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo));
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("init"), QStringLiteral("-q"),
                                   QStringLiteral("-b"), QStringLiteral("main")})
                     .exitCode,
                 0);
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/README.md"), "x\n"));
        QCOMPARE(TestSupport::git(repo, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        const QStringList who {QStringLiteral("-c"), QStringLiteral("user.name=Mal\x1b[2Jlory"),
                               QStringLiteral("-c"), QStringLiteral("user.email=m@example.com")};
        const auto committed = TestSupport::git(
            repo,
            who
                + QStringList {
                    QStringLiteral("commit"), QStringLiteral("-qm"),
                    QStringLiteral("Promote web\n\nPromenade-Action: promote\nPromenade-App: "
                                   "web\x1b]0;owned\x07\n"
                                   "Promenade-From: staging\nPromenade-To: "
                                   "production\nPromenade-Image: ghcr.io/acme/web:v1\x1b[31m\n")});
        QCOMPARE(committed.exitCode, 0);
        const auto r = TestSupport::runPromenade({QStringLiteral("history"), repo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyNoControls(r.out);
        QVERIFY2(r.out.contains("Mal\\e[2Jlory"), r.out.constData());
        QVERIFY2(r.out.contains("web\\e]0;owned\\x07"), r.out.constData());

        const auto json = TestSupport::runPromenade(
            {QStringLiteral("history"), repo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonValue entries
            = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("entries"));
        const QJsonObject first = entries.toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("app")).toString(),
                 QStringLiteral("web\x1b]0;owned\x07"));
    }

    void errorsOnStderrAreEscaped()
    {
        const auto r = TestSupport::runPromenade(
            {QStringLiteral("status"), m_scratch.filePath(QStringLiteral("no\x1b[2Jsuch"))});
        QVERIFY(r.exitCode != 0);
        verifyNoControls(r.err);
        QVERIFY2(r.err.contains("no\\e[2Jsuch"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminaloutput.moc"
