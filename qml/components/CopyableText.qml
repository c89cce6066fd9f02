import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// A value people take elsewhere — a pull request, a commit, an image, a tag — with one action
// each: a copy button beside it, a click that opens it in the browser when it has an address,
// and a context menu (right click) with both.
RowLayout {
    id: root

    property string text
    // What is copied (the full commit id where a short one is shown); the text by default.
    property string copyText: text
    // An http(s) address to open; empty: nothing to open.
    property string link
    property color color: link.length > 0 ? Theme.accent : Theme.text
    property bool monospace: false
    property bool bold: false
    property int pixelSize: Theme.fontSize
    property int elide: Text.ElideNone
    // What is being copied, for screen readers and the tooltip ("commit", "image").
    property string what: qsTr("text")
    // The copy button; off in presentation mode (the context menu stays).
    property bool showButton: !Theme.presentation
    readonly property alias label: valueLabel

    // Says what was copied for a moment (the button's tooltip).
    signal copied(string text)

    spacing: 4

    function copy() {
        Clipboard.copy(root.copyText)
        copiedTip.visible = true
        copiedTimer.restart()
        root.copied(root.copyText)
    }
    function openLink() {
        return Clipboard.openLink(root.link)
    }
    // The context menu, made on the first right click: a value shows in every row of long
    // lists (an environment's hundreds of images), where a menu each would be made for nothing.
    property Menu contextMenu: null
    function showMenu() {
        if (!contextMenu)
            contextMenu = contextMenuComponent.createObject(valueLabel)
        contextMenu.popup()
    }

    Label {
        id: valueLabel
        objectName: "copyableValue"
        Layout.fillWidth: root.elide !== Text.ElideNone
        text: root.text
        color: root.color
        font.family: root.monospace ? Theme.monospace : Theme.uiFont
        font.pixelSize: root.pixelSize
        font.bold: root.bold
        font.underline: root.link.length > 0 && linkHover.hovered
        elide: root.elide
        HoverHandler {
            id: linkHover
            cursorShape: root.link.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
        TapHandler {
            acceptedButtons: Qt.LeftButton
            onTapped: if (root.link.length > 0) root.openLink()
        }
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: root.showMenu()
        }
        ToolTip.visible: linkHover.hovered && (valueLabel.truncated || root.copyText !== root.text)
        ToolTip.delay: 500
        ToolTip.text: root.copyText
        Accessible.role: root.link.length > 0 ? Accessible.Link : Accessible.StaticText
        Accessible.name: root.text
    }

    ToolButton {
        id: copyButton
        objectName: "copyButton"
        visible: root.showButton
        Layout.preferredWidth: Math.round(22 * Theme.scale)
        Layout.preferredHeight: Math.round(22 * Theme.scale)
        padding: 0
        // Quiet until the row is pointed at, never hidden (the keyboard reaches it too).
        opacity: hovered || linkHover.hovered || visualFocus ? 1 : 0.45
        contentItem: Label {
            text: "⧉"
            color: Theme.mutedText
            font.pixelSize: root.pixelSize
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: 4
            color: copyButton.hovered ? Theme.chip : "transparent"
        }
        onClicked: root.copy()
        Accessible.name: qsTr("Copy %1").arg(root.what)
        ToolTip.visible: hovered || copiedTip.visible
        ToolTip.delay: copiedTip.visible ? 0 : 500
        ToolTip.text: copiedTip.visible ? qsTr("Copied") : qsTr("Copy %1").arg(root.what)
        Item {
            id: copiedTip
            visible: false
        }
        Timer {
            id: copiedTimer
            interval: 1500
            onTriggered: copiedTip.visible = false
        }
    }

    Component {
        id: contextMenuComponent
        Menu {
            objectName: "copyMenu"
            MenuItem {
                text: qsTr("Copy %1").arg(root.what)
                onTriggered: root.copy()
            }
            MenuItem {
                visible: root.link.length > 0
                height: visible ? implicitHeight : 0
                text: qsTr("Open in Browser")
                onTriggered: root.openLink()
            }
            MenuItem {
                visible: root.link.length > 0
                height: visible ? implicitHeight : 0
                text: qsTr("Copy Link")
                onTriggered: Clipboard.copy(root.link)
            }
        }
    }
}
