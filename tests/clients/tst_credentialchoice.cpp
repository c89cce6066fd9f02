#include "credentialchoice.h"

#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using Credentials::Credential;

namespace {
Credential candidate(const QString &source, const QString &secret, bool tied)
{
    return {secret, {}, false, source, Credential::Origin::Environment, tied};
}
} // namespace

// The credential sent is the first candidate of the one precedence that EndpointTrust lets go
// to the endpoint; when none may go, the first one is named as withheld (never its value).
class TestCredentialChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QList<Credential>>("candidates");
        QTest::addColumn<QString>("sent"); // the secret sent
        QTest::addColumn<QString>("withheld"); // the withheld credential's description
        QTest::addColumn<int>("reason");

        const Credential untied = candidate(u"ARGOCD_AUTH_TOKEN"_qs, u"s3cret-env"_qs, false);
        const Credential tied = candidate(u"argocd context lab"_qs, u"s3cret-cli"_qs, true);
        const int untrusted = int(WithheldCredential::Reason::Untrusted);
        const int plainHttp = int(WithheldCredential::Reason::PlainHttp);
        const QString https = QStringLiteral("https://argocd.example.com");

        QTest::newRow("nothing") << https << false << QList<Credential>() << QString() << QString()
                                 << 0;
        QTest::newRow("a tied one goes")
            << https << false << QList<Credential> {tied} << u"s3cret-cli"_qs << QString() << 0;
        QTest::newRow("an untied one goes where trusted")
            << https << true << QList<Credential> {untied, tied} << u"s3cret-env"_qs << QString()
            << 0;
        QTest::newRow("an untied one is passed over for the next that may go")
            << https << false << QList<Credential> {untied, tied} << u"s3cret-cli"_qs << QString()
            << 0;
        QTest::newRow("an untied one alone is withheld")
            << https << false << QList<Credential> {untied} << QString()
            << u"your Argo CD token (ARGOCD_AUTH_TOKEN)"_qs << untrusted;
        QTest::newRow("nothing over plain http, tied or trusted")
            << u"http://argocd.example.com"_qs << true << QList<Credential> {tied, untied}
            << QString() << u"your Argo CD token (argocd context lab)"_qs << plainHttp;
        QTest::newRow("plain http to loopback is fine")
            << u"http://127.0.0.1:8080"_qs << false << QList<Credential> {untied, tied}
            << u"s3cret-cli"_qs << QString() << 0;
    }

    void choose()
    {
        QFETCH(QString, url);
        QFETCH(bool, trusted);
        QFETCH(QList<Credential>, candidates);
        QFETCH(QString, sent);
        QFETCH(QString, withheld);
        QFETCH(int, reason);
        EndpointTrust trust;
        if (trusted)
            trust.addTrusted(CredentialService::ArgoCd, QUrl(url));
        const CredentialChoice choice
            = CredentialChoice::choose(trust, CredentialService::ArgoCd, QUrl(url), candidates);
        QCOMPARE(choice.credential.secret, sent);
        QCOMPARE(choice.withheld.has_value(), !withheld.isEmpty());
        if (choice.withheld) {
            QCOMPARE(choice.withheld->credential, withheld);
            QCOMPARE(int(choice.withheld->reason), reason);
            QVERIFY(!choice.withheld->problem().contains(u"s3cret"_qs));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialChoice)
#include "tst_credentialchoice.moc"
