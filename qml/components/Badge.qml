import QtQuick
import Promenade
import QtQuick.Controls

// A small rounded label: a cluster, a promotion mode, "Demo".
Rectangle {
    id: root

    property alias text: label.text
    property color textColor: Theme.text
    property bool strong: false

    implicitWidth: label.implicitWidth + 14
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: Theme.chip

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        color: root.textColor
        font.pixelSize: Theme.smallFontSize
        font.bold: root.strong
    }
}
