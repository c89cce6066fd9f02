pragma Singleton
import QtQuick

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

    readonly property color window: presentation ? "#ffffff" : dark ? "#15181d" : "#f3f4f6"
    readonly property color card: dark ? "#1f242b" : "#ffffff"
    readonly property color cardBorder: presentation ? "#5b6573" : dark ? "#343b45" : "#d7dbe0"
    readonly property color header: presentation ? "#000000" : dark ? "#0d1014" : "#1f2a37"
    readonly property color headerText: presentation ? "#ffffff" : "#f5f7fa"
    readonly property color text: presentation ? "#000000" : dark ? "#e7eaee" : "#1b2129"
    readonly property color mutedText: presentation ? "#2f3742" : dark ? "#9aa4b1" : "#5b6573"
    readonly property color accent: presentation ? "#0043a8" : dark ? "#5aa9ff" : "#1463c7"
    readonly property color success: presentation ? "#00662b" : dark ? "#4cc38a" : "#1a7f4b"
    readonly property color warning: presentation ? "#8a4400" : dark ? "#f0b54a" : "#9a5b00"
    readonly property color danger: presentation ? "#a3100a" : dark ? "#ff6b6b" : "#b42318"
    readonly property color chip: presentation ? "#e3e7ec" : dark ? "#2b323b" : "#eef1f4"

    // The diff view: whole-line tints, the gutter, a placeholder for the missing side.
    readonly property color addedLine: presentation ? "#c8f5d4" : dark ? "#12351f" : "#e6ffec"
    readonly property color removedLine: presentation ? "#ffd3cf" : dark ? "#3d1517" : "#ffebe9"
    readonly property color emptySide: dark ? "#1a1d22" : "#f3f4f6"
    readonly property color gutter: dark ? "#181b20" : "#f6f8fa"
    readonly property color lineNumber: presentation ? "#4b5563" : dark ? "#6e7681" : "#8c959f"
    readonly property color fold: dark ? "#1d2a3a" : "#ddf4ff"
    readonly property color fileHeader: dark ? "#22272e" : "#eaeef2"
    readonly property color currentChange: accent

    readonly property int spacing: 8
    readonly property int radius: 8
    readonly property int borderWidth: presentation ? 2 : 1
    readonly property string monospace: "DejaVu Sans Mono"
    // The interface's own font, to switch back to from the monospace one.
    readonly property Text fontSample: Text {}
    readonly property string uiFont: fontSample.font.family
    readonly property int fontSize: Math.round(13 * scale)
    readonly property int smallFontSize: Math.round(11 * scale)
    readonly property int titleFontSize: Math.round(20 * scale)
    readonly property int codeFontSize: Math.round(12 * codeScale)
}
