#include "repositorydiscovery.h"

#include "deploymentgraph.h"
#include "kustomizationfile.h"
#include "layoutconventions.h"
#include "logging.h"
#include "pipelineassembler.h"
#include "repositoryscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

bool isDir(const QDir &root, const QString &relative)
{
    return QFileInfo(root.filePath(relative)).isDir();
}

bool looksLikeGitOpsRoot(const QDir &dir)
{
    return QFileInfo(dir.filePath(QLatin1String(PipelineConfig::fileName))).isFile()
        || isDir(dir, QStringLiteral("apps")) || isDir(dir, QStringLiteral("clusters"))
        || isDir(dir, QStringLiteral("infrastructure"))
        || !KustomizationFile::findIn(dir.path()).isEmpty();
}

// Where no manifest deploys anything: every kustomization folder that a convention names an
// environment (overlays/<env>, envs/<env>, stages/<env>, apps/<env> beside apps/base, or a
// promenade.yaml pattern). A folder that aggregates others of the same environment gives way
// to them when they name their apps.
QList<LeafDeployment> conventionLeaves(const RepositoryScan &scan, const PipelineConfig &config)
{
    struct Candidate
    {
        QString path;
        QString environment;
        LayoutConventions::PathMeaning meaning;
    };
    QList<Candidate> candidates;
    for (const QString &dir : scan.kustomizationDirs) {
        if (dir.isEmpty())
            continue;
        QString env;
        for (const auto &entry : config.environments()) {
            for (const QString &pattern : entry.paths) {
                if (QDir::match(pattern, dir))
                    env = entry.name;
            }
        }
        auto meaning = LayoutConventions::meaningOf(dir);
        if (env.isEmpty())
            env = meaning.environment;
        if (env.isEmpty()) {
            const QString parent = dir.section(u'/', 0, -2);
            const QString last = dir.section(u'/', -1);
            if (!LayoutConventions::isNeverAnEnvironment(last)
                && !LayoutConventions::isGroupingFolder(last)
                && scan.hasDirectory(parent.isEmpty() ? QStringLiteral("base")
                                                      : parent + QLatin1String("/base"))
                && dir.count(u'/') <= 2) {
                env = last;
            }
        }
        if (!env.isEmpty())
            candidates.append({dir, env, meaning});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.path < b.path; });
    QList<LeafDeployment> leaves;
    for (const Candidate &c : std::as_const(candidates)) {
        const bool aggregates
            = std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &other) {
                  return other.environment == c.environment && other.path.startsWith(c.path + u'/')
                      && !other.meaning.app.isEmpty();
              });
        if (aggregates)
            continue;
        LeafDeployment leaf;
        leaf.deployment.kind = Deployment::Kind::Convention;
        leaf.deployment.path = c.path;
        const QStringList segments = c.path.split(u'/');
        if (segments.size() > 2 && (segments[0] == u"clusters" || segments[0] == u"cluster"))
            leaf.deployment.cluster = segments[1];
        leaves << leaf;
    }
    return leaves;
}

} // namespace

int RepositoryDiscovery::environmentRank(const QString &name)
{
    return LayoutConventions::environmentRank(name);
}

PromotionMode RepositoryDiscovery::defaultPromotion(const QString &environment)
{
    return environmentRank(environment) >= 50 ? PromotionMode::PullRequest : PromotionMode::Commit;
}

Result<QString> RepositoryDiscovery::findRoot(const QString &startPath)
{
    const QFileInfo start(startPath);
    if (!start.exists())
        return Error(Error::Kind::NotFound, Tr::tr("no such folder")).at(startPath);
    QDir dir(start.isDir() ? start.absoluteFilePath() : start.absolutePath());
    QString candidate;
    for (;;) {
        if (QFileInfo(dir.filePath(QLatin1String(PipelineConfig::fileName))).isFile())
            return QDir::cleanPath(dir.absolutePath());
        if (candidate.isEmpty() && looksLikeGitOpsRoot(dir))
            candidate = QDir::cleanPath(dir.absolutePath());
        // Never look above the Git repository the user pointed into: its root is the repository.
        if (QFileInfo(dir.filePath(QStringLiteral(".git"))).exists())
            return QDir::cleanPath(dir.absolutePath());
        if (!dir.cdUp())
            break;
    }
    if (!candidate.isEmpty())
        return candidate;
    return Error(Error::Kind::BadInput,
                 Tr::tr("not a GitOps repository: Promenade looks for a Git repository, "
                        "promenade.yaml, apps/, "
                        "clusters/ or a kustomization here or in a parent folder"))
        .at(QDir::cleanPath(start.absoluteFilePath()));
}

Result<Pipeline> RepositoryDiscovery::discover(const QString &startPath)
{
    auto rootPath = findRoot(startPath);
    if (!rootPath)
        return rootPath.error();
    auto config = PipelineConfig::load(*rootPath);
    if (!config)
        return config.error();

    const RepositoryScan scan = RepositoryScan::scan(*rootPath);
    const DeploymentGraph graph = DeploymentGraph::build(scan);
    QList<LeafDeployment> leaves = graph.leaves;
    if (leaves.isEmpty())
        leaves = conventionLeaves(scan, *config);

    PipelineAssembler assembler(scan, *config, graph);
    Pipeline pipeline = assembler.assemble(leaves);
    pipeline.hasConfig = config->exists();
    pipeline.github = config->github();
    pipeline.argoCd = config->argoCd();
    pipeline.registries = config->registries();
    pipeline.clusterContexts = config->clusterContexts();
    pipeline.warnings = scan.warnings + graph.warnings + pipeline.warnings;
    pipeline.warnings.removeDuplicates();

    if (pipeline.environments.isEmpty()) {
        if (scan.kustomizationDirs.isEmpty() && scan.manifestFiles.isEmpty()) {
            return Error(Error::Kind::BadInput,
                         Tr::tr("not a GitOps repository: no kustomization and no Argo CD, Flux or "
                                "Kargo manifest here"))
                .at(pipeline.root);
        }
        return Error(Error::Kind::BadInput,
                     Tr::tr("no environments found: nothing deploys a folder of this repository, "
                            "and no folder is named "
                            "as an environment (overlays/<env>, envs/<env>, environments/<env>, "
                            "stages/<env>, apps/<env> "
                            "beside apps/base); promenade.yaml can name them"))
            .at(pipeline.root);
    }
    for (const QString &w : std::as_const(pipeline.warnings))
        qCWarning(lcPipeline).noquote() << w;
    return pipeline;
}

} // namespace Promenade
