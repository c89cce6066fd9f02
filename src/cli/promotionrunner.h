#pragma once

#include "commandcontext.h"
#include "pipeline.h"
#include "promotionplanner.h"

namespace Promenade::Cli {

// What promote, rollback and set-image share: plan on a freshly discovered repository, show
// the plan, its gates and the rendered change of the target, ask (or take --yes), apply,
// push, open the pull request, and report — one clear line on failure.
struct PromotionRun
{
    QString repository;
    PromotionPlanner::Request request;
    bool dryRun = false;
    bool yes = false;
    bool commit = true; // set-image without --commit only edits the file
    bool push = false; // pull request mode always pushes its branch
    bool checkGates = true;
    // --pin-digest: promote the digest the registry reports for the tag along with the tag (a
    // mutable tag becomes one build); refused when the registry does not tell it.
    bool pinDigest = false;
};

int runPromotion(CommandContext &context, const PromotionRun &run);

} // namespace Promenade::Cli
