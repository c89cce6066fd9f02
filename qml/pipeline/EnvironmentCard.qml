import QtQuick
import Promenade
import QtQuick.Controls
import QtQuick.Layouts
import Promenade.Ui

// One environment of the pipeline: its clusters, what each app runs there (as the overlay
// declares it) and its infrastructure lane.
Rectangle {
    id: root

    property string name
    property int stage
    property var clusters: []
    property string promotion
    property string appsOverlay
    property string infrastructureOverlay
    property DeclaredImageListModel images
    property InfrastructureListModel infrastructure
    property string problem
    // Live status is configured and its first answer is not in yet.
    property bool statusLoading: false
    // The promotion badge sits beside the name while both fit; large type, a long name or a
    // longer language put it on the clusters' line, so the name is never cut short.
    readonly property bool badgeBelowName: Theme.presentation
        || nameLabel.implicitWidth + headerBadge.implicitWidth + stageDot.Layout.preferredWidth + 2 * header.spacing
           > root.width - 2 * content.anchors.margins // not the row's width: it is set while the row is laid out
    // The app list scrolls inside the card beyond this height, so that a card of hundreds of
    // apps creates only the rows on screen (the export's snapshot leaves it unbounded).
    property real maximumListHeight: Number.POSITIVE_INFINITY

    // The "↑ promote" of an infrastructure chart the upstream environment pins at another version.
    signal promoteChartRequested(string chart, string from)

    implicitHeight: content.implicitHeight + 32
    height: Math.min(implicitHeight, parent ? parent.height : implicitHeight)
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.cardBorder
    border.width: Theme.borderWidth

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Environment %1").arg(root.name)

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            id: header
            Layout.fillWidth: true
            spacing: 10
            Rectangle {
                id: stageDot
                Layout.preferredWidth: Math.round(26 * Theme.scale)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: Theme.accent
                Label {
                    anchors.centerIn: parent
                    text: root.stage
                    color: "white"
                    font.bold: true
                    font.pixelSize: Theme.fontSize
                }
            }
            Label {
                id: nameLabel
                objectName: "environmentName"
                Layout.fillWidth: true
                text: root.name
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                elide: Text.ElideRight
            }
            PromotionBadge {
                id: headerBadge
                objectName: "promotionBadgeBesideName"
                visible: !root.badgeBelowName
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6
            PromotionBadge {
                objectName: "promotionBadgeBelowName"
                visible: root.badgeBelowName
            }
            Repeater {
                model: root.clusters
                delegate: Badge {
                    required property string modelData
                    text: "⎈ " + modelData
                    textColor: Theme.text
                    strong: true
                }
            }
            Label {
                visible: root.clusters.length === 0
                text: qsTr("no cluster points at this overlay")
                color: Theme.warning
                font.pixelSize: Theme.smallFontSize
            }
        }

        Label {
            visible: root.problem.length > 0
            Layout.fillWidth: true
            text: root.problem
            color: Theme.danger
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
        }

        SectionHeader {
            text: imageList.count > 12 ? qsTr("Applications · %1").arg(imageList.count) : qsTr("Applications")
            detail: root.appsOverlay
        }

        // Virtualised: a card of hundreds of apps keeps its height and scrolls.
        RowLayout {
            objectName: "cardLoading"
            visible: root.statusLoading
            spacing: 6
            LoadingIndicator {
                implicitWidth: 16
                implicitHeight: 16
                running: parent.visible
            }
            Label {
                text: qsTr("Loading what runs…")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }
        }

        ListView {
            id: imageList
            objectName: "imageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, root.maximumListHeight)
            Layout.maximumHeight: root.maximumListHeight
            Layout.minimumHeight: Math.min(contentHeight, 120)
            model: root.images
            spacing: 10
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            // Shown whenever there is more to see, not only while scrolling.
            ScrollBar.vertical: ScrollBar {
                id: imageScroll
                policy: imageList.contentHeight > imageList.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                minimumSize: 0.06
            }
            delegate: ColumnLayout {
                id: imageRow
                width: ListView.view.width - (imageScroll.visible ? imageScroll.width + 4 : 0)
                required property string app
                required property string repository
                required property string version
                required property bool pinned
                required property bool statusKnown
                required property string runningVersion
                required property string sync
                required property string health
                required property string lastSync
                required property string drift
                required property string behind
                required property string newestTag
                required property bool mutableTag
                required property string mutableTagWarning
                required property string verdict
                required property string verdictText
                readonly property color statusColor: Theme.statusColor(statusKnown, sync, health)
                spacing: 1
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Rectangle {
                        objectName: "statusDot"
                        Layout.preferredWidth: Math.round(10 * Theme.scale)
                        Layout.preferredHeight: Layout.preferredWidth
                        radius: width / 2
                        color: imageRow.statusColor
                        opacity: imageRow.statusKnown ? 1 : 0.35
                        HoverHandler { id: dotHover }
                        ToolTip.visible: dotHover.hovered
                        ToolTip.text: imageRow.statusKnown ? qsTr("Argo CD: %1 · %2").arg(imageRow.sync).arg(imageRow.health)
                                    : root.statusLoading ? qsTr("Loading what runs…")
                                    : qsTr("What runs is not known yet")
                        Accessible.name: ToolTip.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: imageRow.app
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "declaredVersion"
                        text: imageRow.version.length > 0 ? imageRow.version : qsTr("no tag")
                        color: imageRow.pinned ? Theme.accent : Theme.warning
                        font.family: Theme.monospace
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideMiddle
                        Layout.maximumWidth: Math.round(170 * Theme.scale)
                    }
                }
                // The image: copied with its tag, opened on its registry's page.
                CopyableText {
                    objectName: "imageReference"
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(16 * Theme.scale)
                    text: imageRow.pinned ? imageRow.repository
                                          : qsTr("%1 (not pinned by the overlay)").arg(imageRow.repository)
                    copyText: imageRow.version.length > 0 ? imageRow.repository + ":" + imageRow.version : imageRow.repository
                    link: Clipboard.imageLink(imageRow.repository)
                    what: qsTr("image")
                    color: Theme.mutedText
                    pixelSize: Theme.smallFontSize
                    elide: Text.ElideMiddle
                }
                Label {
                    objectName: "runningState"
                    visible: imageRow.statusKnown
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(16 * Theme.scale)
                    text: (imageRow.runningVersion !== imageRow.version.split("@")[0]
                           ? qsTr("running %1").arg(imageRow.runningVersion) + " · " : "")
                          + imageRow.sync + " · " + imageRow.health
                          + (imageRow.lastSync.length > 0 ? " · " + qsTr("last sync %1", "the time or date of Argo CD's last sync").arg(imageRow.lastSync) : "")
                          + (imageRow.newestTag.length > 0 && imageRow.newestTag !== imageRow.version.split("@")[0]
                             ? " · " + qsTr("newest %1", "the newest tag in the registry").arg(imageRow.newestTag) : "")
                    color: imageRow.statusColor
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                Label {
                    // The promotion verdict, as the edge, the matrix and the gates say it.
                    objectName: "promotionVerdict"
                    visible: ["ready", "blocked", "behind", "pull-request-open"].indexOf(imageRow.verdict) >= 0
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(16 * Theme.scale)
                    // Non-breaking hyphens: a wrapped line never splits "sha-e7d1a48".
                    text: (imageRow.verdict === "ready" ? "↑ " : imageRow.verdict === "blocked" ? "⚠ " : "… ")
                          + imageRow.verdictText.replace(/-/g, "\u2011")
                    color: imageRow.verdict === "ready" ? Theme.accent
                         : imageRow.verdict === "blocked" ? Theme.warning : Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "mutableTagWarning"
                    visible: imageRow.mutableTag
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(16 * Theme.scale)
                    text: "⚠ " + imageRow.mutableTagWarning
                    color: Theme.warning
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "drift"
                    visible: imageRow.drift.length > 0
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(16 * Theme.scale)
                    text: "⚠ " + imageRow.drift.split("\n").join("\n⚠ ")
                    color: Theme.warning
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            visible: imageList.count === 0
            text: qsTr("no applications")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }

        SectionHeader {
            visible: root.infrastructureOverlay.length > 0
            text: qsTr("Infrastructure")
            detail: root.infrastructureOverlay
        }

        Repeater {
            model: root.infrastructure
            delegate: ColumnLayout {
                id: componentRow
                required property string name
                required property string version
                required property string kind
                required property string state
                required property string detail
                required property string promoteFrom
                required property string promoteVersion
                readonly property color stateColor: state === "failed" ? Theme.danger : state === "warning" ? Theme.warning : Theme.success
                Layout.fillWidth: true
                spacing: 0
                Accessible.role: Accessible.StaticText
                Accessible.name: [componentRow.name, componentRow.version.length > 0 ? componentRow.version : componentRow.kind, componentRow.detail].filter(t => t.length > 0).join(", ")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Rectangle {
                        visible: componentRow.state.length > 0
                        implicitWidth: 8
                        implicitHeight: 8
                        radius: 4
                        color: componentRow.stateColor
                    }
                    Label {
                        Layout.fillWidth: true
                        text: componentRow.name
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideRight
                    }
                    Label {
                        text: componentRow.version.length > 0 ? componentRow.version : componentRow.kind
                        color: componentRow.version.length > 0 ? Theme.accent : Theme.mutedText
                        font.family: componentRow.version.length > 0 ? Theme.monospace : Theme.uiFont
                        font.pixelSize: componentRow.version.length > 0 ? Theme.fontSize : Theme.smallFontSize
                    }
                }
                Label {
                    objectName: "infrastructureDetail"
                    visible: componentRow.detail.length > 0
                    Layout.fillWidth: true
                    leftPadding: 14
                    text: (componentRow.state === "warning" || componentRow.state === "failed" ? "⚠ " : "") + componentRow.detail
                    color: componentRow.state === "warning" || componentRow.state === "failed" ? componentRow.stateColor : Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                }
                // The upstream environment pins this chart at another version: promoted
                // through the same approval as an app.
                AbstractButton {
                    id: promoteChart
                    objectName: "promoteChart_" + componentRow.name
                    visible: componentRow.promoteFrom.length > 0
                    Layout.leftMargin: 14
                    Layout.topMargin: 2
                    hoverEnabled: true
                    implicitWidth: implicitContentWidth + leftPadding + rightPadding
                    implicitHeight: implicitContentHeight + topPadding + bottomPadding
                    leftPadding: 6
                    rightPadding: 6
                    topPadding: 2
                    bottomPadding: 2
                    text: qsTr("↑ promote %1 from %2").arg(componentRow.promoteVersion).arg(componentRow.promoteFrom)
                    onClicked: root.promoteChartRequested(componentRow.name, componentRow.promoteFrom)
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Promote %1 %2 from %3 to %4").arg(componentRow.name).arg(componentRow.promoteVersion).arg(componentRow.promoteFrom).arg(root.name)
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("%1 pins %2 %3. Click to see every gate and approve.").arg(componentRow.promoteFrom).arg(componentRow.name).arg(componentRow.promoteVersion)
                    background: Rectangle {
                        radius: 6
                        color: promoteChart.hovered ? Qt.tint(Theme.card, Qt.rgba(0.08, 0.39, 0.78, 0.10)) : Theme.card
                        border.color: Theme.accent
                        border.width: promoteChart.visualFocus ? 2 : 1
                    }
                    contentItem: Label {
                        text: promoteChart.text
                        color: Theme.accent
                        font.bold: true
                        font.family: Theme.monospace
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
        }
    }

    component PromotionBadge: Badge {
        text: root.promotion === "pull-request" ? qsTr("via pull request") : qsTr("direct commit")
        textColor: root.promotion === "pull-request" ? Theme.warning : Theme.mutedText
        ToolTip.visible: promotionHover.hovered
        ToolTip.text: root.promotion === "pull-request"
                      ? qsTr("Promotions into %1 open a pull request against main").arg(root.name)
                      : qsTr("Promotions into %1 are committed and pushed directly").arg(root.name)
        HoverHandler { id: promotionHover }
    }

    component SectionHeader: ColumnLayout {
        property alias text: title.text
        property string detail
        Layout.fillWidth: true
        Layout.topMargin: 6
        spacing: 2
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.cardBorder }
        Label {
            id: title
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.bold: true
            font.capitalization: Font.AllUppercase
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: parent.detail
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.family: Theme.monospace
            elide: Text.ElideMiddle
        }
    }
}
