#include "promotionbatch.h"

#include "preparationsteps.h"

#include "chartversionlookup.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promotiongates.h"
#include "registrytaglookup.h"
#include "repositorydiscovery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

// The bytes one plan changes: [start, start + length) of the original becomes `replacement`.
struct Splice
{
    qsizetype start = 0;
    qsizetype length = 0;
    QByteArray replacement;
    QString app;
};

Splice spliceOf(const PromotionPlan &plan)
{
    const QByteArray &a = plan.originalText;
    const QByteArray &b = plan.editedText;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {prefix, a.size() - prefix - suffix, b.mid(prefix, b.size() - prefix - suffix),
            plan.app};
}

QString combinedMessage(const QList<PromotionPlan> &plans)
{
    const PromotionPlan &first = plans.first();
    const QString subject = QStringLiteral("Promote %1 apps from %2 to %3")
                                .arg(plans.size())
                                .arg(first.from, first.to);
    QStringList lines;
    QList<Git::Trailer> trailers {{QStringLiteral("Promenade-Action"), first.actionName()},
                                  {QStringLiteral("Promenade-From"), first.from},
                                  {QStringLiteral("Promenade-To"), first.to}};
    for (const PromotionPlan &p : plans) {
        lines << (p.currentVersion.isEmpty()
                      ? QStringLiteral("- %1 %2").arg(p.app, p.newTag)
                      : QStringLiteral("- %1 %2 (was %3)").arg(p.app, p.newTag, p.currentVersion));
        trailers.append({QStringLiteral("Promenade-App"), p.app});
        trailers.append({QStringLiteral("Promenade-Image"), p.image + u':' + p.newVersion()});
    }
    const QString body = QStringLiteral("Verified in %1:\n\n%2").arg(first.from, lines.join(u'\n'));
    return Git::Trailers::format(subject + QStringLiteral("\n\n") + body, trailers);
}

Result<QList<PromotionPlan>> planEach(const Pipeline &pipeline,
                                      const QList<PromotionPlanner::Request> &requests)
{
    if (requests.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("nothing to promote"));
    QList<PromotionPlan> plans;
    for (const PromotionPlanner::Request &request : requests) {
        auto plan = PromotionPlanner::plan(pipeline, request);
        if (!plan)
            return Error(plan.error().kind(),
                         Tr::tr("%1: %2").arg(request.app, plan.error().message()))
                .withDetail(plan.error().detail());
        const PromotionPlan &first = plans.isEmpty() ? *plan : plans.first();
        if (plan->to != first.to || plan->mode != first.mode) {
            return Error(Error::Kind::BadInput,
                         Tr::tr("promotions approved together must go into one environment "
                                "(%1 goes to %2, %3 to %4): promote one environment at a time")
                             .arg(first.app, first.to, plan->app, plan->to));
        }
        plans.append(std::move(*plan));
    }
    return plans;
}

} // namespace

Result<QByteArray> PromotionBatch::mergeEdits(const QByteArray &original,
                                              const QList<PromotionPlan> &plans)
{
    QList<Splice> splices;
    for (const PromotionPlan &p : plans) {
        if (p.originalText != original)
            return Error(Error::Kind::Refused,
                         Tr::tr("%1 was planned on another version of %2; plan it again")
                             .arg(p.app, p.file));
        if (p.editedText != p.originalText)
            splices.append(spliceOf(p));
    }
    std::sort(splices.begin(), splices.end(),
              [](const Splice &a, const Splice &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < splices.size(); ++i) {
        if (splices[i].start < splices[i - 1].start + splices[i - 1].length
            || splices[i].start == splices[i - 1].start)
            return Error(Error::Kind::Refused,
                         Tr::tr("%1 and %2 change the same lines; promote them one at a time")
                             .arg(splices[i - 1].app, splices[i].app));
    }
    QByteArray merged = original;
    // From the end, so that the earlier offsets still hold.
    for (auto it = splices.crbegin(); it != splices.crend(); ++it)
        merged.replace(it->start, it->length, it->replacement);
    return merged;
}

Result<PromotionPlan> PromotionBatch::plan(const Pipeline &pipeline,
                                           const QList<PromotionPlanner::Request> &requests)
{
    auto plans = planEach(pipeline, requests);
    if (!plans)
        return plans.error();
    return combine(*plans);
}

Result<PromotionPlan> PromotionBatch::combine(const QList<PromotionPlan> &plans)
{
    if (plans.isEmpty())
        return Error(Error::Kind::BadInput, Tr::tr("nothing to promote"));
    if (plans.size() == 1)
        return plans.first();
    // Each file's edits merged: apps that share a kustomization, and apps with their own.
    QStringList files;
    QHash<QString, QList<PromotionPlan>> byFile;
    for (const PromotionPlan &p : plans) {
        // Every file a plan edits (an app deployed as a chart may edit its chart's file and
        // its values'), each as that plan's edit of the file.
        for (const PromotionPlan::FileEdit &edit : p.fileEdits()) {
            PromotionPlan one = p;
            one.file = edit.file;
            one.originalText = edit.originalText;
            one.editedText = edit.editedText;
            one.otherFiles.clear();
            if (!byFile.contains(one.file))
                files << one.file;
            byFile[one.file].append(one);
        }
    }
    QList<PromotionPlan::FileEdit> edits;
    for (const QString &file : std::as_const(files)) {
        const QList<PromotionPlan> &same = byFile.value(file);
        auto merged = mergeEdits(same.first().originalText, same);
        if (!merged)
            return merged.error();
        edits.append({file, same.first().originalText, *merged});
    }
    PromotionPlan combined = plans.first();
    // Names that fit in a branch name whatever the number of apps.
    combined.app = QStringLiteral("%1-apps").arg(plans.size());
    // Every app's versions in order: equal only when every app already runs its new version
    // (what the promoter checks after replanning on a lost race).
    QStringList images, current, next;
    for (const PromotionPlan &p : plans) {
        images << p.image;
        current << p.currentVersion;
        next << p.newVersion();
    }
    combined.image = images.join(QStringLiteral(", "));
    combined.imageEntry.clear();
    combined.currentVersion = current.join(QStringLiteral(", "));
    combined.currentTag = combined.currentVersion;
    combined.newTag = next.join(QStringLiteral(", "));
    combined.newDigest.clear();
    combined.file = edits.first().file;
    combined.originalText = edits.first().originalText;
    combined.editedText = edits.first().editedText;
    combined.otherFiles = edits.mid(1);
    combined.message = combinedMessage(plans);
    if (combined.mode == PromotionMode::PullRequest) {
        combined.branch
            = QStringLiteral("promote/%1-apps/%2/%3")
                  .arg(plans.size())
                  .arg(combined.to,
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    return combined;
}

Result<PromotionWorkflow::Preparation>
PromotionBatch::prepare(const QString &repository, const QList<PromotionPlanner::Request> &requests,
                        const PromotionWorkflow::PrepareOptions &options)
{
    auto pipeline = discoverForPromotion(repository, options);
    if (!pipeline)
        return pipeline.error();
    auto plans = planEach(*pipeline, requests);
    if (!plans)
        return plans.error();
    auto combined = combine(*plans);
    if (!combined)
        return combined.error();
    auto repo = Git::Repository::open(combined->repositoryRoot);
    if (!repo)
        return repo.error();
    auto started = startPreparation(*repo, *combined, options);
    if (!started)
        return started.error();
    PromotionWorkflow::Preparation preparation = std::move(*started);
    preparation.request = requests.first();
    preparation.batch = requests;

    // Every gate for every app, chosen as for that app alone (PromotionGates: a chart's
    // version runs the chart's gates, an image's tag the image's), said with the app's name.
    if (options.checkGates) {
        const ChartVersionLookup charts = chartVersionLookup(*pipeline);
        const RegistryTagLookup images = registryTagLookup(*pipeline);
        for (PromotionPlan &single : *plans) {
            single.push = combined->push;
            for (GateResult result : PromotionGates::evaluate(single, *pipeline, options.status,
                                                              *repo, charts, images)) {
                result.gate = QStringLiteral("%1 · %2").arg(single.app, result.gate);
                preparation.gates.append(std::move(result));
            }
        }
    }

    addPreview(preparation, *pipeline, *combined, QString(), options.checkGates);
    preparation.plannedDescription = PromotionWorkflow::description(*combined);
    preparation.plan = std::move(*combined);
    preparation.pipeline = std::move(*pipeline);
    return preparation;
}

} // namespace Promenade
