#include "awaitresult.h"
#include "fakehttpserver.h"
#include "localregistry.h"
#include "registryclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
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

QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return QJsonObject {{u"mediaType"_qs, mediaType}, {u"digest"_qs, digest}, {u"size"_qs, size}};
}

const QString kRevision = u"9c2f4e1b7a3d5f60812e4b9c0d7a6f5e4c3b2a19"_qs;

struct PushedImage
{
    QString indexDigest;
    QString amd64Digest;
    QString singleDigest;
};

// Pushes what docker/build-push-action pushes: an OCI index with linux/amd64 and linux/arm64
// and one provenance attestation manifest per platform (unknown/unknown), plus a
// single-platform image manifest, and extra tags so that the tag list has several pages.
PushedImage pushImages(LocalRegistry &registry, const QString &repo, int extraTags)
{
    PushedImage out;
    QJsonArray entries;
    QList<QPair<QString, qint64>> platformManifests;
    for (const QString &arch : {u"amd64"_qs, u"arm64"_qs}) {
        const QByteArray layer = "layer for " + arch.toLatin1();
        const QString layerDigest = registry.pushBlob(repo, layer);
        const QJsonObject config {
            {u"architecture"_qs, arch},
            {u"os"_qs, u"linux"_qs},
            {u"created"_qs, u"2026-01-14T09:58:10.123456789Z"_qs},
            {u"config"_qs,
             QJsonObject {
                 {u"Labels"_qs,
                  QJsonObject {
                      {u"org.opencontainers.image.revision"_qs, kRevision},
                      {u"org.opencontainers.image.source"_qs, u"https://github.com/acme/web"_qs},
                      {u"org.opencontainers.image.version"_qs, u"sha-9c2f4e1"_qs}}}}},
            {u"rootfs"_qs,
             QJsonObject {{u"type"_qs, u"layers"_qs}, {u"diff_ids"_qs, QJsonArray {layerDigest}}}}};
        const QByteArray configBytes = compact(config);
        const QString configDigest = registry.pushBlob(repo, configBytes);
        const QByteArray manifest = compact(
            QJsonObject {{u"schemaVersion"_qs, 2},
                         {u"mediaType"_qs, QString::fromLatin1(MediaType::OciManifest)},
                         {u"config"_qs,
                          descriptor(QString::fromLatin1(MediaType::OciConfig), configDigest,
                                     configBytes.size())},
                         {u"layers"_qs,
                          QJsonArray {descriptor(u"application/vnd.oci.image.layer.v1.tar+gzip"_qs,
                                                 layerDigest, layer.size())}}});
        const QString digest
            = registry.pushManifest(repo, sha256Digest(manifest), MediaType::OciManifest, manifest);
        if (arch == u"amd64")
            out.amd64Digest = digest;
        platformManifests.append({digest, manifest.size()});
        QJsonObject entry
            = descriptor(QString::fromLatin1(MediaType::OciManifest), digest, manifest.size());
        entry.insert(u"platform"_qs,
                     QJsonObject {{u"architecture"_qs, arch}, {u"os"_qs, u"linux"_qs}});
        entries.append(entry);
    }
    for (const auto &pm : platformManifests) {
        const QByteArray statement = R"({"_type":"https://in-toto.io/Statement/v0.1"})";
        const QString statementDigest = registry.pushBlob(repo, statement);
        const QByteArray config
            = R"({"architecture":"unknown","os":"unknown","config":{},"rootfs":{"type":"layers","diff_ids":[]}})";
        const QString configDigest = registry.pushBlob(repo, config);
        QJsonObject layer
            = descriptor(u"application/vnd.in-toto+json"_qs, statementDigest, statement.size());
        layer.insert(u"annotations"_qs,
                     QJsonObject {{u"in-toto.io/predicate-type"_qs,
                                   u"https://slsa.dev/provenance/v0.2"_qs}});
        const QByteArray manifest = compact(QJsonObject {
            {u"schemaVersion"_qs, 2},
            {u"mediaType"_qs, QString::fromLatin1(MediaType::OciManifest)},
            {u"config"_qs,
             descriptor(QString::fromLatin1(MediaType::OciConfig), configDigest, config.size())},
            {u"layers"_qs, QJsonArray {layer}}});
        const QString digest
            = registry.pushManifest(repo, sha256Digest(manifest), MediaType::OciManifest, manifest);
        QJsonObject entry
            = descriptor(QString::fromLatin1(MediaType::OciManifest), digest, manifest.size());
        entry.insert(u"platform"_qs,
                     QJsonObject {{u"architecture"_qs, u"unknown"_qs}, {u"os"_qs, u"unknown"_qs}});
        entry.insert(u"annotations"_qs,
                     QJsonObject {{u"vnd.docker.reference.digest"_qs, pm.first},
                                  {u"vnd.docker.reference.type"_qs, u"attestation-manifest"_qs}});
        entries.append(entry);
    }
    const QByteArray index = compact(QJsonObject {
        {u"schemaVersion"_qs, 2},
        {u"mediaType"_qs, QString::fromLatin1(MediaType::OciIndex)},
        {u"manifests"_qs, entries},
        {u"annotations"_qs,
         QJsonObject {{u"org.opencontainers.image.created"_qs, u"2026-01-14T09:58:12.481Z"_qs}}}});
    out.indexDigest = registry.pushManifest(repo, u"1.4.2"_qs, MediaType::OciIndex, index);
    // A plain single-platform image manifest (the amd64 one) under its own tag.
    out.singleDigest = out.amd64Digest;
    for (int i = 0; i < extraTags; ++i)
        registry.pushManifest(repo, QStringLiteral("sha-%1").arg(i, 3, 10, QLatin1Char('0')),
                              MediaType::OciIndex, index);
    return out;
}

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT as distribution's token auth expects it: RS256, the signing certificate in `x5c`,
// iss/aud/exp/nbf and the granted `access`; signed with the openssl CLI.
QByteArray issueJwt(const QString &keyFile, const QSslCertificate &cert, const QString &issuer,
                    const QString &service, const QString &subject, const QString &repository,
                    const QStringList &actions)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {
        {u"typ"_qs, u"JWT"_qs},
        {u"alg"_qs, u"RS256"_qs},
        {u"x5c"_qs, QJsonArray {QString::fromLatin1(cert.toDer().toBase64())}}};
    QJsonArray access;
    if (!repository.isEmpty() && !actions.isEmpty())
        access.append(QJsonObject {{u"type"_qs, u"repository"_qs},
                                   {u"name"_qs, repository},
                                   {u"actions"_qs, QJsonArray::fromStringList(actions)}});
    const QJsonObject claims {{u"iss"_qs, issuer},
                              {u"sub"_qs, subject},
                              {u"aud"_qs, service},
                              {u"exp"_qs, now + 300},
                              {u"nbf"_qs, now - 10},
                              {u"iat"_qs, now},
                              {u"jti"_qs, QString(QString::number(now) + subject)},
                              {u"access"_qs, access}};
    const QByteArray signingInput = base64url(compact(header)) + '.' + base64url(compact(claims));
    QProcess openssl;
    openssl.start(u"openssl"_qs, {u"dgst"_qs, u"-sha256"_qs, u"-sign"_qs, keyFile});
    openssl.write(signingInput);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
        return {};
    return signingInput + '.' + base64url(openssl.readAllStandardOutput());
}
} // namespace

// The registry client against Debian's real docker-registry (anonymous and htpasswd), and the
// bearer-token flow (GHCR-style) against a loopback fake registry and token server.
class TestRegistryClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalRegistry> m_open;
    std::unique_ptr<LocalRegistry> m_locked;
    PushedImage m_image;

    ServiceEndpoint endpoint(const QUrl &url) const
    {
        ServiceEndpoint e;
        e.baseUrl = url;
        e.policy.timeout = 3000ms;
        e.policy.maxRetries = 1;
        e.policy.backoffBase = 10ms;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PROMENADE_REQUIRE_TOOL(
            !LocalRegistry::binary().isEmpty(),
            "docker-registry is not installed (apt-get install docker-registry): "
            "real-registry tests skipped");
        m_open = std::make_unique<LocalRegistry>();
        QVERIFY2(m_open->start(), qPrintable(m_open->log()));
        m_image = pushImages(*m_open, u"acme/web"_qs, 23);
        QVERIFY(!m_image.indexDigest.isEmpty());
        m_locked = std::make_unique<LocalRegistry>();
        QVERIFY2(m_locked->start(u"ci"_qs, u"pa55word"_qs), qPrintable(m_locked->log()));
        QVERIFY(!pushImages(*m_locked, u"acme/private"_qs, 0).indexDigest.isEmpty());
    }

    // Debian's docker-registry (distribution 2.8.2) ignores `n` on tags/list and sends no Link
    // header (and does not sort): asking for pages must still give every tag exactly once. The
    // Link-following itself is exercised against the fake GHCR below (relative Link).
    void tagsFollowPagination()
    {
        RegistryClient client(endpoint(m_open->url()));
        AWAIT_OK(all, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/web"_qs, 0, c, cb); });
        QCOMPARE(all.size(), 24);
        AWAIT_OK(paged, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/web"_qs, 5, c, cb); });
        QCOMPARE(paged, all);
        QVERIFY(paged.contains(u"1.4.2"_qs));
        QVERIFY(paged.contains(u"sha-022"_qs));
    }

    void indexWithAttestationsIsDescribed()
    {
        RegistryClient client(endpoint(m_open->url()));
        AWAIT_OK(index, ImageManifest,
                 [&](QObject *c, auto cb) { client.manifest(u"acme/web"_qs, u"1.4.2"_qs, c, cb); });
        QVERIFY(index.isIndex);
        QCOMPARE(index.digest, m_image.indexDigest);
        QCOMPARE(index.manifests.size(), 4);
        QCOMPARE(index.platforms().size(), 2);
        QCOMPARE(index.platforms().at(0).toString(), u"linux/amd64"_qs);
        QCOMPARE(index.platforms().at(1).toString(), u"linux/arm64"_qs);
        QCOMPARE(index.attestations().size(), 2);
        QCOMPARE(index.attestations().at(0).attestedDigest(), m_image.amd64Digest);

        AWAIT_OK(details, ImageDetails,
                 [&](QObject *c, auto cb) { client.describe(u"acme/web"_qs, u"1.4.2"_qs, c, cb); });
        QCOMPARE(details.digest, m_image.indexDigest);
        QCOMPARE(details.platforms.size(), 2);
        QCOMPARE(details.attestationCount, 2);
        QCOMPARE(details.revision, kRevision);
        QCOMPARE(details.source, u"https://github.com/acme/web"_qs);
        QCOMPARE(details.version, u"sha-9c2f4e1"_qs);
        QCOMPARE(details.created, QDateTime(QDate(2026, 1, 14), QTime(9, 58, 10, 123), Qt::UTC));

        AWAIT_OK(digest, QString,
                 [&](QObject *c, auto cb) { client.digest(u"acme/web"_qs, u"1.4.2"_qs, c, cb); });
        QCOMPARE(digest, m_image.indexDigest);

        AWAIT_OK(single, ImageDetails, [&](QObject *c, auto cb) {
            client.describe(u"acme/web"_qs, m_image.singleDigest, c, cb);
        });
        QCOMPARE(single.platforms.size(), 1);
        QCOMPARE(single.platforms[0].toString(), u"linux/amd64"_qs);
        QCOMPARE(single.attestationCount, 0);
        QCOMPARE(single.revision, kRevision);
    }

    void missingThingsAreClear()
    {
        RegistryClient client(endpoint(m_open->url()));
        AWAIT_ERROR(tag, ImageManifest, [&](QObject *c, auto cb) {
            client.manifest(u"acme/web"_qs, u"nope"_qs, c, cb);
        });
        QVERIFY2(tag.message().contains(u"acme/web: manifest unknown (404)"),
                 qPrintable(tag.message()));
        QCOMPARE(tag.kind(), Error::Kind::NotFound);
        AWAIT_ERROR(repo, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/none"_qs, 0, c, cb); });
        QVERIFY2(repo.message().endsWith(u"repository acme/none not found (404)"),
                 qPrintable(repo.message()));
    }

    void htpasswdBasicAuth()
    {
        RegistryClient client(endpoint(m_locked->url()));
        AWAIT_ERROR(anonymous, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QVERIFY2(anonymous.message().endsWith(
                     u"acme/private needs credentials (401): sign in to the registry"),
                 qPrintable(anonymous.message()));
        client.setCredential({u"ci"_qs, u"wrong-password"_qs, {}});
        AWAIT_ERROR(wrong, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QVERIFY2(wrong.message().endsWith(u": the credentials were refused (401)"),
                 qPrintable(wrong.message()));
        QVERIFY(!wrong.message().contains(u"wrong-password"));
        client.setCredential({u"ci"_qs, u"pa55word"_qs, {}});
        AWAIT_OK(tags, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QCOMPARE(tags, QStringList {u"1.4.2"_qs});
        AWAIT_OK(details, ImageDetails, [&](QObject *c, auto cb) {
            client.describe(u"acme/private"_qs, u"1.4.2"_qs, c, cb);
        });
        QCOMPARE(details.platforms.size(), 2);
    }

    // GHCR's flow: 401 + Bearer challenge, token from the realm (Basic user:PAT for private
    // images, anonymous for public ones), token without expires_in, relative Link pages.
    void bearerTokenFlowAgainstFakeGhcr()
    {
        FakeHttpServer tokens;
        FakeHttpServer registry;
        QVERIFY(tokens.listen());
        QVERIFY(registry.listen());
        const QByteArray pat = "ghp_secretsecretsecret";
        QByteArray anonymousToken = "anon-token";
        tokens.setHandler([&](const FakeRequest &r) {
            const QString scope = r.query.queryItemValue(u"scope"_qs);
            if (r.query.queryItemValue(u"service"_qs) != u"ghcr.io")
                return FakeResponse::json(QByteArray("{}"), 400);
            if (scope == u"repository:acme/private:pull") {
                if (r.header("Authorization") != "Basic " + QByteArray("octo:" + pat).toBase64())
                    return FakeResponse::json(
                        QByteArray(R"({"errors":[{"code":"DENIED","message":"denied"}]})"), 401);
                return FakeResponse::json(QByteArray(R"({"token":"private-token"})"));
            }
            return FakeResponse::json("{\"token\":\"" + anonymousToken + "\"}");
        });
        const QByteArray realm = tokens.url(u"/token"_qs).toString().toLatin1();
        registry.setHandler([&](const FakeRequest &r) {
            const bool isPrivate = r.path.startsWith(u"/v2/acme/private/");
            const QByteArray expected
                = isPrivate ? QByteArray("Bearer private-token") : "Bearer " + anonymousToken;
            if (r.header("Authorization") != expected) {
                const QByteArray repo = isPrivate ? "acme/private" : "acme/public";
                return FakeResponse::
                    json(QByteArray(
                             R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})"),
                         401)
                        .header("www-authenticate",
                                "Bearer realm=\"" + realm
                                    + "\",service=\"ghcr.io\",scope=\"repository:" + repo
                                    + ":pull\"");
            }
            if (r.query.queryItemValue(u"last"_qs).isEmpty())
                return FakeResponse::json(
                           QByteArray(R"({"name":"acme/public","tags":["1.0.0","1.1.0"]})"))
                    .header("link", "</v2/acme/public/tags/list?last=1.1.0&n=2>; rel=\"next\"");
            return FakeResponse::json(QByteArray(R"({"name":"acme/public","tags":["latest"]})"));
        });
        ServiceEndpoint e = endpoint(registry.url());
        RegistryClient client(e);
        AWAIT_OK(publicTags, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/public"_qs, 2, c, cb); });
        QCOMPARE(publicTags, (QStringList {u"1.0.0"_qs, u"1.1.0"_qs, u"latest"_qs}));
        QCOMPARE(tokens.requests().size(), 1); // cached for the second page
        QVERIFY(tokens.requests().at(0).header("Authorization").isEmpty());
        QCOMPARE(registry.requests().last().query.queryItemValue(u"last"_qs), u"1.1.0"_qs);

        // The cached token expires early (revoked, or GHCR's unstated lifetime): the registry
        // answers 401 again, the client fetches a new token once and carries on.
        anonymousToken = "anon-token-2";
        AWAIT_OK(again, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/public"_qs, 0, c, cb); });
        QCOMPARE(again.size(), 3);
        QCOMPARE(tokens.requests().size(), 2);

        AWAIT_ERROR(noCredential, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QVERIFY2(noCredential.message().contains(u"refused the credentials (401)"),
                 qPrintable(noCredential.message()));

        client.setCredential({u"octo"_qs, QString::fromLatin1(pat), {}});
        AWAIT_OK(privateTags, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QCOMPARE(privateTags.size(), 3);
        for (const FakeRequest &r : registry.requests())
            QVERIFY(
                !r.header("Authorization").contains(pat)); // the PAT only goes to the token server
    }

    // The bearer flow against the real registry: distribution's token auth verifies our JWTs
    // (RS256, x5c) against a root bundle made by the test; the token server is a loopback fake
    // that wants Basic user:PAT for the private repository and grants anonymous pulls of the
    // public one.
    void bearerTokenFlowAgainstRealRegistry()
    {
        QTemporaryDir keys;
        const auto made = TestSupport::runProcess(
            u"openssl"_qs,
            {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs,
             keys.filePath(u"signer.key"_qs), u"-out"_qs, keys.filePath(u"signer.pem"_qs),
             u"-days"_qs, u"2"_qs, u"-subj"_qs, u"/CN=promenade-token-signer"_qs});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QSslCertificate signer
            = QSslCertificate::fromPath(keys.filePath(u"signer.pem"_qs)).value(0);
        QVERIFY(!signer.isNull());
        const QString issuer = u"promenade-test-issuer"_qs;
        const QString service = u"promenade-registry"_qs;
        const QString keyFile = keys.filePath(u"signer.key"_qs);

        FakeHttpServer tokens;
        QVERIFY(tokens.listen());
        int tokenRequests = 0;
        tokens.setHandler([&](const FakeRequest &r) {
            ++tokenRequests;
            const QString scope = r.query.queryItemValue(u"scope"_qs);
            const QString repository = scope.section(u':', 1, 1);
            const bool authenticated
                = r.header("Authorization") == "Basic " + QByteArray("ci:ghp_pat").toBase64();
            if (!r.header("Authorization").isEmpty() && !authenticated)
                return FakeResponse::json(
                    QByteArray("{\"details\":\"incorrect username or password\"}"), 401);
            // Grant: the public repository to anyone, the private one to ci only.
            QStringList actions;
            if (repository == u"acme/public" || (repository == u"acme/private" && authenticated))
                actions = {u"pull"_qs};
            const QByteArray jwt
                = issueJwt(keyFile, signer, issuer, r.query.queryItemValue(u"service"_qs),
                           authenticated ? u"ci"_qs : QString(), repository, actions);
            return FakeResponse::json(QJsonDocument(
                QJsonObject {{u"token"_qs, QString::fromLatin1(jwt)}, {u"expires_in"_qs, 300}}));
        });

        LocalRegistry registry;
        QVERIFY2(registry.startWithTokenAuth(tokens.url(u"/token"_qs), service, issuer,
                                             keys.filePath(u"signer.pem"_qs)),
                 qPrintable(registry.log()));
        for (const QString &repo : {u"acme/public"_qs, u"acme/private"_qs}) {
            registry.setPushAuthorization("Bearer "
                                          + issueJwt(keyFile, signer, issuer, service, u"pusher"_qs,
                                                     repo, {u"pull"_qs, u"push"_qs}));
            QVERIFY2(!pushImages(registry, repo, 2).indexDigest.isEmpty(),
                     qPrintable(registry.log()));
        }
        tokenRequests = 0;

        RegistryClient client(endpoint(registry.url()));
        AWAIT_OK(publicTags, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/public"_qs, 0, c, cb); });
        QCOMPARE(publicTags.size(), 3);
        AWAIT_OK(details, ImageDetails, [&](QObject *c, auto cb) {
            client.describe(u"acme/public"_qs, u"1.4.2"_qs, c, cb);
        });
        QCOMPARE(details.platforms.size(), 2);
        QCOMPARE(details.attestationCount, 2);
        QCOMPARE(tokenRequests,
                 1); // one token for the scope, reused for tags, index, manifest and config

        AWAIT_ERROR(anonymous, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QVERIFY2(anonymous.message().endsWith(
                     u"acme/private needs credentials (401): sign in to the registry"),
                 qPrintable(anonymous.message()));

        client.setCredential({u"ci"_qs, u"wrong"_qs, {}});
        AWAIT_ERROR(wrong, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QVERIFY2(wrong.message().contains(u"refused the credentials (401)"),
                 qPrintable(wrong.message()));

        client.setCredential({u"ci"_qs, u"ghp_pat"_qs, {}});
        AWAIT_OK(privateTags, QStringList,
                 [&](QObject *c, auto cb) { client.tags(u"acme/private"_qs, 0, c, cb); });
        QCOMPARE(privateTags.size(), 3);
        AWAIT_OK(digest, QString, [&](QObject *c, auto cb) {
            client.digest(u"acme/private"_qs, u"1.4.2"_qs, c, cb);
        });
        QVERIFY(digest.startsWith(u"sha256:"));
    }

    void brokenAnswersAreClear()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        int mode = 0;
        fake.setHandler([&mode](const FakeRequest &) {
            switch (mode) {
            case 0:
                return FakeResponse::json(QByteArray("{not json"));
            case 1:
                return FakeResponse::
                    json(QByteArray(
                             R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]})"))
                        .header("Docker-Content-Digest",
                                "sha256:"
                                "0000000000000000000000000000000000000000000000000000000000000000");
            case 2: {
                FakeResponse r;
                r.fault = FakeResponse::Fault::Hang;
                return r;
            }
            case 4: {
                FakeResponse r = FakeResponse::json(
                    QByteArray("{\"name\":\"a/b\",\"tags\":[\"1\",\"2\",\"3\",\"4\"]}"));
                r.fault = FakeResponse::Fault::ResetMidBody;
                return r;
            }
            default:
                return FakeResponse::text("<html>bad gateway</html>", 502);
            }
        });
        ServiceEndpoint e = endpoint(fake.url());
        e.policy.timeout = 300ms;
        RegistryClient client(e);
        AWAIT_ERROR(garbage, ImageManifest,
                    [&](QObject *c, auto cb) { client.manifest(u"a/b"_qs, u"t"_qs, c, cb); });
        QVERIFY2(garbage.message().contains(u"a/b:t: the manifest is not valid JSON"),
                 qPrintable(garbage.message()));
        mode = 1;
        AWAIT_ERROR(mismatch, ImageManifest,
                    [&](QObject *c, auto cb) { client.manifest(u"a/b"_qs, u"t"_qs, c, cb); });
        QVERIFY2(mismatch.message().contains(u"does not match its digest"),
                 qPrintable(mismatch.message()));
        mode = 2;
        AWAIT_ERROR(slow, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"a/b"_qs, 0, c, cb); });
        QVERIFY2(slow.message().contains(u"timed out"), qPrintable(slow.message()));
        mode = 3;
        AWAIT_ERROR(gateway, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"a/b"_qs, 0, c, cb); });
        QVERIFY2(gateway.message().contains(u"the server failed (502)"),
                 qPrintable(gateway.message()));
        mode = 4;
        AWAIT_ERROR(reset, QStringList,
                    [&](QObject *c, auto cb) { client.tags(u"a/b"_qs, 0, c, cb); });
        QVERIFY2(reset.message().contains(u"closed the connection before the answer was complete"),
                 qPrintable(reset.message()));
    }

    void dockerManifestListAndPlatformNames()
    {
        // docker/build-push-action with provenance: false and Docker media types; arm64/v8 shown as
        // arm64.
        const QByteArray list = compact(QJsonObject {
            {u"schemaVersion"_qs, 2},
            {u"mediaType"_qs, QString::fromLatin1(MediaType::DockerManifestList)},
            {u"manifests"_qs,
             QJsonArray {
                 QJsonObject {{u"mediaType"_qs, QString::fromLatin1(MediaType::DockerManifest)},
                              {u"digest"_qs, u"sha256:aa"_qs},
                              {u"size"_qs, 1},
                              {u"platform"_qs,
                               QJsonObject {{u"architecture"_qs, u"arm64"_qs},
                                            {u"os"_qs, u"linux"_qs},
                                            {u"variant"_qs, u"v8"_qs}}}},
                 QJsonObject {{u"mediaType"_qs, QString::fromLatin1(MediaType::DockerManifest)},
                              {u"digest"_qs, u"sha256:bb"_qs},
                              {u"size"_qs, 1},
                              {u"platform"_qs,
                               QJsonObject {{u"architecture"_qs, u"arm"_qs},
                                            {u"os"_qs, u"linux"_qs},
                                            {u"variant"_qs, u"v7"_qs}}}},
                 QJsonObject {{u"mediaType"_qs, u"application/vnd.example.unknown"_qs},
                              {u"digest"_qs, u"sha256:cc"_qs},
                              {u"size"_qs, 1}}}}});
        const auto m = parseImageManifest(list, QString::fromLatin1(MediaType::DockerManifestList));
        QVERIFY(m);
        QVERIFY(m->isIndex);
        QCOMPARE(m->digest, sha256Digest(list));
        QCOMPARE(m->platforms().size(), 2);
        QCOMPARE(m->platforms()[0].toString(), u"linux/arm64"_qs);
        QCOMPARE(m->platforms()[1].toString(), u"linux/arm/v7"_qs);
        QVERIFY(m->attestations().isEmpty());

        // No mediaType in the body: the Content-Type says what it is; schema 1 is refused clearly.
        const auto image = parseImageManifest(
            R"({"schemaVersion":2,"config":{"digest":"sha256:dd","size":2},"layers":[]})",
            u"application/vnd.docker.distribution.manifest.v2+json; charset=utf-8"_qs);
        QVERIFY(image);
        QCOMPARE(image->mediaType, QString::fromLatin1(MediaType::DockerManifest));
        QVERIFY(!image->isIndex);
        const auto old = parseImageManifest(R"({"schemaVersion":1,"name":"x"})", {});
        QVERIFY(!old);
        QCOMPARE(old.error().message(), u"unsupported manifest schema version 1"_qs);
    }

    void referencesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("reference");
        QTest::addRow("ghcr") << u"ghcr.io/acme/web:1.4.2"_qs << u"ghcr.io"_qs << u"acme/web"_qs
                              << u"1.4.2"_qs;
        QTest::addRow("port") << u"127.0.0.1:5000/x/y"_qs << u"127.0.0.1:5000"_qs << u"x/y"_qs
                              << u"latest"_qs;
        QTest::addRow("hub") << u"nginx"_qs << u"docker.io"_qs << u"library/nginx"_qs
                             << u"latest"_qs;
        QTest::addRow("digest")
            << u"ghcr.io/a/b@sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51"_qs
            << u"ghcr.io"_qs << u"a/b"_qs
            << u"sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51"_qs;
    }

    void referencesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, reference);
        const auto ref = ImageReference::parse(text);
        QVERIFY(ref);
        QCOMPARE(ref->registry, registry);
        QCOMPARE(ref->repository, repository);
        QCOMPARE(ref->reference(), reference);
        QVERIFY(!ImageReference::parse(u"Upper/Case"_qs));
        const QUrl api = registryEndpoint(registry).baseUrl;
        if (registry == u"docker.io")
            QCOMPARE(api, QUrl(u"https://registry-1.docker.io"_qs));
        else if (registry.startsWith(u"127.0.0.1"))
            QCOMPARE(api.scheme(), u"http"_qs);
        else
            QCOMPARE(api, QUrl(u"https://"_qs + registry));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
