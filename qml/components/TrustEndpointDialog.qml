import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Asks once per repository and endpoint whether a token may go where the repository's
// promenade.yaml says ("This repository asks Promenade to send your Argo CD token to
// https://…"). Opens by itself while the controller has a question; "Trust and send" keeps
// the answer in the user's configuration (never in the repository) and reconnects; "Don't
// send" keeps asking the endpoint anonymously and is not asked again in this session.
Dialog {
    id: root

    required property EndpointTrustController trust

    title: qsTr("Send Your Token?")
    modal: true
    anchors.centerIn: Overlay.overlay
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }
    background: Rectangle {
        color: Theme.window
        border.color: Theme.cardBorder
        radius: 6
    }
    header: Label {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.titleFontSize - 2
        font.bold: true
        leftPadding: 20
        topPadding: 16
        bottomPadding: 10
    }
    width: Math.min((parent ? parent.width : 640) - 48, 560)
    leftPadding: 20
    rightPadding: 20
    topPadding: 4
    // Escape is "don't send": nothing is sent that the user did not say yes to.
    closePolicy: Popup.CloseOnEscape
    focus: true

    onRejected: trust.decline()
    Component.onCompleted: if (trust.asking) open()
    Connections {
        target: root.trust
        function onQuestionChanged() {
            if (root.trust.asking && !root.visible)
                root.open()
            else if (!root.trust.asking && root.visible)
                root.close()
        }
    }

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            objectName: "trustQuestion"
            Layout.fillWidth: true
            text: root.trust.question
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "trustEndpoint"
            Layout.fillWidth: true
            text: root.trust.endpoint
            color: Theme.text
            font.family: "monospace"
            elide: Text.ElideMiddle
        }
        Label {
            objectName: "trustExplanation"
            Layout.fillWidth: true
            text: qsTr("%1's promenade.yaml names this %2 server. Your token (%3) is not tied to it, so Promenade has asked it without the token. Trust it only if you know the server: whoever runs it can act as you with the token. The answer is kept on this computer for this repository and this address; revoke it in Settings, Endpoints.")
                  .arg(root.trust.repositoryName).arg(root.trust.service).arg(root.trust.credential)
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "trustError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.trust.errorString
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "trustDecline"
            text: qsTr("Don't Send")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Do not send the token to %1").arg(root.trust.endpoint)
        }
        Button {
            objectName: "trustAccept"
            text: qsTr("Trust and Send")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Trust %1 with your %2 token").arg(root.trust.endpoint).arg(root.trust.service)
            onClicked: root.trust.trust()
        }
    }
}
