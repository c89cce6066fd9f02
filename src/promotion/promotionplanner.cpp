#include "promotionplanner.h"

#include "gitrepository.h"
#include "gittrailers.h"
#include "kustomizationeditor.h"
#include "kustomizationfile.h"
#include "safefile.h"
#include "versiongrammar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
    if (!app) {
        return Error(Error::Kind::NotFound,
                     Tr::tr("no app named '%1' (the repository has: %2)")
                         .arg(request.app, names(apps)))
            .at(pipeline.root);
    }
    const Environment *target = pipeline.environment(request.to);
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
        const Environment *source = pipeline.environment(request.from);
        if (!source) {
            return Error(Error::Kind::NotFound,
                         Tr::tr("no environment named '%1' (the repository has: %2)")
                             .arg(request.from, names(environments)))
                .at(pipeline.root);
        }
        if (source->name == target->name)
            return Error(
                Error::Kind::BadInput,
                Tr::tr("promote needs two different environments, not %1 twice").arg(source->name));
        plan.from = source->name;
        const DeclaredImage *declared = source->imageFor(app->name);
        if (!declared || declared->tag.isEmpty())
            return Error(Error::Kind::BadInput,
                         Tr::tr("%1 does not run %2, so there is nothing to promote from it")
                             .arg(source->name, app->name));
        if (plan.newTag.isEmpty())
            plan.newTag = declared->tag;
        if (plan.newDigest.isEmpty() && plan.newTag == declared->tag)
            plan.newDigest = declared->digest; // the exact image the source runs
        plan.image = declared->repository;
    }
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

    const QString overlay = target->overlayFor(app->name);
    if (overlay.isEmpty())
        return Error(Error::Kind::NotFound,
                     Tr::tr("%1 has no overlay for %2").arg(target->name, app->name))
            .at(pipeline.root);
    auto kustomization = KustomizationFile::load(QDir(pipeline.root).filePath(overlay));
    if (!kustomization)
        return kustomization.error();
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

    plan.mode = request.mode.value_or(target->promotion);
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
    QList<Git::Trailer> trailers {{QStringLiteral("Promenade-Action"), plan.actionName()},
                                  {QStringLiteral("Promenade-App"), plan.app}};
    if (!plan.from.isEmpty())
        trailers.append({QStringLiteral("Promenade-From"), plan.from});
    trailers.append({QStringLiteral("Promenade-To"), plan.to});
    trailers.append({QStringLiteral("Promenade-Image"), plan.image + u':' + plan.newVersion()});
    plan.message = Git::Trailers::format(
        body.isEmpty() ? subject : subject + QStringLiteral("\n\n") + body, trailers);
    return plan;
}

} // namespace Promenade
