#include "matrixdrawing.h"

#include "drawingfont.h"

#include "palette.h"
#include "verdictjudge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace Promenade::Export {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatrixDrawing)
};

constexpr qreal margin = 32;
constexpr qreal rowHeight = 24;
constexpr qreal blockGap = 28;
constexpr qreal titleHeight = 64; // the title and the stamp
constexpr qreal headerHeight = 28; // the environments' names above each block
constexpr qreal legendHeight = 34;
constexpr qreal slideRatio = 16.0 / 9.0;

const Ui::ColourScheme &colours()
{
    return Ui::Palette::exportScheme();
}

QFont font(qreal pixelSize, bool bold = false, bool monospace = false)
{
    return drawingFont(pixelSize, bold, monospace);
}

qreal textWidth(const QString &text, const QFont &f)
{
    return QFontMetricsF(f).horizontalAdvance(text);
}

void drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &f,
              const QColor &colour, Qt::Alignment alignment = Qt::AlignLeft)
{
    painter.setFont(f);
    painter.setPen(colour);
    const QString shown = QFontMetricsF(f).elidedText(text, Qt::ElideMiddle, rect.width());
    painter.drawText(rect, int(alignment | Qt::AlignVCenter), shown);
}

} // namespace

MatrixDrawing::MatrixDrawing(const Pipeline &pipeline, std::optional<PipelineStatus> status,
                             AsOf asOf, Options options, QDateTime now)
    : m_pipeline(pipeline)
    , m_status(std::move(status))
    , m_asOf(std::move(asOf))
    , m_options(options)
    , m_now(std::move(now))
{
    std::set<QString> names;
    for (const Environment &env : m_pipeline.environments) {
        for (const DeclaredImage &image : env.images)
            names.insert(image.app);
    }
    for (const QString &app : names)
        m_allApps << app;
    for (const QString &app : std::as_const(m_allApps)) {
        if (!m_options.onlyDifferences || differs(app))
            m_apps << app;
    }
    layOut();
}

QString MatrixDrawing::title() const
{
    return QDir(m_pipeline.root).dirName();
}

QString MatrixDrawing::stamp() const
{
    if (!m_asOf.fetchedAt.isValid())
        return Tr::tr("declared state only: no live status");
    return asOfText(m_asOf, m_now, true);
}

const DeclaredImage *MatrixDrawing::declared(int environment, const QString &app) const
{
    for (const DeclaredImage &image : m_pipeline.environments.at(environment).images) {
        if (image.app == app)
            return &image;
    }
    return nullptr;
}

const AppStatus *MatrixDrawing::appStatus(int environment, const QString &app) const
{
    if (!m_status)
        return nullptr;
    const EnvironmentStatus *env
        = m_status->environment(m_pipeline.environments.at(environment).name);
    return env ? env->app(app) : nullptr;
}

bool MatrixDrawing::differs(const QString &app) const
{
    QStringList versions;
    for (int e = 0; e < m_pipeline.environments.size(); ++e) {
        const DeclaredImage *image = declared(e, app);
        if (!image)
            continue;
        versions << image->version();
        if (const AppStatus *s = appStatus(e, app)) {
            const auto tone = Ui::Palette::statusTone(s->runningKnown, s->sync, s->health);
            if ((s->runningKnown && tone != Ui::StatusTone::Good) || !s->drift.isEmpty()
                || VerdictJudge(*m_status)
                       .verdict(m_pipeline.environments.at(e).name, app)
                       .hasCandidate())
                return true;
        }
    }
    versions.removeDuplicates();
    return versions.size() > 1;
}

void MatrixDrawing::layOut()
{
    const QFont appFont = font(13, true);
    const QFont tagFont = font(12, false, true);
    const QFont headerFont = font(13, true);
    m_appWidth = 120;
    for (const QString &app : std::as_const(m_apps))
        m_appWidth = std::max(m_appWidth, textWidth(app, appFont) + 16);
    m_appWidth = std::min(m_appWidth, 240.0);
    m_cellWidth = 110;
    for (int e = 0; e < m_pipeline.environments.size(); ++e) {
        m_cellWidth
            = std::max(m_cellWidth, textWidth(m_pipeline.environments.at(e).name, headerFont) + 20);
        for (const QString &app : std::as_const(m_apps)) {
            if (const DeclaredImage *image = declared(e, app))
                m_cellWidth = std::max(m_cellWidth, textWidth(image->tag, tagFont) + 52);
        }
    }
    m_cellWidth = std::min(m_cellWidth, 200.0);
    const qreal blockWidth = m_appWidth + m_cellWidth * m_pipeline.environments.size();
    const int rows = std::max<int>(1, static_cast<int>(m_apps.size()));

    // As many blocks as bring the whole closest to a slide's 16:9.
    auto sizeFor = [&](int blocks) {
        const int perBlock = (rows + blocks - 1) / blocks;
        const qreal width = 2 * margin + blocks * blockWidth + (blocks - 1) * blockGap;
        const qreal height
            = 2 * margin + titleHeight + headerHeight + perBlock * rowHeight + legendHeight;
        return QSizeF(std::max(width, 640.0), height);
    };
    m_blocks = 1;
    qreal best = std::numeric_limits<qreal>::max();
    for (int blocks = 1; blocks <= std::min(rows, 12); ++blocks) {
        const QSizeF s = sizeFor(blocks);
        const qreal distance = std::abs(std::log((s.width() / s.height()) / slideRatio));
        if (distance < best) {
            best = distance;
            m_blocks = blocks;
        }
    }
    m_rowsPerBlock = (rows + m_blocks - 1) / m_blocks;
    m_size = sizeFor(m_blocks);
}

void MatrixDrawing::paint(QPainter &painter) const
{
    const Ui::ColourScheme &c = colours();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), c.window);
    const qreal width = m_size.width() - 2 * margin;
    drawText(painter, QRectF(margin, margin, width, 30), title(), font(24, true), c.text);
    const QString subtitle = m_options.onlyDifferences
        ? Tr::tr("%1 of %2 apps: those whose environments differ or need attention")
              .arg(m_apps.size())
              .arg(m_allApps.size())
        : Tr::tr("%1 apps").arg(m_apps.size());
    drawText(painter, QRectF(margin, margin + 32, width, 20),
             subtitle + QStringLiteral("  ·  ") + stamp(), font(13), c.mutedText);
    for (int block = 0; block < m_blocks; ++block)
        paintBlock(painter, block);
    if (m_apps.isEmpty())
        drawText(painter, QRectF(margin, margin + titleHeight + headerHeight, width, rowHeight),
                 Tr::tr("Every environment declares the same versions, synced and healthy."),
                 font(13), c.success);

    // The legend: what the marks mean.
    const qreal y = m_size.height() - margin - legendHeight + 12;
    qreal x = margin;
    const QFont legendFont = font(12);
    auto legend = [&](const QColor &mark, const QString &glyph, const QString &text) {
        if (glyph.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(mark);
            painter.drawEllipse(QPointF(x + 5, y + 10), 4.5, 4.5);
        } else {
            drawText(painter, QRectF(x, y, 14, 20), glyph, font(12, true), mark);
        }
        drawText(painter, QRectF(x + 16, y, textWidth(text, legendFont) + 4, 20), text, legendFont,
                 c.mutedText);
        x += 16 + textWidth(text, legendFont) + 22;
    };
    legend(c.success, {}, Tr::tr("synced and healthy"));
    legend(c.warning, {}, Tr::tr("out of sync or progressing"));
    legend(c.danger, {}, Tr::tr("degraded or missing"));
    legend(c.idle, {}, Tr::tr("not known"));
    legend(c.accent, QStringLiteral("↑"), Tr::tr("ready to promote"));
    legend(c.warning, QStringLiteral("⚠"), Tr::tr("drift"));
    painter.restore();
}

void MatrixDrawing::paintBlock(QPainter &painter, int block) const
{
    const Ui::ColourScheme &c = colours();
    const int first = block * m_rowsPerBlock;
    const int last = std::min<int>(static_cast<int>(m_apps.size()), first + m_rowsPerBlock);
    if (first >= last)
        return;
    const int environments = static_cast<int>(m_pipeline.environments.size());
    const qreal blockWidth = m_appWidth + m_cellWidth * environments;
    const qreal left = margin + block * (blockWidth + blockGap);
    qreal y = margin + titleHeight;
    painter.fillRect(QRectF(left, y, blockWidth, headerHeight), c.chip);
    drawText(painter, QRectF(left + 8, y, m_appWidth - 12, headerHeight), Tr::tr("APPLICATION"),
             font(11, true), c.mutedText);
    for (int e = 0; e < environments; ++e)
        drawText(painter,
                 QRectF(left + m_appWidth + e * m_cellWidth + 8, y, m_cellWidth - 12, headerHeight),
                 m_pipeline.environments.at(e).name, font(13, true), c.text);
    y += headerHeight;
    for (int row = first; row < last; ++row) {
        const QRectF line(left, y, blockWidth, rowHeight);
        painter.fillRect(line, (row - first) % 2 ? c.window : c.card);
        drawText(painter, QRectF(left + 8, y, m_appWidth - 12, rowHeight), m_apps.at(row),
                 font(13, true), c.text);
        for (int e = 0; e < environments; ++e)
            paintCell(painter, e, m_apps.at(row),
                      QRectF(left + m_appWidth + e * m_cellWidth, y, m_cellWidth, rowHeight));
        y += rowHeight;
    }
    painter.setPen(QPen(c.cardBorder.darker(110), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(left, margin + titleHeight, blockWidth, y - margin - titleHeight));
}

void MatrixDrawing::paintCell(QPainter &painter, int environment, const QString &app,
                              const QRectF &rect) const
{
    const Ui::ColourScheme &c = colours();
    const DeclaredImage *image = declared(environment, app);
    if (!image) {
        drawText(painter, rect.adjusted(20, 0, -4, 0), QStringLiteral("—"), font(12), c.mutedText);
        return;
    }
    const AppStatus *s = appStatus(environment, app);
    const bool known = s && s->runningKnown;
    const QColor dot = Ui::Palette::toneColour(
        c,
        Ui::Palette::statusTone(known, known ? QStringView(s->sync) : QStringView(),
                                known ? QStringView(s->health) : QStringView()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(dot);
    painter.drawEllipse(QPointF(rect.left() + 11, rect.center().y()), 4.5, 4.5);
    qreal marks = 0;
    if (s && !s->drift.isEmpty()) {
        marks += 14;
        drawText(painter, QRectF(rect.right() - marks - 2, rect.top(), 14, rect.height()),
                 QStringLiteral("⚠"), font(12, true), c.warning);
    }
    // ↑ when the promotion verdict is ready, as the window's matrix cell (VerdictJudge).
    if (s && m_status
        && VerdictJudge(*m_status)
               .verdict(m_pipeline.environments.at(environment).name, app)
               .ready()) {
        marks += 14;
        drawText(painter, QRectF(rect.right() - marks - 2, rect.top(), 14, rect.height()),
                 QStringLiteral("↑"), font(13, true), c.accent);
    }
    const QString tag = image->tag.isEmpty() ? Tr::tr("no tag") : image->tag;
    drawText(painter,
             QRectF(rect.left() + 20, rect.top(), rect.width() - 24 - marks, rect.height()), tag,
             font(12, false, true), image->pinned ? c.text : c.warning);
}

} // namespace Promenade::Export
