import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// The promotion pull requests waiting for a merge, with their checks, each mergeable from here
// after a confirmation — whoever opened them (this window, the command line, a colleague).
Rectangle {
    id: root

    required property PipelineController controller

    readonly property var pullRequests: controller.openPullRequests

    // The rows stay while the live status refreshes (every poll gives a new list): updated in
    // place by number, so a row's "Merge…" button, its tooltip or a click on it survive a refresh
    // that only changes the checks.
    ListModel {
        id: rows
    }
    function syncRows() {
        const listed = root.pullRequests
        const numbers = listed.map(pr => pr.number)
        for (let i = rows.count - 1; i >= 0; --i) {
            if (numbers.indexOf(rows.get(i).number) < 0)
                rows.remove(i)
        }
        listed.forEach((pr, position) => {
            const row = { number: pr.number, title: pr.title || "", url: pr.url || "",
                          checks: pr.checks || "", checksSummary: pr.checksSummary || "",
                          headSha: pr.headSha || "" }
            let at = -1
            for (let i = 0; i < rows.count; ++i) {
                if (rows.get(i).number === pr.number)
                    at = i
            }
            if (at < 0) {
                rows.insert(Math.min(position, rows.count), row)
                return
            }
            if (at !== position)
                rows.move(at, position, 1)
            const current = rows.get(position)
            for (const key in row) {
                if (current[key] !== row[key])
                    rows.setProperty(position, key, row[key])
            }
        })
    }
    onPullRequestsChanged: syncRows()
    Component.onCompleted: syncRows()

    visible: pullRequests.length > 0 || merger.message.length > 0
    implicitHeight: visible ? content.implicitHeight + 16 : 0
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.cardBorder

    PullRequestMerger {
        id: merger
        pipeline: root.controller
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 8
        anchors.leftMargin: 12
        spacing: 6

        RowLayout {
            spacing: 12
            Label {
                text: qsTr("Waiting for merge")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                font.bold: true
                font.capitalization: Font.AllUppercase
                visible: root.pullRequests.length > 0
            }
            Label {
                objectName: "mergeMessage"
                Layout.fillWidth: true
                text: merger.message
                color: merger.failed ? Theme.danger : merger.busy ? Theme.mutedText : Theme.success
                elide: Text.ElideRight
            }
            // Checks that have not passed were named above: merged only when confirmed.
            Button {
                objectName: "stripWaitForChecks"
                visible: merger.checksToConfirm.length > 0
                text: qsTr("Wait for the Checks")
                onClicked: merger.cancel()
            }
            Button {
                objectName: "stripMergeAnyway"
                visible: merger.checksToConfirm.length > 0
                text: qsTr("Merge Anyway")
                palette.buttonText: Theme.danger
                onClicked: merger.merge(confirm.pullRequest.number, confirm.pullRequest.headSha, confirm.method, true)
            }
        }

        Repeater {
            model: rows
            delegate: RowLayout {
                id: pr
                required property int number
                required property string title
                required property string url
                required property string checks
                required property string checksSummary
                required property string headSha
                // The pull request as listed last (what "Merge…" confirms and merges).
                readonly property var modelData: ({ number: number, title: title, url: url, checks: checks,
                                                    checksSummary: checksSummary, headSha: headSha })
                objectName: "pullRequest_" + modelData.number
                Layout.fillWidth: true
                spacing: 10
                // Opens on GitHub with a click; the button copies its address.
                CopyableText {
                    objectName: "pullRequestLink_" + pr.modelData.number
                    text: "#" + pr.modelData.number
                    copyText: pr.modelData.url && pr.modelData.url.length > 0 ? pr.modelData.url : text
                    link: pr.modelData.url && Clipboard.isLink(pr.modelData.url) ? pr.modelData.url : ""
                    what: qsTr("pull request link")
                    bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: pr.modelData.title
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Badge {
                    text: pr.modelData.checks === "success" ? qsTr("checks passed")
                          : pr.modelData.checks === "failure" ? qsTr("checks failed")
                          : pr.modelData.checks === "pending" ? qsTr("checks running")
                          : qsTr("no checks")
                    textColor: pr.modelData.checks === "success" ? Theme.success
                               : pr.modelData.checks === "failure" ? Theme.danger
                               : Theme.mutedText
                    ToolTip.visible: checksHover.hovered && pr.modelData.checksSummary.length > 0
                    ToolTip.text: pr.modelData.checksSummary
                    HoverHandler { id: checksHover }
                }
                Button {
                    objectName: "mergeOpen_" + pr.modelData.number
                    text: qsTr("Merge…", "merge the pull request")
                    enabled: !merger.busy
                    Accessible.name: qsTr("Merge pull request #%1").arg(pr.modelData.number)
                    onClicked: {
                        confirm.pullRequest = pr.modelData
                        confirm.open()
                    }
                }
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "mergeConfirmation"
        property var pullRequest: ({})
        property string method: "merge"
        onAboutToShow: merger.findMergeMethods()
        Connections {
            target: merger
            function onMergeMethodsChanged() {
                if (merger.mergeMethods.indexOf(confirm.method) < 0)
                    confirm.method = merger.mergeMethods[0]
            }
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(560, parent ? parent.width - 48 : 560)
        title: qsTr("Merge pull request #%1?").arg(confirm.pullRequest.number)
        standardButtons: Dialog.Cancel | Dialog.Ok
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Merge", "merge the pull request")
        onAccepted: merger.merge(confirm.pullRequest.number, confirm.pullRequest.headSha, confirm.method)
        contentItem: ColumnLayout {
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: confirm.pullRequest.title || ""
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: confirm.pullRequest.checks === "failure"
                      ? qsTr("Its checks FAILED (%1). Merging deploys it anyway.").arg(confirm.pullRequest.checksSummary)
                      : confirm.pullRequest.checksSummary ? qsTr("Checks: %1.").arg(confirm.pullRequest.checksSummary)
                      : qsTr("GitHub reports no checks for it.")
                color: confirm.pullRequest.checks === "failure" ? Theme.danger : Theme.mutedText
                wrapMode: Text.Wrap
            }
            // The merge methods the repository allows.
            RowLayout {
                spacing: 4
                Repeater {
                    model: merger.mergeMethods.length > 0 ? merger.mergeMethods : ["merge"]
                    delegate: Segment {
                        required property string modelData
                        objectName: "stripMergeMethod_" + modelData
                        text: modelData === "squash" ? qsTr("Squash and merge")
                              : modelData === "rebase" ? qsTr("Rebase and merge") : qsTr("Merge commit")
                        checked: confirm.method === modelData
                        onClicked: confirm.method = modelData
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("It is merged on GitHub as it was listed (a pull request that changed since is refused), and this copy is updated; Argo CD then deploys it.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }
    }
}
