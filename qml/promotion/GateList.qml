import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Every gate of a promotion with its verdict and the reason, failed ones first in colour:
// "why can't I promote?" answered in one glance.
ColumnLayout {
    id: root

    property GateListModel model

    spacing: 6

    Label {
        objectName: "gateVerdict"
        Layout.fillWidth: true
        text: !root.model || root.model.count === 0 ? qsTr("No gates were checked.")
              : root.model.failed === 1 ? qsTr("1 gate failed: this cannot go ahead until it is fixed")
              : root.model.failed > 1 ? qsTr("%1 gates failed: this cannot go ahead until they are fixed").arg(root.model.failed)
              : root.model.unknown > 0 ? qsTr("No gate failed; %1 of %2 could not be checked").arg(root.model.unknown).arg(root.model.count)
              : qsTr("All %1 gates pass").arg(root.model.count)
        color: root.model && root.model.failed > 0 ? Theme.danger : root.model && root.model.unknown > 0 ? Theme.warning : Theme.success
        font.bold: true
        wrapMode: Text.Wrap
    }

    Repeater {
        objectName: "gateRepeater"
        model: root.model
        delegate: RowLayout {
            id: gateRow
            required property string gate
            required property string verdict
            required property string reason
            Layout.fillWidth: true
            spacing: 8
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1: %2. %3").arg(gateRow.gate).arg(gateRow.verdict === "pass" ? qsTr("passes", "a gate") : gateRow.verdict === "fail" ? qsTr("fails", "a gate") : qsTr("unknown", "a gate's verdict")).arg(gateRow.reason)

            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
                implicitWidth: 18
                implicitHeight: 18
                radius: 9
                color: gateRow.verdict === "pass" ? Theme.success : gateRow.verdict === "fail" ? Theme.danger : Theme.warning
                Label {
                    anchors.centerIn: parent
                    text: gateRow.verdict === "pass" ? "✓" : gateRow.verdict === "fail" ? "✕" : "?"
                    color: "white"
                    font.pixelSize: 11
                    font.bold: true
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: gateRow.gate
                    color: Theme.text
                    font.bold: gateRow.verdict !== "pass"
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: gateRow.reason
                    color: gateRow.verdict === "fail" ? Theme.danger : Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
