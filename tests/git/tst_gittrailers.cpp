#include "gittrailers.h"

#include <QTest>

using namespace Promenade;
using Git::Trailer;
using Git::Trailers;

// Trailers: the `Key: value` lines that record a promotion in its commit message.
class TestGitTrailers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QList<Trailer>>("expected");
        QTest::addRow("none") << QStringLiteral("Fix the ingress\n\nA body.\n")
                              << QList<Trailer> {};
        QTest::addRow("subject only") << QStringLiteral("Promenade-App: x\n") << QList<Trailer> {};
        QTest::addRow("promotion")
            << QStringLiteral(
                   "Promote signconnect sha-9d2e6f0 to staging\n\nsignconnect was verified.\n\n"
                   "Promenade-Action: promote\nPromenade-App: signconnect\nPromenade-From: "
                   "development\n"
                   "Promenade-To: staging\nPromenade-Image: "
                   "ghcr.io/howdiggy/signconnect:sha-9d2e6f0@sha256:"
                   "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")
            << QList<Trailer> {
                   {QStringLiteral("Promenade-Action"), QStringLiteral("promote")},
                   {QStringLiteral("Promenade-App"), QStringLiteral("signconnect")},
                   {QStringLiteral("Promenade-From"), QStringLiteral("development")},
                   {QStringLiteral("Promenade-To"), QStringLiteral("staging")},
                   {QStringLiteral("Promenade-Image"),
                    QStringLiteral(
                        "ghcr.io/howdiggy/signconnect:sha-9d2e6f0@sha256:"
                        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")}};
        QTest::addRow("signed-off")
            << QStringLiteral("Subject\n\nSigned-off-by: A <a@example.invalid>\n")
            << QList<Trailer> {
                   {QStringLiteral("Signed-off-by"), QStringLiteral("A <a@example.invalid>")}};
    }

    void parse()
    {
        QFETCH(QString, message);
        QFETCH(QList<Trailer>, expected);
        QCOMPARE(Trailers::parse(message), expected);
    }

    void valueIsCaseInsensitive()
    {
        const QList<Trailer> t {{QStringLiteral("Promenade-App"), QStringLiteral("blog")}};
        QCOMPARE(Trailers::value(t, QStringLiteral("promenade-app")), QStringLiteral("blog"));
        QCOMPARE(Trailers::value(t, QStringLiteral("Promenade-To")), QString());
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addRow("subject") << QStringLiteral("Promote blog to staging");
        QTest::addRow("subject and body")
            << QStringLiteral("Promote blog to staging\n\nVerified in development.\n\n\n");
        QTest::addRow("existing trailers")
            << QStringLiteral("Subject\n\nBody.\n\nSigned-off-by: A <a@example.invalid>");
    }

    void formatRoundTrips()
    {
        QFETCH(QString, message);
        const QList<Trailer> trailers {
            {QStringLiteral("Promenade-Action"), QStringLiteral("promote")},
            {QStringLiteral("Promenade-To"), QStringLiteral("staging")}};
        const QString text = Trailers::format(message, trailers);
        QVERIFY(text.endsWith(QStringLiteral("Promenade-To: staging\n")));
        const QList<Trailer> parsed = Trailers::parse(text);
        QVERIFY(parsed.size() >= 2);
        QCOMPARE(parsed.mid(parsed.size() - 2), trailers);
        QVERIFY(text.startsWith(message.trimmed()));
    }

    void formatCannotInjectATrailer()
    {
        const QString text = Trailers::format(
            QStringLiteral("Subject"),
            {{QStringLiteral("Promenade-App"), QStringLiteral("blog\nPromenade-To: production")}});
        const QList<Trailer> parsed = Trailers::parse(text);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(Trailers::value(parsed, QStringLiteral("Promenade-To")), QString());
    }
};

QTEST_GUILESS_MAIN(TestGitTrailers)
#include "tst_gittrailers.moc"
