import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// The promotion history of the open repository, newest first and grouped by day: promotions,
// CI bumps, hand edits, reverts and rollbacks, read from the commits' trailers. It is read
// again whenever the repository is (a new commit: a promotion, a pull). "Roll back to this"
// asks first, then hands the choice on: the approval dialog shows the plan before any commit.
Item {
    id: root

    required property PipelineController pipeline
    readonly property alias controller: history
    readonly property alias entryList: entries

    // "Roll back to this": roll app back in environment to tag (the approval dialog asks, once).
    // pinKind: the form of the pin the entry's tag is a version of (a chart's or an image's).
    signal rollbackRequested(string app, string environment, string tag, string pinKind)

    HistoryController {
        id: history
        repositoryPath: root.pipeline.repositoryPath
        active: root.visible
    }

    // A reread repository may have new commits; reloads asked for together make one load.
    Connections {
        target: root.pipeline
        function onRepositoryChanged() { history.reload() }
    }

    // One confirmation only: the approval dialog, which shows the plan, the gates and the
    // rendered change before anything is committed.
    function askRollback(app, environment, tag, pinKind) {
        root.rollbackRequested(app, environment, tag, pinKind || "")
    }
    // What an environment pins now for an app (the history's current entry), or "".
    function currentTag(app, environment) {
        const model = history.model
        for (let i = 0; i < model.rowCount(); ++i) {
            const index = model.index(i, 0)
            if (model.data(index, HistoryListModel.IsCurrentRole)
                    && model.data(index, HistoryListModel.AppRole) === app
                    && model.data(index, HistoryListModel.ToEnvironmentRole) === environment)
                return model.data(index, HistoryListModel.TagRole)
        }
        return ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            topPadding: 6
            bottomPadding: 6
            background: Rectangle { color: Theme.card; border.color: Theme.cardBorder }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 12
                spacing: 10

                Label {
                    text: qsTr("History", "the view")
                    color: Theme.text
                    font.pixelSize: 17
                    font.bold: true
                }
                Label {
                    objectName: "historyCount"
                    visible: history.loaded && history.errorString.length === 0
                    text: entries.count === history.model.totalCount
                          ? (entries.count === 1 ? qsTr("1 change") : qsTr("%1 changes").arg(entries.count))
                          : qsTr("%1 of %2 changes").arg(entries.count).arg(history.model.totalCount)
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSize
                }
                LoadingIndicator {
                    objectName: "historyBusy"
                    running: history.loading
                    visible: running
                    implicitWidth: 24
                    implicitHeight: 24
                }
                Item { Layout.fillWidth: true }
                PickerComboBox {
                    id: appPicker
                    objectName: "historyAppPicker"
                    implicitWidth: 220
                    model: [qsTr("All apps")].concat(history.apps)
                    currentIndex: history.appFilter.length > 0 ? history.apps.indexOf(history.appFilter) + 1 : 0
                    onActivated: index => history.appFilter = index <= 0 ? "" : history.apps[index - 1]
                    Accessible.name: qsTr("Show the history of this app")
                }
                PickerComboBox {
                    id: environmentPicker
                    objectName: "historyEnvironmentPicker"
                    implicitWidth: 200
                    model: [qsTr("All environments")].concat(history.environments)
                    currentIndex: history.environmentFilter.length > 0
                                  ? history.environments.indexOf(history.environmentFilter) + 1 : 0
                    onActivated: index => history.environmentFilter = index <= 0 ? "" : history.environments[index - 1]
                    Accessible.name: qsTr("Show the history of this environment")
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: entries
                objectName: "historyList"
                anchors.fill: parent
                anchors.topMargin: 8
                clip: true
                model: history.model
                boundsBehavior: Flickable.StopAtBounds
                reuseItems: true
                cacheBuffer: 600
                visible: history.errorString.length === 0
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

                // The timeline keeps a readable width on wide windows.
                readonly property real columnWidth: Math.min(width - 48, 980)
                readonly property int sectionHeight: 40

                section.property: "day"
                section.criteria: ViewSection.FullString
                section.delegate: Item {
                    id: sectionHeader
                    required property string section
                    width: ListView.view.width
                    height: entries.sectionHeight
                    Label {
                        objectName: "daySection"
                        x: (sectionHeader.width - entries.columnWidth) / 2 + 48 // beside the rail
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: 8
                        text: sectionHeader.section
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        font.bold: true
                        font.capitalization: Font.AllUppercase
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                }

                delegate: HistoryEntryDelegate {
                    id: entry
                    required property int index
                    x: (ListView.view.width - width) / 2
                    width: entries.columnWidth
                    first: index === 0
                    last: index === entries.count - 1
                    sectionGap: ListView.section !== ListView.previousSection ? entries.sectionHeight : 0
                    currentTag: expanded ? root.currentTag(entry.app, entry.toEnvironment) : ""
                    onRollBackClicked: root.askRollback(entry.app, entry.toEnvironment, entry.tag, entry.pinKind)
                }

                footer: Item { width: 1; height: 24 }
            }

            LoadingIndicator {
                anchors.centerIn: parent
                running: history.loading && entries.count === 0
                visible: running
            }

            MessagePanel {
                objectName: "historyError"
                anchors.fill: parent
                visible: history.errorString.length > 0 && !history.loading
                title: qsTr("The history cannot be read")
                detail: history.errorString
                hint: qsTr("Promenade reads the history from the repository's Git log. Check that the folder is a Git repository with at least one commit, then try again.")
                actions: [
                    Button {
                        text: qsTr("Try Again")
                        onClicked: history.reload()
                    }
                ]
            }

            MessagePanel {
                objectName: "historyEmpty"
                anchors.fill: parent
                visible: history.loaded && !history.loading && history.errorString.length === 0
                         && history.model.totalCount === 0
                title: qsTr("No promotions yet")
                hint: qsTr("Promotions, CI bumps, hand edits and rollbacks of the apps' overlays appear here as they are committed. Promote an app in the Pipeline view (Ctrl+1) to start the history.")
            }

            MessagePanel {
                objectName: "historyFilteredEmpty"
                anchors.fill: parent
                visible: history.loaded && history.errorString.length === 0
                         && history.model.totalCount > 0 && entries.count === 0
                title: qsTr("Nothing in the history for this choice")
                hint: history.appFilter.length > 0 && history.environmentFilter.length > 0
                      ? qsTr("%1 has not changed in %2, and %2 has not promoted it.").arg(history.appFilter).arg(history.environmentFilter)
                      : qsTr("No change matches the chosen app and environment.")
                actions: [
                    Button {
                        objectName: "showEverything"
                        text: qsTr("Show Everything")
                        onClicked: {
                            history.appFilter = ""
                            history.environmentFilter = ""
                        }
                    }
                ]
            }
        }
    }
}
