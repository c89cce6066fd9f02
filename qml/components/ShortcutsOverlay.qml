import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade

// Every keyboard shortcut of the window, grouped (F1 or Ctrl+/ shows it, Escape hides it).
Popup {
    id: root

    // { group, keys, action }, in the order shown.
    property var shortcuts: [
        { group: qsTr("Repository", "a group of shortcuts"), keys: "Ctrl+O", action: qsTr("Open a repository folder") },
        { group: qsTr("Repository", "a group of shortcuts"), keys: "Ctrl+Shift+R", action: qsTr("Open a recent repository") },
        { group: qsTr("Repository", "a group of shortcuts"), keys: "Ctrl+Shift+O", action: qsTr("Clone a repository from a URL") },
        { group: qsTr("Repository", "a group of shortcuts"), keys: "Ctrl+R", action: qsTr("Reload the repository") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "Ctrl+1", action: qsTr("Pipeline", "the view") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "Ctrl+2", action: qsTr("Diff", "the view") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "Ctrl+3", action: qsTr("History", "the view") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "Ctrl+M", action: qsTr("Pipeline as graph or matrix") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "F5", action: qsTr("Presentation mode (Esc leaves it)") },
        { group: qsTr("Views", "a group of shortcuts"), keys: "Ctrl+E", action: qsTr("Export the pipeline as PNG") },
        { group: qsTr("Promotion", "a group of shortcuts"), keys: "Ctrl+Enter", action: qsTr("Approve, in the approval dialog") },
        { group: qsTr("Diff", "the view"), keys: "N, F7, Alt+Down", action: qsTr("Next change") },
        { group: qsTr("Diff", "the view"), keys: "P, Shift+F7, Alt+Up", action: qsTr("Previous change") },
        { group: qsTr("Application", "a group of shortcuts: this program"), keys: "Ctrl+,", action: qsTr("Settings") },
        { group: qsTr("Application", "a group of shortcuts: this program"), keys: "F1, Ctrl+/", action: qsTr("Show these shortcuts") },
        { group: qsTr("Application", "a group of shortcuts: this program"), keys: "Esc", action: qsTr("Close a dialog or this list") }
    ]

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }
    width: Math.min((parent ? parent.width : 600) - 48, 520)
    height: Math.min((parent ? parent.height : 600) - 48, list.contentHeight + 80)
    padding: 20
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.card
        border.color: Theme.cardBorder
        radius: Theme.radius
    }

    // A child, not contentItem: the ids inside stay immediate (contentItem is deferred).
    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Keyboard shortcuts")
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Keyboard Shortcuts")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Close the shortcuts")
                onClicked: root.close()
            }
        }
        ListView {
            id: list
            objectName: "shortcutList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.shortcuts
            boundsBehavior: Flickable.StopAtBounds
            delegate: ColumnLayout {
                id: shortcut
                required property var modelData
                required property int index
                readonly property bool firstOfGroup: index === 0 || root.shortcuts[index - 1].group !== modelData.group
                width: ListView.view.width
                spacing: 0
                Label {
                    visible: shortcut.firstOfGroup
                    topPadding: shortcut.index === 0 ? 0 : 10
                    bottomPadding: 2
                    text: shortcut.modelData.group
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 28
                    spacing: 12
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(shortcut.modelData.action).arg(keyCaps.captions.join(", "))
                    Label {
                        Layout.fillWidth: true
                        text: shortcut.modelData.action
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Row {
                        id: keyCaps
                        // As the platform names the keys in the interface language ("Strg+O"):
                        // a disabled Shortcut only translates its sequence, it never fires.
                        property var captions: shortcut.modelData.keys.split(", ")
                        Component.onCompleted: captions = captions.map(keys => {
                            nativeName.sequence = keys
                            return nativeName.nativeText.length > 0 ? nativeName.nativeText : keys
                        })
                        spacing: 4
                        Shortcut {
                            id: nativeName
                            enabled: false
                        }
                        Repeater {
                            model: keyCaps.captions
                            delegate: Rectangle {
                                required property string modelData
                                implicitWidth: keyLabel.implicitWidth + 12
                                implicitHeight: 22
                                radius: 4
                                color: Theme.chip
                                border.color: Theme.cardBorder
                                Label {
                                    id: keyLabel
                                    anchors.centerIn: parent
                                    text: parent.modelData
                                    color: Theme.text
                                    font.family: Theme.monospace
                                    font.pixelSize: Theme.smallFontSize
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
