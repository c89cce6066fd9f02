#include "awaitresult.h"
#include "fakehttpserver.h"
#include "registrycache.h"
#include "registryclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A registry behind GHCR's token flow, with what the test puts in it: single-platform image
// manifests (each with its config blob), tags pointing at them, an ETag on the tag list, and
// the conditional answers (304) of the reference registry.
class FakeRegistry
{
public:
    FakeHttpServer server;
    QStringList tags;
    QHash<QString, QString> tagDigests; // tag → manifest digest
    QHash<QString, QByteArray> manifests, blobs; // by digest

    // An image built at `created`: its manifest's digest.
    QString push(const QString &created)
    {
        const QByteArray config
            = compact({{u"architecture"_qs, u"amd64"_qs},
                       {u"os"_qs, u"linux"_qs},
                       {u"created"_qs, created},
                       {u"rootfs"_qs,
                        QJsonObject {{u"type"_qs, u"layers"_qs}, {u"diff_ids"_qs, QJsonArray()}}}});
        const QString configDigest = sha256Digest(config);
        blobs.insert(configDigest, config);
        const QByteArray manifest
            = compact({{u"schemaVersion"_qs, 2},
                       {u"mediaType"_qs, QString::fromLatin1(MediaType::OciManifest)},
                       {u"config"_qs,
                        QJsonObject {{u"mediaType"_qs, QString::fromLatin1(MediaType::OciConfig)},
                                     {u"digest"_qs, configDigest},
                                     {u"size"_qs, config.size()}}},
                       {u"layers"_qs, QJsonArray()}});
        const QString digest = sha256Digest(manifest);
        manifests.insert(digest, manifest);
        return digest;
    }
    void tag(const QString &name, const QString &digest)
    {
        if (!tags.contains(name))
            tags << name;
        tags.sort();
        tagDigests.insert(name, digest);
    }

    bool start()
    {
        server.setHandler([this](const FakeRequest &r) { return answer(r); });
        return server.listen();
    }
    [[nodiscard]] int count(const QString &path) const { return server.count(path); }
    [[nodiscard]] int answered(int status) const { return m_answered.value(status); }
    void clear()
    {
        server.clearRequests();
        m_answered.clear();
    }

private:
    QHash<int, int> m_answered;

    FakeResponse answer(const FakeRequest &r)
    {
        FakeResponse out = respond(r);
        ++m_answered[out.status];
        return out;
    }

    FakeResponse respond(const FakeRequest &r)
    {
        if (r.path == u"/token")
            return FakeResponse::json(R"({"token":"t0k3n","expires_in":300})");
        if (r.header("Authorization") != "Bearer t0k3n") {
            const QString repo = r.path.section(u'/', 2, 3);
            return FakeResponse::
                json(R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})",
                     401)
                    .header("WWW-Authenticate",
                            "Bearer realm=\""
                                + server.url(QStringLiteral("/token")).toString().toUtf8()
                                + "\",service=\"fake\",scope=\"repository:" + repo.toUtf8()
                                + ":pull\"");
        }
        if (r.path.endsWith(u"/tags/list")) {
            const QByteArray etag = '"' + sha256Digest(tags.join(u',').toUtf8()).toUtf8() + '"';
            if (r.header("If-None-Match") == etag)
                return FakeResponse::json(QByteArray(), 304).header("ETag", etag);
            return FakeResponse::json(compact({{u"name"_qs, r.path.section(u'/', 2, 3)},
                                               {u"tags"_qs, QJsonArray::fromStringList(tags)}}))
                .header("ETag", etag);
        }
        const QString reference = r.path.section(u'/', -1);
        if (r.path.contains(u"/manifests/")) {
            const QString digest = tagDigests.value(reference, reference);
            if (!manifests.contains(digest))
                return FakeResponse::json(
                    R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]})",
                    404);
            const QByteArray etag = '"' + digest.toUtf8() + '"';
            if (r.header("If-None-Match") == etag)
                return FakeResponse::json(QByteArray(), 304)
                    .header("Docker-Content-Digest", digest.toUtf8())
                    .header("ETag", etag);
            FakeResponse m = FakeResponse::json(manifests.value(digest));
            m.contentType = MediaType::OciManifest;
            return m.header("Docker-Content-Digest", digest.toUtf8()).header("ETag", etag);
        }
        if (r.path.contains(u"/blobs/") && blobs.contains(reference))
            return FakeResponse::json(blobs.value(reference));
        return FakeResponse::json(
            R"({"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown"}]})", 404);
    }
};

ServiceEndpoint endpointOf(const FakeRegistry &registry)
{
    ServiceEndpoint e;
    e.serviceName = QStringLiteral("Registry");
    e.baseUrl = registry.server.url();
    e.policy.timeout = 5s;
    e.policy.maxRetries = 0;
    return e;
}

} // namespace

// The registry cache's rules, against a fake registry that counts what it is asked: what a
// digest names is asked once; a tag list and a tag's digest are trusted for their interval,
// then checked with a conditional request; a moved tag is described again.
class TestRegistryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatADigestNamesIsAskedOnce()
    {
        FakeRegistry registry;
        const QString image = registry.push(QStringLiteral("2026-01-14T09:58:10Z"));
        registry.tag(QStringLiteral("1.0.0"), image);
        registry.tag(QStringLiteral("latest"), image); // the same image under another tag
        QVERIFY(registry.start());
        RegistryClient client(endpointOf(registry));
        auto cache = std::make_shared<RegistryCache>();
        client.setCache(cache);

        AWAIT_OK(first, ImageDetails, ([&](QObject *c, auto done) {
                     client.describe(QStringLiteral("acme/web"), QStringLiteral("1.0.0"), c, done);
                 }));
        QCOMPARE(first.digest, image);
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/manifests/")),
                 2); // refused once, then with the token
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/blobs/")), 1);

        // Another tag of the same image: its manifest is asked (tags can move), its config not.
        registry.clear();
        AWAIT_OK(second, ImageDetails, ([&](QObject *c, auto done) {
                     client.describe(QStringLiteral("acme/web"), QStringLiteral("latest"), c, done);
                 }));
        QCOMPARE(second.digest, image);
        QCOMPARE(second.created, first.created);
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/manifests/latest")), 1);
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/blobs/")), 0);
        QCOMPARE(cache->counters().configHits, 1);

        // By digest, and the same tag again within its interval: nothing is asked.
        registry.clear();
        AWAIT_OK(byDigest, ImageDetails, ([&](QObject *c, auto done) {
                     client.describe(QStringLiteral("acme/web"), image, c, done);
                 }));
        AWAIT_OK(again, ImageDetails, ([&](QObject *c, auto done) {
                     client.describe(QStringLiteral("acme/web"), QStringLiteral("1.0.0"), c, done);
                 }));
        QCOMPARE(byDigest.digest, image);
        QCOMPARE(again.reference.tag, QStringLiteral("1.0.0"));
        QCOMPARE(again.created, first.created);
        QCOMPARE(registry.server.requests().size(), 0);
    }

    void aTagListIsAskedAgainAfterItsInterval()
    {
        FakeRegistry registry;
        registry.tag(QStringLiteral("1.0.0"),
                     registry.push(QStringLiteral("2026-01-14T09:58:10Z")));
        QVERIFY(registry.start());
        RegistryClient client(endpointOf(registry));
        auto cache = std::make_shared<RegistryCache>(RegistryCache::Policy {300ms, 1h, 100});
        client.setCache(cache);
        auto tags = [&](const QStringList &expected = {}) {
            return awaitResult<QStringList>([&](QObject *c, auto done) {
                client.tags(QStringLiteral("acme/web"), 100, c, done, expected);
            });
        };

        auto first = tags();
        QVERIFY(first && *first);
        QCOMPARE(**first, QStringList {QStringLiteral("1.0.0")});
        registry.clear();
        auto within = tags();
        QVERIFY(within && *within);
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/tags/list")),
                 0); // within its interval

        // A tag the caller knows of (a new declaration) and the list lacks: asked at once.
        registry.tag(QStringLiteral("1.1.0"),
                     registry.push(QStringLiteral("2026-02-01T10:00:00Z")));
        auto expected = tags({QStringLiteral("1.1.0")});
        QVERIFY(expected && *expected);
        QCOMPARE(**expected, (QStringList {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}));
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/tags/list")), 1);

        // After its interval: asked again with the ETag, and a 304 keeps the list.
        registry.clear();
        QTest::qWait(400); // the interval, up to 25 % longer per key
        auto revalidated = tags();
        QVERIFY(revalidated && *revalidated);
        QCOMPARE(**revalidated, (QStringList {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}));
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/tags/list")), 1);
        QCOMPARE(registry.server.requests().first().header("If-None-Match").isEmpty(), false);
        QCOMPARE(registry.answered(304), 1);
        QCOMPARE(cache->counters().tagListsNotModified, 1);

        // A list that changed meanwhile comes whole.
        registry.tag(QStringLiteral("2.0.0"),
                     registry.push(QStringLiteral("2026-03-01T10:00:00Z")));
        QTest::qWait(400);
        auto changed = tags();
        QVERIFY(changed && *changed);
        QCOMPARE((*changed)->size(), 3);
    }

    void aMovedTagIsDescribedAgain()
    {
        FakeRegistry registry;
        const QString older = registry.push(QStringLiteral("2026-01-14T09:58:10Z"));
        const QString newer = registry.push(QStringLiteral("2026-02-20T12:00:00Z"));
        registry.tag(QStringLiteral("latest"), older);
        QVERIFY(registry.start());
        RegistryClient client(endpointOf(registry));
        auto cache = std::make_shared<RegistryCache>(RegistryCache::Policy {1h, 300ms, 100});
        client.setCache(cache);
        auto describe = [&] {
            return awaitResult<ImageDetails>([&](QObject *c, auto done) {
                client.describe(QStringLiteral("acme/web"), QStringLiteral("latest"), c, done);
            });
        };

        auto first = describe();
        QVERIFY(first && *first);
        QCOMPARE((*first)->digest, older);

        // Past the tag's interval, unchanged: one conditional request, answered 304.
        QTest::qWait(400);
        registry.clear();
        auto unchanged = describe();
        QVERIFY(unchanged && *unchanged);
        QCOMPARE((*unchanged)->digest, older);
        QCOMPARE(registry.server.requests().size(), 1);
        QCOMPARE(registry.server.requests().first().header("If-None-Match"),
                 '"' + older.toUtf8() + '"');
        QCOMPARE(registry.answered(304), 1);

        // The tag moved: the new image is described (its manifest in the same round trip).
        registry.tag(QStringLiteral("latest"), newer);
        QTest::qWait(400);
        registry.clear();
        auto moved = describe();
        QVERIFY(moved && *moved);
        QCOMPARE((*moved)->digest, newer);
        QCOMPARE((*moved)->created,
                 QDateTime::fromString(QStringLiteral("2026-02-20T12:00:00Z"), Qt::ISODate));
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/manifests/latest")), 1);
        QCOMPARE(registry.count(QStringLiteral("/v2/acme/web/blobs/")), 1);
        QCOMPARE(registry.answered(304), 0);
    }

    void aKnownTokenServerIsAskedFirst()
    {
        FakeRegistry registry;
        registry.tag(QStringLiteral("1.0.0"),
                     registry.push(QStringLiteral("2026-01-14T09:58:10Z")));
        QVERIFY(registry.start());
        RegistryClient client(endpointOf(registry));
        AWAIT_OK(web, QStringList, ([&](QObject *c, auto done) {
                     client.tags(QStringLiteral("acme/web"), 0, c, done);
                 }));
        QCOMPARE(web, QStringList {QStringLiteral("1.0.0")});
        QCOMPARE(registry.answered(401), 1);
        // Another repository: its token is fetched directly, no refused request first.
        registry.clear();
        AWAIT_OK(api, QStringList, ([&](QObject *c, auto done) {
                     client.tags(QStringLiteral("acme/api"), 0, c, done);
                 }));
        QCOMPARE(api.size(), 1); // the fake has one list for every repository
        QCOMPARE(registry.answered(401), 0);
        QCOMPARE(registry.count(QStringLiteral("/token")), 1);
        QVERIFY(registry.server.requests()
                    .first()
                    .query.queryItemValue(QStringLiteral("scope"))
                    .contains(u"acme/api"));
    }

    void theLeastRecentlyUsedMakeRoom()
    {
        RegistryCache cache(RegistryCache::Policy {1min, 1min, 2});
        auto manifest = [](const QString &digest) {
            ImageManifest m;
            m.digest = digest;
            return m;
        };
        cache.storeManifest(manifest(QStringLiteral("sha256:a")));
        cache.storeManifest(manifest(QStringLiteral("sha256:b")));
        QVERIFY(cache.manifest(QStringLiteral("sha256:a"))); // now the most recent
        cache.storeManifest(manifest(QStringLiteral("sha256:c")));
        QCOMPARE(cache.manifestCount(), 2);
        QVERIFY(cache.manifest(QStringLiteral("sha256:a")));
        QVERIFY(!cache.manifest(QStringLiteral("sha256:b")));
        QVERIFY(cache.manifest(QStringLiteral("sha256:c")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryCache)
#include "tst_registrycache.moc"
