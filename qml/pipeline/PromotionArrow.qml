import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// The edge into an environment: the direction of promotion, how it lands (commit or pull
// request), and what is waiting to move — one button per app whose version differs from the
// previous environment's, marked ready or with the reason it is not. A click opens the
// approval with every gate.
Item {
    id: root

    property string promotion          // "commit" or "pull-request": how a promotion lands here
    property var candidates: []        // [{app, fromVersion, toVersion, ready, reason}]
    property string targetName
    // The window's controller: what a promotion would ship is asked through it on hover.
    property PipelineController controller: null

    // How many candidates fit (the rest is counted, and the matrix lists them all).
    property int maximumShown: 12

    signal promoteRequested(string app)
    signal moreRequested()

    implicitWidth: candidates.length > 0 ? 150 : 96

    Item {
        id: arrow
        x: 0
        y: Math.round(36 * Theme.scale)
        width: root.width
        height: Math.round(44 * Theme.scale)

        Label {
            anchors.horizontalCenter: shaft.horizontalCenter
            anchors.bottom: shaft.top
            anchors.bottomMargin: 4
            text: qsTr("promote", "label of the arrow between two environments")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        Rectangle {
            id: shaft
            anchors.verticalCenter: parent.verticalCenter
            x: 12
            width: parent.width - 30
            height: Math.max(3, Math.round(3 * Theme.scale))
            radius: 1
            color: Theme.accent
        }
        Label {
            anchors.left: shaft.right
            anchors.leftMargin: -4
            anchors.verticalCenter: shaft.verticalCenter
            text: "▶"
            color: Theme.accent
            font.pixelSize: Math.round(16 * Theme.scale)
        }
        Label {
            anchors.horizontalCenter: shaft.horizontalCenter
            anchors.top: shaft.bottom
            anchors.topMargin: 4
            text: root.promotion === "pull-request" ? qsTr("via pull request") : qsTr("commit", "a promotion lands as a direct commit")
            color: root.promotion === "pull-request" ? Theme.warning : Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
    }

    Column {
        objectName: "candidateList"
        anchors.top: arrow.bottom
        anchors.topMargin: 14
        x: 8
        width: root.width - 22
        spacing: 6

        Repeater {
            // A count, not the list: a new status brings a new list, and a list as the model
            // made every button again — a press before a refresh and its release after were
            // lost, and the hovered button's tooltip closed. Each button reads its entry.
            model: Math.min(root.candidates.length, root.maximumShown)
            delegate: AbstractButton {
                id: candidate
                required property int index
                readonly property var modelData: root.candidates[index] ?? ({})
                objectName: "promote_" + modelData.app
                width: parent.width
                implicitHeight: implicitContentHeight + 12
                hoverEnabled: true
                onClicked: root.promoteRequested(candidate.modelData.app)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Promote %1 %2 to %3").arg(candidate.modelData.app).arg(candidate.modelData.fromVersion).arg(root.targetName)
                Accessible.description: candidate.modelData.ready ? qsTr("Ready to promote") : candidate.modelData.reason

                ReleaseChangesBadge {
                    id: changes
                    controller: root.controller
                    app: candidate.modelData.app
                    fromEnvironment: candidate.modelData.from
                    toEnvironment: root.targetName
                    active: candidate.hovered
                }
                ToolTip.visible: hovered
                ToolTip.delay: 400
                ToolTip.text: (candidate.modelData.ready
                               ? qsTr("%1 → %2: ready. Click to see every gate and approve.").arg(candidate.modelData.toVersion).arg(candidate.modelData.fromVersion)
                               : qsTr("Not ready: %1. Click to see every gate.").arg(candidate.modelData.reason))
                              + (changes.headline.length > 0 ? "\n" + qsTr("Ships: %1").arg(changes.headline)
                                 : changes.loading ? "\n" + qsTr("Ships: asking the source…") : "")

                background: Rectangle {
                    radius: 6
                    color: candidate.hovered ? Qt.tint(Theme.card, Qt.rgba(0.08, 0.39, 0.78, 0.10)) : Theme.card
                    border.color: candidate.modelData.ready ? Theme.accent : Theme.warning
                    border.width: candidate.visualFocus ? 2 : 1
                }
                contentItem: ColumnLayout {
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: (candidate.modelData.ready ? "" : "⚠ ") + candidate.modelData.app
                        color: candidate.modelData.ready ? Theme.accent : Theme.warning
                        font.bold: true
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: candidate.modelData.fromVersion + " ▸"
                        color: Theme.text
                        font.family: Theme.monospace
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                }
                leftPadding: 8
                rightPadding: 6
                topPadding: 6
                bottomPadding: 6
            }
        }

        AbstractButton {
            id: moreCandidates
            objectName: "moreCandidates"
            visible: root.candidates.length > root.maximumShown
            width: parent.width
            implicitHeight: implicitContentHeight + 8
            onClicked: root.moreRequested()
            Accessible.role: Accessible.Button
            Accessible.name: text
            text: qsTr("+ %1 more — see the matrix").arg(root.candidates.length - root.maximumShown)
            contentItem: Label {
                text: moreCandidates.text
                color: Theme.accent
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
            }
        }
    }
}
