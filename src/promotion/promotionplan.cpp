#include "promotionplan.h"

namespace Promenade {

QString PromotionPlan::actionName() const
{
    switch (action) {
    case Action::Promote:
        return QStringLiteral("promote");
    case Action::SetImage:
        return QStringLiteral("set-image");
    case Action::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

QString PromotionPlan::summary() const
{
    switch (action) {
    case Action::Promote:
        return QStringLiteral("Promote %1 %2 from %3 to %4").arg(app, newTag, from, to);
    case Action::SetImage:
        return QStringLiteral("Set %1 to %2 in %3").arg(app, newTag, to);
    case Action::Rollback:
        return QStringLiteral("Roll %1 back to %2 in %3").arg(app, newTag, to);
    }
    return {};
}

} // namespace Promenade
