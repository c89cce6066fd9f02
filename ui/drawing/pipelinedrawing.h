#pragma once

#include "asoftext.h"
#include "drawing.h"
#include "pipeline.h"
#include "pipelinestatus.h"

#include <QDateTime>
#include <QSizeF>

#include <optional>

class QPainter;

namespace Promenade::Export {

// A picture of the pipeline for a slide or a document, drawn with QPainter so that the same
// drawing becomes an SVG (QSvgGenerator) or a PNG (QImage): a title with the repository's
// name (never its local path), the "as of" stamp, then the environments left to right in
// promotion order, each a card with its clusters, each app's declared and running version,
// sync and health, what is ready to promote and the drift, its certificates and its
// infrastructure; the arrows between the cards name the apps ready to move. Light colours
// on white, whatever the window's theme: exports end up printed and projected.
//
// Text is measured with the application's fonts, so a QGuiApplication must exist.
class PipelineDrawing : public Drawing
{
public:
    PipelineDrawing(const Pipeline &pipeline, std::optional<PipelineStatus> status, AsOf asOf,
                    QDateTime now = QDateTime::currentDateTime());

    // Logical pixels (the SVG's view box; a PNG is this times its scale).
    [[nodiscard]] QSizeF size() const override { return m_size; }
    // Draws at (0, 0) in logical pixels, background included.
    void paint(QPainter &painter) const override;

    // "homelab-gitops": the folder's name, never the path (it may show a user name).
    [[nodiscard]] QString title() const override;
    // The stamp line: "as of 2024-06-03 14:02, cached", or that no live status was known.
    [[nodiscard]] QString stamp() const override;

private:
    class Canvas;
    // Lays out (painter null) or draws; returns the height used.
    qreal drawPicture(Canvas &canvas) const;
    qreal drawCard(Canvas &canvas, int environment, const QPointF &origin) const;
    qreal drawClusters(Canvas &canvas, const QStringList &clusters, qreal left, qreal width,
                       qreal y) const;
    qreal drawCertificate(Canvas &canvas, const CertificateInfo &c, qreal left, qreal width,
                          qreal y) const;
    // One app's lines on a card: its version, image, what runs and the promotion verdict.
    qreal drawImage(Canvas &canvas, int environment, const DeclaredImage &image, qreal left,
                    qreal width, qreal y) const;
    void drawEdge(Canvas &canvas, int target, const QRectF &zone) const;
    // The environment promotions into environment come from (its first upstream), or -1.
    [[nodiscard]] int upstreamOf(int environment) const;
    [[nodiscard]] const AppStatus *appStatus(int environment, const QString &app) const;

    Pipeline m_pipeline;
    std::optional<PipelineStatus> m_status;
    AsOf m_asOf;
    QDateTime m_now;
    QSizeF m_size;
    qreal m_cardHeight = 0;
};

} // namespace Promenade::Export
