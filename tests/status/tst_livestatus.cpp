#include "demoservices.h"
#include "livedemo.h"
#include "livestatuscache.h"

#include <QTest>

using namespace Promenade;
using namespace std::chrono_literals;

namespace {

const QStringList realApps {QStringLiteral("paulojauregui-com"), QStringLiteral("signconnect")};

QString describe(const Demo::DemoControlPlane::RequestCounts &counts)
{
    QStringList parts;
    for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

// Live status of a large demo (20 apps: the blog, SignConnect and 18 synthetic services) from
// the embedded control plane: every app reported, and, with the window's cache, a refresh that
// asks only what may have changed.
class TestLiveStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::LiveDemo> m_demo;

    StatusCollector::Options cached(const std::shared_ptr<LiveStatusCache> &cache) const
    {
        StatusCollector::Options options = m_demo->options;
        options.cache = cache;
        return options;
    }

    // Waits until the cache's Argo CD watch streams (its stream request has reached the server).
    bool watchStreams() const
    {
        QDeadlineTimer deadline(10000);
        while (m_demo->plane->requestCounts().byKind.value(QStringLiteral("argocd stream")) == 0
               && !deadline.hasExpired())
            QTest::qWait(10);
        QTest::qWait(50);
        return m_demo->plane->requestCounts().byKind.value(QStringLiteral("argocd stream")) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_demo = TestSupport::LiveDemo::create(20, &error);
        QVERIFY2(m_demo, qPrintable(error));
        QCOMPARE(m_demo->pipeline.apps.size(), 20);
    }

    void everyAppIsReported()
    {
        const auto status = TestSupport::LiveDemo::collect(
            m_demo->pipeline, cached(std::make_shared<LiveStatusCache>()));
        QVERIFY(status);
        QVERIFY2(status->unreachable.isEmpty(), qPrintable(status->unreachable.join(u',')));
        QCOMPARE(status->environments.size(), 3);
        for (const EnvironmentStatus &env : status->environments) {
            QCOMPARE(env.apps.size(), 20);
            QVERIFY2(env.problems.isEmpty(), qPrintable(env.problems.join(u'\n')));
            QCOMPARE(env.certificates.size(), 2); // the real apps' Ingresses; services have none
            for (const AppStatus &a : env.apps) {
                const QString where = env.name + u'/' + a.app;
                QVERIFY2(a.runningKnown, qPrintable(where));
                QVERIFY2(a.availableKnown, qPrintable(where));
                QVERIFY2(a.problems.isEmpty(), qPrintable(where + u": " + a.problems.join(u'\n')));
                QCOMPARE(a.runningVersion.section(u'@', 0, 0), a.declared.tag);
                QCOMPARE(a.sync, QStringLiteral("Synced"));
                QCOMPARE(a.health, QStringLiteral("Healthy"));
                QVERIFY2(a.declaredDigest.startsWith(u"sha256:"), qPrintable(where));
                if (realApps.contains(a.app))
                    continue; // tst_statuscommand knows them in detail
                QCOMPARE(
                    a.declaredPlatforms,
                    (QStringList {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
                QCOMPARE(a.argoApplication, a.app + u'-' + env.name); // its own Application
                QVERIFY2(a.drift.isEmpty(), qPrintable(where + u": " + a.drift.join(u'\n')));
                QCOMPARE(a.newestTag, Demo::Services::releases(a.app).last().tag);
                // Staging waits for development's build where the pins differ.
                if (env.name == u"staging") {
                    const Demo::Services::Pins pins = Demo::Services::pins(a.app);
                    QCOMPARE(a.behind.isEmpty(), pins.staging == pins.development);
                }
            }
        }
    }

    void aRefreshWithTheCacheAsksLittle()
    {
        auto cache = std::make_shared<LiveStatusCache>();
        m_demo->plane->resetRequestCounts();
        const auto first = TestSupport::LiveDemo::collect(m_demo->pipeline, cached(cache));
        QVERIFY(first);
        QVERIFY(watchStreams());
        const int firstRequests = m_demo->plane->requestCounts().total();

        m_demo->plane->resetRequestCounts();
        const auto second = TestSupport::LiveDemo::collect(m_demo->pipeline, cached(cache));
        QVERIFY(second);
        const auto counts = m_demo->plane->requestCounts();
        // Argo CD's watch is current, the registries' answers are: only the certificates of
        // each cluster (3 × ClusterIssuers, certificates, and the Issuers of the two namespaces
        // holding certificates) and GitHub's pull requests are asked.
        QVERIFY2(counts.of(QStringLiteral("registry")) == 0, qPrintable(describe(counts)));
        QVERIFY2(counts.of(QStringLiteral("argocd")) == 0, qPrintable(describe(counts)));
        QCOMPARE(counts.of(QStringLiteral("kubernetes")), 3 * 4);
        QVERIFY2(counts.total() <= 14, qPrintable(describe(counts)));
        QVERIFY2(firstRequests > 20 * 12, qPrintable(QString::number(firstRequests)));
        // And it tells the same.
        for (qsizetype e = 0; e < first->environments.size(); ++e) {
            for (qsizetype i = 0; i < first->environments[e].apps.size(); ++i) {
                const AppStatus &a = first->environments[e].apps[i];
                const AppStatus &b = second->environments[e].apps[i];
                QCOMPARE(b.declaredDigest, a.declaredDigest);
                QCOMPARE(b.newestTag, a.newestTag);
                QCOMPARE(b.runningVersion, a.runningVersion);
                QCOMPARE(b.behind, a.behind);
            }
        }
    }

    void onlyWhatChangedIsAskedAgain()
    {
        auto cache = std::make_shared<LiveStatusCache>();
        StatusCollector::Options options = cached(cache);
        // Long enough for the first collection to end well within it on a busy machine.
        options.tagListInterval = 2000ms;
        QVERIFY(TestSupport::LiveDemo::collect(m_demo->pipeline, options));

        // A promotion in the repository: a lagging service's staging now pins development's
        // build, which the registry already described: nothing is asked for it.
        Pipeline promoted = m_demo->pipeline;
        QString service;
        for (DeclaredImage &image : promoted.environments[1].images) {
            const Demo::Services::Pins pins = Demo::Services::pins(image.app);
            if (!realApps.contains(image.app) && pins.staging != pins.development) {
                image.tag = pins.development;
                service = image.app;
                break;
            }
        }
        QVERIFY(!service.isEmpty());
        m_demo->plane->resetRequestCounts();
        const auto status = TestSupport::LiveDemo::collect(promoted, options);
        QVERIFY(status);
        QVERIFY2(m_demo->plane->requestCounts().of(QStringLiteral("registry")) == 0,
                 qPrintable(describe(m_demo->plane->requestCounts())));
        QCOMPARE(status->environments[1].app(service)->declaredDigest,
                 status->environments[0].app(service)->declaredDigest);

        // The tag lists' interval passes: each is asked again with its ETag and answered 304;
        // no image is described again.
        QTest::qWait(2600); // the interval, spread by up to 25 %
        m_demo->plane->resetRequestCounts();
        QVERIFY(TestSupport::LiveDemo::collect(promoted, options));
        const auto counts = m_demo->plane->requestCounts();
        QVERIFY2(counts.byKind.value(QStringLiteral("registry tags")) == 20,
                 qPrintable(describe(counts)));
        QCOMPARE(counts.notModified, 20);
        QCOMPARE(counts.byKind.value(QStringLiteral("registry manifests")), 0);
        QCOMPARE(counts.byKind.value(QStringLiteral("registry blobs")), 0);
    }

    void withoutTheCacheEveryRefreshAsksEverything()
    {
        // The command line's one-shot collection: each repository's token, tag list and the
        // manifests and configs of its tags, every time.
        QVERIFY(TestSupport::LiveDemo::collect(m_demo->pipeline, m_demo->options));
        m_demo->plane->resetRequestCounts();
        QVERIFY(TestSupport::LiveDemo::collect(m_demo->pipeline, m_demo->options));
        const auto counts = m_demo->plane->requestCounts();
        QCOMPARE(counts.byKind.value(QStringLiteral("argocd list")), 1);
        QCOMPARE(counts.byKind.value(QStringLiteral("registry tags")),
                 2 * 20); // refused, then with a token
        QVERIFY2(counts.byKind.value(QStringLiteral("registry manifests")) >= 20 * 4 * 2,
                 qPrintable(describe(counts)));
    }
};

QTEST_GUILESS_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
