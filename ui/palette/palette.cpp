#include "palette.h"

namespace Promenade::Ui {

namespace {

ColourScheme lightScheme()
{
    ColourScheme s;
    s.window = QColor(0xf3, 0xf4, 0xf6);
    s.card = QColor(0xff, 0xff, 0xff);
    s.cardBorder = QColor(0xd7, 0xdb, 0xe0);
    s.header = QColor(0x1f, 0x2a, 0x37);
    s.headerText = QColor(0xf5, 0xf7, 0xfa);
    s.text = QColor(0x1b, 0x21, 0x29);
    s.mutedText = QColor(0x5b, 0x65, 0x73);
    s.accent = QColor(0x14, 0x63, 0xc7);
    s.success = QColor(0x1a, 0x7f, 0x4b);
    s.warning = QColor(0x9a, 0x5b, 0x00);
    s.danger = QColor(0xb4, 0x23, 0x18);
    s.chip = QColor(0xee, 0xf1, 0xf4);
    s.idle = QColor(0x9a, 0xa3, 0xae);
    s.addedLine = QColor(0xe6, 0xff, 0xec);
    s.removedLine = QColor(0xff, 0xeb, 0xe9);
    s.emptySide = QColor(0xf3, 0xf4, 0xf6);
    s.gutter = QColor(0xf6, 0xf8, 0xfa);
    s.lineNumber = QColor(0x8c, 0x95, 0x9f);
    s.fold = QColor(0xdd, 0xf4, 0xff);
    s.fileHeader = QColor(0xea, 0xee, 0xf2);
    return s;
}

ColourScheme darkScheme()
{
    ColourScheme s;
    s.window = QColor(0x15, 0x18, 0x1d);
    s.card = QColor(0x1f, 0x24, 0x2b);
    s.cardBorder = QColor(0x34, 0x3b, 0x45);
    s.header = QColor(0x0d, 0x10, 0x14);
    s.headerText = QColor(0xf5, 0xf7, 0xfa);
    s.text = QColor(0xe7, 0xea, 0xee);
    s.mutedText = QColor(0x9a, 0xa4, 0xb1);
    s.accent = QColor(0x5a, 0xa9, 0xff);
    s.success = QColor(0x4c, 0xc3, 0x8a);
    s.warning = QColor(0xf0, 0xb5, 0x4a);
    s.danger = QColor(0xff, 0x6b, 0x6b);
    s.chip = QColor(0x2b, 0x32, 0x3b);
    s.idle = QColor(0x5b, 0x63, 0x6e);
    s.addedLine = QColor(0x12, 0x35, 0x1f);
    s.removedLine = QColor(0x3d, 0x15, 0x17);
    s.emptySide = QColor(0x1a, 0x1d, 0x22);
    s.gutter = QColor(0x18, 0x1b, 0x20);
    s.lineNumber = QColor(0x6e, 0x76, 0x81);
    s.fold = QColor(0x1d, 0x2a, 0x3a);
    s.fileHeader = QColor(0x22, 0x27, 0x2e);
    return s;
}

// The light look with black on white and darker hues: it survives a projector.
ColourScheme presentationScheme()
{
    ColourScheme s = lightScheme();
    s.window = QColor(0xff, 0xff, 0xff);
    s.cardBorder = QColor(0x5b, 0x65, 0x73);
    s.header = QColor(0x00, 0x00, 0x00);
    s.headerText = QColor(0xff, 0xff, 0xff);
    s.text = QColor(0x00, 0x00, 0x00);
    s.mutedText = QColor(0x2f, 0x37, 0x42);
    s.accent = QColor(0x00, 0x43, 0xa8);
    s.success = QColor(0x00, 0x66, 0x2b);
    s.warning = QColor(0x8a, 0x44, 0x00);
    s.danger = QColor(0xa3, 0x10, 0x0a);
    s.chip = QColor(0xe3, 0xe7, 0xec);
    s.idle = QColor(0x6b, 0x72, 0x80);
    s.addedLine = QColor(0xc8, 0xf5, 0xd4);
    s.removedLine = QColor(0xff, 0xd3, 0xcf);
    s.lineNumber = QColor(0x4b, 0x55, 0x63);
    return s;
}

} // namespace

const ColourScheme &Palette::scheme(Look look)
{
    static const ColourScheme light = lightScheme();
    static const ColourScheme dark = darkScheme();
    static const ColourScheme presentation = presentationScheme();
    switch (look) {
    case Look::Dark:
        return dark;
    case Look::Presentation:
        return presentation;
    case Look::Light:
        break;
    }
    return light;
}

Palette::Look Palette::lookFor(bool presentation, bool dark)
{
    if (presentation)
        return Look::Presentation;
    return dark ? Look::Dark : Look::Light;
}

StatusTone Palette::statusTone(bool known, QStringView sync, QStringView health)
{
    if (!known)
        return StatusTone::Unknown;
    if (health == u"Degraded" || health == u"Missing")
        return StatusTone::Bad;
    if (sync != u"Synced" || health != u"Healthy")
        return StatusTone::Attention;
    return StatusTone::Good;
}

QColor Palette::toneColour(const ColourScheme &scheme, StatusTone tone)
{
    switch (tone) {
    case StatusTone::Good:
        return scheme.success;
    case StatusTone::Attention:
        return scheme.warning;
    case StatusTone::Bad:
        return scheme.danger;
    case StatusTone::Unknown:
        break;
    }
    return scheme.idle;
}

} // namespace Promenade::Ui
