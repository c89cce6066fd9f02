import QtQuick
import Promenade
import QtQuick.Controls
import QtQuick.Layouts

// A clear message in place of content: what happened, the detail, and what to do next.
Item {
    id: root

    property string title
    property string detail
    property string hint
    property alias actions: actionRow.data
    // Anything below the actions (e.g. the welcome panel's recent repositories).
    property alias footer: footerColumn.data

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        spacing: 12

        Label {
            objectName: "messageTitle"
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "messageDetail"
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            color: Theme.danger
            font.family: Theme.monospace
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.hint.length > 0
            text: root.hint
            color: Theme.mutedText
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            id: actionRow
            spacing: 8
        }
        ColumnLayout {
            id: footerColumn
            Layout.fillWidth: true
            Layout.topMargin: 12
            spacing: 4
            visible: children.length > 0
        }
    }
}
