#include "endpointtrust.h"
#include "endpointtruststore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade::Clients;

// The trust store (the endpoints the user trusts with credentials, per repository) and the
// rules of whom a credential may go to.
class TestEndpointTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    QString storeFile(const QString &name) const
    {
        return m_scratch.filePath(name + QStringLiteral("/trusted-endpoints.conf"));
    }

private Q_SLOTS:
    void normalizesEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("default port") << "https://Argo.Example.com:443/"
                                      << "https://argo.example.com";
        QTest::addRow("path kept") << "https://example.com/argocd/"
                                   << "https://example.com/argocd";
        QTest::addRow("other port") << "https://example.com:8443"
                                    << "https://example.com:8443";
        QTest::addRow("no user info, query") << "https://user:pw@example.com/api/v3?x=1#y"
                                             << "https://example.com/api/v3";
        QTest::addRow("http kept as http") << "http://127.0.0.1:8080"
                                           << "http://127.0.0.1:8080";
        QTest::addRow("dot segments") << "https://example.com/a/../b"
                                      << "https://example.com/b";
        QTest::addRow("not http") << "ftp://example.com"
                                  << "";
        QTest::addRow("relative") << "example.com"
                                  << "";
    }
    void normalizesEndpoints()
    {
        QFETCH(QString, url);
        QFETCH(QString, normalized);
        QCOMPARE(EndpointTrustStore::normalized(QUrl(url)), normalized);
    }

    void remembersPerRepositoryAndEndpoint()
    {
        EndpointTrustStore store(storeFile(QStringLiteral("per-repository")));
        const QString repoA = m_scratch.filePath(QStringLiteral("a"));
        const QString repoB = m_scratch.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(repoA));
        QVERIFY(QDir().mkpath(repoB));
        QVERIFY(!store.isTrusted(repoA, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(store.trust(repoA, CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://argo.example.com/"))));
        // The same endpoint however written; not for another repository, service or endpoint.
        QVERIFY(store.isTrusted(repoA, CredentialService::ArgoCd,
                                QUrl(QStringLiteral("https://ARGO.example.com:443"))));
        QVERIFY(store.isTrusted(repoA + QStringLiteral("/./"), CredentialService::ArgoCd,
                                QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(!store.isTrusted(repoB, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(!store.isTrusted(repoA, CredentialService::GitHub,
                                 QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(!store.isTrusted(repoA, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("http://argo.example.com"))));
        QVERIFY(!store.isTrusted(repoA, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.example.com.evil.test"))));
        QVERIFY(!store.isTrusted(repoA, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.example.com:8443"))));

        // Another store object on the same file (the command line) sees it; trusting twice
        // keeps one entry.
        QVERIFY(store.trust(repoA, CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://argo.example.com"))));
        const EndpointTrustStore other(store.file());
        QCOMPARE(other.entries().size(), 1);
        QCOMPARE(other.entries().first().url, QStringLiteral("https://argo.example.com"));
        QCOMPARE(other.entries().first().repository,
                 EndpointTrustStore::normalizedRepository(repoA));
        QVERIFY(other.entries().first().trustedAt.isValid());

        // Revoked: gone for both.
        auto revoked = store.revoke(repoA, CredentialService::ArgoCd,
                                    QUrl(QStringLiteral("https://argo.example.com")));
        QVERIFY(revoked && *revoked);
        QVERIFY(!other.isTrusted(repoA, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.example.com"))));
        revoked = store.revoke(repoA, CredentialService::ArgoCd,
                               QUrl(QStringLiteral("https://argo.example.com")));
        QVERIFY(revoked && !*revoked);
    }

    void everyRepositoryEntries()
    {
        EndpointTrustStore store(storeFile(QStringLiteral("every")));
        QVERIFY(store.trust(EndpointTrustStore::everyRepository.toString(),
                            CredentialService::GitHub,
                            QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
        QVERIFY(store.isTrusted(m_scratch.filePath(QStringLiteral("anything")),
                                CredentialService::GitHub,
                                QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
        QVERIFY(!store.isTrusted(m_scratch.filePath(QStringLiteral("anything")),
                                 CredentialService::GitHub,
                                 QUrl(QStringLiteral("https://ghe.example.com/other"))));
    }

    void settingsEntriesAreReplacedTogether()
    {
        EndpointTrustStore store(storeFile(QStringLiteral("settings")));
        const QString repo = m_scratch.filePath(QStringLiteral("s"));
        QVERIFY(store.trust(repo, CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://confirmed.example.com"))));
        EndpointTrustStore::Entry typed;
        typed.service = CredentialService::ArgoCd;
        typed.url = QStringLiteral("https://typed.example.com/");
        QVERIFY(store.replaceOrigin(repo, EndpointTrustStore::Origin::Settings, {typed}));
        QVERIFY(store.isTrusted(repo, CredentialService::ArgoCd,
                                QUrl(QStringLiteral("https://typed.example.com"))));
        QVERIFY(store.replaceOrigin(repo, EndpointTrustStore::Origin::Settings, {}));
        QVERIFY(!store.isTrusted(repo, CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://typed.example.com"))));
        // What the user confirmed stays.
        QVERIFY(store.isTrusted(repo, CredentialService::ArgoCd,
                                QUrl(QStringLiteral("https://confirmed.example.com"))));
    }

    void aHandEditedLineNeverWidensTrust()
    {
        const QString file = storeFile(QStringLiteral("edited"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[endpoints]\n1\\repository=/"
                "r\n1\\service=argocd\n1\\url=\n2\\repository=\n2\\service=argocd\n2\\url=https://"
                "x.example\n"
                "3\\repository=/r\n3\\service=kubernetes\n3\\url=https://x.example\nsize=3\n");
        f.close();
        const EndpointTrustStore store(file);
        QVERIFY(store.entries().isEmpty());
    }

    void theDefaultFileIsTheUsersConfiguration()
    {
        qunsetenv("PROMENADE_TRUST_FILE");
        QVERIFY(EndpointTrustStore::defaultFile().endsWith(
            QStringLiteral("/Promenade/trusted-endpoints.conf")));
        QVERIFY(EndpointTrustStore::defaultFile().startsWith(QDir::homePath())
                || !qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
        qputenv("PROMENADE_TRUST_FILE", storeFile(QStringLiteral("env")).toUtf8());
        QCOMPARE(EndpointTrustStore::defaultFile(), storeFile(QStringLiteral("env")));
        qunsetenv("PROMENADE_TRUST_FILE");
    }

    void credentialsOnlyOverHttpsOrToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("https") << "https://argo.example.com" << false << true;
        QTest::addRow("http remote") << "http://argo.example.com" << false << false;
        QTest::addRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true << true;
        QTest::addRow("http 127.1.2.3") << "http://127.1.2.3" << true << true;
        QTest::addRow("http ::1") << "http://[::1]:8080" << true << true;
        QTest::addRow("http localhost") << "http://localhost:8080" << true << true;
        QTest::addRow("http localhost lookalike") << "http://localhost.evil.test" << false << false;
        QTest::addRow("http 10.0.0.1") << "http://10.0.0.1" << false << false;
        QTest::addRow("ftp") << "ftp://127.0.0.1" << true << false;
    }
    void credentialsOnlyOverHttpsOrToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QFETCH(bool, allowed);
        QCOMPARE(EndpointTrust::isLoopback(QUrl(url)), loopback);
        QCOMPARE(EndpointTrust::allowsCredentials(QUrl(url)), allowed);
    }

    void trustForARepository()
    {
        EndpointTrustStore store(storeFile(QStringLiteral("policy")));
        const QString repo = m_scratch.filePath(QStringLiteral("p"));
        QVERIFY(store.trust(repo, CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://argo.example.com"))));
        EndpointTrust trust = EndpointTrust::forRepository(repo, store);
        QVERIFY(trust.trusts(CredentialService::ArgoCd,
                             QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(!trust.trusts(CredentialService::GitHub,
                              QUrl(QStringLiteral("https://argo.example.com"))));
        QVERIFY(!trust.trusts(CredentialService::ArgoCd,
                              QUrl(QStringLiteral("https://evil.example.com"))));
        trust.addTrusted(CredentialService::GitHub,
                         QUrl(QStringLiteral("https://ghe.example.com/api/v3/")));
        QVERIFY(trust.trusts(CredentialService::GitHub,
                             QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));

        // --trust-repository-endpoints: every endpoint, for trusts made from then on.
        QVERIFY(!EndpointTrust::forRepository(repo, store)
                     .trusts(CredentialService::ArgoCd,
                             QUrl(QStringLiteral("https://evil.example.com"))));
        EndpointTrust::setTrustRepositoryEndpointsByDefault(true);
        QVERIFY(EndpointTrust::forRepository(repo, store)
                    .trusts(CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://evil.example.com"))));
        EndpointTrust::setTrustRepositoryEndpointsByDefault(false);
    }

    void sameServer()
    {
        QVERIFY(EndpointTrust::sameServer(QUrl(QStringLiteral("https://a.example.com")),
                                          QUrl(QStringLiteral("https://A.example.com:443/x"))));
        QVERIFY(!EndpointTrust::sameServer(QUrl(QStringLiteral("https://a.example.com")),
                                           QUrl(QStringLiteral("http://a.example.com"))));
        QVERIFY(!EndpointTrust::sameServer(QUrl(QStringLiteral("https://a.example.com")),
                                           QUrl(QStringLiteral("https://a.example.com:8443"))));
    }

    void theProblemNamesTheEndpointAndTheSourceNeverTheSecret()
    {
        const WithheldCredential untrusted {
            CredentialService::ArgoCd, QUrl(QStringLiteral("https://evil.example.com")),
            QStringLiteral("your Argo CD token (ARGOCD_AUTH_TOKEN)"),
            WithheldCredential::Reason::Untrusted};
        QVERIFY2(untrusted.problem().startsWith(
                     QStringLiteral("Argo CD at https://evil.example.com: your Argo CD token "
                                    "(ARGOCD_AUTH_TOKEN) was not sent")),
                 qPrintable(untrusted.problem()));
        QVERIFY(untrusted.problem().contains(QStringLiteral("--trust-repository-endpoints")));
        const WithheldCredential http {CredentialService::GitHub,
                                       QUrl(QStringLiteral("http://ghe.example.com/api/v3")),
                                       QStringLiteral("your GitHub token (GITHUB_TOKEN)"),
                                       WithheldCredential::Reason::PlainHttp};
        QVERIFY2(http.problem().contains(QStringLiteral("plain http")), qPrintable(http.problem()));
    }
};

QTEST_GUILESS_MAIN(TestEndpointTrust)
#include "tst_endpointtrust.moc"
