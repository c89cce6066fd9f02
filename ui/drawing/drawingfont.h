#pragma once

#include <QFont>

namespace Promenade::Export {

// The font of every drawing: generic families (the SVG names them, and every viewer knows these
// two), sized in pixels.
QFont drawingFont(qreal pixelSize, bool bold = false, bool monospace = false);

} // namespace Promenade::Export
