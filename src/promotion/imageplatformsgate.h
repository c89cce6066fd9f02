#pragma once

#include "pipelinestatus.h"
#include "promotiongate.h"
#include "result.h"

#include <functional>

namespace Promenade {

// What the registry answers about one tag of an image.
struct RegistryTag
{
    bool exists = false;
    QStringList platforms; // linux/amd64, linux/arm64… (an index's runnable platforms)
};
// Asks the registry about image:tag (blocking). An Error: the registry could not be asked.
using RegistryTagLookup
    = std::function<Result<RegistryTag>(const QString &image, const QString &tag)>;

// The promoted tag is in the registry with every platform the target's nodes need. Its
// platforms come from the live status where an environment declares that tag (or has it as
// its newest build); otherwise — a rollback to a tag no environment declares any more — the
// registry is asked through lookup. Could not check: neither knows.
class ImagePlatformsGate : public PromotionGate
{
public:
    explicit ImagePlatformsGate(PipelineStatus status, RegistryTagLookup lookup = {})
        : m_status(std::move(status))
        , m_lookup(std::move(lookup))
    { }
    [[nodiscard]] GateResult evaluate(const PromotionPlan &plan,
                                      const Git::Repository &) const override
    {
        return judge(plan);
    }
    // The verdict, which needs no repository.
    [[nodiscard]] GateResult judge(const PromotionPlan &plan) const;

private:
    // The tag's platforms as the live status knows them; empty optional: it does not.
    [[nodiscard]] std::optional<RegistryTag> fromStatus(const PromotionPlan &plan) const;

    PipelineStatus m_status;
    RegistryTagLookup m_lookup;
};

} // namespace Promenade
