import QtQuick
import QtQuick.Controls
import Promenade

// The one action a view is about ("Approve and Promote"): filled with the accent colour, so
// that it is found first; muted while it cannot be used.
Button {
    id: root

    Accessible.name: text
    palette.buttonText: "white"

    contentItem: Label {
        text: root.text
        color: "white"
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 32
        implicitWidth: 120
        radius: 4
        color: root.down ? Qt.darker(Theme.accent, 1.2) : root.hovered ? Qt.lighter(Theme.accent, 1.1) : Theme.accent
        opacity: root.enabled ? 1 : 0.4
        border.color: root.visualFocus ? Theme.text : "transparent"
        border.width: root.visualFocus ? 2 : 0
    }
}
