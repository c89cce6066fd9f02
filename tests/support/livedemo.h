#pragma once

// A generated demo repository of N apps with its embedded control plane, and the pipeline
// pointed at it (Argo CD, the registry, every cluster's Kubernetes API, GitHub) as the window's
// demo does (DemoSession::live): for tests and benchmarks of the live status. Header-only:
// whoever includes it links promenade_session, promenade_democontrolplane, promenade_demo and
// promenade_status.

#include "democontrolplane.h"
#include "demorepository.h"
#include "demosession.h"
#include "gitrepository.h"
#include "repositorydiscovery.h"
#include "statuscollector.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace TestSupport {

class LiveDemo
{
public:
    QTemporaryDir scratch;
    Promenade::Pipeline pipeline; // as discovered, with the control plane's endpoints
    std::unique_ptr<Promenade::Demo::DemoControlPlane> plane;
    Promenade::StatusCollector::Options options; // tokens and the kubeconfig of the demo

    // nullptr (and *error) when the repository or the servers cannot be made.
    static std::unique_ptr<LiveDemo> create(int apps, QString *error)
    {
        auto demo = std::make_unique<LiveDemo>();
        Promenade::Demo::DemoRepository::Options repoOptions;
        repoOptions.apps = apps;
        const auto created = Promenade::Demo::DemoRepository::generate(
            demo->scratch.filePath(QStringLiteral("demo")), repoOptions);
        if (!created)
            return fail(created.error().toString(), error);
        auto pipeline = Promenade::RepositoryDiscovery::discover(created->workTree);
        if (!pipeline)
            return fail(pipeline.error().toString(), error);
        auto repo = Promenade::Git::Repository::open(created->workTree);
        const auto head = repo ? repo->headCommitId() : Promenade::Result<QString>(QString());
        demo->pipeline = *pipeline;
        demo->plane = std::make_unique<Promenade::Demo::DemoControlPlane>(
            *pipeline, head ? *head : QString(), Promenade::Demo::DemoControlPlane::OriginHooks {});
        demo->plane->setTiming(1000000, 50);
        demo->plane->setSourceDirectory(created->sourcesPath);
        if (auto started = demo->plane->start(); !started)
            return fail(started.error().toString(), error);
        // Pointed at the services as the window's demo is: DemoSession's endpoints and the one
        // kubeconfig it writes for a demo.
        auto live
            = Promenade::DemoSession::live(demo->pipeline, demo->plane->endpoints(),
                                           demo->scratch.filePath(QStringLiteral("kubeconfig")));
        if (!live)
            return fail(live.error().toString(), error);
        demo->pipeline = live->pipeline;
        demo->options = live->options;
        demo->options.timeout = std::chrono::seconds(20);
        return demo;
    }

    // One collection, the event loop running until it is finished (nullopt after timeoutMs).
    static std::optional<Promenade::PipelineStatus>
    collect(const Promenade::Pipeline &pipeline, const Promenade::StatusCollector::Options &options,
            int timeoutMs = 120000)
    {
        Promenade::StatusCollector collector(options);
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&collector, &Promenade::StatusCollector::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        collector.collect(pipeline);
        if (!finished)
            loop.exec();
        if (!finished)
            return std::nullopt;
        return collector.status();
    }

private:
    static std::unique_ptr<LiveDemo> fail(const QString &why, QString *error)
    {
        if (error)
            *error = why;
        return nullptr;
    }
};

} // namespace TestSupport
