#pragma once

#include "promotionplan.h"

#include <QString>

#include <memory>
#include <vector>

namespace Promenade {

namespace Git {
class Repository;
}

// The verdict of one gate, with a reason a person understands.
struct GateResult
{
    enum class Verdict { Pass, Fail, Unknown };

    QString gate; // what was checked, e.g. "Working tree clean"
    Verdict verdict = Verdict::Unknown;
    QString reason; // why, e.g. "apps/overlays/staging/kustomization.yaml has uncommitted changes"

    [[nodiscard]] static QString verdictName(Verdict verdict);
};

// One check before a promotion: "why can't I promote?" is the list of failed gates. The Git
// gates live beside this interface; the live-status gates (source healthy and synced, image
// present with the platforms the target needs, certificates ready, pull request checks green)
// implement it too. A gate never changes anything. Blocking (Git); call it off the GUI thread.
class PromotionGate
{
public:
    virtual ~PromotionGate() = default;
    [[nodiscard]] virtual GateResult evaluate(const PromotionPlan &plan,
                                              const Git::Repository &repository) const = 0;
};

using GateList = std::vector<std::unique_ptr<PromotionGate>>;

// The Git gates: the touched file has no uncommitted changes; the branch is up to date with
// its upstream (not behind; and when the promotion is pushed, holding no unpushed commits of
// its own, so that it goes out alone); the target does not already run the version.
GateList gitGates();

// Evaluates every gate; the promotion may go ahead when none failed.
QList<GateResult> evaluateGates(const GateList &gates, const PromotionPlan &plan,
                                const Git::Repository &repository);
bool gatesPass(const QList<GateResult> &results);

} // namespace Promenade
