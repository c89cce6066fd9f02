#include "pipelinedrawing.h"

#include "drawingfont.h"

#include "palette.h"
#include "verdictjudge.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Promenade::Export {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineDrawing)
};

// Sizes in logical pixels.
constexpr qreal margin = 36;
constexpr qreal cardWidth = 400;
constexpr qreal edgeWidth = 180;
constexpr qreal padding = 18;
constexpr qreal headerHeight = 78;

// The light look of the window's palette: dark text on white, colours that survive a projector.
namespace Colour {
const Ui::ColourScheme &scheme = Ui::Palette::exportScheme();
const QColor page = scheme.window;
const QColor card = scheme.card;
const QColor border = scheme.cardBorder.darker(110);
const QColor text = scheme.text;
const QColor muted = scheme.mutedText;
const QColor accent = scheme.accent;
const QColor success = scheme.success;
const QColor warning = scheme.warning;
const QColor danger = scheme.danger;
const QColor chip = scheme.chip;
const QColor idle = scheme.idle;
} // namespace Colour

QFont font(qreal pixelSize, bool bold = false, bool monospace = false)
{
    return drawingFont(pixelSize, bold, monospace);
}

QColor statusColour(const AppStatus *status)
{
    const bool known = status && status->runningKnown;
    return Ui::Palette::toneColour(
        Colour::scheme,
        Ui::Palette::statusTone(known, known ? QStringView(status->sync) : QStringView(),
                                known ? QStringView(status->health) : QStringView()));
}

QColor certificateColour(const CertificateInfo &c, const QDateTime &now)
{
    if (c.state == u"Expired" || c.state == u"NotReady"
        || (c.notAfter.isValid() && c.notAfter < now))
        return Colour::danger;
    if (c.state != u"Ready" || (c.notAfter.isValid() && now.daysTo(c.notAfter) < 14))
        return Colour::warning;
    return Colour::success;
}

} // namespace

// Measures, and draws when it has a painter: one code path, so the layout cannot drift
// from what is drawn.
class PipelineDrawing::Canvas
{
public:
    explicit Canvas(QPainter *painter)
        : m_painter(painter)
    { }

    [[nodiscard]] bool drawing() const { return m_painter != nullptr; }

    // Text in a box of the given width; wrapped or elided to it. Returns its height.
    qreal text(const QString &text, const QFont &f, const QColor &colour, const QPointF &at,
               qreal width, bool wrap = false, Qt::Alignment align = Qt::AlignLeft) const
    {
        const QFontMetricsF metrics(f);
        const QString shown = wrap ? text : metrics.elidedText(text, Qt::ElideRight, width);
        const int flags
            = int(align) | Qt::AlignTop | (wrap ? Qt::TextWordWrap : Qt::TextSingleLine);
        const QRectF box(at, QSizeF(width, 100000));
        const qreal height
            = wrap ? metrics.boundingRect(box, flags, shown).height() : metrics.height();
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(at, QSizeF(width, height + 2)), flags, shown);
        }
        return height;
    }

    [[nodiscard]] static qreal width(const QString &text, const QFont &f)
    {
        return QFontMetricsF(f).horizontalAdvance(text);
    }

    // A rounded label; returns its size.
    QSizeF chip(const QString &text, const QFont &f, const QColor &colour, const QPointF &at,
                const QColor &fill = Colour::chip) const
    {
        const QFontMetricsF metrics(f);
        const QSizeF size(metrics.horizontalAdvance(text) + 16, metrics.height() + 6);
        if (m_painter) {
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(fill);
            m_painter->drawRoundedRect(QRectF(at, size), size.height() / 2, size.height() / 2);
            m_painter->setFont(f);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(at, size), Qt::AlignCenter, text);
        }
        return size;
    }

    void box(const QRectF &rect, const QColor &fill, const QColor &border, qreal radius,
             qreal borderWidth = 1) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(border.isValid() ? QPen(border, borderWidth) : QPen(Qt::NoPen));
        m_painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        m_painter->drawRoundedRect(rect, radius, radius);
    }

    void dot(const QPointF &centre, qreal radius, const QColor &colour) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(colour);
        m_painter->drawEllipse(centre, radius, radius);
    }

    void line(const QPointF &from, const QPointF &to, const QColor &colour, qreal width) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        m_painter->drawLine(from, to);
    }

    void arrowHead(const QPointF &tip, qreal size, const QColor &colour) const
    {
        if (!m_painter)
            return;
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(tip + QPointF(-size, -size * 0.6));
        head.lineTo(tip + QPointF(-size, size * 0.6));
        head.closeSubpath();
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(colour);
        m_painter->drawPath(head);
    }

private:
    QPainter *m_painter;
};

PipelineDrawing::PipelineDrawing(const Pipeline &pipeline, std::optional<PipelineStatus> status,
                                 AsOf asOf, QDateTime now)
    : m_pipeline(pipeline)
    , m_status(std::move(status))
    , m_asOf(std::move(asOf))
    , m_now(std::move(now))
{
    if (m_status && !m_asOf.fetchedAt.isValid())
        m_asOf.fetchedAt = m_status->fetchedAt;
    Canvas measure(nullptr);
    // Cards share the height of the tallest, so that the row reads as one band.
    for (int e = 0; e < m_pipeline.environments.size(); ++e)
        m_cardHeight = std::max(m_cardHeight, drawCard(measure, e, {}));
    const qreal height = drawPicture(measure);
    // A column per stage of the DAG (parallel environments stack in it), as in the window.
    const qsizetype n = std::max<qsizetype>(
        m_pipeline.stages.size(), m_pipeline.stages.isEmpty() ? m_pipeline.environments.size() : 0);
    const qreal cardsWidth = n == 0 ? cardWidth : qreal(n) * cardWidth + qreal(n - 1) * edgeWidth;
    const qreal titleWidth
        = Canvas::width(title(), font(30, true)) + Canvas::width(stamp(), font(18, true)) + 60;
    m_size = QSizeF(std::ceil(2 * margin + std::max(cardsWidth, titleWidth)), std::ceil(height));
}

QString PipelineDrawing::title() const
{
    return QDir(m_pipeline.root).dirName();
}

QString PipelineDrawing::stamp() const
{
    if (!m_asOf.fetchedAt.isValid())
        return Tr::tr("declared state only: no live status");
    return asOfText(m_asOf, m_now, true);
}

int PipelineDrawing::upstreamOf(int environment) const
{
    const QStringList upstream
        = m_pipeline.upstreamOf(m_pipeline.environments.at(environment).name);
    for (int e = 0; e < m_pipeline.environments.size() && !upstream.isEmpty(); ++e) {
        if (m_pipeline.environments.at(e).name == upstream.first())
            return e;
    }
    return -1;
}

const AppStatus *PipelineDrawing::appStatus(int environment, const QString &app) const
{
    if (!m_status || environment < 0)
        return nullptr;
    const EnvironmentStatus *env
        = m_status->environment(m_pipeline.environments.at(environment).name);
    return env ? env->app(app) : nullptr;
}

void PipelineDrawing::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), Colour::page);
    Canvas canvas(&painter);
    drawPicture(canvas);
    painter.restore();
}

qreal PipelineDrawing::drawPicture(Canvas &canvas) const
{
    const qreal right = m_size.width() - margin;
    // The title row: the repository's name, what this is, and how old.
    canvas.text(title(), font(30, true), Colour::text, {margin, margin}, right - margin);
    const qsizetype environments = m_pipeline.environments.size();
    const qsizetype apps = m_pipeline.apps.size();
    const qsizetype clusters = m_pipeline.clusters.size();
    const QString summary
        = QStringList {Tr::tr("Promotion pipeline"),
                       environments == 1 ? Tr::tr("1 environment")
                                         : Tr::tr("%1 environments").arg(environments),
                       apps == 1 ? Tr::tr("1 app") : Tr::tr("%1 apps").arg(apps),
                       clusters == 1 ? Tr::tr("1 cluster") : Tr::tr("%1 clusters").arg(clusters)}
              .join(QStringLiteral(" · "));
    canvas.text(summary, font(15), Colour::muted, {margin, margin + 42}, right - margin);
    const bool stale = m_asOf.cached || !m_asOf.problem.isEmpty() || !m_asOf.fetchedAt.isValid();
    const QFont stampFont = font(18, true);
    const qreal stampWidth = Canvas::width(stamp(), stampFont) + 2;
    canvas.text(stamp(), stampFont, stale ? Colour::warning : Colour::success,
                {right - stampWidth, margin + 6}, stampWidth);

    qreal y = margin + headerHeight;
    if (environments == 0) {
        y += canvas.text(Tr::tr("No environments were found in this repository."), font(16),
                         Colour::muted, {margin, y}, right - margin);
    }
    int tallest = 1;
    QHash<int, int> rowsInStage;
    for (int e = 0; e < environments; ++e) {
        const Environment &env = m_pipeline.environments.at(e);
        const int column = m_pipeline.stages.isEmpty() ? e : env.stage;
        const int row = rowsInStage[column]++;
        tallest = std::max(tallest, row + 1);
        const qreal x = margin + column * (cardWidth + edgeWidth);
        const qreal top = y + row * (m_cardHeight + 20);
        drawCard(canvas, e, {x, top});
        if (column > 0)
            drawEdge(canvas, e, QRectF(x - edgeWidth, top, edgeWidth, m_cardHeight));
    }
    y += tallest * (m_cardHeight + 20);
    const QString footer = Tr::tr("Drawn by Promenade %1 on %2")
                               .arg(QString::fromLatin1(versionString),
                                    m_now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    y += canvas.text(footer, font(12), Colour::muted, {margin, y}, std::max(right - margin, 300.0));
    return y + margin;
}

qreal PipelineDrawing::drawCard(Canvas &canvas, int environment, const QPointF &origin) const
{
    const Environment &env = m_pipeline.environments.at(environment);
    const EnvironmentStatus *envStatus = m_status ? m_status->environment(env.name) : nullptr;
    if (canvas.drawing())
        canvas.box(QRectF(origin, QSizeF(cardWidth, m_cardHeight)), Colour::card, Colour::border,
                   10, 1.5);
    const qreal left = origin.x() + padding;
    const qreal width = cardWidth - 2 * padding;
    qreal y = origin.y() + padding;

    // Stage, name, and how promotions land here.
    canvas.dot({left + 14, y + 14}, 14, Colour::accent);
    canvas.text(QString::number(environment + 1), font(15, true), Qt::white, {left, y + 5}, 28,
                false, Qt::AlignHCenter);
    const bool pullRequest = env.promotion == PromotionMode::PullRequest;
    const QString mode = pullRequest ? Tr::tr("via pull request") : Tr::tr("direct commit");
    const QFont chipFont = font(12, true);
    const qreal modeWidth = Canvas::width(mode, chipFont) + 16;
    canvas.chip(mode, chipFont, pullRequest ? Colour::warning : Colour::muted,
                {left + width - modeWidth, y + 5});
    canvas.text(env.name, font(22, true), Colour::text, {left + 38, y + 1},
                width - 38 - modeWidth - 8);
    y += 40;

    // Clusters, as a row of chips that wraps.
    y = drawClusters(canvas, env.clusters, left, width, y);
    if (!env.problem.isEmpty())
        y += canvas.text(env.problem, font(13), Colour::danger, {left, y}, width, true) + 6;

    auto section = [&](const QString &name, const QString &detail) {
        y += 6;
        canvas.line({left, y}, {left + width, y}, Colour::border, 1);
        y += 8;
        QFont f = font(12, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        y += canvas.text(name.toUpper(), f, Colour::muted, {left, y}, width);
        if (!detail.isEmpty())
            y += canvas.text(detail, font(12, false, true), Colour::muted, {left, y + 1}, width)
                + 2;
        y += 6;
    };

    // What each app runs here.
    section(Tr::tr("Applications"), env.appsOverlay);
    if (env.images.isEmpty())
        y += canvas.text(Tr::tr("no applications"), font(13), Colour::muted, {left, y}, width) + 4;
    for (const DeclaredImage &image : env.images)
        y = drawImage(canvas, environment, image, left, width, y);

    // Certificates, from the live status.
    if (envStatus && !envStatus->certificates.isEmpty()) {
        section(Tr::tr("Certificates"), {});
        for (const CertificateInfo &c : envStatus->certificates) {
            y = drawCertificate(canvas, c, left, width, y);
        }
    }

    // The infrastructure lane.
    if (!env.infrastructureOverlay.isEmpty() || !env.infrastructure.isEmpty()) {
        section(Tr::tr("Infrastructure"), env.infrastructureOverlay);
        for (const InfrastructureComponent &component : env.infrastructure) {
            const bool versioned = !component.version.isEmpty();
            const QString right = versioned ? component.version : component.kind;
            const QFont rightFont = versioned ? font(13, false, true) : font(12);
            const qreal rightWidth = std::min(Canvas::width(right, rightFont) + 2, width * 0.5);
            canvas.text(right, rightFont, versioned ? Colour::accent : Colour::muted,
                        {left + width - rightWidth, y + 1}, rightWidth, false, Qt::AlignRight);
            y += canvas.text(component.name, font(14), Colour::text, {left, y},
                             width - rightWidth - 8)
                + 4;
        }
    }
    return y - origin.y() + padding - 4;
}

// One app's lines on a card; returns the y below them.
qreal PipelineDrawing::drawImage(Canvas &canvas, int environment, const DeclaredImage &image,
                                 qreal left, qreal width, qreal y) const
{
    const Environment &env = m_pipeline.environments.at(environment);
    const AppStatus *status = appStatus(environment, image.app);
    const QColor colour = statusColour(status);
    const QFont versionFont = font(14, false, true);
    const QString version = image.version().isEmpty() ? Tr::tr("no tag") : image.version();
    const qreal versionWidth = std::min(Canvas::width(version, versionFont) + 2, width * 0.5);
    canvas.dot({left + 5, y + 10}, 5, colour);
    canvas.text(version, versionFont, image.pinned ? Colour::accent : Colour::warning,
                {left + width - versionWidth, y + 2}, versionWidth, false, Qt::AlignRight);
    y += canvas.text(image.app, font(16, true), Colour::text, {left + 16, y},
                     width - 16 - versionWidth - 8)
        + 1;
    const qreal indent = left + 16;
    const qreal inner = width - 16;
    y += canvas.text(image.pinned ? image.repository
                                  : Tr::tr("%1 (not pinned by the overlay)").arg(image.repository),
                     font(12), Colour::muted, {indent, y}, inner)
        + 1;
    if (status && status->runningKnown) {
        QStringList parts;
        const QString running = status->runningVersion.section(u'@', 0, 0);
        if (running != image.tag)
            parts << Tr::tr("running %1").arg(running);
        parts << status->sync << status->health;
        y += canvas.text(parts.join(QStringLiteral(" · ")), font(13, true), colour, {indent, y},
                         inner)
            + 1;
    } else if (m_status) {
        y += canvas.text(Tr::tr("what runs is not known"), font(13), Colour::muted, {indent, y},
                         inner)
            + 1;
    }
    // The promotion verdict, as the window's card says it (VerdictJudge).
    if (status) {
        const PromotionVerdict v = VerdictJudge(*m_status).verdict(env.name, image.app);
        if (v.hasCandidate())
            y += canvas.text((v.ready() ? QStringLiteral("↑ ") : QStringLiteral("⚠ ")) + v.sentence,
                             font(13, v.ready()), v.ready() ? Colour::accent : Colour::warning,
                             {indent, y}, inner, true)
                + 1;
    }
    if (status) {
        for (const QString &drift : status->drift)
            y += canvas.text(QStringLiteral("⚠ ") + drift, font(13), Colour::warning, {indent, y},
                             inner, true)
                + 1;
    }
    return y + 10;
}

// Clusters, as a row of chips that wraps; returns the y below them.
qreal PipelineDrawing::drawClusters(Canvas &canvas, const QStringList &clusters, qreal left,
                                    qreal width, qreal y) const
{
    qreal x = left;
    const QFont clusterFont = font(13, true);
    if (clusters.isEmpty()) {
        y += canvas.text(Tr::tr("no cluster points at this overlay"), font(13), Colour::warning,
                         {left, y}, width)
            + 6;
    } else {
        qreal rowHeight = 0;
        for (const QString &cluster : clusters) {
            const QString label = QStringLiteral("⎈ ") + cluster;
            const qreal w = Canvas::width(label, clusterFont) + 16;
            if (x > left && x + w > left + width) {
                x = left;
                y += rowHeight + 6;
            }
            const QSizeF size = canvas.chip(label, clusterFont, Colour::text, {x, y});
            x += size.width() + 6;
            rowHeight = size.height();
        }
        y += rowHeight + 8;
    }
    return y;
}

// One certificate of the live status: expiry on the right, where and why below; returns the y
// below it.
qreal PipelineDrawing::drawCertificate(Canvas &canvas, const CertificateInfo &c, qreal left,
                                       qreal width, qreal y) const
{
    const QColor colour = certificateColour(c, m_now);
    QString expiry = c.state;
    if (c.notAfter.isValid()) {
        const qint64 days = m_now.daysTo(c.notAfter);
        expiry = days < 0 ? Tr::tr("expired")
            : days == 1   ? Tr::tr("expires in 1 day")
                          : Tr::tr("expires in %1 days").arg(days);
    }
    const QFont expiryFont = font(13, true);
    const qreal expiryWidth = std::min(Canvas::width(expiry, expiryFont) + 2, width * 0.45);
    canvas.dot({left + 5, y + 9}, 5, colour);
    canvas.text(expiry, expiryFont, colour, {left + width - expiryWidth, y + 1}, expiryWidth, false,
                Qt::AlignRight);
    y += canvas.text(c.name, font(14, true), Colour::text, {left + 16, y},
                     width - 16 - expiryWidth - 8)
        + 1;
    QStringList where {Tr::tr("namespace %1").arg(c.nameSpace), c.cluster};
    if (!c.issuer.isEmpty())
        where << Tr::tr("issuer %1").arg(c.issuer);
    where << c.state;
    y += canvas.text(where.join(QStringLiteral(" · ")), font(12), Colour::muted, {left + 16, y},
                     width - 16, true)
        + 1;
    if (!c.message.isEmpty() && c.state != u"Ready")
        y += canvas.text(c.message, font(12), colour, {left + 16, y}, width - 16, true) + 1;
    y += 8;
    return y;
}

void PipelineDrawing::drawEdge(Canvas &canvas, int target, const QRectF &zone) const
{
    const Environment &env = m_pipeline.environments.at(target);
    // What the previous environment has that this one does not yet, as the window's edge says
    // it (the promotion verdicts, VerdictJudge): the apps ready to move, then the others and why.
    QStringList ready;
    QStringList tags;
    QStringList waiting; // "app: sentence"
    if (m_status) {
        const VerdictJudge judge(*m_status);
        for (const DeclaredImage &image : env.images) {
            const PromotionVerdict v = judge.verdict(env.name, image.app);
            if (!v.hasCandidate())
                continue;
            if (v.ready()) {
                ready << image.app;
                tags << v.fromVersion;
            } else {
                waiting << QStringLiteral("%1: %2").arg(image.app, v.sentence);
            }
        }
    }
    const QColor colour = ready.isEmpty() ? Colour::idle : Colour::accent;
    const qreal y = zone.top() + 54;
    const qreal from = zone.left() + 14;
    const qreal to = zone.right() - 14;
    canvas.line({from, y}, {to - 10, y}, colour, ready.isEmpty() ? 2.5 : 4);
    canvas.arrowHead({to, y}, 14, colour);
    const QFont label = font(12);
    canvas.text(Tr::tr("promote", "label of the arrow between two environments"), label,
                Colour::muted, {from, y - 26}, to - from, false, Qt::AlignHCenter);
    const bool pullRequest = env.promotion == PromotionMode::PullRequest;
    canvas.text(pullRequest ? Tr::tr("pull request")
                            : Tr::tr("commit", "a promotion lands as a direct commit"),
                font(12, true), pullRequest ? Colour::warning : Colour::muted, {from, y + 10},
                to - from, false, Qt::AlignHCenter);
    qreal boxY = y + 40;
    if (!waiting.isEmpty()) {
        // Not ready, and why, under the box of the ready ones.
        const qreal inner = to - from;
        Canvas measure(nullptr);
        qreal below = boxY;
        if (!ready.isEmpty()) {
            below += 16
                + measure.text(Tr::tr("ready to promote"), font(11, true), Colour::accent, {},
                               inner - 16);
            for (int i = 0; i < ready.size(); ++i)
                below += 4
                    + measure.text(ready[i], font(13, true), Colour::text, {}, inner - 16, true)
                    + (tags[i].isEmpty() ? 0
                                         : measure.text(tags[i], font(12, false, true),
                                                        Colour::accent, {}, inner - 16));
            below += 12;
        }
        below += canvas.text(Tr::tr("not ready").toUpper(), font(11, true), Colour::warning,
                             {from, below}, inner);
        for (const QString &w : std::as_const(waiting))
            below += canvas.text(QStringLiteral("⚠ ") + w, font(12), Colour::warning, {from, below},
                                 inner, true)
                + 2;
    }
    if (ready.isEmpty())
        return;
    // The apps ready to move, in a box under the arrow.
    const qreal inner = to - from - 16;
    qreal height = 8;
    Canvas measure(nullptr);
    height += measure.text(Tr::tr("ready to promote"), font(11, true), Colour::accent, {}, inner);
    for (int i = 0; i < ready.size(); ++i) {
        height += measure.text(ready[i], font(13, true), Colour::text, {}, inner, true);
        if (!tags[i].isEmpty())
            height += measure.text(tags[i], font(12, false, true), Colour::accent, {}, inner);
        height += 4;
    }
    height += 4;
    canvas.box(QRectF(from, boxY, to - from, height), QColor(0xe8, 0xf0, 0xfe), Colour::accent, 8,
               1.5);
    boxY += 8;
    boxY += canvas.text(Tr::tr("ready to promote").toUpper(), font(11, true), Colour::accent,
                        {from + 8, boxY}, inner);
    for (int i = 0; i < ready.size(); ++i) {
        boxY += canvas.text(ready[i], font(13, true), Colour::text, {from + 8, boxY}, inner, true);
        if (!tags[i].isEmpty())
            boxY += canvas.text(QStringLiteral("→ ") + tags[i], font(12, false, true),
                                Colour::accent, {from + 8, boxY}, inner);
        boxY += 4;
    }
}

} // namespace Promenade::Export
