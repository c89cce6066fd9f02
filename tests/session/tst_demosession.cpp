#include "demosession.h"
#include "kubeconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

// One GET with the demo's Argo CD token; the HTTP status (0: no answer, e.g. refused).
int argoCdStatus(const QUrl &argoCd, const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(argoCd.resolved(QUrl(QStringLiteral("/api/v1/applications"))));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// The embedded demo: its folder, its services on loopback, and the kubeconfig written for them.
class TestDemoSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndStopsItsServices()
    {
        auto generated = Promenade::DemoSession::generate(2, QThread::currentThread());
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().toString()));
        std::unique_ptr<Promenade::DemoSession> demo = std::move(*generated);
        const QString workTree = demo->workTree();
        QVERIFY(QDir(workTree + QStringLiteral("/.git")).exists());
        QVERIFY(demo->contains(workTree + QStringLiteral("/apps")));
        QVERIFY(!demo->contains(QDir::homePath()));
        QVERIFY(demo->servicesRunning());
        if (!demo->servicesListening()) {
            QSignalSpy started(demo.get(), &Promenade::DemoSession::servicesStarted);
            QVERIFY2(started.wait(60000), qPrintable(demo->servicesError()));
        }
        QVERIFY(demo->servicesError().isEmpty());

        // Its Argo CD answers on loopback with the token it gives, and refuses another one.
        const Promenade::Demo::DemoEndpoints endpoints = demo->endpoints();
        QCOMPARE(endpoints.argoCd.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(argoCdStatus(endpoints.argoCd, endpoints.argoCdToken), 200);
        QCOMPARE(argoCdStatus(endpoints.argoCd, QStringLiteral("not-the-token")), 401);

        // The live status's view of it: every service pointed at, and the kubeconfig for its
        // clusters readable, with the demo's token, for the user only.
        Promenade::Pipeline declared;
        declared.root = workTree;
        const auto live = demo->live(declared);
        QVERIFY2(live, qPrintable(live ? QString() : live.error().toString()));
        QCOMPARE(live->pipeline.argoCd.size(), 1);
        QCOMPARE(live->pipeline.argoCd.constFirst().url, endpoints.argoCd.toString());
        QCOMPARE(live->options.argoCdToken, endpoints.argoCdToken);
        QCOMPARE(live->options.gitHubToken, endpoints.githubToken);
        QVERIFY(demo->contains(live->options.kubeconfigPath));
        QCOMPARE(QFile::permissions(live->options.kubeconfigPath)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const auto config = Promenade::Clients::KubeConfig::loadFile(live->options.kubeconfigPath);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->contexts().size(), endpoints.kubernetes.size());
        QVERIFY(!endpoints.kubernetes.isEmpty());
        for (auto it = endpoints.kubernetes.cbegin(); it != endpoints.kubernetes.cend(); ++it) {
            QCOMPARE(live->pipeline.clusterContexts.value(it.key()), it.key());
            const auto access = config->resolve(it.key());
            QVERIFY2(access, qPrintable(access ? QString() : access.error().toString()));
            QCOMPARE(access->token, endpoints.kubernetesToken);
            QCOMPARE(access->endpoint.baseUrl, it.value());
        }

        // Stopped: nothing listens any more; started again: it answers again.
        demo->stopServices();
        QVERIFY(!demo->servicesRunning());
        QCOMPARE(argoCdStatus(endpoints.argoCd, endpoints.argoCdToken), 0);
        QVERIFY(!demo->live(declared));
        demo->startServices();
        QSignalSpy restarted(demo.get(), &Promenade::DemoSession::servicesStarted);
        QVERIFY2(restarted.wait(60000), qPrintable(demo->servicesError()));
        QCOMPARE(argoCdStatus(demo->endpoints().argoCd, demo->endpoints().argoCdToken), 200);

        // Gone with its folder.
        const QString folder = QFileInfo(workTree).absolutePath();
        demo.reset();
        QVERIFY(!QDir(folder).exists());
    }

    // The kubeconfig is a document, not text pasted together: names and tokens that look like
    // YAML stay what they are (kubectl reads it so, and so do Promenade's clients).
    void kubeconfigKeepsOddNamesWhole()
    {
        Promenade::Demo::DemoEndpoints endpoints;
        const QString odd = QStringLiteral("prod: x\n- name: injected");
        endpoints.kubernetes.insert(odd, QUrl(QStringLiteral("http://127.0.0.1:1")));
        endpoints.kubernetes.insert(QStringLiteral("staging"),
                                    QUrl(QStringLiteral("http://127.0.0.1:2")));
        endpoints.kubernetesToken = QStringLiteral("t0ken\"}\nusers: []");
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(TestSupport::writeFile(path, Promenade::DemoSession::kubeconfig(endpoints)));

        const auto config = Promenade::Clients::KubeConfig::loadFile(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->clusters().size(), 2);
        QCOMPARE(config->users().size(), 1);
        const auto access = config->resolve(odd);
        QVERIFY2(access, qPrintable(access ? QString() : access.error().toString()));
        QCOMPARE(access->token, endpoints.kubernetesToken);
        QCOMPARE(access->endpoint.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:1")));

        // kubectl, the reference reader, sees the same two contexts.
        const QString kubectl = TestSupport::kubectl();
        if (kubectl.isEmpty()) {
            if (TestSupport::referenceToolsRequired())
                QFAIL("kubectl is required (PROMENADE_REQUIRE_REFERENCE_TOOLS=1)");
            QSKIP("kubectl not found");
        }
        const auto view = TestSupport::runProcess(
            kubectl,
            {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
             QStringLiteral("--kubeconfig"), path, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(view.exitCode == 0, view.err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(view.out).object();
        QStringList contexts;
        for (const QJsonValue &context : seen.value(u"contexts"_qs).toArray())
            contexts << context[u"name"_qs].toString();
        contexts.sort();
        QCOMPARE(contexts, (QStringList {odd, QStringLiteral("staging")}));
        const QJsonArray users = seen.value(u"users"_qs).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first()[u"user"_qs][u"token"_qs].toString(), endpoints.kubernetesToken);
    }
};

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
