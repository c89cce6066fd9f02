import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Merging the promotion's pull request: the merge methods the GitHub repository allows, one
// chosen, what the merged commit's summary will say; and when GitHub's checks have not all
// passed, a confirmation that names them before anything is merged.
ColumnLayout {
    id: root

    required property PromotionController promotion
    readonly property bool confirming: promotion.checksToConfirm.length > 0

    spacing: 6

    function methodName(method) {
        return method === "squash" ? qsTr("Squash and merge")
             : method === "rebase" ? qsTr("Rebase and merge")
             : qsTr("Merge commit")
    }

    SectionLabel { text: qsTr("Merge", "how the pull request is merged") }
    RowLayout {
        objectName: "mergeMethods"
        spacing: 4
        enabled: root.promotion.state === PromotionController.Applied
        Repeater {
            model: root.promotion.mergeMethods.length > 0 ? root.promotion.mergeMethods : ["merge"]
            delegate: Segment {
                required property string modelData
                objectName: "mergeMethod_" + modelData
                text: root.methodName(modelData)
                checked: root.promotion.mergeMethod === modelData
                onClicked: root.promotion.mergeMethod = modelData
            }
        }
    }
    Label {
        objectName: "mergeSummary"
        Layout.fillWidth: true
        text: root.promotion.mergeMethod === "squash"
              ? qsTr("One commit on the base branch: “%1 (#%2)”").arg(root.promotion.plan.title).arg(root.promotion.pullRequestNumber)
              : root.promotion.mergeMethod === "rebase"
              ? qsTr("The promotion's commit replayed on the base branch as it is (its summary does not name #%1)").arg(root.promotion.pullRequestNumber)
              : qsTr("A merge commit: “Merge pull request #%1 from …”").arg(root.promotion.pullRequestNumber)
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
    }

    // Checks that have not passed: named, and merged only on an explicit confirmation.
    Rectangle {
        objectName: "checksConfirmation"
        visible: root.confirming
        Layout.fillWidth: true
        implicitHeight: confirmColumn.implicitHeight + 20
        radius: 4
        color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.12)
        border.color: Theme.warning
        ColumnLayout {
            id: confirmColumn
            anchors.fill: parent
            anchors.margins: 10
            spacing: 6
            Label {
                Layout.fillWidth: true
                text: qsTr("Pull request #%1 has checks that have not passed:").arg(root.promotion.pullRequestNumber)
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: root.promotion.checksToConfirm
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: modelData.indexOf("(failure)") >= 0 || modelData.indexOf("(timed out)") >= 0
                           || modelData.indexOf("(cancelled)") >= 0 ? Theme.danger : Theme.text
                    font.family: Theme.monospace
                    wrapMode: Text.Wrap
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Merging now deploys it to %1 without their verdict.").arg(root.promotion.plan.toEnvironment)
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "waitForChecksButton"
                    text: qsTr("Wait for the Checks")
                    onClicked: root.promotion.cancelMerge()
                }
                Button {
                    objectName: "mergeAnywayButton"
                    text: qsTr("Merge Anyway")
                    palette.buttonText: Theme.danger
                    onClicked: root.promotion.mergePullRequest(true)
                    Accessible.name: qsTr("Merge pull request #%1 anyway").arg(root.promotion.pullRequestNumber)
                }
            }
        }
    }
}
