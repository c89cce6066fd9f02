#pragma once

#include "promotiongate.h"
#include "promotionplan.h"

namespace Promenade {

// The start of the "Source healthy and synced" judgement, for an app (SourceRunsItGate) or a
// chart (ChartSourceGate): unknown until judged, and passed at once when the promotion has no
// source environment (a set-image or a rollback).
GateResult sourceGateResult(const PromotionPlan &plan);

} // namespace Promenade
