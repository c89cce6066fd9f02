#include "awaitresult.h"
#include "credentialskeychain.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;

// The keychain wrapper where the test runs: with a Secret Service (a desktop session) a token
// round-trips; without one (CI) every call says clearly that no keychain is available. In both
// cases nothing is written in plain text under HOME.
class TestCredentialsKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesInTheKeychainOrSaysThereIsNone()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u".config"_qs).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(u".local/share"_qs).toUtf8());
        const QString key
            = u"test:promenade-keychain-"_qs + QString::number(QCoreApplication::applicationPid());
        const QString secret = u"ghp_keychain_secret_value"_qs;

        CredentialsKeychain keychain(u"Promenade test"_qs);
        auto written = awaitResult<void>(
            [&](QObject *c, auto cb) { keychain.write(key, secret, c, cb); }, 30000);
        QVERIFY2(written.has_value(), "no answer from the keychain in time");
        if (!written->hasValue()) {
            qInfo("no keychain service here: %s", qPrintable(written->error().message()));
            QVERIFY(!keychain.available());
            QVERIFY2(written->error().message().startsWith(u"no system keychain is available"),
                     qPrintable(written->error().message()));
            QVERIFY(!written->error().message().contains(secret));
            auto read = awaitResult<QString>(
                [&](QObject *c, auto cb) { keychain.read(key, c, cb); }, 30000);
            QVERIFY(read.has_value() && !read->hasValue());
            QVERIFY(read->error().message().contains(
                u"using environment variables and the tools' config files"));
        } else {
            qInfo("a keychain service is available: the token round-trips");
            auto read = awaitResult<QString>(
                [&](QObject *c, auto cb) { keychain.read(key, c, cb); }, 30000);
            QVERIFY(read.has_value() && read->hasValue());
            QCOMPARE(read->value(), secret);
            auto removed = awaitResult<void>(
                [&](QObject *c, auto cb) { keychain.remove(key, c, cb); }, 30000);
            QVERIFY(removed.has_value() && removed->hasValue());
            auto gone = awaitResult<QString>(
                [&](QObject *c, auto cb) { keychain.read(key, c, cb); }, 30000);
            QVERIFY(gone.has_value() && !gone->hasValue());
            QCOMPARE(gone->error().kind(), Error::Kind::NotFound);
        }
        // A lookup falls back to the environment / tool files and carries the keychain's status.
        qputenv("GH_TOKEN", "ghp_from_environment");
        std::optional<CredentialLookup> lookup;
        QObject context;
        keychain.lookup(
            key, [] { return CredentialsDiscovery::githubToken(); }, &context,
            [&lookup](CredentialLookup l) { lookup = l; });
        QTRY_VERIFY_WITH_TIMEOUT(lookup.has_value(), 30000);
        qunsetenv("GH_TOKEN");
        QCOMPARE(lookup->secret.value, u"ghp_from_environment"_qs);
        QCOMPARE(lookup->secret.source, u"GH_TOKEN"_qs);
        if (!keychain.available())
            QVERIFY2(lookup->keychainStatus.startsWith(u"no system keychain is available"),
                     qPrintable(lookup->keychainStatus));
        else
            QVERIFY(lookup->keychainStatus.isEmpty());

        // Never a plain-text copy of the secret under HOME.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2(!TestSupport::readFile(f).contains(secret.toUtf8()), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialsKeychain)
#include "tst_credentialskeychain.moc"
