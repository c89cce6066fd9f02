import QtQuick
import QtQuick.Controls
import Promenade

// One row of the side-by-side diff: a file header, a fold of unchanged lines, or a line on
// each side with its number. Both sides live in one delegate, so they always scroll together.
Item {
    id: root

    required property int index
    required property string type
    required property string kind
    required property int leftLine
    required property int rightLine
    required property string leftText
    required property string rightText
    required property int foldCount
    required property string title
    required property string status
    property bool current: false

    signal expandRequested(int row)

    readonly property int gutterWidth: Math.round(52 * Theme.codeScale)
    readonly property real halfWidth: (width - 1) / 2

    height: Math.round((type === "file" ? 34 : type === "fold" ? 26 : 20) * Theme.codeScale)

    Rectangle {
        visible: root.type === "file"
        anchors.fill: parent
        color: Theme.fileHeader
        Row {
            anchors.verticalCenter: parent.verticalCenter
            x: 10
            spacing: 10
            Badge {
                anchors.verticalCenter: parent.verticalCenter
                text: root.status === "added" ? qsTr("added", "a file in the diff")
                      : root.status === "removed" ? qsTr("removed", "a file in the diff")
                      : root.status === "unchanged" ? qsTr("unchanged", "a file in the diff")
                      : qsTr("modified", "a file in the diff")
                textColor: root.status === "added" ? Theme.success : root.status === "removed" ? Theme.danger : Theme.accent
                strong: true
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: root.title
                color: Theme.text
                font.family: Theme.monospace
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
        }
    }

    Rectangle {
        visible: root.type === "fold"
        anchors.fill: parent
        color: foldArea.containsMouse ? Qt.darker(Theme.fold, 1.05) : Theme.fold
        Label {
            anchors.centerIn: parent
            text: root.foldCount === 1 ? qsTr("⋯ 1 unchanged line — click to show")
                                       : qsTr("⋯ %1 unchanged lines — click to show").arg(root.foldCount)
            color: Theme.accent
            font.pixelSize: Theme.smallFontSize
        }
        MouseArea {
            id: foldArea
            anchors.fill: parent
            hoverEnabled: true
            cursorShape: Qt.PointingHandCursor
            onClicked: root.expandRequested(root.index)
        }
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Show %1 unchanged lines").arg(root.foldCount)
    }

    Row {
        visible: root.type === "row"
        anchors.fill: parent

        Side {
            width: root.halfWidth
            line: root.leftLine
            text: root.leftText
            tint: root.kind === "removed" || root.kind === "modified" ? Theme.removedLine
                  : root.kind === "added" ? Theme.emptySide : "transparent"
        }
        Rectangle {
            width: 1
            height: parent.height
            color: Theme.cardBorder
        }
        Side {
            width: root.halfWidth
            line: root.rightLine
            text: root.rightText
            tint: root.kind === "added" || root.kind === "modified" ? Theme.addedLine
                  : root.kind === "removed" ? Theme.emptySide : "transparent"
        }
    }

    // The change the keyboard navigation stands on.
    Rectangle {
        visible: root.current && root.type === "row"
        width: 3
        height: parent.height
        color: Theme.currentChange
    }

    component Side: Rectangle {
        id: side
        property int line
        property string text
        property color tint
        height: parent.height
        color: tint
        clip: true
        Rectangle {
            id: gutter
            width: root.gutterWidth
            height: parent.height
            color: side.line > 0 ? Qt.rgba(0, 0, 0, 0.03) : "transparent"
            Text {
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                text: side.line > 0 ? side.line : ""
                color: Theme.lineNumber
                font.family: Theme.monospace
                font.pixelSize: Math.round(11 * Theme.codeScale)
            }
        }
        Text {
            x: root.gutterWidth + 6
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - x - 4
            text: side.text
            textFormat: Text.RichText
            color: Theme.text
            font.family: Theme.monospace
            font.pixelSize: Theme.codeFontSize
            elide: Text.ElideNone
            wrapMode: Text.NoWrap
        }
    }
}
