#include "democontrolplane.h"
#include "demoimages.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "endpointtruststore.h"
#include "fakehttpserver.h"
#include "hostilehttpserver.h"
#include "localregistry.h"
#include "testsupport.h"

#include <sys/resource.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Promenade;

namespace {

// Runs promenade while the demo control plane keeps serving this thread.
TestSupport::ProcessResult promenade(const QStringList &arguments, const QProcessEnvironment &env)
{
    return TestSupport::runPromenadeServing(arguments, env);
}

QJsonObject appIn(const QJsonObject &status, const QString &env, const QString &app)
{
    for (const QJsonValue &e : status.value(QStringLiteral("environments")).toArray()) {
        if (e.toObject().value(QStringLiteral("name")).toString() != env)
            continue;
        for (const QJsonValue &a : e.toObject().value(QStringLiteral("apps")).toArray()) {
            if (a.toObject().value(QStringLiteral("app")).toString() == app)
                return a.toObject();
        }
    }
    return {};
}

} // namespace

// promenade status against servers that speak Argo CD's, the registry's and Kubernetes' APIs
// (the embedded demo control plane) for the demo repository: declared, running and available
// versions, drift, platform mismatches and certificates — and clear problems when a server
// misbehaves.
class TestStatusCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_repo;
    std::optional<Demo::DemoOriginMirror> m_mirror;
    std::unique_ptr<Demo::DemoControlPlane> m_plane;
    QProcessEnvironment m_env;

    void writeEndpoints(const QString &argoUrl, const QString &registryUrl = {})
    {
        QByteArray config = TestSupport::readFile(m_repo + QStringLiteral("/promenade.yaml"));
        config = config.left(config.indexOf("\nendpoints:"));
        const QString registry
            = registryUrl.isEmpty() ? m_plane->endpoints().registry.toString() : registryUrl;
        config += "\nendpoints:\n  argocd: " + argoUrl.toUtf8()
            + "\n  registries:\n    ghcr.io: " + registry.toUtf8()
            + "\n  clusters:\n    oci-staging: {context: oci-staging}\n  github:\n    repository: "
              "howdiggy/homelab-gitops\n    url: "
            + m_plane->endpoints().github.toString().toUtf8() + "\n";
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), config));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created);
        m_repo = created->workTree;
        auto mirror = Demo::DemoOriginMirror::create(created->originPath,
                                                     m_scratch.filePath(QStringLiteral("mirror")));
        QVERIFY(mirror);
        m_mirror.emplace(std::move(*mirror));
        auto origin = m_mirror->read();
        QVERIFY(origin);
        m_plane = std::make_unique<Demo::DemoControlPlane>(origin->first, origin->second,
                                                           m_mirror->hooks());
        m_plane->setTiming(100000, 50);
        QVERIFY(m_plane->start());

        // A kubeconfig for the staging cluster only: the others' certificates come from Argo CD.
        const QByteArray kubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n- name: "
                                      "oci-staging\n  cluster:\n    server: "
            + m_plane->endpoints()
                  .kubernetes.value(QStringLiteral("oci-staging"))
                  .toString()
                  .toUtf8()
            + "\nusers:\n- name: demo\n  user:\n    token: "
            + m_plane->endpoints().kubernetesToken.toUtf8()
            + "\ncontexts:\n- name: oci-staging\n  context: {cluster: oci-staging, user: "
              "demo}\ncurrent-context: oci-staging\n";
        QVERIFY(
            TestSupport::writeFile(m_scratch.filePath(QStringLiteral("kubeconfig")), kubeconfig));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("KUBECONFIG"),
                     m_scratch.filePath(QStringLiteral("kubeconfig")));
        m_env.insert(QStringLiteral("ARGOCD_AUTH_TOKEN"), m_plane->endpoints().argoCdToken);
        m_env.insert(QStringLiteral("GITHUB_TOKEN"), m_plane->endpoints().githubToken);
        // The user's own setup: ARGOCD_SERVER says which Argo CD the token is for, and the
        // demo's GitHub API (a GitHub Enterprise to Promenade) is trusted in the user's store.
        const QUrl argo = m_plane->endpoints().argoCd;
        m_env.insert(QStringLiteral("ARGOCD_SERVER"),
                     QStringLiteral("%1:%2").arg(argo.host()).arg(argo.port()));
        const QString trustFile
            = m_scratch.filePath(QStringLiteral("config/trusted-endpoints.conf"));
        m_env.insert(QStringLiteral("PROMENADE_TRUST_FILE"), trustFile);
        QVERIFY(Clients::EndpointTrustStore(trustFile).trust(
            m_repo, Clients::CredentialService::GitHub, m_plane->endpoints().github));
        writeEndpoints(m_plane->endpoints().argoCd.toString());
    }

    void reportsDeclaredRunningAndAvailable()
    {
        const auto r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(status.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("promenade-status"));

        const QJsonObject blogDev
            = appIn(status, QStringLiteral("development"), QStringLiteral("paulojauregui-com"));
        QCOMPARE(blogDev.value(QStringLiteral("declared"))
                     .toObject()
                     .value(QStringLiteral("tag"))
                     .toString(),
                 QStringLiteral("sha-e7d1a48"));
        const QJsonObject running = blogDev.value(QStringLiteral("running")).toObject();
        QCOMPARE(running.value(QStringLiteral("version")).toString(),
                 QStringLiteral("sha-e7d1a48"));
        QCOMPARE(running.value(QStringLiteral("sync")).toString(), QStringLiteral("Synced"));
        QCOMPARE(running.value(QStringLiteral("health")).toString(), QStringLiteral("Healthy"));
        QCOMPARE(running.value(QStringLiteral("application")).toString(),
                 QStringLiteral("apps-development"));
        const QJsonObject available = blogDev.value(QStringLiteral("available")).toObject();
        QCOMPARE(available.value(QStringLiteral("newestTag")).toString(),
                 QStringLiteral("sha-a41f9c3")); // built, not deployed
        QCOMPARE(available.value(QStringLiteral("declaredPlatforms")).toArray(),
                 (QJsonArray {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
        QVERIFY(available.value(QStringLiteral("declaredDigest"))
                    .toString()
                    .startsWith(QStringLiteral("sha256:")));
        QVERIFY(blogDev.value(QStringLiteral("drift")).toArray().isEmpty());

        const QJsonObject scProd
            = appIn(status, QStringLiteral("production"), QStringLiteral("signconnect"));
        QCOMPARE(scProd.value(QStringLiteral("neededPlatforms")).toArray(),
                 QJsonArray {QStringLiteral("linux/arm64")});
        QCOMPARE(scProd.value(QStringLiteral("running"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("sha-41c07be"));

        // Certificates: through Kubernetes for staging (one near expiry), through Argo CD
        // elsewhere.
        for (const QJsonValue &env : status.value(QStringLiteral("environments")).toArray()) {
            const QJsonArray certs = env.toObject().value(QStringLiteral("certificates")).toArray();
            QCOMPARE(certs.size(), 2);
            const QString source
                = env.toObject().value(QStringLiteral("name")).toString() == u"staging"
                ? QStringLiteral("cluster")
                : QStringLiteral("argocd");
            QCOMPARE(certs.first().toObject().value(QStringLiteral("source")).toString(), source);
        }
        // `behind` reads the same fact the JSON prints: the tag the environment before runs.
        int behindSeen = 0;
        for (const QJsonValue &e : status.value(QStringLiteral("environments")).toArray()) {
            const QJsonObject env = e.toObject();
            for (const QJsonValue &v : env.value(QStringLiteral("apps")).toArray()) {
                const QString behind = v.toObject().value(QStringLiteral("behind")).toString();
                if (behind.isEmpty())
                    continue;
                ++behindSeen;
                const QString upstream = behind.section(u' ', 0, 0);
                QVERIFY2(env.value(QStringLiteral("upstream"))
                                 .toVariant()
                                 .toStringList()
                                 .contains(upstream)
                             || env.value(QStringLiteral("upstream")).toArray().isEmpty(),
                         qPrintable(behind));
                const QString runs
                    = appIn(status, upstream, v.toObject().value(QStringLiteral("app")).toString())
                          .value(QStringLiteral("running"))
                          .toObject()
                          .value(QStringLiteral("version"))
                          .toString()
                          .section(u'@', 0, 0);
                QCOMPARE(behind, QStringLiteral("%1 runs %2").arg(upstream, runs));
            }
        }
        QVERIFY(behindSeen > 0);
        // Each app carries its promotion verdict, the one the window and the export show: in
        // the demo, staging's blog is ready, staging's signconnect blocked (development's build
        // has no arm64 image, which staging's nodes need), production's signconnect ready.
        const auto verdictOf = [&](const QString &env, const QString &app) {
            return appIn(status, env, app).value(QStringLiteral("promotion")).toObject();
        };
        QCOMPARE(verdictOf(QStringLiteral("staging"), QStringLiteral("paulojauregui-com"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("ready"));
        const QJsonObject blocked
            = verdictOf(QStringLiteral("staging"), QStringLiteral("signconnect"));
        QCOMPARE(blocked.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(blocked.value(QStringLiteral("from")).toString(), QStringLiteral("development"));
        QVERIFY2(blocked.value(QStringLiteral("reason")).toString().contains(u"linux/arm64"),
                 qPrintable(blocked.value(QStringLiteral("reason")).toString()));
        QCOMPARE(verdictOf(QStringLiteral("production"), QStringLiteral("signconnect"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("ready"));
        QCOMPARE(verdictOf(QStringLiteral("development"), QStringLiteral("signconnect"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("up-to-date"));
        const auto table = promenade({QStringLiteral("status"), m_repo}, m_env);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("staging signconnect: blocked: "), table.out.constData());
        QVERIFY2(table.out.contains("signconnect/signconnect-tls"), table.out.constData());
        QVERIFY(table.out.contains("expires in 6 days") || table.out.contains("expires in 5 days"));
    }

    void flagsAMissingPlatformAndDrift()
    {
        // Staging pins the release without an arm64 image (not yet pushed: Argo CD still runs the
        // old one).
        const QString file = m_repo + QStringLiteral("/apps/overlays/staging/kustomization.yaml");
        const QByteArray original = TestSupport::readFile(file);
        QByteArray edited = original;
        edited.replace("newTag: sha-9d2e6f0", "newTag: sha-5b8c3a2");
        QVERIFY(TestSupport::writeFile(file, edited));
        const auto r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            m_env);
        QVERIFY(TestSupport::writeFile(file, original));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject sc = appIn(QJsonDocument::fromJson(r.out).object(),
                                     QStringLiteral("staging"), QStringLiteral("signconnect"));
        const QStringList drift = sc.value(QStringLiteral("drift")).toVariant().toStringList();
        QVERIFY2(drift.contains(QStringLiteral(
                     "sha-5b8c3a2 has no linux/arm64 image, which staging's nodes need")),
                 qPrintable(drift.join(u'\n')));
        QVERIFY2(
            drift.filter(QStringLiteral("declares sha-5b8c3a2 but apps-staging runs sha-9d2e6f0"))
                    .size()
                == 1,
            qPrintable(drift.join(u'\n')));
    }

    // The live-status gates of a promotion: the release without an arm64 image is stopped
    // before it reaches staging's arm64 nodes; a good one passes every gate.
    void liveGatesJudgeAPromotion()
    {
        auto r = promenade({QStringLiteral("promote"), m_repo, QStringLiteral("--app"),
                            QStringLiteral("signconnect"), QStringLiteral("--from"),
                            QStringLiteral("development"), QStringLiteral("--to"),
                            QStringLiteral("staging"), QStringLiteral("--dry-run")},
                           m_env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("✗ Image and platforms: sha-5b8c3a2 has no linux/arm64 image, and "
                                "staging's nodes need it"),
                 r.out.constData());
        QVERIFY(r.out.contains(
            "✓ Source healthy and synced: development runs sha-5b8c3a2, synced and healthy"));
        QVERIFY(r.err.contains("refused"));

        r = promenade({QStringLiteral("promote"), m_repo, QStringLiteral("--app"),
                       QStringLiteral("paulojauregui-com"), QStringLiteral("--from"),
                       QStringLiteral("development"), QStringLiteral("--to"),
                       QStringLiteral("staging"), QStringLiteral("--dry-run")},
                      m_env);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        for (const char *gate :
             {"✓ Source healthy and synced", "✓ Image and platforms", "✓ Certificates ready"})
            QVERIFY2(r.out.contains(gate), r.out.constData());
    }

    // Open promotion pull requests and their checks (GitHub Actions' check runs).
    void pullRequestsAndTheirChecks()
    {
        auto created = m_plane->world().createPullRequest(
            QStringLiteral("Promote signconnect sha-9d2e6f0 to production"), {},
            QStringLiteral("promote/signconnect/production/sha-9d2e6f0"), QStringLiteral("main"),
            QStringLiteral("4444444444444444444444444444444444444444"));
        QVERIFY(created);
        auto r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray prs = QJsonDocument::fromJson(r.out)
                             .object()
                             .value(QStringLiteral("pullRequests"))
                             .toArray();
        QCOMPARE(prs.size(), 1);
        QCOMPARE(prs.first().toObject().value(QStringLiteral("number")).toInt(), created->number);
        QCOMPARE(prs.first().toObject().value(QStringLiteral("checks")).toString(),
                 QStringLiteral("pending")); // the workflow is running
        QTest::qWait(3100);
        r = promenade({QStringLiteral("status"), m_repo}, m_env);
        QVERIFY2(r.out.contains("OPEN PROMOTION PULL REQUESTS"), r.out.constData());
        r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            m_env);
        prs = QJsonDocument::fromJson(r.out)
                  .object()
                  .value(QStringLiteral("pullRequests"))
                  .toArray();
        QCOMPARE(prs.first().toObject().value(QStringLiteral("checks")).toString(),
                 QStringLiteral("success"));
    }

    // The same against Debian's real registry holding the demo's multi-arch images (pushed by
    // the test, attestation entries included).
    void availableVersionsFromARealRegistry()
    {
        PROMENADE_REQUIRE_TOOL(
            !TestSupport::LocalRegistry::binary().isEmpty(),
            "docker-registry is not installed (installer/bootstrap.sh installs it)");
        TestSupport::LocalRegistry registry;
        QVERIFY(registry.start());
        for (const Demo::DemoImages::Release &release : Demo::DemoImages::releases()) {
            const QString repository = QStringLiteral("howdiggy/") + release.app;
            const Demo::DemoImages::Content content = Demo::DemoImages::content(release);
            for (const auto &blob : content.blobs)
                QCOMPARE(registry.pushBlob(repository, blob.bytes), blob.digest);
            for (const auto &manifest : content.manifests)
                QCOMPARE(registry.pushManifest(repository, manifest.digest, manifest.mediaType,
                                               manifest.bytes),
                         manifest.digest);
            QCOMPARE(registry.pushManifest(repository, release.tag, content.index.mediaType,
                                           content.index.bytes),
                     content.index.digest);
            // `latest` points at each app's newest build.
            if (release.tag == u"sha-5b8c3a2" || release.tag == u"sha-a41f9c3")
                QCOMPARE(registry.pushManifest(repository, QStringLiteral("latest"),
                                               content.index.mediaType, content.index.bytes),
                         content.index.digest);
        }
        // 30 older builds of signconnect, each its own (hours apart), with tags sorting before
        // and after the newest's: the newest is found among all of them, by build time.
        const QStringList both {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
        for (int i = 0; i < 30; ++i) {
            const Demo::DemoImages::Release older {
                QStringLiteral("signconnect"),
                QStringLiteral("sha-%1").arg(0x0100000 + i * 0x8000a1, 7, 16, QLatin1Char('0')),
                QString(40, u'd'),
                QDateTime(QDate(2026, 10, 1), QTime(6, 0), Qt::UTC).addSecs(3600 * i), both};
            const Demo::DemoImages::Content content = Demo::DemoImages::content(older);
            for (const auto &blob : content.blobs)
                QCOMPARE(registry.pushBlob(QStringLiteral("howdiggy/signconnect"), blob.bytes),
                         blob.digest);
            for (const auto &manifest : content.manifests)
                QCOMPARE(registry.pushManifest(QStringLiteral("howdiggy/signconnect"),
                                               manifest.digest, manifest.mediaType, manifest.bytes),
                         manifest.digest);
            QCOMPARE(registry.pushManifest(QStringLiteral("howdiggy/signconnect"), older.tag,
                                           content.index.mediaType, content.index.bytes),
                     content.index.digest);
            QVERIFY(content.index.digest
                    != Demo::DemoImages::indexDigest(QStringLiteral("signconnect"),
                                                     QStringLiteral("sha-5b8c3a2")));
        }
        writeEndpoints(m_plane->endpoints().argoCd.toString(), registry.url().toString());
        const auto r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            m_env);
        writeEndpoints(m_plane->endpoints().argoCd.toString());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        const QJsonObject blog
            = appIn(status, QStringLiteral("production"), QStringLiteral("paulojauregui-com"));
        const QJsonObject available = blog.value(QStringLiteral("available")).toObject();
        QCOMPARE(available.value(QStringLiteral("newestTag")).toString(),
                 QStringLiteral("sha-a41f9c3"));
        QCOMPARE(available.value(QStringLiteral("declaredDigest")).toString(),
                 Demo::DemoImages::indexDigest(QStringLiteral("paulojauregui-com"),
                                               QStringLiteral("sha-c52e9f3")));
        QCOMPARE(available.value(QStringLiteral("declaredPlatforms")).toArray(),
                 (QJsonArray {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
        const QJsonObject sc
            = appIn(status, QStringLiteral("staging"), QStringLiteral("signconnect"));
        QCOMPARE(sc.value(QStringLiteral("available"))
                     .toObject()
                     .value(QStringLiteral("newestPlatforms"))
                     .toArray(),
                 QJsonArray {QStringLiteral("linux/amd64")});
        QVERIFY(sc.value(QStringLiteral("drift"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("the newest tag sha-5b8c3a2 has no linux/arm64 image: "
                                             "it cannot run in staging")));
        const QJsonObject scAvailable = sc.value(QStringLiteral("available")).toObject();
        QCOMPARE(scAvailable.value(QStringLiteral("newestTag")).toString(),
                 QStringLiteral("sha-5b8c3a2"));
        QCOMPARE(scAvailable.value(QStringLiteral("newestAliases")).toArray(),
                 QJsonArray {QStringLiteral("latest")});
        QCOMPARE(scAvailable.value(QStringLiteral("newestDigest")).toString(),
                 Demo::DemoImages::indexDigest(QStringLiteral("signconnect"),
                                               QStringLiteral("sha-5b8c3a2")));
        QCOMPARE(scAvailable.value(QStringLiteral("tagsListed")).toInt(), 3 + 30 + 1);
        QCOMPARE(scAvailable.value(QStringLiteral("tagsDescribed")).toInt(), 3 + 30 + 1);
        QCOMPARE(sc.value(QStringLiteral("behind")).toString(),
                 QStringLiteral("development runs sha-5b8c3a2"));
    }

    void aServerThatMisbehavesGivesAClearProblem()
    {
        // An "Argo CD" that accepts connections and never answers: the timeout names it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        writeEndpoints(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        auto r
            = promenade({QStringLiteral("status"), m_repo, QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("4")},
                        m_env);
        QCOMPARE(r.exitCode, 0);
        QJsonObject status = QJsonDocument::fromJson(r.out).object();
        const QStringList problems = status.value(QStringLiteral("environments"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("problems"))
                                         .toVariant()
                                         .toStringList();
        QVERIFY2(!problems.isEmpty()
                     && problems.first().contains(
                         QStringLiteral("Argo CD at http://127.0.0.1:%1").arg(silent.serverPort())),
                 qPrintable(problems.join(u'\n')));
        // The registry still answered.
        QVERIFY(appIn(status, QStringLiteral("development"), QStringLiteral("paulojauregui-com"))
                    .value(QStringLiteral("available"))
                    .isObject());
        QCOMPARE(status.value(QStringLiteral("unreachable")).toArray(),
                 QJsonArray {QStringLiteral("Argo CD")});
        QVERIFY(status.value(QStringLiteral("refused")).toArray().isEmpty());

        // A wrong token: 401, said as such.
        writeEndpoints(m_plane->endpoints().argoCd.toString());
        QProcessEnvironment wrong = m_env;
        wrong.insert(QStringLiteral("ARGOCD_AUTH_TOKEN"), QStringLiteral("a.b.c"));
        r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--format"), QStringLiteral("json")},
            wrong);
        status = QJsonDocument::fromJson(r.out).object();
        const QString problem = status.value(QStringLiteral("environments"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("problems"))
                                    .toArray()
                                    .first()
                                    .toString();
        QVERIFY2(problem.contains(QStringLiteral("401"))
                     || problem.contains(QStringLiteral("token")),
                 qPrintable(problem));
        QVERIFY(!r.out.contains("a.b.c"));
        // Refused is an answer: not unreachable, which is for no answer at all.
        QVERIFY(status.value(QStringLiteral("unreachable")).toArray().isEmpty());
        const QJsonArray refused = status.value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("Argo CD"));
        QVERIFY(refused.first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("(401)")));
    }

    // A repository naming its own Argo CD and GitHub: asked, but never with the user's tokens,
    // unless the user trusts them (--trust-repository-endpoints for CI).
    void credentialsNeverGoWhereARepositorySaysAlone()
    {
        TestSupport::FakeHttpServer collector;
        collector.setHandler([](const TestSupport::FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return TestSupport::FakeResponse::json(QByteArray(R"({"items":[]})"));
            return TestSupport::FakeResponse::json(QByteArray("[]"));
        });
        QVERIFY(collector.listen());
        QByteArray config = TestSupport::readFile(m_repo + QStringLiteral("/promenade.yaml"));
        const QByteArray original = config;
        config = config.left(config.indexOf("\nendpoints:"));
        config += "\nendpoints:\n  argocd: " + collector.url().toString().toUtf8()
            + "\n  github:\n    repository: howdiggy/homelab-gitops\n    url: "
            + collector.url().toString().toUtf8() + "/api/v3\n";
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), config));
        auto r = promenade(
            {QStringLiteral("status"), m_repo, QStringLiteral("--timeout"), QStringLiteral("5")},
            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(collector.requests().size() >= 2);
        for (const TestSupport::FakeRequest &request : collector.requests())
            QVERIFY2(request.header("Authorization").isEmpty(), qPrintable(request.path));
        QVERIFY2(r.out.contains("your Argo CD token (ARGOCD_AUTH_TOKEN) was not sent"),
                 r.out.constData());
        QVERIFY2(r.out.contains("your GitHub token (GITHUB_TOKEN) was not sent"),
                 r.out.constData());
        QVERIFY(!r.out.contains(m_plane->endpoints().argoCdToken.toUtf8()));

        collector.clearRequests();
        r = promenade({QStringLiteral("status"), m_repo, QStringLiteral("--timeout"),
                       QStringLiteral("5"), QStringLiteral("--trust-repository-endpoints")},
                      m_env);
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), original));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList authorizations;
        for (const TestSupport::FakeRequest &request : collector.requests())
            authorizations << QString::fromUtf8(request.header("Authorization"));
        QVERIFY(authorizations.contains(u"Bearer " + m_plane->endpoints().argoCdToken));
        QVERIFY(authorizations.contains(u"Bearer " + m_plane->endpoints().githubToken));
        QVERIFY(!r.out.contains("was not sent"));
    }

    // Hostile servers for Argo CD, the registry and GitHub at once: `status --timeout 5`
    // ends by its deadline (a generous + 3 s), reports what happened, and stays small.
    void hostileServersCannotHoldTheCommand_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("problem");
        QTest::addRow("drips") << int(TestSupport::HostileHttpServer::Behaviour::Drip)
                               << "deadline";
        QTest::addRow("endless chunks")
            << int(TestSupport::HostileHttpServer::Behaviour::EndlessChunks) << "deadline";
        QTest::addRow("Retry-After: 50")
            << int(TestSupport::HostileHttpServer::Behaviour::RetryAfter) << "retry after 50 s";
        QTest::addRow("silent") << int(TestSupport::HostileHttpServer::Behaviour::Silent)
                                << "deadline";
        QTest::addRow("1 GiB") << int(TestSupport::HostileHttpServer::Behaviour::Huge)
                               << "larger than 64 MiB";
    }
    void hostileServersCannotHoldTheCommand()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, problem);
        TestSupport::HostileHttpServer hostile {
            TestSupport::HostileHttpServer::Behaviour(behaviour)};
        QVERIFY(hostile.listen());
        QByteArray config = TestSupport::readFile(m_repo + QStringLiteral("/promenade.yaml"));
        const QByteArray original = config;
        config = config.left(config.indexOf("\nendpoints:"));
        config += "\nendpoints:\n  argocd: " + hostile.url().toString().toUtf8()
            + "\n  registries:\n    ghcr.io: " + hostile.url().toString().toUtf8()
            + "\n  github:\n    repository: howdiggy/homelab-gitops\n    url: "
            + hostile.url().toString().toUtf8() + "\n";
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), config));
        QElapsedTimer elapsed;
        elapsed.start();
        const auto r
            = promenade({QStringLiteral("status"), m_repo, QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("5")},
                        m_env);
        const qint64 took = elapsed.elapsed();
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), original));
        QVERIFY2(r.finished, "the command did not end");
        QVERIFY2(took < 5000 + 3000, qPrintable(QString::number(took)));
        QVERIFY2(r.exitCode == 0,
                 qPrintable(
                     QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QStringList problems = status.value(QStringLiteral("problems")).toVariant().toStringList();
        for (const QJsonValue &env : status.value(QStringLiteral("environments")).toArray()) {
            problems += env.toObject().value(QStringLiteral("problems")).toVariant().toStringList();
            for (const QJsonValue &app : env.toObject().value(QStringLiteral("apps")).toArray())
                problems
                    += app.toObject().value(QStringLiteral("problems")).toVariant().toStringList();
        }
        QVERIFY2(!problems.filter(problem).isEmpty(), qPrintable(problems.join(u'\n')));
        // Every promenade this test ran stayed far below a gigabyte (ru_maxrss is in KiB).
        rusage usage {};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(usage.ru_maxrss < 1024 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
    }

    // A server that accepts and never answers, behind every service the command asks (Argo CD,
    // the registry, GitHub and the cluster's Kubernetes API): `status --timeout 3` ends within
    // 3 s in total, not 3 s per request or per retry (a correctness bound; generous margin
    // for starting the process and reading the repository).
    void aSilentServerEndsTheCommandWithinItsTimeout()
    {
        TestSupport::HostileHttpServer silent {TestSupport::HostileHttpServer::Behaviour::Silent};
        QVERIFY(silent.listen());
        const QByteArray url = silent.url().toString().toUtf8();
        QByteArray config = TestSupport::readFile(m_repo + QStringLiteral("/promenade.yaml"));
        const QByteArray original = config;
        config = config.left(config.indexOf("\nendpoints:"));
        config += "\nendpoints:\n  argocd: " + url + "\n  registries:\n    ghcr.io: " + url
            + "\n  clusters:\n    oci-staging: {context: silent}\n  github:\n    repository: "
              "howdiggy/homelab-gitops\n    url: "
            + url + "\n";
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), config));
        const QString kubeconfig = m_scratch.filePath(QStringLiteral("silent-kubeconfig"));
        QVERIFY(TestSupport::writeFile(
            kubeconfig,
            "apiVersion: v1\nkind: Config\nclusters:\n- name: silent\n  cluster:\n    server: "
                + url
                + "\nusers:\n- name: demo\n  user:\n    token: t\ncontexts:\n- name: silent\n  "
                  "context: {cluster: silent, user: demo}\ncurrent-context: silent\n"));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto r
            = promenade({QStringLiteral("status"), m_repo, QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("3")},
                        env);
        const qint64 took = elapsed.elapsed();
        QVERIFY(TestSupport::writeFile(m_repo + QStringLiteral("/promenade.yaml"), original));
        QVERIFY2(r.finished, "the command did not end");
        QVERIFY2(took < 3000 + 3000, qPrintable(QString::number(took)));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QStringList problems = status.value(QStringLiteral("problems")).toVariant().toStringList();
        for (const QJsonValue &e : status.value(QStringLiteral("environments")).toArray()) {
            problems += e.toObject().value(QStringLiteral("problems")).toVariant().toStringList();
            for (const QJsonValue &a : e.toObject().value(QStringLiteral("apps")).toArray())
                problems
                    += a.toObject().value(QStringLiteral("problems")).toVariant().toStringList();
        }
        // Each service is named by a problem saying that it did not answer by the deadline.
        for (const char *service :
             {"Argo CD at", "Registry ghcr.io", "GitHub at", "Kubernetes cluster silent"})
            QVERIFY2(!problems.filter(QLatin1String(service))
                          .filter(QStringLiteral("deadline"))
                          .isEmpty(),
                     qPrintable(QLatin1String(service) + u'\n' + problems.join(u'\n')));
        QVERIFY(silent.requestCount() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
