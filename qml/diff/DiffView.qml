import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Two environments side by side: rendered manifests (what Kubernetes gets) or overlay files,
// with the Kubernetes-aware summary beside them. n / p (or F7 / Shift+F7) walk the changes.
Item {
    id: root

    required property PipelineController pipeline
    readonly property alias controller: diff
    readonly property alias rowList: rows
    // Fusion's combo box keeps 24 px whatever its font (Qt 6.4): grow it with the type.
    readonly property int comboHeight: Math.max(24, Math.round(Theme.fontSize * 1.85))

    DiffController {
        id: diff
        pipeline: root.pipeline
        active: root.visible
    }

    Binding {
        target: diff.rows
        property: "dark"
        value: Theme.dark
    }

    function goToChange(row) {
        if (row < 0)
            return
        rows.currentIndex = row
        rows.positionViewAtIndex(row, ListView.Center)
    }
    function nextChange() { goToChange(diff.rows.nextChange(rows.currentIndex)) }
    function previousChange() { goToChange(diff.rows.previousChange(rows.currentIndex < 0 ? rows.count : rows.currentIndex)) }

    Shortcut {
        enabled: root.visible
        sequences: ["n", "F7", "Alt+Down"]
        onActivated: root.nextChange()
    }
    Shortcut {
        enabled: root.visible
        sequences: ["p", "Shift+F7", "Alt+Up"]
        onActivated: root.previousChange()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.card; border.color: Theme.cardBorder }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 8

                ComboBox {
                    id: leftPicker
                    objectName: "leftEnvironment"
                    model: diff.environments
                    currentIndex: diff.environments.indexOf(diff.leftEnvironment)
                    onActivated: diff.leftEnvironment = currentText
                    implicitContentWidthPolicy: ComboBox.WidestText
                    implicitHeight: root.comboHeight
                    Accessible.name: qsTr("Compare from environment")
                }
                Label {
                    text: "→"
                    color: Theme.mutedText
                    font.pixelSize: Math.round(16 * Theme.scale)
                }
                ComboBox {
                    id: rightPicker
                    objectName: "rightEnvironment"
                    model: diff.environments
                    currentIndex: diff.environments.indexOf(diff.rightEnvironment)
                    onActivated: diff.rightEnvironment = currentText
                    implicitContentWidthPolicy: ComboBox.WidestText
                    implicitHeight: root.comboHeight
                    Accessible.name: qsTr("Compare to environment")
                }
                ComboBox {
                    objectName: "appPicker"
                    model: [qsTr("All apps and infrastructure")].concat(diff.apps)
                    currentIndex: diff.app.length > 0 ? diff.apps.indexOf(diff.app) + 1 : 0
                    onActivated: index => diff.app = index === 0 ? "" : diff.apps[index - 1]
                    implicitWidth: Math.round(220 * Theme.scale)
                    implicitHeight: root.comboHeight
                    Accessible.name: qsTr("Application")
                }
                Segment {
                    objectName: "renderedMode"
                    text: qsTr("Rendered", "compare the rendered manifests")
                    checked: diff.rendered
                    onClicked: diff.rendered = true
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("What kustomize renders for each environment: what Kubernetes gets")
                }
                Segment {
                    objectName: "filesMode"
                    text: qsTr("Overlay files")
                    checked: !diff.rendered
                    onClicked: diff.rendered = false
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The overlays' kustomization and patch files side by side")
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "diffStats"
                    visible: diff.compared && diff.errorString.length === 0
                    textFormat: Text.StyledText
                    text: "<font color='" + Theme.success + "'>+" + diff.rows.addedLines + "</font> "
                          + "<font color='" + Theme.danger + "'>−" + diff.rows.removedLines + "</font> "
                          + (diff.rows.changedFiles === 1 ? qsTr("in 1 file") : qsTr("in %1 files").arg(diff.rows.changedFiles))
                    color: Theme.mutedText
                }
                ToolButton {
                    text: "↑"
                    onClicked: root.previousChange()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Previous change (p)")
                    Accessible.name: qsTr("Previous change")
                }
                ToolButton {
                    text: "↓"
                    onClicked: root.nextChange()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Next change (n)")
                    Accessible.name: qsTr("Next change")
                }
                ToolButton {
                    text: qsTr("Expand all")
                    onClicked: diff.rows.expandAll()
                }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            Item {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 400

                ListView {
                    id: rows
                    objectName: "diffRows"
                    anchors.fill: parent
                    clip: true
                    model: diff.rows
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 400
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    delegate: DiffRow {
                        width: ListView.view.width
                        current: ListView.isCurrentItem
                        onExpandRequested: row => diff.rows.expand(row)
                    }
                }

                BusyIndicator {
                    anchors.centerIn: parent
                    running: diff.loading
                }
                MessagePanel {
                    anchors.fill: parent
                    visible: diff.errorString.length > 0
                    title: qsTr("These environments cannot be compared")
                    detail: diff.errorString
                    hint: qsTr("Fix the file named above, or pick other environments.")
                }
                Label {
                    anchors.centerIn: parent
                    visible: diff.compared && !diff.loading && diff.errorString.length === 0 && rows.count === 0
                    text: qsTr("No differences: %1 and %2 are the same.").arg(diff.leftEnvironment).arg(diff.rightEnvironment)
                    color: Theme.mutedText
                    font.pixelSize: Theme.titleFontSize
                }
            }

            SemanticSummary {
                SplitView.preferredWidth: Math.round(380 * Theme.codeScale)
                SplitView.minimumWidth: 240
                model: diff.summary
                onJumpRequested: (file, leftLine, rightLine) => root.goToChange(diff.rows.rowForLine(file, leftLine, rightLine))
            }
        }
    }
}
