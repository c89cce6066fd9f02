import QtQuick
import Promenade
import QtQuick.Controls
import Promenade.Ui

// The whole pipeline as one picture (for a PNG export): the repository's name (never its
// path), how old the status is, then every environment card at its full height, left to right.
// Sized to its content, so nothing is cut by the window.
Rectangle {
    id: root

    required property PipelineController controller
    property int cardWidth: 330
    property int arrowWidth: 96
    readonly property int padding: Math.round(24 * Theme.scale)

    width: Math.max(cards.implicitWidth, heading.implicitWidth + stamp.implicitWidth + 48) + 2 * padding
    height: column.implicitHeight + 2 * padding
    color: Theme.window

    Column {
        id: column
        x: root.padding
        y: root.padding
        spacing: Math.round(16 * Theme.scale)

        Item {
            width: root.width - 2 * root.padding
            height: Math.max(heading.implicitHeight, stamp.implicitHeight)
            Column {
                id: heading
                Label {
                    objectName: "snapshotTitle"
                    text: root.controller.repositoryName
                    color: Theme.text
                    font.pixelSize: Math.round(Theme.titleFontSize * 1.3)
                    font.bold: true
                }
                Label {
                    text: qsTr("Promotion pipeline · %1 environments · %2 apps").arg(root.controller.environments.rowCount()).arg(root.controller.appCount)
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSize
                }
            }
            Label {
                id: stamp
                anchors.right: parent.right
                text: root.controller.statusStamp.length > 0 ? root.controller.statusStamp : qsTr("declared state only: no live status")
                color: !root.controller.statusIsCached && root.controller.statusProblem.length === 0 && root.controller.statusStamp.length > 0
                       ? Theme.success : Theme.warning
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
        }

        Row {
            id: cards
            Repeater {
                model: root.controller.environments
                delegate: Row {
                    id: stage
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

                    PromotionArrow {
                        visible: stage.index > 0
                        width: visible ? root.arrowWidth : 0
                        height: card.height
                        promotion: stage.promotion
                        candidates: stage.candidates
                        targetName: stage.name
                    }
                    EnvironmentCard {
                        id: card
                        width: root.cardWidth
                        height: implicitHeight
                        name: stage.name
                        stage: stage.stage
                        clusters: stage.clusters
                        promotion: stage.promotion
                        appsOverlay: stage.appsOverlay
                        infrastructureOverlay: stage.infrastructureOverlay
                        images: stage.images
                        infrastructure: stage.infrastructure
                        problem: stage.problem
                    }
                }
            }
        }
    }
}
