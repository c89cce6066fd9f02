#include "pipelinesvgexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Promenade::Export {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineSvgExporter)
};

} // namespace

QString PipelineSvgExporter::tooLarge(const QSize &pixels)
{
    if (pixels.width() <= maximumSide && pixels.height() <= maximumSide
        && qint64(pixels.width()) * pixels.height() <= maximumPixels)
        return {};
    return Tr::tr("the picture would be %1×%2 pixels, more than a slide can show (at most %3 "
                  "pixels a side): draw the compact matrix, only the apps that differ between "
                  "environments, or SVG")
        .arg(pixels.width())
        .arg(pixels.height())
        .arg(maximumSide);
}

PipelineSvgExporter::PipelineSvgExporter(const Drawing &drawing)
    : m_drawing(drawing)
{ }

QByteArray PipelineSvgExporter::toSvg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF size = m_drawing.size();
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96); // one logical pixel is one SVG user unit
    generator.setTitle(Tr::tr("%1 — promotion pipeline").arg(m_drawing.title()));
    generator.setDescription(m_drawing.stamp());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    m_drawing.paint(painter);
    painter.end();
    return bytes;
}

QImage PipelineSvgExporter::toImage(qreal scale) const
{
    const QSizeF size = m_drawing.size() * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    m_drawing.paint(painter);
    painter.end();
    return image;
}

Result<void> PipelineSvgExporter::writeSvg(const QString &path) const
{
    const QByteArray svg = toSvg();
    if (svg.isEmpty())
        return Error(Error::Kind::Failed, Tr::tr("the SVG drawing could not be made")).at(path);
    return writeFile(path, svg);
}

Result<void> PipelineSvgExporter::writePng(const QString &path, qreal scale) const
{
    if (const QString refusal = tooLarge((m_drawing.size() * scale).toSize()); !refusal.isEmpty())
        return Error(Error::Kind::BadInput, refusal).at(path);
    const QImage image = toImage(scale);
    if (image.isNull())
        return Error(Error::Kind::Failed,
                     Tr::tr("the picture is too large to draw as PNG (use SVG)"))
            .at(path);
    const QByteArray png = pngBytes(image);
    if (png.isEmpty())
        return Error(Error::Kind::Failed, Tr::tr("the PNG could not be encoded")).at(path);
    return writeFile(path, png);
}

QByteArray PipelineSvgExporter::pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

Result<void> PipelineSvgExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Error(Error::Kind::NotFound, Tr::tr("the folder does not exist"))
            .at(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot write the file (%1)").arg(file.errorString()))
            .at(path);
    return {};
}

} // namespace Promenade::Export
