#pragma once

#include "pipeline.h"
#include "promotionplanner.h"
#include "promotionworkflow.h"
#include "result.h"

#include <QList>

namespace Promenade {

// Several promotions into one environment approved at once — the matrix's "Promote selected":
// every app planned and gated on its own (each gate's name says which app it judged), then
// their edits merged into one plan (edits of one file spliced together, each app's own overlay
// as one more file of the plan), so that they land as one commit or one pull request. The
// requests must all go into the same environment; anything else is refused with a clear
// message.
//
// The combined commit carries one Promenade-App and Promenade-Image trailer per app.
class PromotionBatch
{
public:
    // The combined plan on the repository as discovered (also what a lost push race replans).
    static Result<PromotionPlan> plan(const Pipeline &pipeline,
                                      const QList<PromotionPlanner::Request> &requests);
    // The plans (planned on one version of the file) as one.
    static Result<PromotionPlan> combine(const QList<PromotionPlan> &plans);
    // As PromotionWorkflow::prepare, for the batch: gates per app, one preview of the merged
    // edit. The preparation's `batch` holds the requests; PromotionWorkflow::apply applies it.
    static Result<PromotionWorkflow::Preparation>
    prepare(const QString &repository, const QList<PromotionPlanner::Request> &requests,
            const PromotionWorkflow::PrepareOptions &options);

    // The original text with every plan's edit applied; the edits must not overlap.
    static Result<QByteArray> mergeEdits(const QByteArray &original,
                                         const QList<PromotionPlan> &plans);
};

} // namespace Promenade
