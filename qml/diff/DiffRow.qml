import QtQuick
import QtQuick.Controls
import Promenade

// One row of the side-by-side diff: a file header, a fold of unchanged lines, or a line on
// each side with its number. Both sides live in one delegate, so they always scroll together,
// vertically and sideways (hScroll, shared by every row), or wrap long lines (wrap).
// A press selects the line (Shift or a drag extends the selection), a right click asks for
// the copy menu.
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
    // How far the text is scrolled sideways (pixels), and whether long lines wrap instead.
    property real hScroll: 0
    property bool wrap: false
    // "left" or "right" when this row is part of the selection, else empty.
    property string selectedSide: ""

    signal expandRequested(int row)
    signal selectRequested(int row, string side, bool extend)
    signal menuRequested(int row, string side)

    readonly property int gutterWidth: Math.round(52 * Theme.codeScale)
    readonly property real halfWidth: (width - 1) / 2

    readonly property int lineHeight: Math.round(20 * Theme.codeScale)
    height: type === "file" ? Math.round(34 * Theme.codeScale)
          : type === "fold" ? Math.round(26 * Theme.codeScale)
          : wrap ? Math.max(lineHeight, leftSide.textHeight + 4, rightSide.textHeight + 4)
          : lineHeight

    Rectangle {
        visible: root.type === "file"
        anchors.fill: parent
        color: Theme.fileHeader
        Row {
            anchors.verticalCenter: parent.verticalCenter
            x: 10
            width: parent.width - 20
            spacing: 10
            Badge {
                id: statusBadge
                anchors.verticalCenter: parent.verticalCenter
                text: root.status === "added" ? qsTr("added", "a file in the diff")
                      : root.status === "removed" ? qsTr("removed", "a file in the diff")
                      : root.status === "unchanged" ? qsTr("unchanged", "a file in the diff")
                      : qsTr("modified", "a file in the diff")
                textColor: root.status === "added" ? Theme.success : root.status === "removed" ? Theme.danger : Theme.accent
                strong: true
            }
            Label {
                id: titleLabel
                objectName: "fileTitle"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - statusBadge.width - 10
                text: root.title
                color: Theme.text
                font.family: Theme.monospace
                font.pixelSize: Theme.fontSize
                font.bold: true
                elide: Text.ElideMiddle
                HoverHandler { id: titleHover }
                ToolTip.visible: titleHover.hovered && titleLabel.truncated
                ToolTip.text: root.title
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
            id: leftSide
            objectName: "leftSide"
            name: "left"
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
            id: rightSide
            objectName: "rightSide"
            name: "right"
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
        property string name
        property int line
        property string text
        property color tint
        readonly property alias textItem: lineText
        // Read only while wrapping (the laid-out height: asking a Text for its implicit size
        // costs another layout per row).
        readonly property real textHeight: root.wrap ? lineText.contentHeight : 0
        height: parent.height
        color: tint
        clip: true
        Text {
            id: lineText
            objectName: "lineText"
            x: root.gutterWidth + 6 - (root.wrap ? 0 : root.hScroll)
            y: root.wrap ? 2 : (parent.height - height) / 2
            // The pane's width either way: unwrapped, the line runs on past it (the side clips
            // it), so that no row's layout depends on its text's own width.
            width: parent.width - root.gutterWidth - 10
            text: side.text
            textFormat: Text.RichText
            color: Theme.text
            font.family: Theme.monospace
            font.pixelSize: Theme.codeFontSize
            elide: Text.ElideNone
            wrapMode: root.wrap ? Text.WrapAnywhere : Text.NoWrap
        }
        // The selection, over the text.
        Rectangle {
            anchors.fill: parent
            visible: root.selectedSide === side.name
            color: Theme.accent
            opacity: 0.22
        }
        // The gutter stays put while the text scrolls under it.
        Rectangle {
            id: gutter
            width: root.gutterWidth
            height: parent.height
            color: side.line > 0 ? Theme.gutter : side.tint
            Text {
                anchors.right: parent.right
                anchors.rightMargin: 8
                y: root.wrap ? 2 : (parent.height - height) / 2
                text: side.line > 0 ? side.line : ""
                color: Theme.lineNumber
                font.family: Theme.monospace
                font.pixelSize: Math.round(11 * Theme.codeScale)
            }
        }
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            preventStealing: true
            cursorShape: Qt.IBeamCursor
            onPressed: mouse => {
                if (mouse.button === Qt.RightButton)
                    root.menuRequested(root.index, side.name)
                else
                    root.selectRequested(root.index, side.name, (mouse.modifiers & Qt.ShiftModifier) !== 0)
            }
            onPositionChanged: mouse => {
                if (!(pressedButtons & Qt.LeftButton))
                    return
                const view = root.ListView.view
                const p = mapToItem(view.contentItem, mouse.x, mouse.y)
                const row = view.indexAt(p.x, p.y)
                if (row >= 0)
                    root.selectRequested(row, side.name, true)
            }
        }
    }
}
