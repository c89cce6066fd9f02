pragma Singleton
import QtQuick
import Promenade.Ui

// Colours and sizes in one place. Light or dark follows the system palette (or the settings'
// choice: mode "system", "light" or "dark"; Main.qml binds it to AppSettings), except in
// presentation mode: large type and a light high-contrast palette that survives a projector,
// for every view at once (they all take their sizes and colours from here).
QtObject {
    id: root

    // Presentation mode (F5): set by the window.
    property bool presentation: false
    // How much larger everything is in presentation mode; the window sets it from its size.
    property real presentationScale: 1.5
    readonly property real scale: presentation ? presentationScale : 1
    // Code (the diff) grows less: long lines still have to fit side by side.
    readonly property real codeScale: presentation ? 1 + (presentationScale - 1) * 0.6 : 1

    property string mode: "system"

    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: !presentation && (mode === "dark" || (mode !== "light" && system.window.hslLightness < 0.5))

    // The colours come from C++ (ColourPalette, the same palette the exports draw with).
    readonly property var colours: ColourPalette.scheme(presentation, dark)
    readonly property color window: colours.window
    readonly property color card: colours.card
    readonly property color cardBorder: colours.cardBorder
    readonly property color header: colours.header
    readonly property color headerText: colours.headerText
    readonly property color text: colours.text
    readonly property color mutedText: colours.mutedText
    readonly property color accent: colours.accent
    readonly property color success: colours.success
    readonly property color warning: colours.warning
    readonly property color danger: colours.danger
    readonly property color chip: colours.chip
    readonly property color idle: colours.idle

    // The diff view: whole-line tints, the gutter, a placeholder for the missing side.
    readonly property color addedLine: colours.addedLine
    readonly property color removedLine: colours.removedLine
    readonly property color emptySide: colours.emptySide
    readonly property color gutter: colours.gutter
    readonly property color lineNumber: colours.lineNumber
    readonly property color fold: colours.fold
    readonly property color fileHeader: colours.fileHeader
    readonly property color currentChange: accent

    readonly property int spacing: 8
    readonly property int radius: 8
    readonly property int borderWidth: presentation ? 2 : 1
    // An app's status (Argo CD's sync and health) as a colour: the one rule, in C++.
    function statusColor(known, sync, health) {
        return ColourPalette.statusColour(presentation, dark, known, sync, health)
    }

    readonly property string monospace: "DejaVu Sans Mono"
    // The interface's own font, to switch back to from the monospace one.
    readonly property Text fontSample: Text {}
    readonly property string uiFont: fontSample.font.family
    readonly property int fontSize: Math.round(13 * scale)
    readonly property int smallFontSize: Math.round(11 * scale)
    readonly property int titleFontSize: Math.round(20 * scale)
    readonly property int codeFontSize: Math.round(12 * codeScale)
}
