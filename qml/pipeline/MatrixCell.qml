import QtQuick
import QtQuick.Controls
import Promenade
import Promenade.Ui

// One cell of the app matrix: what an environment declares for an app (the tag), whether Argo
// CD runs it synced and healthy (the dot), what runs when it differs, drift, and whether the
// previous environment has something newer to promote. Kept light: the view reuses it while
// scrolling through hundreds of apps.
Rectangle {
    id: root

    required property int row
    required property int column
    required property bool current
    required property bool selected
    required property string app
    required property string environment
    required property bool deployed
    required property string declaredVersion
    required property string repository
    required property bool pinned
    required property bool statusKnown
    required property string runningVersion
    required property string sync
    required property string health
    required property string drift
    required property string newestTag
    required property bool readyToPromote
    // The promotion verdict (ready, blocked, behind, drift, pull-request-open, up-to-date) and
    // its sentence: what the card, the edge, the gates and the export say too.
    required property string verdict
    required property string verdictText
    required property string promoteFrom
    required property string promoteVersion
    required property string promotion
    required property string problem
    required property string detail
    required property bool mutableTag
    // An infrastructure Helm chart's row (cert-manager): the chart's version, its Application's
    // sync and health, and "↑ promote" where the upstream pins another version.
    required property bool chart
    // Live status is being followed (else what runs is not shown as unknown: it is not asked).
    property bool live: true
    // The window's controller: what a promotion would ship is asked through it on hover.
    property PipelineController controller: null

    // A click: the view selects the cell (with the keyboard modifiers held: Ctrl, Shift).
    signal tapped(int modifiers)
    // A click on "↑ promote": the promotion of this cell, at once.
    signal promoteTapped()
    // A right click: the view's menu for this cell (copy the tag or image, open the image).
    signal menuRequested()

    readonly property bool runsOther: statusKnown && runningVersion.length > 0 && runningVersion !== declaredVersion
    readonly property color statusColor: Theme.statusColor(statusKnown, sync, health)

    color: selected ? Qt.tint(Theme.card, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.28))
         : readyToPromote ? Qt.tint(Theme.card, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10)) : Theme.card
    border.color: current || selected ? Theme.accent : Theme.cardBorder
    border.width: current ? 2 : 1
    // Two lines of text, and room around them at any type size.
    readonly property int pad: Math.round(7 * Theme.scale)

    Accessible.role: Accessible.Cell
    Accessible.name: detail.split("\n").join(". ")

    Rectangle {
        id: dot
        objectName: "statusDot"
        visible: root.deployed
        x: root.pad + 3
        anchors.verticalCenter: tag.verticalCenter
        width: Math.round(10 * Theme.scale)
        height: width
        radius: width / 2
        color: root.statusColor
    }

    Text {
        id: tag
        objectName: "cellTag"
        anchors.left: dot.right
        anchors.leftMargin: 7
        anchors.right: badges.left
        anchors.rightMargin: 6
        y: root.pad
        text: !root.deployed ? "—" : root.declaredVersion.length > 0 ? root.declaredVersion : qsTr("no tag")
        color: !root.deployed ? Theme.mutedText : root.pinned ? Theme.text : Theme.warning
        font.family: Theme.monospace
        font.pixelSize: Theme.fontSize
        elide: Text.ElideMiddle
    }

    Row {
        id: badges
        anchors.right: parent.right
        anchors.rightMargin: 8
        anchors.verticalCenter: tag.verticalCenter
        spacing: 4
        // The badges' text is set only while shown: a cell is made for every visible one of
        // hundreds, and a hidden label would still be laid out.
        Text {
            objectName: "chartBadge"
            visible: root.deployed && root.chart
            text: visible ? qsTr("chart", "a badge: this row is a Helm chart, not an app") : ""
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        Text {
            objectName: "mutableTagBadge"
            visible: root.deployed && root.mutableTag
            // The warning itself is in the cell's detail (its tooltip and accessible name).
            text: visible ? qsTr("mutable", "a badge: the pinned tag (latest, a branch name) can move") : ""
            color: Theme.warning
            font.pixelSize: Theme.smallFontSize
            font.bold: true
        }
        Text {
            objectName: "driftIcon"
            visible: root.drift.length > 0
            text: visible ? "⚠" : ""
            color: Theme.warning
            font.pixelSize: Theme.fontSize + 1
        }
        Rectangle {
            id: readyChip
            objectName: "readyChip"
            visible: root.readyToPromote
            width: readyLabel.implicitWidth + 12
            height: readyLabel.implicitHeight + 4
            radius: height / 2
            color: chipHover.hovered ? Theme.accent : Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16)
            Text {
                id: readyLabel
                anchors.centerIn: parent
                text: readyChip.visible ? qsTr("↑ promote", "a button: promote this version to the next environment") : ""
                color: chipHover.hovered ? "white" : Theme.accent
                font.pixelSize: Theme.smallFontSize
                font.bold: true
            }
            HoverHandler {
                id: chipHover
                cursorShape: Qt.PointingHandCursor
            }
            TapHandler {
                onTapped: root.promoteTapped()
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Promote %1 to %2").arg(root.app).arg(root.environment)
        }
    }

    Text {
        objectName: "cellState"
        anchors.left: tag.left
        anchors.right: parent.right
        anchors.rightMargin: 8
        anchors.top: tag.bottom
        anchors.topMargin: Math.round(2 * Theme.scale)
        text: !root.deployed ? qsTr("not deployed")
              : !root.statusKnown ? (root.problem.length > 0 ? qsTr("status unknown") : root.live ? qsTr("not known yet") : "")
              : root.runsOther ? qsTr("running %1").arg(root.runningVersion)
              : (root.sync === "Synced" && root.health === "Healthy" ? qsTr("synced · healthy") : root.sync + " · " + root.health)
                + (root.newestTag.length > 0 ? " · " + qsTr("newest %1", "the newest tag in the registry").arg(root.newestTag) : "")
        color: root.runsOther ? Theme.warning : root.statusKnown ? root.statusColor : Theme.mutedText
        font.family: root.runsOther ? Theme.monospace : Theme.uiFont
        font.pixelSize: Theme.smallFontSize
        elide: Text.ElideRight
    }

    HoverHandler {
        id: hover
    }
    // A click on "↑ promote" is the chip's alone (it selects the cell and promotes it).
    TapHandler {
        onTapped: (eventPoint, button) => {
            const onChip = readyChip.visible && readyChip.contains(readyChip.mapFromItem(root, eventPoint.position))
            if (!onChip)
                root.tapped(point.modifiers)
        }
    }
    // The version and the image, taken elsewhere in one action (one menu for the whole view).
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: root.menuRequested()
    }
    // What promoting would ship, asked only while the tooltip shows ("12 commits, 3 pull
    // requests ahead"); the cell's own detail first.
    // Made on the first hover only (then kept): hundreds of cells are made while scrolling.
    Loader {
        id: changesLoader
        active: hover.hovered || item !== null
        sourceComponent: ReleaseChangesBadge {
            controller: root.controller
            app: root.app
            fromEnvironment: root.promoteFrom
            toEnvironment: root.environment
            active: hover.hovered && root.promoteFrom.length > 0
            Component.onCompleted: root.changes = this
        }
    }
    property ReleaseChangesBadge changes: null
    readonly property string changesHeadline: changes ? changes.headline : ""
    readonly property bool changesLoading: changes ? changes.loading : false
    ToolTip.visible: hover.hovered
    ToolTip.delay: 400
    ToolTip.text: root.detail
                  + (root.changesHeadline.length > 0 ? "\n" + qsTr("Ships: %1").arg(root.changesHeadline)
                     : root.changesLoading ? "\n" + qsTr("Ships: asking the source…") : "")
}
