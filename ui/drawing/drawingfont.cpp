#include "drawingfont.h"

namespace Promenade::Export {

QFont drawingFont(qreal pixelSize, bool bold, bool monospace)
{
    QFont f(monospace ? QStringLiteral("monospace") : QStringLiteral("sans-serif"));
    f.setStyleHint(monospace ? QFont::Monospace : QFont::SansSerif);
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}

} // namespace Promenade::Export
