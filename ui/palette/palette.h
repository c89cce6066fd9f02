#pragma once

#include <QColor>
#include <QStringView>

namespace Promenade::Ui {

// The colours of one look, by role rather than by hue, so that a view asks for "danger" and
// gets what suits the light, dark or presentation look.
struct ColourScheme
{
    QColor window;
    QColor card;
    QColor cardBorder;
    QColor header;
    QColor headerText;
    QColor text;
    QColor mutedText;
    QColor accent;
    QColor success;
    QColor warning;
    QColor danger;
    QColor chip;
    // What is not known (yet): a status dot before the services answer.
    QColor idle;
    // The diff: whole-line tints, the gutter, the placeholder for the missing side.
    QColor addedLine;
    QColor removedLine;
    QColor emptySide;
    QColor gutter;
    QColor lineNumber;
    QColor fold;
    QColor fileHeader;
};

// How an app stands, as one word a colour follows: the rule every view and every export uses.
enum class StatusTone {
    Unknown, // nothing known (no live status, or not asked yet)
    Good, // synced and healthy
    Attention, // out of sync, progressing, suspended: it may settle by itself
    Bad, // degraded or missing: someone has to look
};

class Palette
{
public:
    enum class Look {
        Light,
        Dark,
        // Large type on a projector: high contrast, light, whatever the system's theme.
        Presentation,
    };

    [[nodiscard]] static const ColourScheme &scheme(Look look);
    // The look of a window: presentation wins over the theme.
    [[nodiscard]] static Look lookFor(bool presentation, bool dark);
    // Exports are printed and projected: always the light look.
    [[nodiscard]] static const ColourScheme &exportScheme() { return scheme(Look::Light); }

    // Argo CD's sync and health of an app: Degraded or Missing is bad; anything short of
    // Synced and Healthy needs attention; unknown when the status is not known.
    [[nodiscard]] static StatusTone statusTone(bool known, QStringView sync, QStringView health);
    [[nodiscard]] static QColor toneColour(const ColourScheme &scheme, StatusTone tone);
};

} // namespace Promenade::Ui
