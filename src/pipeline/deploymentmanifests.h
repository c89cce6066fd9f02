#pragma once

// Readers of the manifests that say what deploys what, besides Argo CD Applications
// (argocdapplicationmanifest.h): ApplicationSets, cluster Secrets, Flux Kustomizations and
// HelmReleases, Kargo Stages and Warehouses, Argo CD Image Updater's annotations and
// write-back files. Each reads one parsed YAML document (yaml-cpp keeps marks, so lines are
// the file's own) into plain data; nothing here touches the network or executes anything.
// Facts: /work/shared/reference/deployment-sources.md. Internal to the pipeline library.

#include "argocdapplicationmanifest.h"
#include "kustomizationfile.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace Promenade {

// An Argo CD cluster Secret (label argocd.argoproj.io/secret-type: cluster), stringData or
// base64 data; or a cluster stated in promenade.yaml.
struct ClusterSecret
{
    QString name;
    QString server;
    QString project;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QString file; // repository-relative; empty when it came from promenade.yaml

    // The cluster Secret in one document, or nothing for any other document.
    static std::optional<ClusterSecret> fromYaml(const YAML::Node &document,
                                                 const QString &relativeFile);
};

// Expands an ApplicationSet into the Applications it would generate, offline: the list,
// clusters, git directories and git files generators, matrix and merge of them (one level of
// nesting), selectors, values, pathParamPrefix, generator-level templates and templatePatch.
// Templates in both forms: legacy fasttemplate ({{path.basename}}, {{path[0]}}; unknown keys left
// as written) and Go templates (gotemplate.h: fields, index, pipelines, if/else/with/range, the
// Sprig string functions; missing keys print "<no value>"). A template Promenade cannot evaluate
// (variables, define/template, an unknown function) or that fails (missingkey=error, a nil map)
// leaves its Application out with a warning, rather than generating a wrong one. A generator that
// needs a live server (scmProvider, pullRequest, clusterDecisionResource, plugin) is named in a
// warning and contributes nothing; never a crash. Generated Applications carry the
// ApplicationSet's file and line and namespace; a targetRevision (or kustomize.images) written
// in the template without a template in it keeps its line in the ApplicationSet's file.
// Cost: about 13 ms CPU for 300 Applications with the listing given (bench_applicationsetexpander).
class ApplicationSetExpander
{
public:
    struct RepositoryListing
    {
        QStringList
            directories; // "apps", "apps/web", ... (no dot-folders, nor anything below them)
        QStringList files; // "apps/web/config.json", ...
    };
    // Walks the repository once (not following links, skipping dot-folders such as .git).
    static RepositoryListing listRepository(const QString &root);

    struct Context
    {
        QString root; // the repository root: git generators read its folders and files
        // Whether a generator's repoURL is this repository (else its git generator is skipped with
        // a warning). Null: every repoURL is taken for this repository.
        std::function<bool(const QString &repoUrl)> isThisRepository;
        QList<ClusterSecret> clusters; // for the clusters generator
        // The repository's folders and files (relative, '/'-separated, dot-folders left out), when
        // the caller listed them already: one listing serves every ApplicationSet. Without it,
        // expand() lists `root` once per call, and only if a git generator needs it.
        std::optional<RepositoryListing> listing;
        // The controller's applicationsetcontroller.enable.new.git.file.globbing: '*' stays within
        // a path segment and '**' spans segments. Off (Argo CD's default): '*' also matches '/'.
        bool newGitFileGlobbing = false;
    };
    struct Expansion
    {
        QString name; // the ApplicationSet's name
        QString file; // repository-relative
        int line = 0;
        QList<ArgoCdApplicationManifest> applications; // file = the ApplicationSet's file
        QStringList warnings; // one sentence each, naming the ApplicationSet and the generator
    };

    // Nothing when the document is not an ApplicationSet.
    static std::optional<Expansion> expand(const YAML::Node &document, const QString &relativeFile,
                                           const Context &context);
};

// Flux's kustomize-controller Kustomization (kustomize.toolkit.fluxcd.io).
struct FluxKustomization
{
    QString name;
    QString nameSpace;
    QString file;
    int line = 0;
    QString path; // relative to the source's root ("./apps/staging" normalised to "apps/staging")
    QString sourceKind; // GitRepository, OCIRepository, Bucket, ExternalArtifact
    QString sourceName;
    QString sourceNamespace; // defaults to the Kustomization's namespace
    QString targetNamespace;
    QString kubeConfigSecret; // spec.kubeConfig.secretRef.name: a remote cluster
    QList<ImageOverride> images;
    QMap<QString, QString> substitute; // postBuild.substitute
    QStringList dependsOn;

    static std::optional<FluxKustomization> fromYaml(const YAML::Node &document,
                                                     const QString &relativeFile);
};

// Flux's helm-controller HelmRelease (helm.toolkit.fluxcd.io).
struct FluxHelmRelease
{
    QString name;
    QString nameSpace;
    QString file;
    int line = 0;
    QString chart; // chart.spec.chart (a name, or a path for Git sources)
    QString version; // chart.spec.version as written ("*" when absent)
    int versionLine = 0; // 0 when not written
    QString sourceKind; // HelmRepository, GitRepository, Bucket; or chartRef's kind
    QString sourceName;
    QString sourceNamespace;
    QString targetNamespace;
    QString kubeConfigSecret;
    YAML::Node values {
        YAML::NodeType::Undefined}; // spec.values (marks are the file's), undefined when absent
    QStringList valuesFiles; // chart.spec.valuesFiles

    static std::optional<FluxHelmRelease> fromYaml(const YAML::Node &document,
                                                   const QString &relativeFile);
};

// Flux source objects, to follow a sourceRef.
struct FluxSource
{
    QString kind; // GitRepository, OCIRepository, HelmRepository, Bucket
    QString name;
    QString nameSpace;
    QString url;
    // The reference that wins, as written: for a GitRepository commit > name > semver > tag >
    // branch ("master" when no ref); for an OCIRepository digest > semver > tag ("latest").
    QString ref;

    static std::optional<FluxSource> fromYaml(const YAML::Node &document,
                                              const QString &relativeFile);
};

// Kargo (kargo.akuity.io): a Stage's place in the promotion DAG and what its promotion steps write.
struct KargoStage
{
    QString name;
    QString project; // metadata.namespace
    QString file;
    int line = 0;
    bool direct = false; // takes Freight straight from a Warehouse
    QStringList upstream; // requestedFreight[].sources.stages
    QStringList warehouses; // requestedFreight[].origin.name
    // Paths the promotion steps write (kustomize-set-image, yaml-update, helm-update-chart,
    // git-clone checkouts), raw (with ${{ ctx.stage }} and the like left as written).
    QStringList paths;
    QStringList argoCdApps; // argocd-update apps[].name
    QStringList yamlUpdateKeys; // yaml-update updates[].key
    // Each promotion step that writes something, in order, with its line: `uses` (the step name;
    // "task:<name>" for a PromotionTask reference), the path it writes (config.path, outPath, or a
    // git-clone checkout's path) and a branch (a git-clone checkout's branch, git-push's
    // targetBranch).
    struct Step
    {
        QString uses;
        QString path;
        QString branch;
        int line = 0;
    };
    QList<Step> steps;

    static std::optional<KargoStage> fromYaml(const YAML::Node &document,
                                              const QString &relativeFile);
};

struct KargoWarehouse
{
    QString name;
    QString project;
    QString file;
    int line = 0;
    QStringList images; // subscriptions[].image.repoURL
    QStringList charts; // subscriptions[].chart (repoURL[/name])
    QStringList gitRepositories;

    static std::optional<KargoWarehouse> fromYaml(const YAML::Node &document,
                                                  const QString &relativeFile);
};

// Argo CD Image Updater: what an Application's annotations ask for (v0.x, and v1.x with
// useAnnotations), and what a git write-back file overrides.
struct ImageUpdaterConfig
{
    struct Image
    {
        QString alias;
        QString image; // repository without the constraint
        QString constraint; // e.g. "~1.4" (empty for none)
        QString strategy; // semver (default), newest-build, alphabetical, digest (old names mapped)
        QString helmImageName; // <alias>.helm.image-name (default image.name when helm)
        QString helmImageTag; // <alias>.helm.image-tag (default image.tag)
        QString kustomizeImageName; // <alias>.kustomize.image-name
        QString
            helmImageSpec; // <alias>.helm.image-spec (one "repo:tag" value instead of name and tag)
        // The Helm value names the updater writes when none are given.
        [[nodiscard]] QString helmImageNameOrDefault() const
        {
            return helmImageName.isEmpty() ? QStringLiteral("image.name") : helmImageName;
        }
        [[nodiscard]] QString helmImageTagOrDefault() const
        {
            return helmImageTag.isEmpty() ? QStringLiteral("image.tag") : helmImageTag;
        }
    };
    QList<Image> images;
    QString writeBackMethod; // argocd (default) or git[:secret:...]
    QString writeBackTarget; // kustomization[:dir], helmvalues[:file], or empty (the .argocd-source
                             // file)
    QString gitBranch; // <base>[:<write-branch>] as written
    QString gitRepository; // git-repository (empty: the Application's source repository)

    [[nodiscard]] bool writesToGit() const
    {
        return writeBackMethod.startsWith(QLatin1String("git"));
    }
    // Nothing when the annotations have no image-list.
    static std::optional<ImageUpdaterConfig>
    fromAnnotations(const QMap<QString, QString> &annotations);
};

// A .argocd-source.yaml / .argocd-source-<instance>.yaml file: the overrides it merges into the
// Application's source, with the line of each entry.
struct ArgoCdSourceOverride
{
    struct Entry
    {
        QString value; // "[name=]repo:tag" for kustomize images; the value for a helm parameter
        QString name; // helm parameter name (image.tag, ...); empty for kustomize images
        bool forceString = false; // forcestring / forceString
        int line = 0;
    };
    QString file; // repository-relative
    QList<Entry> kustomizeImages;
    QList<Entry> helmParameters;

    // A missing file is a NotFound error, a malformed one BadInput; unknown keys are ignored.
    static Result<ArgoCdSourceOverride> load(const QString &absolutePath,
                                             const QString &relativeFile);
};

} // namespace Promenade
