pragma Singleton
import QtQuick

// Colours and sizes in one place. Light or dark follows the system palette unless the
// settings choose one (mode: "system", "light" or "dark"; Main.qml binds it to AppSettings).
QtObject {
    id: root

    property string mode: "system"
    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: mode === "dark" || (mode !== "light" && system.window.hslLightness < 0.5)

    readonly property color window: dark ? "#15181d" : "#f3f4f6"
    readonly property color card: dark ? "#1f242b" : "#ffffff"
    readonly property color cardBorder: dark ? "#343b45" : "#d7dbe0"
    readonly property color header: dark ? "#0d1014" : "#1f2a37"
    readonly property color headerText: "#f5f7fa"
    readonly property color text: dark ? "#e7eaee" : "#1b2129"
    readonly property color mutedText: dark ? "#9aa4b1" : "#5b6573"
    readonly property color accent: dark ? "#5aa9ff" : "#1463c7"
    readonly property color success: dark ? "#4cc38a" : "#1a7f4b"
    readonly property color warning: dark ? "#f0b54a" : "#9a5b00"
    readonly property color danger: dark ? "#ff6b6b" : "#b42318"
    readonly property color chip: dark ? "#2b323b" : "#eef1f4"

    // The diff view: whole-line tints, the gutter, a placeholder for the missing side.
    readonly property color addedLine: dark ? "#12351f" : "#e6ffec"
    readonly property color removedLine: dark ? "#3d1517" : "#ffebe9"
    readonly property color emptySide: dark ? "#1a1d22" : "#f3f4f6"
    readonly property color gutter: dark ? "#181b20" : "#f6f8fa"
    readonly property color lineNumber: dark ? "#6e7681" : "#8c959f"
    readonly property color fold: dark ? "#1d2a3a" : "#ddf4ff"
    readonly property color fileHeader: dark ? "#22272e" : "#eaeef2"
    readonly property color currentChange: accent

    readonly property int spacing: 8
    readonly property int radius: 8
    readonly property string monospace: "DejaVu Sans Mono"
    // The interface's own font, to switch back to from the monospace one.
    readonly property Text fontSample: Text {}
    readonly property string uiFont: fontSample.font.family
    readonly property int fontSize: 13
    readonly property int smallFontSize: 11
    readonly property int titleFontSize: 20
}
