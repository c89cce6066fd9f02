import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// What a promotion ships: the application's pull requests and commits between the build the
// target runs and the one promoted, grouped into breaking changes, features, fixes and the
// rest, then every commit. When the list cannot be known, one sentence says why instead.
ColumnLayout {
    id: root

    property ReleaseChangesModel model

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        LoadingIndicator {
            implicitWidth: 18
            implicitHeight: 18
            running: root.model && root.model.loading
            visible: running
        }
        Label {
            objectName: "changesHeadline"
            Layout.fillWidth: true
            text: !root.model ? "" : root.model.loading ? root.model.headline
                  : root.model.errorString.length > 0 ? root.model.errorString
                  : root.model.repository.length > 0 ? qsTr("%1 in %2").arg(root.model.headline).arg(root.model.repository)
                  : root.model.headline
            color: root.model && root.model.errorString.length > 0 ? Theme.warning : root.model && root.model.rollback ? Theme.danger : Theme.text
            font.bold: root.model && root.model.count > 0
            wrapMode: Text.Wrap
        }
    }

    Repeater {
        objectName: "changeRepeater"
        model: root.model
        delegate: ColumnLayout {
            id: changeRow
            required property string kind
            required property string section
            required property string title
            required property string reference
            required property string author
            required property string labels
            required property string url
            required property bool breaking
            required property string date
            required property bool sectionStart
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1 %2 by %3").arg(changeRow.reference).arg(changeRow.title).arg(changeRow.author)

            Label {
                visible: changeRow.sectionStart
                Layout.topMargin: 6
                text: changeRow.section
                color: changeRow.breaking ? Theme.danger : Theme.mutedText
                font.bold: true
                font.pixelSize: Theme.smallFontSize
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: changeRow.kind === "log" ? 58 : 40
                    text: changeRow.url.length > 0 ? "<a href=\"" + changeRow.url + "\">" + changeRow.reference + "</a>" : changeRow.reference
                    textFormat: Text.StyledText
                    linkColor: Theme.accent
                    font.family: changeRow.kind === "pullRequest" ? Theme.uiFont : Theme.monospace
                    font.pixelSize: Theme.smallFontSize
                    onLinkActivated: link => Qt.openUrlExternally(link)
                }
                Label {
                    Layout.fillWidth: true
                    text: changeRow.title
                    textFormat: Text.PlainText
                    color: changeRow.kind === "log" ? Theme.mutedText : Theme.text
                    font.pixelSize: changeRow.kind === "log" ? Theme.smallFontSize : Theme.fontSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.alignment: Qt.AlignTop
                    text: changeRow.labels.length > 0 ? changeRow.author + " · " + changeRow.labels : changeRow.author
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideRight
                    Layout.maximumWidth: 170
                }
            }
        }
    }
}
