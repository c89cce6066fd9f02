#include "colourpalette.h"

#include "palette.h"

using Promenade::Ui::ColourScheme;
using Promenade::Ui::Palette;
using Promenade::Ui::StatusTone;

QVariantMap ColourPalette::scheme(bool presentation, bool dark) const
{
    const ColourScheme &s = Palette::scheme(Palette::lookFor(presentation, dark));
    return {
        {QStringLiteral("window"), s.window},
        {QStringLiteral("card"), s.card},
        {QStringLiteral("cardBorder"), s.cardBorder},
        {QStringLiteral("header"), s.header},
        {QStringLiteral("headerText"), s.headerText},
        {QStringLiteral("text"), s.text},
        {QStringLiteral("mutedText"), s.mutedText},
        {QStringLiteral("accent"), s.accent},
        {QStringLiteral("success"), s.success},
        {QStringLiteral("warning"), s.warning},
        {QStringLiteral("danger"), s.danger},
        {QStringLiteral("chip"), s.chip},
        {QStringLiteral("idle"), s.idle},
        {QStringLiteral("addedLine"), s.addedLine},
        {QStringLiteral("removedLine"), s.removedLine},
        {QStringLiteral("emptySide"), s.emptySide},
        {QStringLiteral("gutter"), s.gutter},
        {QStringLiteral("lineNumber"), s.lineNumber},
        {QStringLiteral("fold"), s.fold},
        {QStringLiteral("fileHeader"), s.fileHeader},
    };
}

QColor ColourPalette::statusColour(bool presentation, bool dark, bool known, const QString &sync,
                                   const QString &health) const
{
    return Palette::toneColour(Palette::scheme(Palette::lookFor(presentation, dark)),
                               Palette::statusTone(known, sync, health));
}

QString ColourPalette::statusTone(bool known, const QString &sync, const QString &health) const
{
    switch (Palette::statusTone(known, sync, health)) {
    case StatusTone::Good:
        return QStringLiteral("good");
    case StatusTone::Attention:
        return QStringLiteral("attention");
    case StatusTone::Bad:
        return QStringLiteral("bad");
    case StatusTone::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
