import QtQuick
import Promenade
import QtQuick.Controls
import QtQuick.Layouts
import Promenade.Ui

// The promotion pipeline: environments in order, left to right, joined by promotion arrows
// (the graph); or, for repositories with many apps, apps × environments (the matrix).
Item {
    id: root

    required property PipelineController controller
    // "graph", "matrix", or "" to choose by size: the matrix above matrixThreshold apps.
    property string chosenView: ""
    property int matrixThreshold: 12
    readonly property bool matrixShown: chosenView.length > 0 ? chosenView === "matrix"
                                                              : controller.appCount > matrixThreshold

    // A cell of the matrix (click, or Enter) asks to promote an app from one environment to the next.
    signal promoteRequested(string app, string from, string to)

    function toggleView() {
        chosenView = matrixShown ? "graph" : "matrix"
    }

    Shortcut {
        enabled: root.visible
        sequences: ["Ctrl+M"]
        onActivated: root.toggleView()
    }

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
            Row {
                spacing: 4
                Segment {
                    objectName: "graphToggle"
                    text: qsTr("Graph")
                    checked: !root.matrixShown
                    onClicked: root.chosenView = "graph"
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("Environments as cards, joined by promotions (Ctrl+M switches)")
                }
                Segment {
                    objectName: "matrixToggle"
                    text: qsTr("Matrix")
                    checked: root.matrixShown
                    onClicked: root.chosenView = "matrix"
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("Apps × environments, for many apps (Ctrl+M switches)")
                }
            }
        }

        ListView {
            id: environmentList
            objectName: "environmentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.matrixShown
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

                height: ListView.view.height
                spacing: 0

                EnvironmentCard {
                    width: 330
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
                PromotionArrow {
                    visible: !column.isLast
                    width: visible ? 96 : 0
                    height: 120
                    // How a promotion into the next environment lands.
                    nextPromotion: column.isLast ? "" : environmentList.promotionAt(column.index + 1)
                }
            }

            function promotionAt(row) {
                const index = model.index(row, 0)
                return model.data(index, EnvironmentListModel.PromotionRole)
            }
        }

        // Made the first time it is shown, then kept: switching back finds it where it was left.
        Loader {
            id: matrixLoader
            objectName: "matrixLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.matrixShown
            active: root.matrixShown || item !== null
            sourceComponent: MatrixView {
                objectName: "matrixView"
                matrix: root.controller.matrix
                live: root.controller.liveStatus
                onPromoteRequested: (app, from, to) => root.promoteRequested(app, from, to)
            }
        }
    }
}
