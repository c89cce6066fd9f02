import QtQuick
import QtQuick.Controls
import Promenade

// One row of a DiffRowModel shown unified — the old line above the new one — for narrow
// places like the approval dialog, where side by side would cut off the very tag that changes.
Item {
    id: root

    required property int index
    required property string type      // "file", "row" or "fold"
    required property string kind      // "equal", "added", "removed", "modified"
    required property int leftLine
    required property int rightLine
    required property string leftText
    required property string rightText
    required property int foldCount
    required property string title
    required property string status

    signal expandRequested(int row)

    readonly property bool showsOld: type === "row" && (kind === "removed" || kind === "modified")
    readonly property bool showsNew: type === "row" && kind !== "removed"

    // Sizes follow the type (presentation mode enlarges it): a line is always taller than its text.
    readonly property int lineHeight: Math.max(Math.round(20 * Theme.codeScale), Math.ceil(codeMetrics.height) + 4)
    implicitHeight: type === "file" ? Math.max(Math.round(30 * Theme.codeScale), Math.ceil(codeMetrics.height) + 10)
                  : type === "fold" ? Math.max(Math.round(24 * Theme.codeScale), Math.ceil(codeMetrics.height) + 6)
                  : (showsOld && showsNew ? 2 * lineHeight : lineHeight)

    FontMetrics {
        id: codeMetrics
        font.family: Theme.monospace
        font.pixelSize: Math.max(Theme.codeFontSize, Theme.smallFontSize)
    }

    Rectangle {
        visible: root.type === "file"
        anchors.fill: parent
        color: Theme.fileHeader
        Label {
            anchors.verticalCenter: parent.verticalCenter
            x: 10
            width: parent.width - 20
            text: root.title
            color: Theme.text
            font.family: Theme.monospace
            font.pixelSize: Theme.codeFontSize
            font.bold: true
            elide: Text.ElideMiddle
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

    Column {
        visible: root.type === "row"
        width: parent.width
        Line {
            visible: root.showsOld
            mark: "−"
            number: root.leftLine
            text: root.leftText
            tint: Theme.removedLine
        }
        Line {
            visible: root.showsNew
            mark: root.kind === "equal" ? " " : "+"
            number: root.rightLine
            text: root.rightText
            tint: root.kind === "equal" ? "transparent" : Theme.addedLine
        }
    }

    component Line: Rectangle {
        id: line
        property string mark
        property int number
        property string text
        property color tint
        width: root.width
        height: root.lineHeight
        color: tint
        clip: true
        Text {
            id: gutter
            width: Math.round(40 * Theme.codeScale)
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignRight
            text: line.number > 0 ? line.number : ""
            color: Theme.lineNumber
            font.family: Theme.monospace
            font.pixelSize: Math.round(11 * Theme.codeScale)
        }
        Text {
            x: gutter.width + 6
            anchors.verticalCenter: parent.verticalCenter
            text: line.mark
            color: Theme.mutedText
            font.family: Theme.monospace
            font.pixelSize: Theme.codeFontSize
        }
        Text {
            x: gutter.width + Math.round(20 * Theme.codeScale)
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - x - 4
            text: line.text
            textFormat: Text.RichText
            color: Theme.text
            font.family: Theme.monospace
            font.pixelSize: Theme.codeFontSize
            wrapMode: Text.NoWrap
        }
    }
}
