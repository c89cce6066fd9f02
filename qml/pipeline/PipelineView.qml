import QtQuick
import Promenade
import QtQuick.Controls
import QtQuick.Layouts
import Promenade.Ui

// The promotion pipeline: environments in order, left to right, joined by promotion arrows.
Item {
    id: root

    required property PipelineController controller

    // A promotion asked for on an edge (or a cell of the matrix).
    signal promoteRequested(string app, string from, string to)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: qsTr("Promotion pipeline")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
            Label {
                objectName: "pipelineSummary"
                text: [environmentList.count === 1 ? qsTr("1 environment") : qsTr("%1 environments").arg(environmentList.count),
                       root.controller.appCount === 1 ? qsTr("1 app") : qsTr("%1 apps").arg(root.controller.appCount),
                       root.controller.clusterCount === 1 ? qsTr("1 cluster") : qsTr("%1 clusters").arg(root.controller.clusterCount)
                      ].join(" · ")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSize
            }
            Item { Layout.fillWidth: true }
            Badge {
                objectName: "liveBadge"
                visible: root.controller.liveStatus
                text: root.controller.statusTime.length > 0 ? qsTr("live · as of %1").arg(root.controller.statusTime)
                                                            : qsTr("live · asking…")
                textColor: Theme.success
            }
        }

        PullRequestStrip {
            objectName: "pullRequestStrip"
            Layout.fillWidth: true
            controller: root.controller
        }

        ListView {
            id: environmentList
            objectName: "environmentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            spacing: 0
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.controller.environments
            ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: Row {
                id: column
                required property string name
                required property int stage
                required property var clusters
                required property string promotion
                required property string appsOverlay
                required property string infrastructureOverlay
                required property var images
                required property var infrastructure
                required property string problem
                required property bool isLast
                required property int index
                required property var candidates

                height: ListView.view.height
                spacing: 0

                PromotionArrow {
                    objectName: "edge_" + column.name
                    visible: column.index > 0
                    width: visible ? implicitWidth : 0
                    height: column.height
                    promotion: column.promotion
                    candidates: column.candidates
                    targetName: column.name
                    onPromoteRequested: app => root.promoteRequested(app, environmentList.nameAt(column.index - 1), column.name)
                }
                EnvironmentCard {
                    width: 300
                    name: column.name
                    stage: column.stage
                    clusters: column.clusters
                    promotion: column.promotion
                    appsOverlay: column.appsOverlay
                    infrastructureOverlay: column.infrastructureOverlay
                    images: column.images
                    infrastructure: column.infrastructure
                    problem: column.problem
                }
            }

            function nameAt(row) {
                return model.data(model.index(row, 0), EnvironmentListModel.NameRole)
            }
        }
    }
}
