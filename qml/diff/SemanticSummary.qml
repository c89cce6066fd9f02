import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// The Kubernetes-aware summary: changed resources and their changed fields; a click jumps
// to the lines in the diff.
Rectangle {
    id: root

    property SemanticSummaryModel model

    signal jumpRequested(int file, int leftLine, int rightLine)

    color: Theme.card

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 10
            text: qsTr("Kubernetes changes")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.bold: true
            font.capitalization: Font.AllUppercase
        }
        Label {
            visible: summaryList.count === 0
            Layout.fillWidth: true
            Layout.margins: 10
            text: qsTr("No resource changed.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        ListView {
            id: summaryList
            objectName: "summaryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string type
                required property string status
                required property string title
                required property string oldValue
                required property string newValue
                required property int fileIndex
                required property int leftLine
                required property int rightLine
                width: ListView.view.width
                padding: 6
                leftPadding: entry.type === "resource" ? 10 : 24
                onClicked: root.jumpRequested(entry.fileIndex, entry.leftLine, entry.rightLine)
                Accessible.name: entry.title
                contentItem: ColumnLayout {
                    spacing: 2
                    // Names and values cut short show in full under the pointer.
                    readonly property bool cut: {
                        for (let i = 0; i < children.length; ++i) {
                            if (children[i].visible && children[i].truncated)
                                return true
                        }
                        return false
                    }
                    ToolTip.visible: entry.hovered && cut
                    ToolTip.delay: 400
                    ToolTip.text: entry.type === "resource" ? entry.title
                                  : entry.title + (entry.status !== "added" ? "\n− " + entry.oldValue : "")
                                    + (entry.status !== "removed" ? "\n+ " + entry.newValue : "")
                    Label {
                        objectName: "summaryTitle"
                        Layout.fillWidth: true
                        text: (entry.type === "resource"
                               ? (entry.status === "added" ? "+ " : entry.status === "removed" ? "− " : "~ ")
                               : "") + entry.title
                        color: entry.status === "added" ? Theme.success
                             : entry.status === "removed" ? Theme.danger
                             : entry.type === "resource" ? Theme.text : Theme.accent
                        font.family: Theme.monospace
                        font.pixelSize: entry.type === "resource" ? Theme.fontSize : Theme.smallFontSize
                        font.bold: entry.type === "resource"
                        elide: Text.ElideMiddle
                    }
                    // Short values read best on one line; long ones (images) get a line each.
                    readonly property bool oneLine: entry.status === "changed" && entry.oldValue.length + entry.newValue.length < 40
                    Label {
                        visible: entry.type === "field" && (parent.oneLine || entry.status !== "added")
                        Layout.fillWidth: true
                        text: parent.oneLine ? entry.oldValue + "  →  " + entry.newValue : "− " + entry.oldValue
                        color: parent.oneLine ? Theme.text : Theme.danger
                        font.family: Theme.monospace
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideLeft
                    }
                    Label {
                        visible: entry.type === "field" && !parent.oneLine && entry.status !== "removed"
                        Layout.fillWidth: true
                        text: "+ " + entry.newValue
                        color: Theme.success
                        font.family: Theme.monospace
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideLeft
                    }
                }
            }
        }
    }
}
