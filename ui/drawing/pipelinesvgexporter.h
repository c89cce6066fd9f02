#pragma once

#include "drawing.h"
#include "result.h"

#include <QByteArray>
#include <QImage>

namespace Promenade::Export {

// Turns a Drawing (the pipeline as cards or as a matrix) into files: an SVG (QSvgGenerator, text
// stays text) or a PNG (QImage, drawn by the same painter code), written atomically (QSaveFile) so
// that a half-written picture never replaces a good one. Used by the window and by `promenade
// export`; a QGuiApplication must exist (fonts).
class PipelineSvgExporter
{
public:
    explicit PipelineSvgExporter(const Drawing &drawing);

    // The largest PNG written: a side no screen, slide or image viewer does better with, and
    // a memory bound (4 bytes a pixel). Larger pictures are refused with what to do instead.
    static constexpr int maximumSide = 8192;
    static constexpr qint64 maximumPixels = 40'000'000;
    // Why a picture of that size (in pixels) is refused; empty when it is not.
    [[nodiscard]] static QString tooLarge(const QSize &pixels);

    [[nodiscard]] QByteArray toSvg() const;
    // The drawing at scale × its logical size (2: crisp on a slide).
    [[nodiscard]] QImage toImage(qreal scale = 2) const;

    Result<void> writeSvg(const QString &path) const;
    Result<void> writePng(const QString &path, qreal scale = 2) const;

    // An image as PNG bytes (empty if it cannot be encoded).
    [[nodiscard]] static QByteArray pngBytes(const QImage &image);
    // Writes bytes atomically: the file is replaced only when everything is written.
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);

private:
    const Drawing &m_drawing;
};

} // namespace Promenade::Export
