#pragma once

#include <QCoreApplication>

namespace Promenade {

// The translation context of every gate's name and reason: translated in the window, English on
// the command line (it installs no translator, so its text and JSON stay English).
struct GateTr
{
    Q_DECLARE_TR_FUNCTIONS(PromotionGate)
};

} // namespace Promenade
