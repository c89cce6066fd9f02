#include "demoimages.h"
#include "endpointtruststore.h"
#include "fakehttpserver.h"
#include "hostilehttpserver.h"
#include "localregistry.h"
#include "statuscollector.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

namespace {

// One app in one environment, its image on ghcr.io; Argo CD, the registry (a mirror of ghcr.io)
// and GitHub where the "repository" says: the endpoints a repository's promenade.yaml names.
Pipeline pipelineAt(const QString &root, const QUrl &argoCd, const QUrl &registry,
                    const QUrl &gitHub)
{
    Pipeline p;
    p.root = root;
    Environment env;
    env.name = QStringLiteral("development");
    env.clusters = {QStringLiteral("dev")};
    env.appsOverlay = QStringLiteral("apps/overlays/development");
    env.images
        = {{QStringLiteral("web"), QStringLiteral("ghcr.io/acme/web"), QStringLiteral("v1")}};
    p.environments = {env};
    p.argoCd = {{argoCd.toString(), {}}};
    p.registries = {{QStringLiteral("ghcr.io"), registry.toString()}};
    p.github = {QStringLiteral("acme/gitops"), gitHub.toString()};
    return p;
}

QJsonObject application(const QString &name)
{
    return QJsonObject {
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("name"), name},
                      {QStringLiteral("resourceVersion"), QStringLiteral("1")}}},
        {QStringLiteral("spec"),
         QJsonObject {
             {QStringLiteral("source"),
              QJsonObject {
                  {QStringLiteral("repoURL"), QStringLiteral("https://example.com/gitops")},
                  {QStringLiteral("path"), QStringLiteral("apps/overlays/development")}}}}},
        {QStringLiteral("status"),
         QJsonObject {{QStringLiteral("sync"),
                       QJsonObject {{QStringLiteral("status"), QStringLiteral("Synced")}}},
                      {QStringLiteral("health"),
                       QJsonObject {{QStringLiteral("status"), QStringLiteral("Healthy")}}},
                      {QStringLiteral("summary"),
                       QJsonObject {{QStringLiteral("images"),
                                     QJsonArray {QStringLiteral("ghcr.io/acme/web:v1")}}}}}}};
}

// An Application as Argo CD lists it: in namespace ns (empty: Argo CD's own), with its sources
// (each {repoURL, path or chart, targetRevision}), the revisions Argo CD synced (parallel to
// the sources) and the images it runs.
QJsonObject applicationWith(const QString &name, const QString &ns, const QJsonArray &sources,
                            const QStringList &revisions, const QStringList &images)
{
    QJsonObject metadata {{QStringLiteral("name"), name},
                          {QStringLiteral("resourceVersion"), QStringLiteral("1")}};
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    QJsonObject spec;
    QJsonObject sync {{QStringLiteral("status"), QStringLiteral("Synced")}};
    if (sources.size() == 1) {
        spec.insert(QStringLiteral("source"), sources.first());
        sync.insert(QStringLiteral("revision"), revisions.value(0));
    } else {
        // As Go's encoding/json writes a multi-source Application: an empty `source` too.
        spec.insert(QStringLiteral("source"),
                    QJsonObject {{QStringLiteral("repoURL"), QStringLiteral("")}});
        spec.insert(QStringLiteral("sources"), sources);
        sync.insert(QStringLiteral("revisions"), QJsonArray::fromStringList(revisions));
    }
    return QJsonObject {
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"),
         QJsonObject {
             {QStringLiteral("sync"), sync},
             {QStringLiteral("health"),
              QJsonObject {{QStringLiteral("status"), QStringLiteral("Healthy")}}},
             {QStringLiteral("summary"),
              QJsonObject {{QStringLiteral("images"), QJsonArray::fromStringList(images)}}}}}};
}

QJsonObject gitSource(const QString &path)
{
    return {{QStringLiteral("repoURL"), QStringLiteral("https://example.com/gitops")},
            {QStringLiteral("path"), path},
            {QStringLiteral("targetRevision"), QStringLiteral("main")}};
}

QJsonObject chartSource(const QString &chart, const QString &version)
{
    return {{QStringLiteral("repoURL"), QStringLiteral("https://charts.example.com")},
            {QStringLiteral("chart"), chart},
            {QStringLiteral("targetRevision"), version}};
}

// A resource tree holding one cert-manager Certificate.
QJsonObject treeWithCertificate(const QString &ns, const QString &name)
{
    return {{QStringLiteral("nodes"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("group"), QStringLiteral("cert-manager.io")},
                 {QStringLiteral("version"), QStringLiteral("v1")},
                 {QStringLiteral("kind"), QStringLiteral("Certificate")},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("health"),
                  QJsonObject {{QStringLiteral("status"), QStringLiteral("Healthy")}}}}}}};
}

// Runs a collection; the elapsed milliseconds (or -1 when it did not finish within waitMs).
qint64 collect(StatusCollector &collector, const Pipeline &pipeline, int waitMs = 30000)
{
    bool finished = false;
    QObject::connect(&collector, &StatusCollector::finished, &collector,
                     [&finished] { finished = true; });
    QElapsedTimer elapsed;
    elapsed.start();
    collector.collect(pipeline);
    QDeadlineTimer deadline(waitMs);
    while (!finished && !deadline.hasExpired())
        QTest::qWait(10);
    return finished ? elapsed.elapsed() : -1;
}

QStringList allProblems(const PipelineStatus &status)
{
    QStringList out = status.problems;
    for (const EnvironmentStatus &env : status.environments) {
        out += env.problems;
        for (const AppStatus &a : env.apps)
            out += a.problems;
    }
    return out;
}

QList<QByteArray> authorizations(const FakeHttpServer &server)
{
    QList<QByteArray> out;
    for (const FakeRequest &r : server.requests())
        out << r.header("Authorization");
    return out;
}

} // namespace

// The status collection with the user's credentials at hand and endpoints that a repository
// names: no credential reaches an endpoint the user has not trusted (or over plain http), the
// Docker login is the contacted host's; and its limits against hostile servers: one deadline
// for everything, capped answers, a bounded number of per-Application requests.
class TestStatusCollector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    FakeHttpServer m_argo;
    FakeHttpServer m_registry;
    FakeHttpServer m_github;
    QString m_repo;

    void clearRequests()
    {
        m_argo.clearRequests();
        m_registry.clearRequests();
        m_github.clearRequests();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_repo = m_scratch.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo));
        qputenv("PROMENADE_TRUST_FILE",
                m_scratch.filePath(QStringLiteral("config/trusted-endpoints.conf")).toUtf8());
        qputenv("ARGOCD_CONFIG_DIR", m_scratch.filePath(QStringLiteral("no-argocd")).toUtf8());
        qputenv("ARGOCD_AUTH_TOKEN", "argo-secret");
        qputenv("GITHUB_TOKEN", "github-secret");
        qunsetenv("ARGOCD_SERVER");
        qunsetenv("GH_HOST");
        qunsetenv("GH_TOKEN");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GITHUB_ENTERPRISE_TOKEN");
        qputenv("KUBECONFIG", m_scratch.filePath(QStringLiteral("no-kubeconfig")).toUtf8());

        m_argo.setHandler([](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(QJsonDocument(
                    QJsonObject {{QStringLiteral("items"),
                                  QJsonArray {application(QStringLiteral("web-dev"))}}}));
            return FakeResponse::json(QByteArray(R"({"nodes":[]})"));
        });
        // A registry that asks for a login (Basic) and takes any.
        m_registry.setHandler([](const FakeRequest &r) {
            if (r.header("Authorization").isEmpty())
                return FakeResponse::json(QByteArray(R"({"errors":[{"code":"UNAUTHORIZED"}]})"),
                                          401)
                    .header("WWW-Authenticate", "Basic realm=\"registry\"");
            if (r.path.endsWith(u"/tags/list"))
                return FakeResponse::json(QByteArray(R"({"name":"acme/web","tags":["v1"]})"));
            return FakeResponse::json(QByteArray("{}"), 404);
        });
        m_github.setHandler(
            [](const FakeRequest &) { return FakeResponse::json(QByteArray("[]")); });
        QVERIFY(m_argo.listen());
        QVERIFY(m_registry.listen());
        QVERIFY(m_github.listen());

        // The user's Docker logins: one for ghcr.io, one for the mirror's host.
        const QString docker = m_scratch.filePath(QStringLiteral("docker"));
        const QByteArray ghcr = QByteArray("ghcr-user:ghcr-secret").toBase64();
        const QByteArray mirror = QByteArray("mirror-user:mirror-secret").toBase64();
        QVERIFY(writeFile(docker + QStringLiteral("/config.json"),
                          "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + ghcr
                              + "\"},\"127.0.0.1:" + QByteArray::number(m_registry.port())
                              + "\":{\"auth\":\"" + mirror + "\"}}}"));
        qputenv("DOCKER_CONFIG", docker.toUtf8());
    }

    void noCredentialReachesAnUntrustedEndpoint()
    {
        clearRequests();
        StatusCollector collector;
        QVERIFY(
            collect(collector, pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url()))
            >= 0);
        QVERIFY(m_argo.count(QStringLiteral("/api/v1/applications")) >= 1);
        QVERIFY(m_github.requests().size() >= 1);
        // Asked, without the tokens.
        for (const QByteArray &a : authorizations(m_argo))
            QVERIFY2(a.isEmpty(), a.constData());
        for (const QByteArray &a : authorizations(m_github))
            QVERIFY2(a.isEmpty(), a.constData());
        // The registry mirror gets its own host's login, never ghcr.io's.
        const QByteArray mirrorLogin
            = "Basic " + QByteArray("mirror-user:mirror-secret").toBase64();
        QVERIFY(authorizations(m_registry).contains(mirrorLogin));
        for (const QByteArray &a : authorizations(m_registry))
            QVERIFY2(a.isEmpty() || a == mirrorLogin, a.constData());

        // Said so, naming the endpoint and where the token came from; never the token.
        const QStringList problems = allProblems(collector.status());
        const QString argoProblem
            = problems.filter(QStringLiteral("Argo CD at %1").arg(m_argo.url().toString()))
                  .value(0);
        QVERIFY2(argoProblem.contains(
                     QStringLiteral("your Argo CD token (ARGOCD_AUTH_TOKEN) was not sent")),
                 qPrintable(problems.join(u'\n')));
        QVERIFY2(
            problems.filter(QStringLiteral("your GitHub token (GITHUB_TOKEN) was not sent")).size()
                == 1,
            qPrintable(problems.join(u'\n')));
        QVERIFY(!problems.join(u'\n').contains(QStringLiteral("secret")));
        QCOMPARE(collector.withheldCredentials().size(), 2);
        QVERIFY(collector.withheldCredentials().first().service == CredentialService::ArgoCd);
        // What Argo CD told anonymously is still used.
        QVERIFY(collector.status().environments.first().apps.first().runningKnown);
    }

    void aTrustedEndpointGetsItsToken()
    {
        EndpointTrustStore store;
        QVERIFY(store.trust(m_repo, CredentialService::ArgoCd, m_argo.url()));
        clearRequests();
        StatusCollector collector;
        QVERIFY(
            collect(collector, pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url()))
            >= 0);
        QVERIFY(authorizations(m_argo).contains("Bearer argo-secret"));
        for (const QByteArray &a : authorizations(m_github))
            QVERIFY2(a.isEmpty(), a.constData()); // trusted for Argo CD only
        QCOMPARE(collector.withheldCredentials().size(), 1);

        // Another repository naming the same endpoint is not trusted by it.
        const QString other = m_scratch.filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(other));
        clearRequests();
        StatusCollector second;
        QVERIFY(collect(second, pipelineAt(other, m_argo.url(), m_registry.url(), m_github.url()))
                >= 0);
        for (const QByteArray &a : authorizations(m_argo))
            QVERIFY2(a.isEmpty(), a.constData());
        QVERIFY(store.revoke(m_repo, CredentialService::ArgoCd, m_argo.url()));
    }

    void theUsersOwnConfigurationTiesATokenToItsServer()
    {
        // ARGOCD_SERVER names the server ARGOCD_AUTH_TOKEN is for.
        qputenv("ARGOCD_SERVER", QStringLiteral("127.0.0.1:%1").arg(m_argo.port()).toUtf8());
        clearRequests();
        StatusCollector collector;
        QVERIFY(
            collect(collector, pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url()))
            >= 0);
        qunsetenv("ARGOCD_SERVER");
        QVERIFY(authorizations(m_argo).contains("Bearer argo-secret"));

        // The argocd CLI's login for that server.
        QVERIFY(writeFile(
            m_scratch.filePath(QStringLiteral("argocd/config")),
            "contexts:\n- name: lab\n  server: 127.0.0.1:" + QByteArray::number(m_argo.port())
                + "\n  user: lab\ncurrent-context: lab\nservers:\n- server: 127.0.0.1:"
                + QByteArray::number(m_argo.port())
                + "\n  plain-text: true\nusers:\n- name: lab\n  auth-token: cli-secret\n"));
        qputenv("ARGOCD_CONFIG_DIR", m_scratch.filePath(QStringLiteral("argocd")).toUtf8());
        qunsetenv("ARGOCD_AUTH_TOKEN");
        clearRequests();
        StatusCollector cli;
        QVERIFY(collect(cli, pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url()))
                >= 0);
        qputenv("ARGOCD_CONFIG_DIR", m_scratch.filePath(QStringLiteral("no-argocd")).toUtf8());
        qputenv("ARGOCD_AUTH_TOKEN", "argo-secret");
        QVERIFY2(authorizations(m_argo).contains("Bearer cli-secret"),
                 authorizations(m_argo).join(' ').constData());
    }

    void trustRepositoryEndpointsSendsEverything()
    {
        clearRequests();
        StatusCollector::Options options;
        EndpointTrust trust;
        trust.setTrustRepositoryEndpoints(true);
        options.trust = trust;
        StatusCollector collector(options);
        QVERIFY(
            collect(collector, pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url()))
            >= 0);
        QVERIFY(authorizations(m_argo).contains("Bearer argo-secret"));
        QVERIFY(authorizations(m_github).contains("Bearer github-secret"));
        QVERIFY(collector.withheldCredentials().isEmpty());
    }

    void nothingSecretOverPlainHttpElsewhere()
    {
        // Trusted or not, http:// to a host other than this computer gets no credential. (The
        // host does not resolve: only what was decided before sending is looked at.)
        StatusCollector::Options options;
        EndpointTrust trust;
        trust.setTrustRepositoryEndpoints(true);
        options.trust = trust;
        options.deadline = 5s;
        StatusCollector collector(options);
        const QUrl remote(QStringLiteral("http://argocd.promenade.invalid"));
        QVERIFY(collect(collector,
                        pipelineAt(m_repo, remote, m_registry.url(),
                                   QUrl(QStringLiteral("http://github.promenade.invalid/api/v3"))))
                >= 0);
        QCOMPARE(collector.withheldCredentials().size(), 2);
        for (const WithheldCredential &w : collector.withheldCredentials())
            QVERIFY(w.reason == WithheldCredential::Reason::PlainHttp);
        QVERIFY(allProblems(collector.status()).filter(QStringLiteral("plain http")).size() >= 2);
    }

    // Hostile servers: every collection ends by its deadline (+ a generous 3 s) with a
    // problem line that says what happened.
    void endsByTheDeadline_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("problem");
        QTest::addRow("drip") << int(HostileHttpServer::Behaviour::Drip) << "deadline";
        QTest::addRow("endless chunks")
            << int(HostileHttpServer::Behaviour::EndlessChunks) << "deadline";
        QTest::addRow("silent") << int(HostileHttpServer::Behaviour::Silent) << "deadline";
        QTest::addRow("Retry-After: 50")
            << int(HostileHttpServer::Behaviour::RetryAfter) << "retry after 50 s";
        QTest::addRow("1 GiB") << int(HostileHttpServer::Behaviour::Huge) << "larger than 8 MiB";
    }
    void endsByTheDeadline()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, problem);
        HostileHttpServer hostile {HostileHttpServer::Behaviour(behaviour)};
        QVERIFY(hostile.listen());
        StatusCollector::Options options;
        options.timeout = 15s; // the inactivity timeout alone would wait this long, per try
        options.deadline = 4s;
        options.maxResponseBytes = 8 * 1024 * 1024;
        StatusCollector collector(options);
        const qint64 elapsed = collect(
            collector, pipelineAt(m_repo, hostile.url(), hostile.url(), hostile.url()), 30000);
        QVERIFY2(elapsed >= 0, "the collection did not end");
        QVERIFY2(elapsed < 4000 + 3000, qPrintable(QString::number(elapsed)));
        const QStringList problems = allProblems(collector.status());
        QVERIFY2(problems.filter(problem).size() >= 1, qPrintable(problems.join(u'\n')));
    }

    void perApplicationRequestsAreBounded()
    {
        // 70,000 Applications deploy the overlay: their resource trees are asked once each, and
        // at most maxResourceTrees of them.
        QJsonArray items;
        for (int i = 0; i < 70000; ++i)
            items.append(application(QStringLiteral("web-%1").arg(i)));
        const QByteArray list = QJsonDocument(QJsonObject {{QStringLiteral("items"), items}})
                                    .toJson(QJsonDocument::Compact);
        FakeHttpServer argo;
        argo.setHandler([&list](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(list);
            return FakeResponse::json(QByteArray(R"({"nodes":[]})"));
        });
        QVERIFY(argo.listen());
        StatusCollector::Options options;
        options.deadline = 15s;
        StatusCollector collector(options);
        const qint64 elapsed = collect(
            collector, pipelineAt(m_repo, argo.url(), m_registry.url(), m_github.url()), 40000);
        QVERIFY2(elapsed >= 0 && elapsed < 15000 + 3000, qPrintable(QString::number(elapsed)));
        const int trees = argo.count(QStringLiteral("/api/v1/applications/"));
        QVERIFY2(trees <= options.maxResourceTrees, qPrintable(QString::number(trees)));
        QVERIFY(trees > 0);
        const QStringList problems = allProblems(collector.status());
        QVERIFY2(problems.filter(QStringLiteral("certificates of %1 Application(s) were not looked "
                                                "up: at most 100 resource trees")
                                     .arg(70000 - trees))
                         .size()
                     == 1,
                 qPrintable(problems.join(u'\n')));
    }

    // The newest build is the newest of all tags by build time, read through the registry's
    // pagination: Debian's real registry holding 33 builds (tags sorting before and after the
    // newest, each its own build), the newest one amd64-only and also tagged `latest`, listed
    // 10 tags a page.
    void theNewestBuildIsTheNewestOfAllTags()
    {
        PROMENADE_REQUIRE_TOOL(
            !LocalRegistry::binary().isEmpty(),
            "docker-registry is not installed (installer/bootstrap.sh installs it)");
        LocalRegistry registry;
        QVERIFY(registry.start());
        const QString repository = QStringLiteral("acme/web");
        QSet<QString> digests;
        // Pushes a build under its tags; its index digest, or empty when the registry refused.
        const auto push = [&](const Demo::DemoImages::Release &release, const QStringList &tags) {
            const Demo::DemoImages::Content content = Demo::DemoImages::content(release);
            for (const auto &blob : content.blobs) {
                if (registry.pushBlob(repository, blob.bytes) != blob.digest)
                    return QString();
            }
            for (const auto &manifest : content.manifests) {
                if (registry.pushManifest(repository, manifest.digest, manifest.mediaType,
                                          manifest.bytes)
                    != manifest.digest)
                    return QString();
            }
            for (const QString &tag : tags) {
                if (registry.pushManifest(repository, tag, content.index.mediaType,
                                          content.index.bytes)
                    != content.index.digest)
                    return QString();
            }
            digests.insert(content.index.digest);
            return content.index.digest;
        };
        const QStringList both {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
        const QDateTime start(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        // 32 older builds, hours apart; their tags sort before the newest's (sha-0…, sha-1…)
        // and after it (sha-f8…, sha-f9…): the first pages of the list hold none of it.
        QStringList olderTags;
        for (int i = 0; i < 32; ++i) {
            const QString tag = i < 28
                ? QStringLiteral("sha-%1").arg(i * 0x51f3a1 + 0x0a1b2c3, 7, 16, QLatin1Char('0'))
                : QStringLiteral("sha-f%1").arg(0x800000 + i, 6, 16);
            olderTags << tag;
            QVERIFY(!push({QStringLiteral("web"), tag, QString(40, u'a'), start.addSecs(3600 * i),
                           both},
                          {tag})
                         .isEmpty());
        }
        // The declared release, older than the newest.
        QVERIFY(!push({QStringLiteral("web"), QStringLiteral("v1"), QString(40, u'b'),
                       start.addDays(3), both},
                      {QStringLiteral("v1")})
                     .isEmpty());
        const QString newestTag = QStringLiteral("sha-e7d1a48");
        const QString newest = push({QStringLiteral("web"),
                                     newestTag,
                                     QString(40, u'c'),
                                     start.addDays(20),
                                     {QStringLiteral("linux/amd64")}},
                                    {newestTag, QStringLiteral("latest")});
        QVERIFY(!newest.isEmpty());
        QCOMPARE(digests.size(), 34); // every tag but `latest` is its own build
        QVERIFY(olderTags.first() < newestTag && olderTags.last() > newestTag);

        // The overlay's nodes are arm64: the newest build cannot run there.
        const QString overlay = m_repo + QStringLiteral("/apps/overlays/development");
        QVERIFY(writeFile(overlay + QStringLiteral("/kustomization.yaml"),
                          "resources:\n- deployment.yaml\n"));
        QVERIFY(writeFile(overlay + QStringLiteral("/deployment.yaml"),
                          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  "
                          "labels:\n    app.kubernetes.io/name: web\nspec:\n  template:\n    "
                          "spec:\n      nodeSelector:\n        kubernetes.io/arch: arm64\n      "
                          "containers:\n      - name: web\n        image: ghcr.io/acme/web:v1\n"));
        StatusCollector::Options options;
        options.tagPageSize = 10;
        options.deadline = 20s;
        StatusCollector collector(options);
        const qint64 elapsed
            = collect(collector, pipelineAt(m_repo, m_argo.url(), registry.url(), m_github.url()));
        QVERIFY(QDir(overlay).removeRecursively());
        QVERIFY(elapsed >= 0);
        const AppStatus &a = collector.status().environments.first().apps.first();
        QVERIFY2(a.availableKnown, qPrintable(a.problems.join(u'\n')));
        QCOMPARE(a.tagsListed, 35);
        QCOMPARE(a.tagsDescribed, 35);
        QCOMPARE(a.newestTag, newestTag); // by its immutable name, not `latest`
        QCOMPARE(a.newestDigest, newest);
        QCOMPARE(a.newestAliases, QStringList {QStringLiteral("latest")});
        QCOMPARE(a.newestPlatforms, QStringList {QStringLiteral("linux/amd64")});
        QCOMPARE(a.declaredPlatforms, both);
        QVERIFY2(a.drift.contains(QStringLiteral("the newest tag sha-e7d1a48 has no linux/arm64 "
                                                 "image: it cannot run in development")),
                 qPrintable(a.drift.join(u'\n')));
        const QJsonObject available = collector.status()
                                          .toJson()
                                          .value(QStringLiteral("environments"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("apps"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("available"))
                                          .toObject();
        QCOMPARE(available.value(QStringLiteral("newestTag")).toString(), newestTag);
        QCOMPARE(available.value(QStringLiteral("newestAliases")).toArray(),
                 QJsonArray {QStringLiteral("latest")});

        // At most maxTagsDescribed tags are described: the declared one and `latest` first, so
        // the newest is still found through its alias, and named by the tag its version label
        // gives (one more described).
        options.maxTagsDescribed = 3;
        StatusCollector bounded(options);
        QVERIFY(collect(bounded, pipelineAt(m_repo, m_argo.url(), registry.url(), m_github.url()))
                >= 0);
        const AppStatus &b = bounded.status().environments.first().apps.first();
        QCOMPARE(b.tagsListed, 35);
        QCOMPARE(b.tagsDescribed, 4);
        QCOMPARE(b.newestDigest, newest);
        QCOMPARE(b.newestTag, newestTag);
    }

    // A multi-source Application (a Helm chart and the overlay): the revision is the overlay
    // source's Git commit, whichever place it has among the sources.
    void aMultiSourceApplicationReportsTheOverlaysRevision_data()
    {
        QTest::addColumn<bool>("chartFirst");
        QTest::addRow("chart, then overlay") << true;
        QTest::addRow("overlay, then chart") << false;
    }
    void aMultiSourceApplicationReportsTheOverlaysRevision()
    {
        QFETCH(bool, chartFirst);
        const QString commit = QStringLiteral("1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c");
        const QJsonObject chart = chartSource(QStringLiteral("web"), QStringLiteral("4.2.0"));
        const QJsonObject git = gitSource(QStringLiteral("apps/overlays/development"));
        const QJsonObject app
            = applicationWith(QStringLiteral("web-dev"), {},
                              chartFirst ? QJsonArray {chart, git} : QJsonArray {git, chart},
                              chartFirst ? QStringList {QStringLiteral("4.2.0"), commit}
                                         : QStringList {commit, QStringLiteral("4.2.0")},
                              {QStringLiteral("ghcr.io/acme/web:v1")});
        FakeHttpServer argo;
        argo.setHandler([&app](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(
                    QJsonDocument(QJsonObject {{QStringLiteral("items"), QJsonArray {app}}}));
            return FakeResponse::json(QByteArray(R"({"nodes":[]})"));
        });
        QVERIFY(argo.listen());
        StatusCollector collector;
        QVERIFY(collect(collector, pipelineAt(m_repo, argo.url(), m_registry.url(), m_github.url()))
                >= 0);
        const AppStatus &a = collector.status().environments.first().apps.first();
        QVERIFY(a.runningKnown);
        QCOMPARE(a.revision, commit);
    }

    // Applications outside Argo CD's namespace: their resource trees are asked with
    // appNamespace; a refusal is a problem line naming the Application and the reason.
    void applicationsInOtherNamespacesAreAskedWithTheirNamespace()
    {
        const QJsonArray sources {gitSource(QStringLiteral("apps/overlays/development"))};
        const QStringList images {QStringLiteral("ghcr.io/acme/web:v1")};
        const QJsonObject teamA
            = applicationWith(QStringLiteral("web-dev"), QStringLiteral("team-a"), sources,
                              {QStringLiteral("abc")}, images);
        const QJsonObject teamB
            = applicationWith(QStringLiteral("web-canary"), QStringLiteral("team-b"), sources,
                              {QStringLiteral("abc")}, images);
        const QByteArray denied
            = R"({"error":"permission denied","code":7,"message":"permission denied"})";
        FakeHttpServer argo;
        argo.setHandler([&](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(QJsonDocument(
                    QJsonObject {{QStringLiteral("items"), QJsonArray {teamA, teamB}}}));
            // As Argo CD does: an Application outside its namespace is not found (403) without
            // its appNamespace; team-b's is not allowed at all.
            if (r.path == u"/api/v1/applications/web-dev/resource-tree"
                && r.query.queryItemValue(QStringLiteral("appNamespace")) == u"team-a")
                return FakeResponse::json(QJsonDocument(
                    treeWithCertificate(QStringLiteral("web"), QStringLiteral("web-tls"))));
            return FakeResponse::json(denied, 403);
        });
        QVERIFY(argo.listen());
        StatusCollector collector;
        QVERIFY(collect(collector, pipelineAt(m_repo, argo.url(), m_registry.url(), m_github.url()))
                >= 0);
        int trees = 0;
        for (const FakeRequest &r : argo.requests()) {
            if (!r.path.endsWith(u"/resource-tree"))
                continue;
            ++trees;
            const QString expected
                = r.path.contains(u"web-dev") ? QStringLiteral("team-a") : QStringLiteral("team-b");
            QCOMPARE(r.query.queryItemValue(QStringLiteral("appNamespace")), expected);
        }
        QCOMPARE(trees, 2);
        const EnvironmentStatus &env = collector.status().environments.first();
        QCOMPARE(env.certificates.size(), 1);
        QCOMPARE(env.certificates.first().name, QStringLiteral("web-tls"));
        const QStringList problems = env.problems.filter(QStringLiteral("team-b/web-canary"));
        QVERIFY2(problems.size() == 1 && problems.first().contains(QStringLiteral("403"))
                     && problems.first().contains(QStringLiteral("permission denied")),
                 qPrintable(env.problems.join(u'\n')));
        QVERIFY(env.problems.filter(QStringLiteral("team-a/web-dev")).isEmpty());
    }

    // `behind` names what the previous environment runs (the fact its `running` shows), else
    // what it declares.
    void behindNamesWhatThePreviousEnvironmentRuns()
    {
        QString stagingRuns = QStringLiteral("v2");
        bool stagingKnown = true;
        FakeHttpServer argo;
        argo.setHandler([&](const FakeRequest &r) {
            if (r.path != u"/api/v1/applications")
                return FakeResponse::json(QByteArray(R"({"nodes":[]})"));
            QJsonArray items {
                applicationWith(QStringLiteral("web-production"), {},
                                {gitSource(QStringLiteral("apps/overlays/production"))},
                                {QStringLiteral("abc")}, {QStringLiteral("ghcr.io/acme/web:v1")})};
            if (stagingKnown)
                items.append(applicationWith(QStringLiteral("web-staging"), {},
                                             {gitSource(QStringLiteral("apps/overlays/staging"))},
                                             {QStringLiteral("abc")},
                                             {u"ghcr.io/acme/web:"_qs + stagingRuns}));
            return FakeResponse::json(
                QJsonDocument(QJsonObject {{QStringLiteral("items"), items}}));
        });
        QVERIFY(argo.listen());
        Pipeline p = pipelineAt(m_repo, argo.url(), m_registry.url(), m_github.url());
        Environment staging = p.environments.first();
        staging.name = QStringLiteral("staging");
        staging.appsOverlay = QStringLiteral("apps/overlays/staging");
        staging.images.first().tag = QStringLiteral("v3"); // declared, not yet synced
        Environment production = p.environments.first();
        production.name = QStringLiteral("production");
        production.appsOverlay = QStringLiteral("apps/overlays/production");
        production.upstream = {QStringLiteral("staging")};
        production.stage = 1;
        p.environments = {staging, production};
        p.stages = {{QStringLiteral("staging")}, {QStringLiteral("production")}};
        const auto behind = [&] {
            StatusCollector collector;
            if (collect(collector, p) < 0)
                return QStringLiteral("(did not finish)");
            const PipelineStatus &status = collector.status();
            const AppStatus *s = status.environment(QStringLiteral("staging"))->app(u"web"_qs);
            if (stagingKnown && s->runningVersion != stagingRuns)
                return QStringLiteral("(staging runs %1)").arg(s->runningVersion);
            return status.environment(QStringLiteral("production"))->app(u"web"_qs)->behind;
        };
        QCOMPARE(behind(), QStringLiteral("staging runs v2"));
        stagingRuns = QStringLiteral("v1"); // what production declares: not behind
        QCOMPARE(behind(), QString());
        stagingKnown = false; // Argo CD tells nothing of staging: what it declares, said so
        QCOMPARE(behind(), QStringLiteral("staging declares v3"));
    }

    // A 401 or 403 from Argo CD is an answer: `refused` with the reason, and a problem line;
    // `unreachable` is for no answer at all.
    void aRefusedTokenIsNotUnreachable()
    {
        FakeHttpServer argo;
        argo.setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                QByteArray(R"({"error":"invalid session: token has invalid claims: token is )"
                           R"(expired","code":16,"message":"invalid session: token has )"
                           R"(invalid claims: token is expired"})"),
                401);
        });
        QVERIFY(argo.listen());
        StatusCollector::Options options;
        options.argoCdToken = QStringLiteral("expired-token");
        options.trust = EndpointTrust();
        options.trust->setTrustRepositoryEndpoints(true);
        StatusCollector collector(options);
        QVERIFY(collect(collector, pipelineAt(m_repo, argo.url(), m_registry.url(), m_github.url()))
                >= 0);
        const PipelineStatus &status = collector.status();
        QVERIFY2(status.unreachable.isEmpty(), qPrintable(status.unreachable.join(u',')));
        QCOMPARE(status.refused.size(), 1);
        QCOMPARE(status.refused.first().service, QStringLiteral("Argo CD"));
        QCOMPARE(status.refused.first().endpoint,
                 QStringLiteral("Argo CD at %1").arg(argo.url().toString()));
        QVERIFY2(status.refused.first().reason.contains(QStringLiteral("401")),
                 qPrintable(status.refused.first().reason));
        QVERIFY(status.environments.first().problems.contains(status.refused.first().reason));
        const QJsonArray refused = status.toJson().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(QStringLiteral("reason")).toString(),
                 status.refused.first().reason);
        QVERIFY(!QJsonDocument(status.toJson()).toJson().contains("expired-token"));
        const auto back = PipelineStatus::fromJson(status.toJson());
        QVERIFY(back);
        QCOMPARE(back->refused.size(), 1);

        // A 403 (the token's account may not list Applications): refused too.
        FakeHttpServer forbidden;
        forbidden.setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                QByteArray(
                    R"({"error":"permission denied","code":7,"message":"permission denied"})"),
                403);
        });
        QVERIFY(forbidden.listen());
        StatusCollector denied(options);
        QVERIFY(
            collect(denied, pipelineAt(m_repo, forbidden.url(), m_registry.url(), m_github.url()))
            >= 0);
        QVERIFY(denied.status().unreachable.isEmpty());
        QCOMPARE(denied.status().refused.size(), 1);
        QVERIFY2(denied.status().refused.first().reason.contains(QStringLiteral("(403)")),
                 qPrintable(denied.status().refused.first().reason));

        // An Argo CD that listed its Applications but whose resource tree never came: it
        // answered, so not unreachable; the deadline's problem line says what is missing.
        FakeHttpServer slowTrees;
        slowTrees.setHandler([](const FakeRequest &r) {
            if (r.path == u"/api/v1/applications")
                return FakeResponse::json(QJsonDocument(
                    QJsonObject {{QStringLiteral("items"),
                                  QJsonArray {application(QStringLiteral("web-dev"))}}}));
            FakeResponse hang;
            hang.fault = FakeResponse::Fault::Hang;
            return hang;
        });
        QVERIFY(slowTrees.listen());
        StatusCollector::Options shortDeadline = options;
        shortDeadline.deadline = 2s;
        StatusCollector slow(shortDeadline);
        QVERIFY(collect(slow, pipelineAt(m_repo, slowTrees.url(), m_registry.url(), m_github.url()))
                >= 0);
        QVERIFY2(slow.status().unreachable.isEmpty(),
                 qPrintable(slow.status().unreachable.join(u',')));
        QVERIFY(slow.status().environments.first().apps.first().runningKnown);
        QVERIFY2(!allProblems(slow.status()).filter(QStringLiteral("deadline")).isEmpty(),
                 qPrintable(allProblems(slow.status()).join(u'\n')));

        // No answer at all (nothing listens there): unreachable, not refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        StatusCollector second(options);
        QVERIFY(collect(second, pipelineAt(m_repo, nowhere, m_registry.url(), m_github.url()))
                >= 0);
        QCOMPARE(second.status().unreachable, QStringList {QStringLiteral("Argo CD")});
        QVERIFY(second.status().refused.isEmpty());
    }

    // The namespaced Issuers of each namespace holding certificates, beside the ClusterIssuers,
    // each with its kind and namespace; a namespace whose Issuers cannot be read is said so.
    void namespacedIssuersBesideClusterIssuers()
    {
        FakeHttpServer kube;
        kube.setHandler([](const FakeRequest &r) {
            const QString base = QStringLiteral("/apis/cert-manager.io/v1");
            if (r.path == base + u"/clusterissuers")
                return FakeResponse::json(QByteArray(
                    R"({"kind":"ClusterIssuerList","apiVersion":"cert-manager.io/v1","metadata":{},"items":[)"
                    R"({"apiVersion":"cert-manager.io/v1","kind":"ClusterIssuer","metadata":{"name":"letsencrypt"},)"
                    R"("spec":{"acme":{"server":"https://acme-v02.api.letsencrypt.org/directory"}},)"
                    R"("status":{"conditions":[{"type":"Ready","status":"True"}]}}]})"));
            if (r.path == base + u"/certificates")
                return FakeResponse::json(QByteArray(
                    R"({"kind":"CertificateList","apiVersion":"cert-manager.io/v1","metadata":{},"items":[)"
                    R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate","metadata":{"name":"web-tls","namespace":"web"},)"
                    R"("spec":{"secretName":"web-tls","issuerRef":{"name":"web-ca","kind":"Issuer"}},)"
                    R"("status":{"conditions":[{"type":"Ready","status":"True"}]}},)"
                    R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate","metadata":{"name":"api-tls","namespace":"api"},)"
                    R"("spec":{"secretName":"api-tls","issuerRef":{"name":"letsencrypt","kind":"ClusterIssuer"}},)"
                    R"("status":{"conditions":[{"type":"Ready","status":"True"}]}}]})"));
            if (r.path == base + u"/namespaces/web/issuers")
                return FakeResponse::json(QByteArray(
                    R"({"kind":"IssuerList","apiVersion":"cert-manager.io/v1","metadata":{},"items":[)"
                    R"({"apiVersion":"cert-manager.io/v1","kind":"Issuer","metadata":{"name":"web-ca","namespace":"web"},)"
                    R"("spec":{"ca":{"secretName":"web-ca"}},)"
                    R"("status":{"conditions":[{"type":"Ready","status":"False","message":"secret web-ca not found"}]}}]})"));
            return FakeResponse::json(
                QByteArray(
                    R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",)"
                    R"("message":"issuers.cert-manager.io is forbidden: User promenade cannot list )"
                    R"(resource issuers in API group cert-manager.io in the namespace api",)"
                    R"("reason":"Forbidden","details":{"group":"cert-manager.io","kind":"issuers"},"code":403})"),
                403);
        });
        QVERIFY(kube.listen());
        const QString kubeconfig = m_scratch.filePath(QStringLiteral("issuers-kubeconfig"));
        QVERIFY(writeFile(kubeconfig,
                          "apiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n    "
                          "server: "
                              + kube.url().toString().toUtf8()
                              + "\nusers:\n- name: me\n  user:\n    token: kube-secret\n"
                                "contexts:\n- name: dev\n  context: {cluster: dev, user: me}\n"
                                "current-context: dev\n"));
        StatusCollector::Options options;
        options.kubeconfigPath = kubeconfig;
        StatusCollector collector(options);
        Pipeline p = pipelineAt(m_repo, m_argo.url(), m_registry.url(), m_github.url());
        p.clusterContexts = {{QStringLiteral("dev"), QStringLiteral("dev")}};
        QVERIFY(collect(collector, p) >= 0);
        const EnvironmentStatus &env = collector.status().environments.first();
        QCOMPARE(env.certificates.size(), 2);
        QCOMPARE(env.issuers.size(), 2);
        const IssuerInfo *cluster = nullptr;
        const IssuerInfo *web = nullptr;
        for (const IssuerInfo &i : env.issuers)
            (i.kind == u"ClusterIssuer" ? cluster : web) = &i;
        QVERIFY(cluster && web);
        QCOMPARE(cluster->name, QStringLiteral("letsencrypt"));
        QVERIFY(cluster->nameSpace.isEmpty());
        QCOMPARE(web->kind, QStringLiteral("Issuer"));
        QCOMPARE(web->name, QStringLiteral("web-ca"));
        QCOMPARE(web->nameSpace, QStringLiteral("web"));
        QVERIFY(!web->ready);
        QCOMPARE(web->message, QStringLiteral("secret web-ca not found"));
        QCOMPARE(kube.count(QStringLiteral("/apis/cert-manager.io/v1/namespaces/api/issuers")), 1);
        const QStringList problems = env.problems.filter(QStringLiteral("namespace api"));
        QVERIFY2(problems.size() == 1 && problems.first().contains(QStringLiteral("forbidden")),
                 qPrintable(env.problems.join(u'\n')));
        // In the JSON: kind and namespace (null for a ClusterIssuer).
        const QJsonArray issuers = collector.status()
                                       .toJson()
                                       .value(QStringLiteral("environments"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("issuers"))
                                       .toArray();
        QStringList seen;
        for (const QJsonValue &i : issuers) {
            const QJsonObject o = i.toObject();
            seen << o.value(QStringLiteral("kind")).toString() + u' '
                    + (o.value(QStringLiteral("namespace")).isNull()
                           ? QStringLiteral("-")
                           : o.value(QStringLiteral("namespace")).toString())
                    + u' ' + o.value(QStringLiteral("name")).toString();
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("ClusterIssuer - letsencrypt"),
                               QStringLiteral("Issuer web web-ca")}));
    }

    // A registry mirror that fails: the problem names the image's registry (ghcr.io), the
    // mirror after it.
    void registryProblemsNameTheImagesRegistry()
    {
        FakeHttpServer mirror;
        mirror.setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                QByteArray(R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not )"
                           R"(known to registry","detail":{"name":"acme/web"}}]})"),
                404);
        });
        QVERIFY(mirror.listen());
        StatusCollector collector;
        QVERIFY(collect(collector, pipelineAt(m_repo, m_argo.url(), mirror.url(), m_github.url()))
                >= 0);
        const QStringList problems = collector.status().environments.first().apps.first().problems;
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
                 QStringLiteral("Registry ghcr.io: repository acme/web not found (404) (asked "
                                "through the mirror %1)")
                     .arg(mirror.url().toString()));
    }

    // A silent server behind every service (Argo CD, the registry, GitHub, the cluster): the
    // collection ends by its deadline in total, with the per-request timeout as long as the
    // deadline and retries allowed, as `status --timeout 3` sets them (a correctness bound;
    // the margin is generous).
    void aSilentServerCostsTheDeadlineInTotal()
    {
        HostileHttpServer silent {HostileHttpServer::Behaviour::Silent};
        QVERIFY(silent.listen());
        const QString kubeconfig = m_scratch.filePath(QStringLiteral("silent-kubeconfig"));
        QVERIFY(writeFile(kubeconfig,
                          "apiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n    "
                          "server: "
                              + silent.url().toString().toUtf8()
                              + "\nusers:\n- name: me\n  user:\n    token: kube-secret\n"
                                "contexts:\n- name: dev\n  context: {cluster: dev, user: me}\n"
                                "current-context: dev\n"));
        StatusCollector::Options options;
        options.timeout = 3s;
        options.deadline = 3s;
        options.maxRetries = 3;
        options.kubeconfigPath = kubeconfig;
        StatusCollector collector(options);
        Pipeline p = pipelineAt(m_repo, silent.url(), silent.url(), silent.url());
        p.clusterContexts = {{QStringLiteral("dev"), QStringLiteral("dev")}};
        const qint64 elapsed = collect(collector, p, 30000);
        QVERIFY2(elapsed >= 0, "the collection did not end");
        QVERIFY2(elapsed < 3000 + 2000, qPrintable(QString::number(elapsed)));
        QVERIFY(silent.requestCount() >= 4); // every service was asked
        const QStringList problems = allProblems(collector.status());
        // Each service is named by a problem saying that it did not answer by the deadline.
        for (const char *service :
             {"Argo CD at", "Registry ghcr.io", "GitHub at", "Kubernetes cluster dev"}) {
            const QStringList named = problems.filter(QLatin1String(service));
            QVERIFY2(!named.filter(QStringLiteral("deadline")).isEmpty(),
                     qPrintable(QLatin1String(service) + u'\n' + problems.join(u'\n')));
        }
        // Every live status service that gave no answer at all (GitHub's pull requests are
        // a problem line of their own).
        QCOMPARE(collector.status().unreachable,
                 (QStringList {QStringLiteral("Argo CD"), QStringLiteral("Kubernetes"),
                               QStringLiteral("Registry")}));
    }
};

QTEST_GUILESS_MAIN(TestStatusCollector)
#include "tst_statuscollector.moc"
