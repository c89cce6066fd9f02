#pragma once

#include "asoftext.h"
#include "drawing.h"
#include "pipeline.h"
#include "pipelinestatus.h"

#include <QDateTime>
#include <QFont>
#include <QList>

#include <optional>

namespace Promenade::Export {

// The pipeline as a compact table for many apps, sized for a slide: one row per app (its name,
// then per environment a status dot, the declared tag, ↑ when it is ready to promote, ⚠ on
// drift), the rows flowed into side-by-side blocks so that the picture comes out close to
// 16:9 instead of a strip 30,000 pixels tall. "Only what differs" keeps the apps whose
// environments do not all declare the same version, or that need attention (not synced and
// healthy, drift, ready to promote). Light colours from the window's palette.
class MatrixDrawing : public Drawing
{
public:
    struct Options
    {
        bool onlyDifferences = false;
    };

    MatrixDrawing(const Pipeline &pipeline, std::optional<PipelineStatus> status, AsOf asOf,
                  Options options, QDateTime now = QDateTime::currentDateTime());

    [[nodiscard]] QSizeF size() const override { return m_size; }
    void paint(QPainter &painter) const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString stamp() const override;

    // The apps drawn (all, or those that differ), by name.
    [[nodiscard]] QStringList apps() const { return m_apps; }
    [[nodiscard]] int totalApps() const { return static_cast<int>(m_allApps.size()); }
    // How many side-by-side blocks the rows are flowed into.
    [[nodiscard]] int blocks() const { return m_blocks; }
    // Whether an app's environments differ, or it needs attention (the "only what differs" rule).
    [[nodiscard]] bool differs(const QString &app) const;

private:
    void layOut();
    [[nodiscard]] const DeclaredImage *declared(int environment, const QString &app) const;
    [[nodiscard]] const AppStatus *appStatus(int environment, const QString &app) const;
    void paintBlock(QPainter &painter, int block) const;
    void paintCell(QPainter &painter, int environment, const QString &app,
                   const QRectF &rect) const;

    Pipeline m_pipeline;
    std::optional<PipelineStatus> m_status;
    AsOf m_asOf;
    Options m_options;
    QDateTime m_now;
    QStringList m_allApps;
    QStringList m_apps;
    int m_blocks = 1;
    int m_rowsPerBlock = 0;
    qreal m_appWidth = 0;
    qreal m_cellWidth = 0;
    QSizeF m_size;
};

} // namespace Promenade::Export
