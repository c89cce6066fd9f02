// Expands ApplicationSets over a generated repository of N apps (300 by default), each with
// apps/<app>/overlays/{staging,production}: a Go-template git directories generator (N
// Applications) and a legacy matrix of a list of both environments x git directories (2N).
// Prints the median wall and CPU time of listing the repository, and of each expansion with the
// listing given and with expand() listing by itself.
//
//     bench_applicationsetexpander [--apps N] [--runs N]
#include "deploymentmanifests.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Promenade;

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing median(int runs, const std::function<void()> &work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        work();
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

const char *const GoDirectories = R"(apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: production, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - git: {repoURL: https://git.example.com/deploy.git, revision: main, directories: [{path: 'apps/*/overlays/production'}]}
  template:
    metadata: {name: '{{ index .path.segments 1 }}-{{ .path.basename | trunc 4 }}'}
    spec:
      project: default
      source: {repoURL: https://git.example.com/deploy.git, targetRevision: main, path: '{{ .path.path }}'}
      destination: {server: https://kubernetes.default.svc, namespace: '{{ index .path.segments 1 | lower }}'}
      syncPolicy: {automated: {prune: true, selfHeal: true}, syncOptions: [CreateNamespace=true]}
)";

const char *const LegacyMatrix = R"(apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: everything, namespace: argocd}
spec:
  generators:
    - matrix:
        generators:
          - list: {elements: [{env: staging, cluster: https://staging.example.com}, {env: production, cluster: https://prod.example.com}]}
          - git: {repoURL: https://git.example.com/deploy.git, revision: main, directories: [{path: 'apps/*/overlays/{{env}}'}]}
  template:
    metadata: {name: '{{path[1]}}-{{env}}'}
    spec:
      project: default
      source: {repoURL: https://git.example.com/deploy.git, targetRevision: main, path: '{{path}}'}
      destination: {server: '{{cluster}}', namespace: '{{path[1]}}'}
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption appsOption(QStringLiteral("apps"),
                                  QStringLiteral("Apps in the generated repository."),
                                  QStringLiteral("N"), QStringLiteral("300"));
    QCommandLineOption runsOption(QStringLiteral("runs"),
                                  QStringLiteral("Runs per measure (the median is shown)."),
                                  QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(appsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int apps = qMax(1, parser.value(appsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir repo;
    for (int i = 0; i < apps; ++i) {
        for (const char *env : {"staging", "production"}) {
            const QString dir = repo.filePath(
                QStringLiteral("apps/app-%1/overlays/%2").arg(i).arg(QLatin1String(env)));
            QDir().mkpath(dir);
            QFile file(dir + QStringLiteral("/kustomization.yaml"));
            if (file.open(QIODevice::WriteOnly))
                file.write("resources: [../../base]\n");
        }
    }

    QTextStream out(stdout);
    ApplicationSetExpander::Context given;
    given.root = repo.path();
    const Timing listing = median(
        runs, [&] { given.listing = ApplicationSetExpander::listRepository(repo.path()); });
    out << QStringLiteral("%1 apps, median of %2 runs (wall / CPU ms)\n").arg(apps).arg(runs);
    out << QStringLiteral("  listRepository: %1 / %2 (%3 folders, %4 files)\n")
               .arg(listing.wallMs, 0, 'f', 1)
               .arg(listing.cpuMs, 0, 'f', 1)
               .arg(given.listing->directories.size())
               .arg(given.listing->files.size());

    ApplicationSetExpander::Context own;
    own.root = repo.path();
    for (const auto &[label, text] :
         {std::pair {"Go-template git directories", GoDirectories},
          std::pair {"legacy matrix list x git directories", LegacyMatrix}}) {
        const YAML::Node document = YAML::Load(text);
        qsizetype count = 0;
        const Timing withListing = median(runs, [&] {
            count
                = ApplicationSetExpander::expand(document, QStringLiteral("appsets/x.yaml"), given)
                      ->applications.size();
        });
        const Timing listingItself = median(runs, [&] {
            ApplicationSetExpander::expand(document, QStringLiteral("appsets/x.yaml"), own);
        });
        out << QStringLiteral(
                   "  %1: %2 Applications; listing given %3 / %4; listing itself %5 / %6\n")
                   .arg(QLatin1String(label))
                   .arg(count)
                   .arg(withListing.wallMs, 0, 'f', 1)
                   .arg(withListing.cpuMs, 0, 'f', 1)
                   .arg(listingItself.wallMs, 0, 'f', 1)
                   .arg(listingItself.cpuMs, 0, 'f', 1);
    }
    return 0;
}
