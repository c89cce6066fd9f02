// bench_livestatus: what one live-status refresh costs, at 2 and at 300 apps, against the
// embedded demo control plane (Argo CD, registry, Kubernetes, GitHub on loopback, counting every
// request it serves). Without the window's cache (how every refresh worked before, and how the
// command line still works) and with it: the first refresh, then steady refreshes (nothing due),
// a refresh when every tag list is due again, and one when every tag's digest is due too.
// Also the GUI thread: the longest the event loop was held during a refresh (the collector's
// work and, as in the app, the demo's servers on the same thread), and how long applying a
// status to the views' models takes (EnvironmentListModel and AppMatrixModel setStatus).
//
//     QT_QPA_PLATFORM=offscreen bench_livestatus [APPS...]   (default: 2 300)

#include "appmatrixmodel.h"
#include "environmentlistmodel.h"
#include "livedemo.h"
#include "livestatuscache.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Promenade;
using namespace std::chrono_literals;

namespace {

// The longest gap between the ticks of a 1 ms timer: how long the thread was held at once.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

struct Refresh
{
    double ms = 0;
    double stallMs = 0;
    Demo::DemoControlPlane::RequestCounts counts;
    std::optional<PipelineStatus> status;
};

Refresh refresh(TestSupport::LiveDemo &demo, const StatusCollector::Options &options)
{
    StallMeter stall;
    Refresh r;
    demo.plane->resetRequestCounts();
    QElapsedTimer timer;
    timer.start();
    stall.start();
    r.status = TestSupport::LiveDemo::collect(demo.pipeline, options);
    r.stallMs = stall.stop();
    r.ms = timer.nsecsElapsed() / 1e6;
    r.counts = demo.plane->requestCounts();
    return r;
}

void print(const char *what, const Refresh &r)
{
    const auto &c = r.counts;
    std::printf("  %-34s %6d requests (argocd %4d, registry %5d [304: %4d, 401: %4d], kube %2d, "
                "github %d)  %8.1f ms, GUI thread held <= %5.1f ms%s\n",
                what, c.total(), c.of(QStringLiteral("argocd")), c.of(QStringLiteral("registry")),
                c.notModified, c.unauthorized, c.of(QStringLiteral("kubernetes")),
                c.of(QStringLiteral("github")), r.ms, r.stallMs, r.status ? "" : "  (TIMED OUT)");
}

void printKinds(const Refresh &r)
{
    QStringList parts;
    for (auto it = r.counts.byKind.cbegin(); it != r.counts.byKind.cend(); ++it)
        parts << it.key() + u' ' + QString::number(it.value());
    std::printf("      %s\n", qPrintable(parts.join(QStringLiteral(", "))));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// The models the window shows the status in, and how long applying one takes.
void measureApply(const Pipeline &pipeline, const PipelineStatus &status)
{
    EnvironmentListModel environments;
    AppMatrixModel matrix;
    environments.setEnvironments(pipeline.environments);
    matrix.setPipeline(pipeline);
    auto apply = [&](const PipelineStatus &s) {
        QElapsedTimer t;
        t.start();
        environments.setStatus(s);
        const double envMs = t.nsecsElapsed() / 1e6;
        t.restart();
        matrix.setStatus(s);
        return std::pair {envMs, t.nsecsElapsed() / 1e6};
    };
    const auto [firstEnv, firstMatrix] = apply(status);
    QList<double> env, mat;
    PipelineStatus moving = status;
    for (int round = 0; round < 20; ++round) {
        // A few apps move on (a sync in progress), as between two refreshes.
        moving.fetchedAt = moving.fetchedAt.addSecs(2);
        for (EnvironmentStatus &e : moving.environments) {
            for (qsizetype i = round; i < e.apps.size(); i += 37)
                e.apps[i].health = e.apps[i].health == u"Healthy" ? QStringLiteral("Progressing")
                                                                  : QStringLiteral("Healthy");
        }
        const auto [e, m] = apply(moving);
        env << e;
        mat << m;
    }
    std::printf("  apply a status to the models: first %.1f ms (environments %.1f + matrix %.1f); "
                "next, median %.1f ms (environments %.1f + matrix %.1f), worst %.1f ms\n",
                firstEnv + firstMatrix, firstEnv, firstMatrix, median(env) + median(mat),
                median(env), median(mat),
                *std::max_element(env.cbegin(), env.cend())
                    + *std::max_element(mat.cbegin(), mat.cend()));
}

void bench(int apps)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto demo = TestSupport::LiveDemo::create(apps, &error);
    if (!demo) {
        std::fprintf(stderr, "cannot make the demo: %s\n", qPrintable(error));
        return;
    }
    std::printf(
        "\n%d apps × %lld environments (demo repository and control plane made in %.1f s)\n", apps,
        static_cast<long long>(demo->pipeline.environments.size()), timer.elapsed() / 1000.0);

    std::printf(" without the cache (before; the command line):\n");
    Refresh before = refresh(*demo, demo->options);
    print("first refresh", before);
    QList<double> beforeMs;
    int beforeRequests = 0;
    for (int i = 0; i < 3; ++i) {
        const Refresh r = refresh(*demo, demo->options);
        beforeMs << r.ms;
        beforeRequests = r.counts.total();
        if (i == 2) {
            print("next refreshes (the last of 3)", r);
            printKinds(r);
        }
    }
    std::printf("  next refreshes: median %.1f ms, %d requests each\n", median(beforeMs),
                beforeRequests);

    std::printf(" with the window's cache (after):\n");
    auto cache = std::make_shared<LiveStatusCache>();
    StatusCollector::Options options = demo->options;
    options.cache = cache;
    const Refresh first = refresh(*demo, options);
    print("first refresh", first);
    printKinds(first);
    QTest::qWait(200); // the Argo CD watch: its list, then its stream
    QList<double> steadyMs, steadyStall;
    Refresh steady;
    for (int i = 0; i < 5; ++i) {
        steady = refresh(*demo, options);
        steadyMs << steady.ms;
        steadyStall << steady.stallMs;
    }
    print("steady refresh (the last of 5)", steady);
    printKinds(steady);
    std::printf("  steady refreshes: median %.1f ms, GUI thread held <= %.1f ms (median of 5)\n",
                median(steadyMs), median(steadyStall));

    options.tagListInterval = 100ms;
    QTest::qWait(150);
    const Refresh listsDue = refresh(*demo, options);
    print("every tag list due", listsDue);
    printKinds(listsDue);
    options.tagRecheckInterval = 100ms;
    QTest::qWait(150);
    const Refresh allDue = refresh(*demo, options);
    print("every tag list and tag digest due", allDue);
    printKinds(allDue);
    // Over ten minutes of 2-second refreshes with the default intervals (tag lists 60-75 s,
    // tag digests 600-750 s): 300 refreshes, 8-10 rounds of tag lists, one of tag digests.
    const double amortized = steady.counts.total()
        + (9.0 * (listsDue.counts.total() - steady.counts.total())
           + (allDue.counts.total() - listsDue.counts.total()))
            / 300.0;
    std::printf("  amortized over 10 minutes of 2 s refreshes: about %.1f requests per refresh "
                "(before: %d)\n",
                amortized, beforeRequests);

    if (steady.status)
        measureApply(demo->pipeline, *steady.status);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QList<int> counts;
    for (int i = 1; i < argc; ++i)
        counts << QString::fromLocal8Bit(argv[i]).toInt();
    if (counts.isEmpty())
        counts = {2, 300};
    for (const int apps : std::as_const(counts))
        bench(std::clamp(apps, 2, 5000));
    return 0;
}
