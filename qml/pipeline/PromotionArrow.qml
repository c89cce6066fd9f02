import QtQuick
import Promenade
import QtQuick.Controls

// The edge between two environments: the direction of promotion, and how it lands.
Item {
    id: root

    property string nextPromotion

    Rectangle {
        id: shaft
        anchors.verticalCenter: parent.verticalCenter
        x: 12
        width: parent.width - 30
        height: Math.max(3, Math.round(3 * Theme.scale))
        radius: 1
        color: Theme.accent
    }
    Label {
        anchors.left: shaft.right
        anchors.leftMargin: -4
        anchors.verticalCenter: parent.verticalCenter
        text: "▶"
        color: Theme.accent
        font.pixelSize: Math.round(16 * Theme.scale)
    }
    Label {
        anchors.horizontalCenter: shaft.horizontalCenter
        anchors.bottom: shaft.top
        anchors.bottomMargin: 6
        text: qsTr("promote")
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
    }
    Label {
        anchors.horizontalCenter: shaft.horizontalCenter
        anchors.top: shaft.bottom
        anchors.topMargin: 6
        text: root.nextPromotion === "pull-request" ? qsTr("PR") : qsTr("commit")
        color: root.nextPromotion === "pull-request" ? Theme.warning : Theme.mutedText
        font.pixelSize: Theme.smallFontSize
    }
}
