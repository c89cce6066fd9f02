import QtQuick
import QtQuick.Controls
import Promenade

// One choice of a segmented control: clearly filled when chosen.
AbstractButton {
    id: root

    property color activeColor: Theme.accent
    property color inactiveText: Theme.text

    checkable: false
    implicitWidth: implicitContentWidth + 24
    implicitHeight: Math.round(28 * Theme.scale)
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: checked

    background: Rectangle {
        radius: 4
        color: root.checked ? root.activeColor : root.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.15) : "transparent"
        border.color: root.checked ? root.activeColor : Qt.rgba(0.5, 0.5, 0.5, 0.35)
    }
    contentItem: Label {
        text: root.text
        color: root.checked ? "white" : root.inactiveText
        font.bold: root.checked
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
