import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// One change on the history timeline: what kind (a coloured mark on the rail), which app
// moved where, the tag it pins now and the one it replaced, who and when, and whether it was
// reverted. Older pins of an app and environment offer "Roll back to this".
Item {
    id: root

    required property string kind
    required property string kindLabel
    required property string app
    required property string fromEnvironment
    required property string toEnvironment
    required property string tag
    required property string previousTag
    required property string shortCommit
    required property string summary
    required property string author
    required property string displayTime
    required property bool reverted
    required property string revertedBy
    required property string reverts
    required property bool isCurrent
    required property bool canRollBack
    required property string commit
    required property string image
    required property string digest
    required property string pinKind
    required property string pinKindLabel
    required property string file
    required property bool mutableTag
    required property string mutableTagWarning

    // A click on the entry opens its change: the pin before and after, the commit, the image,
    // and how it compares with what the environment pins now (currentTag, set by the view).
    property bool expanded: false
    property string currentTag

    // The timeline starts at the first entry and ends at the last one.
    property bool first: false
    property bool last: false
    // The height of a day header just above this entry (0 when there is none).
    property real sectionGap: 0

    signal rollBackClicked()

    readonly property color kindColor: kind === "promotion" ? Theme.accent
                                     : kind === "set-image" ? Theme.success
                                     : kind === "image-change" ? Theme.warning
                                     : Theme.danger // reverts and rollbacks: something went back
    readonly property string kindGlyph: kind === "promotion" ? "→"
                                      : kind === "set-image" ? "↑"
                                      : kind === "image-change" ? "✎"
                                      : kind === "revert" ? "↶"
                                      : "↺"
    readonly property string where: fromEnvironment.length > 0
                                    ? qsTr("%1 → %2").arg(fromEnvironment).arg(toEnvironment)
                                    : toEnvironment

    implicitHeight: card.implicitHeight + 10
    // A reused delegate starts closed.
    ListView.onPooled: expanded = false

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2 %3, %4").arg(root.kindLabel).arg(root.app).arg(root.where).arg(root.tag)

    // The rail and the kind's mark on it. The rail runs on through the day header above a
    // day's first entry, and stops at the first and the last mark.
    Rectangle {
        x: 17
        y: root.first ? 20 : root.sectionGap > 0 ? -root.sectionGap : 0
        width: 2
        height: (root.last ? 20 : parent.height) - y
        color: Theme.cardBorder
    }
    Rectangle {
        objectName: "kindMark"
        x: 4
        y: 8
        width: 28
        height: 28
        radius: 14
        color: root.kindColor
        Label {
            anchors.centerIn: parent
            text: root.kindGlyph
            color: Theme.card
            font.pixelSize: 15
            font.bold: true
        }
    }

    Rectangle {
        id: card
        anchors.left: parent.left
        anchors.leftMargin: 48
        anchors.right: parent.right
        implicitHeight: content.implicitHeight + 20
        radius: Theme.radius
        color: Theme.card
        border.color: root.expanded ? Theme.accent : root.isCurrent ? Theme.success : Theme.cardBorder
        border.width: root.expanded ? 2 : 1

        HoverHandler {
            id: cardHover
            cursorShape: Qt.PointingHandCursor
        }
        TapHandler {
            onTapped: root.expanded = !root.expanded
        }
        Keys.onReturnPressed: root.expanded = !root.expanded
        Accessible.role: Accessible.Button
        Accessible.name: root.expanded ? qsTr("Hide the change") : qsTr("Show the change")

        ColumnLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 10
            anchors.leftMargin: 14
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Badge {
                    objectName: "kindBadge"
                    text: root.kindLabel
                    textColor: root.kindColor
                    strong: true
                }
                Label {
                    objectName: "appName"
                    text: root.app
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.maximumWidth: 260
                }
                Label {
                    objectName: "environments"
                    text: root.where
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Badge {
                    objectName: "currentBadge"
                    visible: root.isCurrent
                    text: qsTr("current in %1").arg(root.toEnvironment)
                    textColor: Theme.success
                    strong: true
                }
                Badge {
                    objectName: "revertedBadge"
                    visible: root.reverted
                    text: qsTr("reverted by %1").arg(root.revertedBy)
                    textColor: Theme.danger
                    strong: true
                }
                Label {
                    objectName: "entryTime"
                    text: root.displayTime
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                Label {
                    objectName: "entryTag"
                    text: root.tag.length > 0 ? root.tag : qsTr("no tag")
                    color: root.reverted ? Theme.mutedText : Theme.accent
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontSize
                    font.strikeout: root.reverted
                }
                Label {
                    objectName: "previousTag"
                    text: root.previousTag.length > 0 ? qsTr("was %1").arg(root.previousTag)
                                                      : root.kind === "image-change" ? qsTr("first pin") : ""
                    visible: text.length > 0
                    color: Theme.mutedText
                    font.family: root.previousTag.length > 0 ? Theme.monospace : Theme.uiFont
                    font.pixelSize: Theme.smallFontSize
                }
                Badge {
                    objectName: "mutableTagBadge"
                    visible: root.mutableTag
                    text: qsTr("⚠ mutable tag")
                    textColor: Theme.warning
                    strong: true
                    Accessible.name: root.mutableTagWarning
                    HoverHandler { id: mutableHover }
                    ToolTip.visible: mutableHover.hovered
                    ToolTip.delay: 300
                    ToolTip.text: root.mutableTagWarning
                }
                Label {
                    visible: root.reverts.length > 0
                    text: qsTr("undoes %1").arg(root.reverts)
                    color: Theme.danger
                    font.pixelSize: Theme.smallFontSize
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "rollBackButton"
                    visible: root.canRollBack
                    text: qsTr("Roll back to this…")
                    onClicked: root.rollBackClicked()
                    Accessible.name: qsTr("Roll back %1 in %2 to %3").arg(root.app).arg(root.toEnvironment).arg(root.tag)
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Pin %1 in %2 again; you see the plan before anything is committed")
                                  .arg(root.tag).arg(root.toEnvironment)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                CopyableText {
                    objectName: "commitId"
                    visible: root.shortCommit.length > 0
                    text: root.shortCommit
                    copyText: root.commit.length > 0 ? root.commit : root.shortCommit
                    what: qsTr("commit id")
                    color: Theme.mutedText
                    monospace: true
                    pixelSize: Theme.smallFontSize
                }
                Label {
                    objectName: "commitLine"
                    Layout.fillWidth: true
                    text: [root.author, root.summary].filter(s => s.length > 0).join("  ·  ")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideRight
                }
                Label {
                    text: root.expanded ? "▴" : "▾"
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                }
            }

            // The commit's change: the pin as the overlay had it and has it, and the comparison
            // with what the environment pins now.
            ColumnLayout {
                objectName: "entryChange"
                visible: root.expanded
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 2
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: pinDiff.implicitHeight + 12
                    color: Theme.gutter
                    border.color: Theme.cardBorder
                    radius: 4
                    Column {
                        id: pinDiff
                        x: 8
                        y: 6
                        width: parent.width - 16
                        Label {
                            objectName: "pinRemoved"
                            visible: root.previousTag.length > 0
                            width: parent.width
                            text: "− " + root.image + ":" + root.previousTag
                            color: Theme.danger
                            font.family: Theme.monospace
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideLeft
                        }
                        Label {
                            objectName: "pinAdded"
                            width: parent.width
                            text: "+ " + root.image + ":" + root.tag
                                  + (root.digest.length > 0 ? "@" + root.digest : "")
                            color: Theme.success
                            font.family: Theme.monospace
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideLeft
                        }
                    }
                }
                Label {
                    objectName: "pinWhere"
                    visible: root.file.length > 0
                    Layout.fillWidth: true
                    text: root.pinKindLabel.length > 0
                          ? qsTr("pinned as %1 in %2").arg(root.pinKindLabel).arg(root.file)
                          : qsTr("pinned in %1").arg(root.file)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideLeft
                }
                Label {
                    objectName: "mutableTagWarning"
                    visible: root.mutableTag
                    Layout.fillWidth: true
                    text: root.mutableTagWarning
                    color: Theme.warning
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    CopyableText {
                        objectName: "entryImage"
                        text: root.image.length > 0 ? root.image.split("/").pop() + ":" + root.tag : root.tag
                        copyText: root.image.length > 0 ? root.image + ":" + root.tag : root.tag
                        link: Clipboard.imageLink(root.image)
                        what: qsTr("image")
                        monospace: true
                        pixelSize: Theme.smallFontSize
                    }
                    Label {
                        objectName: "compareWithCurrent"
                        Layout.fillWidth: true
                        text: root.currentTag.length === 0 ? qsTr("%1 pins no tag of %2 now").arg(root.toEnvironment).arg(root.app)
                              : root.currentTag === root.tag ? qsTr("%1 runs this version now").arg(root.toEnvironment)
                              : qsTr("now %1 pins %2 (this entry: %3)").arg(root.toEnvironment).arg(root.currentTag).arg(root.tag)
                        color: root.currentTag === root.tag ? Theme.success : Theme.text
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
