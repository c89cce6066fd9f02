import QtQuick
import Promenade

// "Still working": a ring of dots whose bright dot steps round ten times a second.
// Why not Qt's BusyIndicator: it animates on the render thread at whatever rate the screen
// allows, and without vsync (a remote desktop, Xvfb, software OpenGL) that is hundreds of
// frames a second — a core taken from the GUI thread exactly while it loads. Stepping from a
// GUI-thread timer asks for ten frames a second and none when hidden or stopped.
Item {
    id: root

    property bool running: true
    property color color: Theme.accent
    readonly property int dots: 8
    property int step: 0

    implicitWidth: 32
    implicitHeight: 32
    visible: running

    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Loading")

    Timer {
        interval: 100
        repeat: true
        running: root.running && root.visible
        onTriggered: root.step = (root.step + 1) % root.dots
    }

    Repeater {
        model: root.dots
        Rectangle {
            required property int index
            readonly property real angle: 2 * Math.PI * index / root.dots
            readonly property real orbit: (Math.min(root.width, root.height) - width) / 2
            // The dots behind the bright one fade, so the ring reads as turning.
            readonly property int behind: (root.step - index + root.dots) % root.dots

            width: Math.max(3, Math.min(root.width, root.height) / 5)
            height: width
            radius: width / 2
            x: root.width / 2 + orbit * Math.sin(angle) - width / 2
            y: root.height / 2 - orbit * Math.cos(angle) - height / 2
            color: root.color
            opacity: behind === 0 ? 1 : Math.max(0.15, 0.75 - behind * 0.15)
        }
    }
}
