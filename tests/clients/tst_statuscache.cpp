#include "statuscache.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;

// The on-disk status cache: round trip with the fetch time, keys as safe file names, secrets
// scrubbed, damaged files ignored.
class TestStatusCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsFetchTime()
    {
        QTemporaryDir dir;
        StatusCache cache(dir.path());
        const QDateTime fetched(QDate(2026, 11, 20), QTime(12, 0, 5), Qt::UTC);
        const QJsonObject apps {
            {u"items"_qs,
             QJsonArray {QJsonObject {{u"name"_qs, u"web-prod"_qs}, {u"sync"_qs, u"Synced"_qs}}}}};
        QVERIFY(cache.store(u"argocd/https://argocd.example.com"_qs, apps, fetched));
        const auto entry = cache.load(u"argocd/https://argocd.example.com"_qs);
        QVERIFY(entry);
        QCOMPARE(entry->value.toObject(), apps);
        QCOMPARE(entry->fetchedAt, fetched);
        QCOMPARE(entry->ageSeconds(fetched.addSecs(90)), 90);
        QCOMPARE(cache.keys(), QStringList {u"argocd/https://argocd.example.com"_qs});
        QVERIFY(!cache.load(u"argocd/other"_qs));
        // No file outside the cache folder, no odd file names.
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2(!QFileInfo(f).fileName().contains(u':'), qPrintable(f));
        }
        QVERIFY(cache.remove(u"argocd/https://argocd.example.com"_qs));
        QVERIFY(cache.keys().isEmpty());
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        StatusCache cache(dir.path());
        const QJsonObject raw {
            {u"server"_qs, u"https://argocd.example.com"_qs},
            {u"token"_qs, u"eyJsecret"_qs},
            {u"nested"_qs,
             QJsonArray {QJsonObject {
                 {u"auth-token"_qs, u"t2"_qs}, {u"Password"_qs, u"p"_qs}, {u"kept"_qs, 1}}}},
            {u"headers"_qs,
             QJsonObject {{u"Authorization"_qs, u"Bearer x"_qs}, {u"identitytoken"_qs, u"y"_qs}}}};
        QVERIFY(cache.store(u"secrets"_qs, raw));
        const QByteArray file
            = TestSupport::readFile(QDir(dir.path()).filePath(u"secrets.json"_qs));
        QVERIFY(!file.isEmpty());
        for (const char *secret : {"eyJsecret", "t2", "\"p\"", "Bearer x", "\"y\""})
            QVERIFY2(!file.contains(secret), secret);
        QVERIFY(file.contains("\"kept\":1"));
        QVERIFY(file.contains("https://argocd.example.com"));
    }

    void damagedEntriesAreIgnored()
    {
        QTemporaryDir dir;
        StatusCache cache(dir.path());
        TestSupport::writeFile(QDir(dir.path()).filePath(u"broken.json"_qs),
                               "{\"fetchedAt\": 12, \"val");
        QVERIFY(!cache.load(u"broken"_qs));
        QVERIFY(cache.store(u"broken"_qs, QJsonValue(3)));
        QCOMPARE(cache.load(u"broken"_qs)->value.toInt(), 3);
    }

    void defaultLocationIsTheCacheFolder()
    {
        QCoreApplication::setApplicationName(u"promenade-test"_qs);
        StatusCache cache;
        QVERIFY2(cache.directory().endsWith(u"/status"), qPrintable(cache.directory()));
        QVERIFY(cache.directory().contains(u"promenade-test"));
    }
};

QTEST_GUILESS_MAIN(TestStatusCache)
#include "tst_statuscache.moc"
