#include "promotionplanner.h"

#include "gitrepository.h"
#include "gittrailers.h"
#include "kustomizationeditor.h"
#include "kustomizationfile.h"
#include "pineditor.h"
#include "safefile.h"
#include "versiongrammar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

QString names(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

Status checkVersion(const PromotionPlan &plan)
{
    if (plan.newTag.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("a tag is needed (--tag, or --image NAME=TAG)"));
    // Whether typed or read from the source's files, a version must match its grammar before
    // it is written anywhere (a newline or a control character must never reach a file).
    if (Status s = VersionGrammar::checkTag(plan.newTag); !s)
        return s.error();
    if (!plan.newDigest.isEmpty()) {
        if (Status s = VersionGrammar::checkDigest(plan.newDigest); !s)
            return s.error();
    }
    return {};
}

const InfrastructureComponent *chartOf(const Environment &env, const QString &name)
{
    for (const InfrastructureComponent &c : env.infrastructure) {
        if (c.name == name && c.kind == QLatin1String("Helm chart"))
            return &c;
    }
    return nullptr;
}

// An infrastructure chart (cert-manager) some environment runs.
bool isChart(const Pipeline &pipeline, const QString &name)
{
    return std::any_of(pipeline.environments.cbegin(), pipeline.environments.cend(),
                       [&](const Environment &e) { return chartOf(e, name) != nullptr; });
}

Result<PromotionPlan> finish(PromotionPlan plan, const PromotionPlanner::Request &request,
                             const Environment &target)
{
    plan.mode = request.mode.value_or(target.promotion);
    const QString prefix = request.action == PromotionPlan::Action::Rollback
        ? QStringLiteral("rollback")
        : request.action == PromotionPlan::Action::SetImage ? QStringLiteral("set-image")
                                                            : QStringLiteral("promote");
    plan.branch = QStringLiteral("%1/%2/%3/%4").arg(prefix, plan.app, plan.to, plan.newTag);
    // App and environment names come from the repository: the branch must still be one Git takes.
    if (plan.mode == PromotionMode::PullRequest
        && !Git::Repository::isValidBranchName(plan.branch)) {
        return Error(
            Error::Kind::BadInput,
            Tr::tr("%1 is not a valid Git branch name (made of the app, the environment and the "
                   "tag): rename them, or land the change with --commit")
                .arg(VersionGrammar::escaped(plan.branch)));
    }

    QString subject;
    QString body;
    switch (request.action) {
    case PromotionPlan::Action::Promote:
        subject = QStringLiteral("Promote %1 %2 to %3").arg(plan.app, plan.newTag, plan.to);
        body = QStringLiteral("%1 %2 was verified in %3.").arg(plan.app, plan.newTag, plan.from);
        break;
    case PromotionPlan::Action::SetImage:
        subject = QStringLiteral("Set %1 to %2 in %3").arg(plan.app, plan.newTag, plan.to);
        break;
    case PromotionPlan::Action::Rollback:
        subject = QStringLiteral("Roll back %1 in %2 to %3").arg(plan.app, plan.to, plan.newTag);
        if (!plan.currentVersion.isEmpty())
            body = QStringLiteral("%1 ran %2.").arg(plan.to, plan.currentVersion);
        break;
    }
    if (!plan.currentVersion.isEmpty() && request.action == PromotionPlan::Action::Promote)
        body += QStringLiteral(" %1 ran %2.").arg(plan.to, plan.currentVersion);
    if (!plan.note.isEmpty())
        body = body.isEmpty() ? plan.note : body + QStringLiteral("\n\n") + plan.note;
    QList<Git::Trailer> trailers {{QStringLiteral("Promenade-Action"), plan.actionName()},
                                  {QStringLiteral("Promenade-App"), plan.app}};
    if (!plan.from.isEmpty())
        trailers.append({QStringLiteral("Promenade-From"), plan.from});
    trailers.append({QStringLiteral("Promenade-To"), plan.to});
    trailers.append({QStringLiteral("Promenade-Image"), plan.image + u':' + plan.newVersion()});
    // Where the version is written, for a form other than an `images:` entry (history reads
    // it to find the pin again).
    if (plan.pinKind != VersionPin::kindName(VersionPin::Kind::KustomizeImages))
        trailers.append({QStringLiteral("Promenade-Pin"), plan.file + u':' + plan.pinKey});
    plan.message = Git::Trailers::format(
        body.isEmpty() ? subject : subject + QStringLiteral("\n\n") + body, trailers);
    return plan;
}

// The environment a promotion takes its version from: named, and not the target itself.
Result<const Environment *> promotionSource(const Pipeline &pipeline,
                                            const PromotionPlanner::Request &request,
                                            const Environment &target,
                                            const QStringList &environments)
{
    const Environment *source = pipeline.environment(request.from);
    if (!source)
        return Error(Error::Kind::NotFound,
                     Tr::tr("no environment named '%1' (the repository has: %2)")
                         .arg(request.from, names(environments)))
            .at(pipeline.root);
    if (source->name == target.name)
        return Error(
            Error::Kind::BadInput,
            Tr::tr("promote needs two different environments, not %1 twice").arg(source->name));
    return source;
}

// The plan's edit of the target's own pin, in whatever form it is written: only its version's
// bytes change.
Status editOwnPin(PromotionPlan &plan, const Pipeline &pipeline, const PinEditor::Edit &edit)
{
    plan.file = edit.pin.file;
    plan.pinKey = edit.pin.key;
    auto original = SafeFile::read(QDir(pipeline.root).filePath(edit.pin.file), pipeline.root);
    if (!original)
        return original.error();
    plan.originalText = *original;
    auto edited = PinEditor::editText(plan.originalText, edit);
    if (!edited)
        return edited.error();
    plan.editedText = *edited;
    return {};
}

// A chart's version written in a file other environments share (a base): a patch pinning it
// for the target alone is added to the overlay that renders the target's Application (or
// HelmRelease), `deployment`'s folder or else `fallbackFolder`. Fills the plan's file, key,
// texts and note.
Status pinChartInOverlay(const Pipeline &pipeline, const Environment &target,
                         const Deployment *deployment, const QString &fallbackFolder,
                         const VersionPin &pin, const QString &chart, PromotionPlan &plan)
{
    QString folder = deployment ? deployment->definedIn : QString();
    if (folder.isEmpty() || !QFileInfo(QDir(pipeline.root).filePath(folder)).isDir())
        folder = fallbackFolder;
    const QString kustomizationFile = folder.isEmpty()
        ? QString()
        : KustomizationFile::findIn(QDir(pipeline.root).filePath(folder));
    const bool helmRelease = deployment && deployment->kind == Deployment::Kind::FluxHelmRelease;
    const bool multiSource = pin.key.startsWith(QLatin1String("spec.sources["));
    if (!deployment || deployment->name.isEmpty() || kustomizationFile.isEmpty()
        || (multiSource && helmRelease)) {
        return Error(
                   Error::Kind::BadInput,
                   Tr::tr("%1's version of %2 is written in %3, which other environments share, "
                          "and no overlay of %1 can pin it: pin it there by hand")
                       .arg(target.name, chart, pin.file.isEmpty() ? Tr::tr("no file") : pin.file))
            .at(pipeline.root);
    }
    plan.file = QDir(pipeline.root).relativeFilePath(kustomizationFile);
    // A multi-source Application: the source holding the chart (its own targetRevision).
    plan.pinKey = helmRelease ? QStringLiteral("spec.chart.spec.version")
        : multiSource         ? pin.key
                              : QStringLiteral("spec.source.targetRevision");
    auto original = SafeFile::read(kustomizationFile, pipeline.root);
    if (!original)
        return original.error();
    plan.originalText = *original;
    auto edited = PinEditor::addChartVersionPatch(
        plan.originalText,
        helmRelease ? QStringLiteral("HelmRelease") : QStringLiteral("Application"),
        deployment->name, plan.newTag, plan.file, pin.key);
    if (!edited)
        return edited.error();
    plan.editedText = *edited;
    plan.note = Tr::tr("%1 reads the version of %2 from %3, which other environments share: a "
                       "patch pinning %4 for %1 is added to %5.")
                    .arg(target.name, chart, pin.file, plan.newTag, plan.file);
    return {};
}

// A chart's version (an infrastructure component such as cert-manager), promoted or rolled
// back like an app's image: the target's own targetRevision / HelmRelease version is edited;
// where the version is written in a file other environments share (a base), a patch pinning
// it is added to the target's overlay.
Result<PromotionPlan> planChart(const Pipeline &pipeline, const PromotionPlanner::Request &request,
                                const Environment &target, const QStringList &environments)
{
    const InfrastructureComponent *current = chartOf(target, request.app);
    if (!current)
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1 does not run the chart %2").arg(target.name, request.app))
            .at(pipeline.root);
    PromotionPlan plan;
    plan.action = request.action;
    plan.repositoryRoot = pipeline.root;
    plan.app = current->name;
    plan.to = target.name;
    plan.image = current->name;
    plan.chart = true;
    plan.chartRepository = current->repository;
    plan.newTag = request.tag;
    if (request.action == PromotionPlan::Action::Promote) {
        auto found = promotionSource(pipeline, request, target, environments);
        if (!found)
            return found.error();
        const Environment *source = *found;
        plan.from = source->name;
        const InfrastructureComponent *from = chartOf(*source, request.app);
        if (!from || from->version.isEmpty())
            return Error(Error::Kind::BadInput,
                         Tr::tr("%1 does not run %2, so there is nothing to promote from it")
                             .arg(source->name, request.app));
        if (plan.newTag.isEmpty())
            plan.newTag = from->version;
        if (plan.chartRepository.isEmpty())
            plan.chartRepository = from->repository;
    }
    if (!request.digest.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("a chart version has no digest"));
    if (Status s = checkVersion(plan); !s)
        return s.error();
    plan.currentTag = current->version;
    plan.currentVersion = current->version;
    plan.pinKind = VersionPin::kindName(VersionPin::Kind::ChartVersion);

    // The target's own pin: a file no other environment's version of this chart is read from.
    const VersionPin &pin = current->pin;
    bool shared = !pin.isSet();
    for (const Environment &e : pipeline.environments) {
        const InfrastructureComponent *other
            = e.name == target.name ? nullptr : chartOf(e, plan.app);
        if (other && other->pin.file == pin.file)
            shared = true;
    }
    if (!shared) {
        PinEditor::Edit edit;
        edit.pin = pin;
        edit.currentTag = current->version;
        edit.newTag = plan.newTag;
        if (Status s = editOwnPin(plan, pipeline, edit); !s)
            return s.error();
        return finish(plan, request, target);
    }

    // Shared: a patch in the overlay that renders the Application (or HelmRelease) for the
    // target.
    const Deployment *deployment = nullptr;
    for (const Deployment &d : target.deployments) {
        if (d.infrastructure && d.chart == plan.app)
            deployment = &d;
    }
    if (Status s = pinChartInOverlay(pipeline, target, deployment, target.infrastructureOverlay,
                                     pin, plan.app, plan);
        !s)
        return s.error();
    return finish(plan, request, target);
}

// An `images:` entry: the target's own, else one added to the target's kustomization.
Status planImagesEntry(PromotionPlan &plan, const Pipeline &pipeline, const Environment &target,
                       const DeclaredImage *targetImage)
{
    QString kustomizationPath;
    if (targetImage && targetImage->pinned && targetImage->pin.isSet())
        kustomizationPath = targetImage->pin.file;
    const QString overlay = target.overlayFor(plan.app);
    if (kustomizationPath.isEmpty() && overlay.isEmpty())
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1 has no overlay for %2").arg(target.name, plan.app))
            .at(pipeline.root);
    auto kustomization = KustomizationFile::load(
        QDir(pipeline.root)
            .filePath(kustomizationPath.isEmpty() ? overlay : QFileInfo(kustomizationPath).path()));
    if (!kustomization) {
        // A Helm chart folder (no kustomization to add an entry to): say where a pin of the
        // target's own would go instead of "no kustomization".
        for (const Deployment &d : target.deployments) {
            if (d.app == plan.app && !d.chart.isEmpty() && d.path == overlay
                && kustomizationPath.isEmpty()) {
                return Error(Error::Kind::BadInput,
                             Tr::tr("%1 pins no version of %2 of its own: it runs what the chart "
                                    "%3 sets for every environment (%4). Pin it for %1 first — "
                                    "a Helm parameter in %3/.argocd-source-%5.yaml, or a values "
                                    "file of its own — then promote.")
                                 .arg(target.name, plan.app, d.path,
                                      targetImage && !targetImage->pin.file.isEmpty()
                                          ? targetImage->pin.file
                                          : Tr::tr("its values"),
                                      d.name))
                    .at(pipeline.root);
            }
        }
        return kustomization.error();
    }
    plan.file = QDir(pipeline.root).relativeFilePath(kustomization->path());
    plan.imageEntry = plan.image;
    for (const ImageOverride &entry : kustomization->images()) {
        if (entry.name == plan.image || (!entry.newName.isEmpty() && entry.newName == plan.image)) {
            plan.imageEntry = entry.name;
            plan.currentTag = entry.newTag;
            plan.currentVersion
                = entry.digest.isEmpty() ? entry.newTag : entry.newTag + u'@' + entry.digest;
        }
    }
    plan.pinKind = VersionPin::kindName(VersionPin::Kind::KustomizeImages);
    plan.pinKey = QStringLiteral("images[name=%1].newTag").arg(plan.imageEntry);
    if (plan.currentVersion.isEmpty()) {
        // Nothing of the target's own pins the app: say where the entry goes, and what the
        // target runs until then.
        const QString runs = targetImage && !targetImage->version().isEmpty()
            ? Tr::tr(" (it runs %1, written in %2)")
                  .arg(targetImage->version(),
                       targetImage->pin.file.isEmpty() ? Tr::tr("its base") : targetImage->pin.file)
            : QString();
        plan.note = Tr::tr("%1 pins no version of %2 of its own%3: an images: entry for %4 is "
                           "added to %5.")
                        .arg(target.name, plan.app, runs, plan.imageEntry, plan.file);
    }

    auto original = SafeFile::read(kustomization->path(), pipeline.root);
    if (!original)
        return original.error();
    plan.originalText = *original;
    Kustomize::KustomizationEditor::ImageUpdate update;
    update.newTag = plan.newTag;
    // A digest pins the exact image; without one, a stale digest would pin the old image.
    update.digest = plan.newDigest;
    auto edited = Kustomize::KustomizationEditor::setImageInText(plan.originalText, plan.imageEntry,
                                                                 update, plan.file);
    if (!edited)
        return edited.error();
    plan.editedText = *edited;
    return {};
}

// The deployment of an app deployed as a chart in an environment (the chart's Application or
// HelmRelease), or nullptr.
const Deployment *chartDeployment(const Environment &env, const App &app,
                                  const DeclaredImage &image)
{
    const Deployment *deployment = nullptr;
    for (const Deployment &d : env.deployments) {
        if (d.chart == image.chart && (d.app == app.name || (!deployment && d.app.isEmpty())))
            deployment = &d;
    }
    return deployment;
}

// Another environment reads the app's chart version from the file the target's is written in.
bool sharesChartPin(const Pipeline &pipeline, const App &app, const Environment &target,
                    const DeclaredImage &to)
{
    return std::any_of(
        pipeline.environments.cbegin(), pipeline.environments.cend(), [&](const Environment &e) {
            const DeclaredImage *other = e.name == target.name ? nullptr : e.imageFor(app.name);
            return other && other->chartPin.isSet() && other->chartPin.file == to.chartPin.file;
        });
}

// The chart version of an app deployed as a chart, set to plan.newTag in the target: its own
// pin edited, or, where other environments read it from the same file, a patch in its overlay.
Status editAppChartPin(PromotionPlan &plan, const Pipeline &pipeline, const App &app,
                       const Environment &target, const DeclaredImage &to,
                       const Deployment *deployment)
{
    const VersionPin &pin = to.chartPin;
    if (!sharesChartPin(pipeline, app, target, to)) {
        plan.file = pin.file;
        plan.pinKey = pin.key;
        auto original = SafeFile::read(QDir(pipeline.root).filePath(pin.file), pipeline.root);
        if (!original)
            return original.error();
        plan.originalText = *original;
        PinEditor::Edit edit;
        edit.pin = pin;
        edit.currentTag = to.chartVersion;
        edit.newTag = plan.newTag;
        auto edited = PinEditor::editText(plan.originalText, edit);
        if (!edited)
            return edited.error();
        plan.editedText = *edited;
    } else if (Status s = pinChartInOverlay(pipeline, target, deployment,
                                            target.overlayFor(app.name), pin, to.chart, plan);
               !s) {
        return s;
    }
    return {};
}

// An app deployed as a chart whose chart version differs between the source and the target:
// the release manager promotes the chart (its targetRevision / HelmRelease version), and the
// values' image with it when that differs too; the plan's note says which. Where the target
// reads the chart version from a file other environments share, a patch in its overlay pins it.
Result<PromotionPlan> planAppChart(const Pipeline &pipeline,
                                   const PromotionPlanner::Request &request, const App &app,
                                   const Environment &source, const Environment &target,
                                   const DeclaredImage &from, const DeclaredImage &to)
{
    PromotionPlan plan;
    plan.action = request.action;
    plan.repositoryRoot = pipeline.root;
    plan.app = app.name;
    plan.from = source.name;
    plan.to = target.name;
    plan.image = to.chart;
    plan.newTag = from.chartVersion;
    plan.currentTag = to.chartVersion;
    plan.currentVersion = to.chartVersion;
    plan.pinKind = VersionPin::kindName(VersionPin::Kind::ChartVersion);
    const Deployment *deployment = chartDeployment(target, app, to);
    if (deployment)
        plan.chartRepository = deployment->chartRepository;
    if (plan.chartRepository.isEmpty()) {
        for (const Deployment &d : source.deployments) {
            if (d.chart == from.chart && d.app == app.name)
                plan.chartRepository = d.chartRepository;
        }
    }
    if (Status s = checkVersion(plan); !s)
        return s.error();

    if (Status s = editAppChartPin(plan, pipeline, app, target, to, deployment); !s)
        return s.error();
    const QString sharedNote = plan.note;

    // The values' image, where it differs too (and the target writes it in a file of its own).
    const bool imageMoves = to.pin.isSet() && to.pin.kind != VersionPin::Kind::ChartVersion
        && !from.tag.isEmpty() && from.version() != to.version();
    if (!imageMoves) {
        plan.note = Tr::tr("%1's chart differs between %2 and %3 (%4 → %5): the chart's version "
                           "is promoted; the image its values set is the same in both.")
                        .arg(app.name, source.name, target.name, to.chartVersion, plan.newTag);
    } else if (!to.pinned) {
        plan.note = Tr::tr("%1's chart differs between %2 and %3 (%4 → %5): the chart's version "
                           "is promoted. Its image differs too (%6 → %7), but %3 reads it from "
                           "%8, which other environments share: it is not changed.")
                        .arg(app.name, source.name, target.name, to.chartVersion, plan.newTag,
                             to.version(), from.version(), to.pin.file);
    } else {
        const bool sameFile = to.pin.file == plan.file;
        QByteArray text = plan.editedText;
        QByteArray original = plan.originalText;
        if (!sameFile) {
            auto read = SafeFile::read(QDir(pipeline.root).filePath(to.pin.file), pipeline.root);
            if (!read)
                return read.error();
            text = original = *read;
        }
        PinEditor::Edit edit;
        edit.pin = to.pin;
        edit.currentTag = to.tag;
        edit.currentDigest = to.digest;
        edit.newTag = from.tag;
        edit.newDigest = from.digest;
        if (Status s = VersionGrammar::checkTag(from.tag); !s)
            return s.error();
        auto edited = PinEditor::editText(text, edit);
        if (!edited)
            return edited.error();
        if (sameFile)
            plan.editedText = *edited;
        else
            plan.otherFiles.append({to.pin.file, original, *edited});
        plan.note = Tr::tr("%1's chart and the image its values set both differ between %2 and "
                           "%3: both are promoted, the chart %4 → %5 (%6) and the image %7 → %8 "
                           "(%9).")
                        .arg(app.name, source.name, target.name, to.chartVersion, plan.newTag,
                             plan.file, to.version(), from.version(), to.pin.file);
    }
    if (!sharedNote.isEmpty())
        plan.note = sharedNote + u' ' + plan.note;
    return finish(plan, request, target);
}

// A rollback of an app deployed as a chart (its chart's version pinned, its image in the
// values): the chart's version is what it is rolled back to, as it is what the app's
// promotions move; the values' image stays (reverting the promotion's commit restores both).
Result<PromotionPlan> planAppChartRollback(const Pipeline &pipeline,
                                           const PromotionPlanner::Request &request, const App &app,
                                           const Environment &target, const DeclaredImage &to)
{
    PromotionPlan plan;
    plan.action = request.action;
    plan.repositoryRoot = pipeline.root;
    plan.app = app.name;
    plan.to = target.name;
    plan.image = to.chart;
    plan.newTag = request.tag;
    plan.currentTag = to.chartVersion;
    plan.currentVersion = to.chartVersion;
    plan.pinKind = VersionPin::kindName(VersionPin::Kind::ChartVersion);
    if (!request.digest.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("a chart version has no digest"));
    if (Status s = checkVersion(plan); !s)
        return s.error();
    const Deployment *deployment = chartDeployment(target, app, to);
    if (deployment)
        plan.chartRepository = deployment->chartRepository;
    if (Status s = editAppChartPin(plan, pipeline, app, target, to, deployment); !s)
        return s.error();
    const QString note
        = Tr::tr("%1 is deployed as the chart %2: its chart's version is rolled back (%3 → %4); "
                 "the image its values set (%5) is not changed. To undo a promotion whole, "
                 "revert its commit.")
              .arg(app.name, to.chart, to.chartVersion, plan.newTag, to.version());
    plan.note = plan.note.isEmpty() ? note : plan.note + u' ' + note;
    return finish(plan, request, target);
}

} // namespace

Result<PromotionPlan> PromotionPlanner::plan(const Pipeline &pipeline, const Request &request)
{
    QStringList environments;
    for (const Environment &e : pipeline.environments)
        environments << e.name;
    QStringList apps;
    for (const App &a : pipeline.apps)
        apps << a.name;

    const App *app = pipeline.app(request.app);
    const Environment *target = pipeline.environment(request.to);
    if (!app && target && isChart(pipeline, request.app))
        return planChart(pipeline, request, *target, environments);
    if (!app) {
        return Error(Error::Kind::NotFound,
                     Tr::tr("no app named '%1' (the repository has: %2)")
                         .arg(request.app, names(apps)))
            .at(pipeline.root);
    }
    if (!target) {
        return Error(Error::Kind::NotFound,
                     Tr::tr("no environment named '%1' (the repository has: %2)")
                         .arg(request.to, names(environments)))
            .at(pipeline.root);
    }

    PromotionPlan plan;
    plan.action = request.action;
    plan.repositoryRoot = pipeline.root;
    plan.app = app->name;
    plan.to = target->name;
    plan.image = app->repository;
    plan.newTag = request.tag;
    plan.newDigest = request.digest;

    if (request.action == PromotionPlan::Action::Promote) {
        auto source = promotionSource(pipeline, request, *target, environments);
        if (!source)
            return source.error();
        plan.from = (*source)->name;
        const DeclaredImage *declared = (*source)->imageFor(app->name);
        if (!declared || declared->tag.isEmpty())
            return Error(Error::Kind::BadInput,
                         Tr::tr("%1 does not run %2, so there is nothing to promote from it")
                             .arg(plan.from, app->name));
        // An app deployed as a chart that the source runs at another chart version: the
        // chart is what the release manager promotes (with the values' image when it moves).
        const DeclaredImage *pinned = target->imageFor(app->name);
        if (request.tag.isEmpty() && request.digest.isEmpty() && pinned && !pinned->chart.isEmpty()
            && pinned->chart == declared->chart && pinned->chartPin.isSet()
            && !declared->chartVersion.isEmpty() && declared->chartVersion != pinned->chartVersion)
            return planAppChart(pipeline, request, *app, **source, *target, *declared, *pinned);
        if (plan.newTag.isEmpty())
            plan.newTag = declared->tag;
        if (plan.newDigest.isEmpty() && plan.newTag == declared->tag)
            plan.newDigest = declared->digest; // the exact image the source runs
        plan.image = declared->repository;
        if (!declared->chart.isEmpty() && !declared->chartVersion.isEmpty() && pinned
            && pinned->chart == declared->chart && declared->chartVersion == pinned->chartVersion
            && declared->pin.kind != VersionPin::Kind::ChartVersion) {
            plan.note = Tr::tr("%1's chart is the same in %2 and %3 (%4): the image its values "
                               "set is promoted.")
                            .arg(app->name, plan.from, target->name, declared->chartVersion);
        }
    }
    const DeclaredImage *targetImage = target->imageFor(app->name);
    // An app deployed as a chart whose chart version the target pins in a file of its own
    // rolls back its chart (its image pinned apart stays). Where the chart's version is shared
    // (a base), the target's own pin is the image: that is what is rolled back.
    if (request.action == PromotionPlan::Action::Rollback && targetImage
        && !targetImage->chart.isEmpty() && targetImage->chartPin.isSet()
        && targetImage->pin.kind != VersionPin::Kind::ChartVersion
        && !sharesChartPin(pipeline, *app, *target, *targetImage)
        && (request.pinKind.isEmpty()
            || request.pinKind == VersionPin::kindName(VersionPin::Kind::ChartVersion)))
        return planAppChartRollback(pipeline, request, *app, *target, *targetImage);
    if (Status s = checkVersion(plan); !s)
        return s.error();

    // The target's own pin, in whatever form it is written (a patch, a manifest, Image
    // Updater's write-back, an override, a Helm values key): only its version's bytes change.
    if (targetImage && targetImage->pinned && targetImage->pin.isSet()
        && targetImage->pin.kind != VersionPin::Kind::KustomizeImages) {
        plan.pinKind = targetImage->pin.kindName();
        plan.currentTag = targetImage->tag;
        plan.currentVersion = targetImage->version();
        PinEditor::Edit edit;
        edit.pin = targetImage->pin;
        edit.currentTag = targetImage->tag;
        edit.currentDigest = targetImage->digest;
        edit.newTag = plan.newTag;
        edit.newDigest = plan.newDigest;
        if (Status s = editOwnPin(plan, pipeline, edit); !s)
            return s.error();
        return finish(plan, request, *target);
    }
    if (Status s = planImagesEntry(plan, pipeline, *target, targetImage); !s)
        return s.error();
    return finish(plan, request, *target);
}

} // namespace Promenade
