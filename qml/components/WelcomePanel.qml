import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Shown when no repository is open yet: open a folder, clone one, the demo, or one of the
// repositories opened lately (a folder that is gone is marked, and can be removed).
MessagePanel {
    id: root

    property RecentRepositories recent: null

    signal openFolderRequested()
    signal openDemoRequested()
    signal cloneRequested()
    signal openRepositoryRequested(string path)

    title: qsTr("Open a GitOps repository")
    hint: qsTr("Promenade reads a Kustomize + Argo CD repository: apps/overlays/<environment>, clusters/<cluster> and infrastructure/overlays. Or explore the demo: the homelab pipeline from development to production, with nothing to install.")

    onVisibleChanged: if (visible && recent) recent.refresh()

    actions: [
        Button {
            text: qsTr("Open Folder…")
            Accessible.name: qsTr("Open a repository folder")
            onClicked: root.openFolderRequested()
        },
        Button {
            text: qsTr("Clone from URL…")
            Accessible.name: qsTr("Clone a repository from a URL")
            onClicked: root.cloneRequested()
        },
        Button {
            text: qsTr("Open the Demo")
            highlighted: true
            Accessible.name: qsTr("Open the demo repository")
            onClicked: root.openDemoRequested()
        }
    ]

    footer: [
        Label {
            objectName: "recentTitle"
            visible: recentList.count > 0
            text: qsTr("Recent")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.bold: true
            font.capitalization: Font.AllUppercase
        },
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: recentList.height + 2
            visible: recentList.count > 0
            color: Theme.card
            border.color: Theme.cardBorder
            radius: Theme.radius

            ListView {
                id: recentList
                objectName: "recentList"
                x: 1
                y: 1
                width: parent.width - 2
                height: Math.min(count, 6) * 50 // fixed-height rows
                clip: true
                model: root.recent
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: recentList.contentHeight > recentList.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Recent repositories")

                delegate: ItemDelegate {
                    id: entry
                    required property int index
                    required property string name
                    required property string path
                    required property string lastOpenedText
                    required property bool missing

                    objectName: "recentEntry" + index
                    width: ListView.view.width
                    height: 50
                    hoverEnabled: true
                    enabled: true
                    Accessible.name: missing ? qsTr("%1, folder not found").arg(name) : qsTr("Open %1").arg(name)
                    Accessible.description: path
                    onClicked: if (!missing) root.openRepositoryRequested(path)
                    ToolTip.visible: hovered && !missing
                    ToolTip.delay: 600
                    ToolTip.text: path

                    contentItem: RowLayout {
                        spacing: 12
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: entry.name
                                color: entry.missing ? Theme.mutedText : Theme.accent
                                font.pixelSize: Theme.fontSize + 1
                                font.bold: true
                                font.strikeout: entry.missing
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: entry.path
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallFontSize
                                elide: Text.ElideMiddle
                            }
                        }
                        Label {
                            objectName: "recentState"
                            text: entry.missing ? qsTr("Folder not found") : entry.lastOpenedText
                            color: entry.missing ? Theme.danger : Theme.mutedText
                            font.pixelSize: Theme.smallFontSize
                        }
                        ToolButton {
                            objectName: "removeRecent"
                            text: qsTr("Remove", "remove from the recent repositories")
                            visible: entry.missing || entry.hovered
                            font.pixelSize: Theme.smallFontSize
                            Accessible.name: qsTr("Remove %1 from the recent repositories").arg(entry.name)
                            onClicked: root.recent.remove(entry.path)
                        }
                    }
                }
            }
        }
    ]
}
