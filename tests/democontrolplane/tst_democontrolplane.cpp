#include "democontrolplane.h"
#include "demofiles.h"
#include "demoimages.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "gitrepository.h"
#include "repositorydiscovery.h"

#include "testsupport.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Promenade;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

} // namespace

// The embedded demo control plane speaks the Argo CD, registry, Kubernetes and GitHub APIs
// in the documented shapes, and follows pushes to the demo's origin.
class TestDemoControlPlane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    Pipeline m_pipeline;
    QString m_revision;
    std::unique_ptr<Demo::DemoControlPlane> m_plane;
    QNetworkAccessManager m_network;
    // What the origin hook reports; tests change it to simulate a push.
    Pipeline m_originPipeline;
    QString m_originRevision;
    QHash<QString, QString> m_branches;
    QStringList m_merges;

    Response fetch(const QByteArray &method, const QUrl &url,
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                   const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }

    QUrl argo(const QString &path) const
    {
        return m_plane->endpoints().argoCd.resolved(QUrl(path));
    }
    QByteArray argoAuth() const { return "Bearer " + m_plane->endpoints().argoCdToken.toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created);
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);
        m_pipeline = *pipeline;
        auto repo = Git::Repository::open(created->workTree);
        QVERIFY(repo);
        m_revision = *repo->headCommitId();
        m_originPipeline = m_pipeline;
        m_originRevision = m_revision;

        Demo::DemoControlPlane::OriginHooks hooks;
        hooks.readOrigin = [this]() -> Result<std::pair<Pipeline, QString>> {
            return std::pair {m_originPipeline, m_originRevision};
        };
        hooks.resolveBranch = [this](const QString &branch) {
            return branch == u"main" ? m_originRevision : m_branches.value(branch);
        };
        hooks.mergeBranch = [this](const QString &head, const QString &base, const QString &,
                                   bool) -> Result<QString> {
            m_merges << head + u"→" + base;
            return QStringLiteral("1111111111111111111111111111111111111111");
        };
        m_plane = std::make_unique<Demo::DemoControlPlane>(m_pipeline, m_revision, hooks);
        m_plane->setTiming(100000, 150); // the tests call checkOrigin() themselves
        QVERIFY(m_plane->start());
    }

    void argoCdAuthentication()
    {
        Response r = fetch("GET", argo(QStringLiteral("/api/v1/applications")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("no session information"));
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 16);

        r = fetch("POST", argo(QStringLiteral("/api/v1/session")),
                  {{"Content-Type", "application/json"}},
                  R"({"username":"admin","password":"wrong"})");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid username or password"));

        r = fetch("POST", argo(QStringLiteral("/api/v1/session")), {{"Content-Type", "text/plain"}},
                  "{}");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.body, QByteArray("Invalid content type"));

        r = fetch("POST", argo(QStringLiteral("/api/v1/session")),
                  {{"Content-Type", "application/json"}},
                  R"({"username":"admin","password":"demo"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("token")).toString(),
                 m_plane->endpoints().argoCdToken);

        r = fetch("GET", argo(QStringLiteral("/api/version")));
        QCOMPARE(r.json().keys(),
                 QStringList {QStringLiteral("Version")}); // reduced when not logged in
    }

    void argoCdApplications()
    {
        Response r = fetch("GET",
                           argo(QStringLiteral("/api/v1/"
                                               "applications?fields=items.metadata.name,items."
                                               "status.sync.status,items.status.summary")),
                           {{"Authorization", argoAuth()}});
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 6); // apps-* and infrastructure-* for three environments
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList {QStringLiteral("metadata"), QStringLiteral("status")}));
        QVERIFY(
            !first.value(QStringLiteral("status")).toObject().contains(QStringLiteral("health")));

        r = fetch("GET", argo(QStringLiteral("/api/v1/applications/apps-production")),
                  {{"Authorization", argoAuth()}});
        const QJsonObject app = r.json();
        QCOMPARE(app.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("apps/overlays/production"));
        const QJsonObject status = app.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Synced"));
        QCOMPARE(status.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Healthy"));
        QCOMPARE(status.value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toString(),
                 m_revision);
        const QJsonArray images = status.value(QStringLiteral("summary"))
                                      .toObject()
                                      .value(QStringLiteral("images"))
                                      .toArray();
        QVERIFY(images.contains(QStringLiteral("ghcr.io/howdiggy/paulojauregui-com:sha-c52e9f3")));
        QVERIFY(status.value(QStringLiteral("sourceHydrator")).isObject()); // always present, empty

        r = fetch("GET", argo(QStringLiteral("/api/v1/applications/nope")),
                  {{"Authorization", argoAuth()}});
        QCOMPARE(r.status, 403); // existence is hidden without a project parameter

        r = fetch("GET", argo(QStringLiteral("/api/v1/applications/apps-staging/resource-tree")),
                  {{"Authorization", argoAuth()}});
        QStringList certificates;
        for (const QJsonValue &node : r.json().value(QStringLiteral("nodes")).toArray()) {
            if (node.toObject().value(QStringLiteral("kind")).toString() == u"Certificate")
                certificates << node.toObject().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(certificates,
                 (QStringList {QStringLiteral("paulojauregui-com-tls"),
                               QStringLiteral("signconnect-tls")}));
    }

    void aPushedPromotionSyncsThroughTheWatchStream()
    {
        QNetworkRequest request(
            argo(QStringLiteral("/api/v1/stream/applications?name=apps-staging")));
        request.setRawHeader("Authorization", argoAuth());
        QNetworkReply *stream = m_network.get(request);
        QStringList events;
        QByteArray buffer;
        connect(stream, &QIODevice::readyRead, this, [&] {
            buffer += stream->readAll();
            while (buffer.contains('\n')) {
                const QByteArray line = buffer.left(buffer.indexOf('\n'));
                buffer.remove(0, line.size() + 1);
                const QJsonObject result = QJsonDocument::fromJson(line)
                                               .object()
                                               .value(QStringLiteral("result"))
                                               .toObject();
                const QJsonObject status = result.value(QStringLiteral("application"))
                                               .toObject()
                                               .value(QStringLiteral("status"))
                                               .toObject();
                events << result.value(QStringLiteral("type")).toString() + u':'
                        + status.value(QStringLiteral("sync"))
                              .toObject()
                              .value(QStringLiteral("status"))
                              .toString()
                        + u'/'
                        + status.value(QStringLiteral("health"))
                              .toObject()
                              .value(QStringLiteral("status"))
                              .toString();
            }
        });
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(events.first(), QStringLiteral("ADDED:Synced/Healthy"));

        // A promotion of the blog to staging reaches the origin.
        for (Environment &env : m_originPipeline.environments) {
            if (env.name != u"staging")
                continue;
            for (DeclaredImage &image : env.images) {
                if (image.app == u"paulojauregui-com")
                    image.tag = QStringLiteral("sha-e7d1a48");
            }
        }
        m_originRevision = QStringLiteral("2222222222222222222222222222222222222222");
        m_plane->checkOrigin();
        QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("MODIFIED:Synced/Healthy"))
                                     && events.size() >= 4,
                                 10000);
        QVERIFY(events.contains(QStringLiteral("MODIFIED:OutOfSync/Healthy")));
        QVERIFY(events.contains(QStringLiteral("MODIFIED:OutOfSync/Progressing")));
        QVERIFY(events.indexOf(QStringLiteral("MODIFIED:OutOfSync/Healthy"))
                < events.indexOf(QStringLiteral("MODIFIED:Synced/Healthy")));
        stream->abort();
        stream->deleteLater();

        const Response r = fetch("GET", argo(QStringLiteral("/api/v1/applications/apps-staging")),
                                 {{"Authorization", argoAuth()}});
        const QJsonObject status = r.json().value(QStringLiteral("status")).toObject();
        QVERIFY(status.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("images"))
                    .toArray()
                    .contains(QStringLiteral("ghcr.io/howdiggy/paulojauregui-com:sha-e7d1a48")));
        QCOMPARE(status.value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toString(),
                 m_originRevision);
        QCOMPARE(status.value(QStringLiteral("history"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toString(),
                 m_originRevision);
        // Production did not change: it compares against the new revision and stays synced.
        QCOMPARE(m_plane->world().application(QStringLiteral("apps-production"))->syncStatus,
                 QStringLiteral("Synced"));
    }

    void registryTokenFlowTagsAndManifests()
    {
        const QUrl base = m_plane->endpoints().registry;
        Response r = fetch(
            "GET", base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/tags/list"))));
        QCOMPARE(r.status, 401);
        const QByteArray challenge = r.headers.value("www-authenticate");
        QVERIFY2(challenge.startsWith("Bearer realm=\""), challenge.constData());
        QVERIFY(challenge.contains("scope=\"repository:howdiggy/signconnect:pull\""));
        const QByteArray realm = challenge.mid(14, challenge.indexOf('"', 14) - 14);
        r = fetch(
            "GET",
            QUrl(QString::fromUtf8(realm)
                 + QStringLiteral("?service=ghcr.io&scope=repository:howdiggy/signconnect:pull")));
        const QByteArray token
            = "Bearer " + r.json().value(QStringLiteral("token")).toString().toUtf8();

        r = fetch("GET",
                  base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/tags/list?n=2"))),
                  {{"Authorization", token}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(
            r.headers.value("link"),
            QByteArray("</v2/howdiggy/signconnect/tags/list?last=sha-5b8c3a2&n=2>; rel=\"next\""));
        r = fetch("GET",
                  base.resolved(QUrl(
                      QStringLiteral("/v2/howdiggy/signconnect/tags/list?last=sha-5b8c3a2&n=2"))),
                  {{"Authorization", token}});
        QCOMPARE(r.json().value(QStringLiteral("tags")).toArray(),
                 QJsonArray {QStringLiteral("sha-9d2e6f0")});
        QVERIFY(!r.headers.contains("link"));

        const QByteArray accept = "application/vnd.oci.image.index.v1+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                  "application/vnd.oci.image.manifest.v1+json, "
                                  "application/vnd.docker.distribution.manifest.v2+json";
        r = fetch(
            "GET",
            base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/manifests/sha-9d2e6f0"))),
            {{"Authorization", token}, {"Accept", accept}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"),
                 QByteArray("application/vnd.oci.image.index.v1+json"));
        const QString digest = QString::fromUtf8(r.headers.value("docker-content-digest"));
        QCOMPARE(digest, Demo::DemoImages::sha256(r.body));
        // The digest is the one the demo repository's promotion trailers carry.
        QCOMPARE(
            digest,
            Demo::Files::imageDigest(QStringLiteral("signconnect"), QStringLiteral("sha-9d2e6f0")));
        QStringList platforms;
        for (const QJsonValue &m : r.json().value(QStringLiteral("manifests")).toArray()) {
            const QJsonObject p = m.toObject().value(QStringLiteral("platform")).toObject();
            platforms << p.value(QStringLiteral("os")).toString() + u'/'
                    + p.value(QStringLiteral("architecture")).toString();
        }
        QCOMPARE(
            platforms,
            (QStringList {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"),
                          QStringLiteral("unknown/unknown"), QStringLiteral("unknown/unknown")}));

        // The release without an arm64 build.
        r = fetch(
            "GET",
            base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/manifests/sha-5b8c3a2"))),
            {{"Authorization", token}, {"Accept", accept}});
        QCOMPARE(r.json().value(QStringLiteral("manifests")).toArray().size(),
                 2); // amd64 + its attestation

        r = fetch(
            "GET",
            base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/manifests/sha-9d2e6f0"))),
            {{"Authorization", token},
             {"Accept", "application/vnd.docker.distribution.manifest.v2+json"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("MANIFEST_UNKNOWN"));

        r = fetch(
            "HEAD",
            base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/manifests/sha-9d2e6f0"))),
            {{"Authorization", token}, {"Accept", accept}});
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromUtf8(r.headers.value("docker-content-digest")), digest);
        QVERIFY(r.body.isEmpty());

        // Config blob of a platform manifest: created time and OCI labels.
        const Demo::DemoImages::Content content
            = Demo::DemoImages::content(*Demo::DemoImages::release(QStringLiteral("signconnect"),
                                                                   QStringLiteral("sha-9d2e6f0")));
        const QString config = QJsonDocument::fromJson(content.manifests.first().bytes)
                                   .object()
                                   .value(QStringLiteral("config"))
                                   .toObject()
                                   .value(QStringLiteral("digest"))
                                   .toString();
        r = fetch("GET",
                  base.resolved(QUrl(QStringLiteral("/v2/howdiggy/signconnect/blobs/") + config)),
                  {{"Authorization", token}});
        QCOMPARE(Demo::DemoImages::sha256(r.body), config);
        QCOMPARE(r.json()
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("Labels"))
                     .toObject()
                     .value(QStringLiteral("org.opencontainers.image.source"))
                     .toString(),
                 QStringLiteral("https://github.com/HowDiggy/SignConnect"));

        r = fetch("GET", base.resolved(QUrl(QStringLiteral("/v2/howdiggy/unknown/tags/list"))),
                  {{"Authorization", token}});
        QCOMPARE(r.status, 404);
    }

    void everyPinnedTagExistsInTheRegistry()
    {
        for (const Environment &env : m_pipeline.environments) {
            for (const DeclaredImage &image : env.images)
                QVERIFY2(Demo::DemoImages::release(image.app, image.tag),
                         qPrintable(image.app + u':' + image.tag));
        }
    }

    void kubernetesCertificates()
    {
        const QUrl staging = m_plane->endpoints().kubernetes.value(QStringLiteral("oci-staging"));
        QVERIFY(staging.isValid());
        Response r = fetch(
            "GET", staging.resolved(QUrl(QStringLiteral("/apis/cert-manager.io/v1/certificates"))));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
        const QByteArray auth = "Bearer " + m_plane->endpoints().kubernetesToken.toUtf8();
        r = fetch("GET",
                  staging.resolved(QUrl(QStringLiteral("/apis/cert-manager.io/v1/certificates"))),
                  {{"Authorization", auth}});
        QCOMPARE(r.json().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("CertificateList"));
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        bool nearExpiry = false;
        for (const QJsonValue &item : items) {
            const QDateTime notAfter = QDateTime::fromString(item.toObject()
                                                                 .value(QStringLiteral("status"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("notAfter"))
                                                                 .toString(),
                                                             Qt::ISODate);
            nearExpiry |= QDateTime::currentDateTimeUtc().daysTo(notAfter) < 10;
        }
        QVERIFY(nearExpiry);
        r = fetch("GET",
                  staging.resolved(QUrl(
                      QStringLiteral("/apis/cert-manager.io/v1/clusterissuers/letsencrypt-prod"))),
                  {{"Authorization", auth}});
        QCOMPARE(r.json()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("acme"))
                     .toObject()
                     .value(QStringLiteral("server"))
                     .toString(),
                 QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"));
        r = fetch("GET",
                  staging.resolved(QUrl(
                      QStringLiteral("/apis/cert-manager.io/v1/namespaces/x/certificates/none"))),
                  {{"Authorization", auth}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("NotFound"));
    }

    void gitHubPullRequests()
    {
        const QUrl base = m_plane->endpoints().github;
        const QByteArray auth = "Bearer " + m_plane->endpoints().githubToken.toUtf8();
        const QUrl pulls
            = base.resolved(QUrl(QStringLiteral("/repos/howdiggy/homelab-gitops/pulls")));
        const QByteArray body
            = R"({"title":"Promote paulojauregui-com sha-e7d1a48 to production","head":"promote/paulojauregui-com/production/sha-e7d1a48","base":"main","body":"…"})";
        Response r = fetch("POST", pulls, {{"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 401);
        r = fetch("POST", pulls, {{"Authorization", auth}, {"Content-Type", "application/json"}},
                  body);
        QCOMPARE(r.status, 422); // the branch was not pushed
        m_branches.insert(QStringLiteral("promote/paulojauregui-com/production/sha-e7d1a48"),
                          QStringLiteral("3333333333333333333333333333333333333333"));
        r = fetch("POST", pulls, {{"Authorization", auth}, {"Content-Type", "application/json"}},
                  body);
        QCOMPARE(r.status, 201);
        QVERIFY(r.headers.contains("x-ratelimit-remaining"));
        const int number = r.json().value(QStringLiteral("number")).toInt();
        QCOMPARE(r.json()
                     .value(QStringLiteral("head"))
                     .toObject()
                     .value(QStringLiteral("sha"))
                     .toString(),
                 QStringLiteral("3333333333333333333333333333333333333333"));
        r = fetch("POST", pulls, {{"Authorization", auth}, {"Content-Type", "application/json"}},
                  body);
        QCOMPARE(r.status, 422);
        QVERIFY(r.json()
                    .value(QStringLiteral("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("A pull request already exists")));

        r = fetch("GET",
                  base.resolved(
                      QUrl(QStringLiteral("/repos/howdiggy/homelab-gitops/commits/"
                                          "3333333333333333333333333333333333333333/check-runs"))));
        QCOMPARE(r.json()
                     .value(QStringLiteral("check_runs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("in_progress"));

        r = fetch("PUT",
                  base.resolved(QUrl(
                      QStringLiteral("/repos/howdiggy/homelab-gitops/pulls/%1/merge").arg(number))),
                  {{"Authorization", auth}, {"Content-Type", "application/json"}}, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("merged")).toBool(), true);
        QCOMPARE(
            m_merges,
            QStringList {QStringLiteral("promote/paulojauregui-com/production/sha-e7d1a48→main")});
        r = fetch("GET",
                  base.resolved(
                      QUrl(QStringLiteral("/repos/howdiggy/homelab-gitops/pulls/%1").arg(number))));
        QCOMPARE(r.json().value(QStringLiteral("merged")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        r = fetch("PUT",
                  base.resolved(QUrl(
                      QStringLiteral("/repos/howdiggy/homelab-gitops/pulls/%1/merge").arg(number))),
                  {{"Authorization", auth}, {"Content-Type", "application/json"}}, "{}");
        QCOMPARE(r.status, 405);

        r = fetch("GET", pulls, {{"Authorization", "Bearer wrong"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Bad credentials"));
    }

    // End to end on real Git: a promotion pushed to the demo's origin, and a pull request
    // merged through the GitHub API, drive the simulated clusters.
    void followsPushesAndMergesAtTheRealOrigin()
    {
        QTemporaryDir scratch;
        const auto created
            = Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("repo")));
        QVERIFY(created);
        auto mirror = Demo::DemoOriginMirror::create(created->originPath,
                                                     scratch.filePath(QStringLiteral("mirror")));
        QVERIFY2(mirror, qPrintable(mirror ? QString() : mirror.error().toString()));
        auto first = mirror->read();
        QVERIFY(first);
        Demo::DemoControlPlane plane(first->first, first->second, mirror->hooks());
        plane.setTiming(100000, 100);
        QVERIFY(plane.start());

        const QString repo = created->workTree;
        const QStringList identity {
            QStringLiteral("-c"), QStringLiteral("user.name=Release Manager"), QStringLiteral("-c"),
            QStringLiteral("user.email=rm@example.invalid")};
        auto bumpStaging = [&](const QString &file, const QString &from, const QString &to) {
            const QString path = repo + file;
            QByteArray text = TestSupport::readFile(path);
            QVERIFY(text.contains(from.toUtf8()));
            text.replace(from.toUtf8(), to.toUtf8());
            QVERIFY(TestSupport::writeFile(path, text));
        };

        // development → staging, committed and pushed directly.
        bumpStaging(QStringLiteral("/apps/overlays/staging/kustomization.yaml"),
                    QStringLiteral("newTag: sha-c52e9f3"), QStringLiteral("newTag: sha-e7d1a48"));
        QCOMPARE(
            TestSupport::git(repo,
                             identity
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-am"),
                                                QStringLiteral("Promote to staging")})
                .exitCode,
            0);
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("main")})
                .exitCode,
            0);
        plane.checkOrigin();
        QCOMPARE(plane.world().application(QStringLiteral("apps-staging"))->syncStatus,
                 QStringLiteral("OutOfSync"));
        QTRY_COMPARE(plane.world().application(QStringLiteral("apps-staging"))->syncStatus,
                     QStringLiteral("Synced"));
        QCOMPARE(plane.world()
                     .application(QStringLiteral("apps-staging"))
                     ->running.value(QStringLiteral("paulojauregui-com")),
                 QStringLiteral("ghcr.io/howdiggy/paulojauregui-com:sha-e7d1a48"));

        // staging → production through a pull request, merged through the GitHub API.
        const QString branch = QStringLiteral("promote/paulojauregui-com/production/sha-e7d1a48");
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("checkout"), QStringLiteral("-q"),
                                   QStringLiteral("-b"), branch})
                     .exitCode,
                 0);
        bumpStaging(QStringLiteral("/apps/overlays/production/kustomization.yaml"),
                    QStringLiteral("newTag: sha-c52e9f3"), QStringLiteral("newTag: sha-e7d1a48"));
        QCOMPARE(
            TestSupport::git(repo,
                             identity
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-am"),
                                                QStringLiteral("Promote to production")})
                .exitCode,
            0);
        QCOMPARE(TestSupport::git(repo, {QStringLiteral("push"), QStringLiteral("origin"), branch})
                     .exitCode,
                 0);

        QNetworkAccessManager network;
        auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body) {
            QNetworkRequest request(plane.endpoints().github.resolved(QUrl(path)));
            request.setRawHeader("Authorization",
                                 "Bearer " + plane.endpoints().githubToken.toUtf8());
            request.setRawHeader("Content-Type", "application/json");
            QNetworkReply *reply = network.sendCustomRequest(request, method, body);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return std::pair {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              QJsonDocument::fromJson(reply->readAll()).object()};
        };
        const auto created201
            = call("POST", QStringLiteral("/repos/howdiggy/homelab-gitops/pulls"),
                   QStringLiteral(R"({"title":"Promote","head":"%1","base":"main"})")
                       .arg(branch)
                       .toUtf8());
        QCOMPARE(created201.first, 201);
        const int number = created201.second.value(QStringLiteral("number")).toInt();
        QCOMPARE(plane.world().application(QStringLiteral("apps-production"))->syncStatus,
                 QStringLiteral("Synced"));
        const auto merged = call(
            "PUT", QStringLiteral("/repos/howdiggy/homelab-gitops/pulls/%1/merge").arg(number),
            "{}");
        QCOMPARE(merged.first, 200);
        const auto originMain = TestSupport::git(
            created->originPath, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        QCOMPARE(QString::fromUtf8(originMain.out.trimmed()),
                 merged.second.value(QStringLiteral("sha")).toString());
        QTRY_COMPARE(plane.world()
                         .application(QStringLiteral("apps-production"))
                         ->running.value(QStringLiteral("paulojauregui-com")),
                     QStringLiteral("ghcr.io/howdiggy/paulojauregui-com:sha-e7d1a48"));
        QCOMPARE(plane.world().application(QStringLiteral("apps-production"))->health,
                 QStringLiteral("Healthy"));
    }
};

QTEST_GUILESS_MAIN(TestDemoControlPlane)
#include "tst_democontrolplane.moc"
