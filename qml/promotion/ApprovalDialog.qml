import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Approving a promotion (or a rollback): the plan, every gate with its verdict and reason, what
// it ships (the application's commits and pull requests), the rendered change of the target,
// how it lands and the commit message — then one explicit
// approval, progress while it commits, pushes and opens the pull request, and the target
// followed live until Argo CD reports the new version synced and healthy.
Dialog {
    id: root

    required property PromotionController promotion
    readonly property int state: promotion.state
    readonly property bool hasPlan: promotion.plan.app.length > 0

    objectName: "approvalDialog"
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    // As large as the type: presentation mode on a large screen uses the room it has.
    width: Math.min(parent ? parent.width - 48 : 1100, Math.round(1180 * Theme.scale))
    height: Math.min(parent ? parent.height - 48 : 760, Math.round(860 * Theme.scale))
    padding: 0
    closePolicy: root.promotion.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    onClosed: root.promotion.reset()

    function promote(app, from, to) {
        promotion.preparePromotion(app, from, to)
        open()
    }
    // Several cells of the matrix: one approval, one commit (or pull request).
    function promoteMany(promotions) {
        promotion.preparePromotions(promotions)
        open()
    }
    function rollBack(app, environment, tag, pinKind) {
        promotion.prepareRollback(app, environment, tag, pinKind || "")
        open()
    }

    // The preview's highlighting follows the palette.
    Binding {
        target: root.promotion.preview
        property: "dark"
        value: Theme.dark
    }

    // Ctrl+Enter approves (when every gate allows it); Esc cancels while nothing runs.
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.opened && root.state === PromotionController.Ready && root.promotion.gatesPass
        onActivated: {
            root.promotion.description = messageField.text
            root.promotion.approve()
        }
    }

    background: Rectangle {
        color: Theme.window
        radius: Theme.radius
        border.color: Theme.cardBorder
    }

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + 32
        color: Theme.card
        radius: Theme.radius
        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            anchors.margins: 16
            spacing: 6
            Label {
                objectName: "approvalTitle"
                Layout.fillWidth: true
                text: root.hasPlan ? root.promotion.plan.title : qsTr("Preparing the promotion…")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                elide: Text.ElideRight
            }
            RowLayout {
                visible: root.hasPlan
                spacing: 10
                Label {
                    visible: root.promotion.batchSize === 0
                    text: root.promotion.plan.image
                    color: Theme.mutedText
                }
                Label {
                    objectName: "versionChange"
                    visible: root.promotion.batchSize === 0
                    text: (root.promotion.plan.currentVersion.length > 0 ? root.promotion.plan.currentVersion.split("@")[0] : qsTr("(not pinned)"))
                          + "  →  " + root.promotion.plan.newVersion.split("@")[0]
                    color: Theme.accent
                    font.family: Theme.monospace
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: root.promotion.plan.file
                    color: Theme.mutedText
                    font.family: Theme.monospace
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideMiddle
                    horizontalAlignment: Text.AlignRight
                }
            }
            // A mutable tag (latest, a branch name, moved): said, with the digest to pin when
            // the registry knows it.
            RowLayout {
                objectName: "mutableTagOffer"
                visible: root.hasPlan && root.promotion.plan.mutableTagWarning.length > 0
                Layout.fillWidth: true
                spacing: 10
                Label {
                    objectName: "mutableTagWarning"
                    Layout.fillWidth: true
                    text: "⚠ " + root.promotion.plan.mutableTagWarning
                          + (root.promotion.plan.digestToPin.length > 0
                             ? " " + qsTr("The registry reports %1 for this tag now.").arg(root.promotion.plan.digestToPin)
                             : " " + qsTr("The registry did not tell its digest."))
                    color: Theme.warning
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "pinDigestButton"
                    visible: root.promotion.plan.digestToPin.length > 0
                    enabled: !root.promotion.busy
                    text: qsTr("Pin the digest")
                    onClicked: root.promotion.pinDigest()
                    Accessible.name: qsTr("Pin the digest %1").arg(root.promotion.plan.digestToPin)
                }
            }
        }
    }

    // A child, not contentItem: the ids inside stay immediate (contentItem is deferred).
    Item {
        anchors.fill: parent
        // Preparing: the gates are being judged and the change rendered.
        ColumnLayout {
            anchors.centerIn: parent
            visible: root.state === PromotionController.Preparing
            spacing: 12
            LoadingIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: parent.visible
            }
            Label {
                text: qsTr("Checking the gates and rendering what will change…")
                color: Theme.mutedText
            }
        }

        MessagePanel {
            objectName: "approvalError"
            anchors.fill: parent
            visible: root.state === PromotionController.Failed && !root.hasPlan
            title: qsTr("This promotion cannot be prepared")
            detail: root.promotion.errorString
            hint: qsTr("Nothing was changed. Fix what is named above (or reload the repository) and try again.")
        }

        SplitView {
            anchors.fill: parent
            anchors.margins: 12
            visible: root.hasPlan && root.state !== PromotionController.Preparing
            orientation: Qt.Horizontal

            ScrollView {
                id: planColumn
                objectName: "planColumn"
                // Wider with larger type, leaving the rendered change most of the room.
                SplitView.preferredWidth: Math.min(Math.round(430 * Theme.scale), Math.round(root.width * 0.45))
                SplitView.minimumWidth: 320
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: planColumn.availableWidth - 12
                    spacing: 16

                    // Progress and the live follow-up, once approved.
                    ColumnLayout {
                        objectName: "progressSection"
                        Layout.fillWidth: true
                        visible: root.promotion.progress.length > 0 || root.state === PromotionController.Applying
                        spacing: 4
                        SectionLabel { text: qsTr("Progress") }
                        Repeater {
                            model: root.promotion.progress
                            delegate: Label {
                                required property string modelData
                                required property int index
                                Layout.fillWidth: true
                                // A finished step no longer trails off ("Pushing…" → "Pushing").
                                text: "✓ " + (index < root.promotion.progress.length - 1 || !root.promotion.busy ? modelData.replace(/…$/, "") : modelData)
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                        RowLayout {
                            visible: root.promotion.busy
                            LoadingIndicator { implicitWidth: 22; implicitHeight: 22; running: parent.visible }
                            Label {
                                text: root.state === PromotionController.Merging ? qsTr("Merging…") : qsTr("Working…")
                                color: Theme.mutedText
                            }
                        }
                        RowLayout {
                            objectName: "deploymentRow"
                            visible: root.promotion.deployment.length > 0
                            Layout.fillWidth: true
                            spacing: 8
                            LoadingIndicator {
                                implicitWidth: 22
                                implicitHeight: 22
                                running: parent.visible && !root.promotion.deployed
                                visible: running
                            }
                            Label {
                                objectName: "deploymentText"
                                Layout.fillWidth: true
                                text: (root.promotion.deployed ? "✓ " : "") + root.promotion.deployment
                                color: root.promotion.deployed ? Theme.success : Theme.text
                                font.bold: root.promotion.deployed
                                wrapMode: Text.Wrap
                            }
                        }
                        CopyableText {
                            objectName: "appliedPullRequest"
                            visible: root.promotion.pullRequestUrl.length > 0
                            Layout.fillWidth: true
                            text: qsTr("Pull request #%1").arg(root.promotion.pullRequestNumber)
                            copyText: root.promotion.pullRequestUrl
                            link: Clipboard.isLink(root.promotion.pullRequestUrl) ? root.promotion.pullRequestUrl : ""
                            what: qsTr("pull request link")
                        }
                        CopyableText {
                            objectName: "appliedCommit"
                            visible: root.promotion.commit.length > 0
                            text: qsTr("Commit %1 on %2").arg(root.promotion.commit.substring(0, 7)).arg(root.promotion.branch)
                            copyText: root.promotion.commit
                            what: qsTr("commit id")
                            monospace: true
                            pixelSize: Theme.smallFontSize
                        }
                        // GitHub's checks on the open pull request, as the live status last saw them.
                        Label {
                            objectName: "pullRequestChecks"
                            readonly property var listed: {
                                const list = root.promotion.pipeline ? root.promotion.pipeline.openPullRequests : []
                                for (const pr of list) {
                                    if (pr.number === root.promotion.pullRequestNumber)
                                        return pr
                                }
                                return null
                            }
                            visible: listed !== null && !root.promotion.merged
                            Layout.fillWidth: true
                            text: !listed ? ""
                                  : listed.checks === "failure" ? qsTr("Its checks failed: %1").arg(listed.checksSummary)
                                  : listed.checksSummary.length > 0 ? qsTr("Checks: %1").arg(listed.checksSummary)
                                  : qsTr("GitHub reports no checks for it")
                            color: listed && listed.checks === "failure" ? Theme.danger : listed && listed.checks === "success" ? Theme.success : Theme.mutedText
                            wrapMode: Text.Wrap
                        }
                    }

                    MergePanel {
                        id: mergePanel
                        objectName: "mergePanel"
                        Layout.fillWidth: true
                        visible: root.promotion.pullRequestNumber > 0 && !root.promotion.merged
                        promotion: root.promotion
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        SectionLabel { text: qsTr("Gates", "the checks before a promotion") }
                        GateList {
                            objectName: "gateList"
                            Layout.fillWidth: true
                            model: root.promotion.gates
                        }
                    }

                    ColumnLayout {
                        objectName: "changesSection"
                        Layout.fillWidth: true
                        visible: root.promotion.changes.loading || root.promotion.changes.headline.length > 0
                        spacing: 6
                        SectionLabel { text: qsTr("Changes", "the application's commits a promotion ships") }
                        ChangeList {
                            objectName: "changeList"
                            Layout.fillWidth: true
                            model: root.promotion.changes
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        SectionLabel { text: qsTr("How it lands") }
                        RowLayout {
                            objectName: "landingChoice"
                            spacing: 4
                            enabled: root.state === PromotionController.Ready
                            // Once applied (or while applying) the choice is made: it looks it.
                            opacity: enabled ? 1 : 0.45
                            Segment {
                                objectName: "commitMode"
                                text: qsTr("Direct commit")
                                checked: !root.promotion.pullRequest
                                onClicked: root.promotion.pullRequest = false
                                Accessible.description: qsTr("Commit on the current branch and push it")
                            }
                            Segment {
                                objectName: "pullRequestMode"
                                text: qsTr("Pull request")
                                checked: root.promotion.pullRequest
                                onClicked: root.promotion.pullRequest = true
                                Accessible.description: qsTr("Push a branch and open a pull request on GitHub")
                            }
                        }
                        Label {
                            objectName: "landing"
                            Layout.fillWidth: true
                            text: root.promotion.plan.landing
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        SectionLabel { text: qsTr("Commit message") }
                        TextArea {
                            id: messageField
                            objectName: "messageField"
                            Layout.fillWidth: true
                            Layout.minimumHeight: 72
                            text: root.promotion.description
                            readOnly: root.state !== PromotionController.Ready
                            opacity: readOnly ? 0.6 : 1
                            wrapMode: TextEdit.Wrap
                            selectByMouse: true
                            Accessible.name: qsTr("Commit message")
                            color: Theme.text
                            background: Rectangle {
                                color: messageField.readOnly ? Theme.window : Theme.card
                                border.color: messageField.activeFocus ? Theme.accent : Theme.cardBorder
                                radius: 4
                            }
                            onEditingFinished: root.promotion.description = text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: root.promotion.plan.trailers
                            color: Theme.mutedText
                            font.family: Theme.monospace
                            font.pixelSize: Theme.smallFontSize
                            wrapMode: Text.WrapAnywhere
                            Accessible.name: qsTr("Trailers recorded with the commit")
                        }
                    }
                }
            }

            // What the target environment will deploy differently.
            ColumnLayout {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
                spacing: 6
                SectionLabel {
                    Layout.leftMargin: 8
                    text: qsTr("What %1 will deploy differently").arg(root.promotion.plan.toEnvironment)
                }
                Label {
                    Layout.leftMargin: 8
                    Layout.fillWidth: true
                    visible: root.promotion.previewError.length > 0
                    text: qsTr("The rendered change cannot be shown: %1").arg(root.promotion.previewError)
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
                ListView {
                    objectName: "previewSummary"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.preferredHeight: Math.min(contentHeight, 150)
                    clip: true
                    model: root.promotion.previewSummary
                    spacing: 2
                    delegate: Column {
                        id: change
                        required property string title
                        required property string oldValue
                        required property string newValue
                        required property string type
                        width: ListView.view.width
                        Label {
                            width: parent.width
                            text: change.type === "field" ? change.title : "~ " + change.title
                            color: change.type === "field" ? Theme.mutedText : Theme.text
                            font.bold: change.type !== "field"
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideMiddle
                        }
                        // Long values (image references) elide on the left: the tag stays.
                        Label {
                            visible: change.type === "field" && change.oldValue.length > 0
                            width: parent.width
                            leftPadding: 12
                            text: "− " + change.oldValue
                            color: Theme.danger
                            font.family: Theme.monospace
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideLeft
                        }
                        Label {
                            visible: change.type === "field" && change.newValue.length > 0
                            width: parent.width
                            leftPadding: 12
                            text: "+ " + change.newValue
                            color: Theme.success
                            font.family: Theme.monospace
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideLeft
                        }
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: 8
                    color: Theme.card
                    border.color: Theme.cardBorder
                    clip: true
                    ListView {
                        id: previewRows
                        objectName: "previewRows"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: root.promotion.preview
                        boundsBehavior: Flickable.StopAtBounds
                        reuseItems: true
                        ScrollBar.vertical: ScrollBar {}
                        delegate: UnifiedDiffRow {
                            width: ListView.view.width
                            onExpandRequested: row => root.promotion.preview.expand(row)
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: previewRows.count === 0 && root.promotion.previewError.length === 0
                        text: qsTr("Nothing: the rendered manifests are the same.")
                        color: Theme.mutedText
                    }
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: footerRow.implicitHeight + 24
        color: Theme.card
        radius: Theme.radius
        RowLayout {
            id: footerRow
            anchors.fill: parent
            anchors.margins: 12
            spacing: 10
            Label {
                objectName: "footerMessage"
                Layout.fillWidth: true
                text: root.promotion.errorString.length > 0 && root.hasPlan ? root.promotion.errorString
                      : root.state === PromotionController.Ready && !root.promotion.gatesPass ? qsTr("Refused: %1").arg(root.promotion.refusal)
                      // The keyboard hint only outside presentation: an audience has no keyboard.
                      : root.state === PromotionController.Ready ? (Theme.presentation ? qsTr("Nothing is changed until you approve.")
                                                                                       : qsTr("Nothing is changed until you approve (Ctrl+Enter)."))
                      : ""
                color: root.promotion.errorString.length > 0 || (root.state === PromotionController.Ready && !root.promotion.gatesPass) ? Theme.danger : Theme.mutedText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Button {
                objectName: "closeButton"
                text: root.state === PromotionController.Applied ? qsTr("Close") : qsTr("Cancel")
                enabled: !root.promotion.busy
                onClicked: root.close()
                Accessible.name: text
            }
            PrimaryButton {
                objectName: "mergeButton"
                visible: root.state === PromotionController.Applied && root.promotion.pullRequestNumber > 0 && !root.promotion.merged
                         || root.state === PromotionController.Merging
                // While checks that have not passed are named, the confirmation decides.
                enabled: root.state === PromotionController.Applied && !mergePanel.confirming
                text: qsTr("Merge Pull Request #%1").arg(root.promotion.pullRequestNumber)
                onClicked: root.promotion.mergePullRequest()
                Accessible.name: text
            }
            PrimaryButton {
                objectName: "approveButton"
                visible: root.state === PromotionController.Ready || root.state === PromotionController.Applying
                         || (root.state === PromotionController.Failed && root.hasPlan)
                enabled: root.state === PromotionController.Ready && root.promotion.gatesPass
                text: root.promotion.plan.action === "rollback" ? qsTr("Approve Rollback")
                      : root.promotion.pullRequest ? qsTr("Approve and Open Pull Request")
                      : qsTr("Approve and Promote")
                Accessible.name: text
                onClicked: {
                    root.promotion.description = messageField.text
                    root.promotion.approve()
                }
            }
        }
    }
}
