#include "endpointtruststore.h"
#include "fakehttpserver.h"
#include "hostilehttpserver.h"
#include "statuscollector.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
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
};

QTEST_GUILESS_MAIN(TestStatusCollector)
#include "tst_statuscollector.moc"
