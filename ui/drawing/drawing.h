#pragma once

#include <QSizeF>
#include <QString>

class QPainter;

namespace Promenade::Export {

// A picture for a slide or a document that PipelineSvgExporter turns into SVG or PNG: the
// pipeline as cards (PipelineDrawing) or as a compact table (MatrixDrawing).
class Drawing
{
public:
    virtual ~Drawing() = default;
    // Logical pixels (the SVG's view box; a PNG is this times its scale).
    [[nodiscard]] virtual QSizeF size() const = 0;
    // Draws at (0, 0) in logical pixels, background included.
    virtual void paint(QPainter &painter) const = 0;
    // The repository's name (never its path).
    [[nodiscard]] virtual QString title() const = 0;
    // When the status was known.
    [[nodiscard]] virtual QString stamp() const = 0;
};

} // namespace Promenade::Export
