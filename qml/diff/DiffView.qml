import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Two environments side by side: rendered manifests (what Kubernetes gets) or overlay files,
// with the changed files on the left (large diffs) and the Kubernetes-aware summary on the
// right. n / p (or F7 / Shift+F7) walk the changes; Ctrl+F finds text (Enter / F3 next,
// Shift+Enter / Shift+F3 previous); a press selects lines (Shift or a drag extends), Ctrl+C
// copies them, a right click offers the line or the whole change; long lines scroll sideways
// in both panes at once (Shift+wheel, the scroll bar) or wrap.
Item {
    id: root

    required property PipelineController pipeline
    readonly property alias controller: diff
    readonly property alias rowList: rows
    readonly property alias findField: findField
    readonly property alias fileList: fileList
    readonly property alias horizontalBar: hbar
    // Fusion's combo box keeps 24 px whatever its font (Qt 6.4): grow it with the type.
    readonly property int comboHeight: Math.max(24, Math.round(Theme.fontSize * 1.85))

    // Sideways scrolling, shared by both panes of every row; off while lines wrap.
    property real hScroll: 0
    property bool wrap: false
    readonly property int gutterWidth: Math.round(52 * Theme.codeScale)
    readonly property real textViewWidth: Math.max(0, (rows.width - 1) / 2 - gutterWidth - 10)
    readonly property real textContentWidth: diff.rows.maxLineLength * codeMetrics.averageCharacterWidth + 20
    readonly property real maxHScroll: wrap ? 0 : Math.max(0, textContentWidth - textViewWidth)
    onMaxHScrollChanged: hScroll = Math.min(hScroll, maxHScroll)
    function scrollSideways(dx) { hScroll = Math.max(0, Math.min(maxHScroll, hScroll + dx)) }

    // The selected lines: rows selectionFirst..selectionLast of one side.
    property int selectionAnchor: -1
    property int selectionEnd: -1
    property string selectionSide: ""
    readonly property int selectionFirst: Math.min(selectionAnchor, selectionEnd)
    readonly property int selectionLast: Math.max(selectionAnchor, selectionEnd)
    function select(row, side, extend) {
        if (extend && selectionAnchor >= 0 && side === selectionSide) {
            selectionEnd = row
        } else {
            selectionAnchor = row
            selectionEnd = row
            selectionSide = side
        }
        rows.forceActiveFocus()
    }
    function clearSelection() {
        selectionAnchor = -1
        selectionEnd = -1
        selectionSide = ""
    }
    function selectedText() {
        return selectionAnchor < 0 ? "" : diff.rows.copyText(selectionFirst, selectionLast, selectionSide)
    }
    function copySelection() {
        const text = selectedText()
        if (text.length > 0)
            Clipboard.copy(text)
        return text
    }

    // Find: the match shown (0-based), -1 before the first search step.
    property int currentMatch: -1
    function findNext() { showMatch(1) }
    function findPrevious() { showMatch(-1) }
    function showMatch(step) {
        const count = diff.rows.matchCount
        if (count === 0)
            return
        if (currentMatch < 0) {
            currentMatch = diff.rows.matchAtOrAfter(Math.max(rows.currentIndex, 0))
            if (step < 0)
                currentMatch = (currentMatch - 1 + count) % count
        } else {
            currentMatch = (currentMatch + step + count) % count
        }
        goToChange(diff.rows.matchRow(currentMatch))
        // A match beyond the pane's edge: scroll sideways to it.
        const column = diff.rows.matchColumn(currentMatch)
        if (!wrap && column >= 0) {
            const left = column * codeMetrics.averageCharacterWidth
            const right = left + diff.rows.searchText.length * codeMetrics.averageCharacterWidth
            if (left < hScroll || right > hScroll + textViewWidth)
                hScroll = Math.max(0, Math.min(maxHScroll, left - textViewWidth / 3))
        }
    }

    // Qt 6.4's ComboBox measures its widest choice once, not again when the type grows
    // (presentation) or shrinks: measure again.
    function remeasure(combo) {
        combo.implicitContentWidthPolicy = ComboBox.ContentItemImplicitWidth
        combo.implicitContentWidthPolicy = ComboBox.WidestText
    }

    function goToFile(file) {
        const row = diff.rows.rowForFile(file)
        if (row < 0)
            return
        rows.currentIndex = row
        rows.positionViewAtIndex(row, ListView.Beginning)
    }

    // A new comparison (other environments, app or mode) starts at its top, not where the
    // previous one was scrolled to.
    function resetPosition() {
        rows.currentIndex = -1
        rows.positionViewAtBeginning()
        hScroll = 0
        currentMatch = -1
        clearSelection()
        fileList.positionViewAtBeginning()
    }

    DiffController {
        id: diff
        pipeline: root.pipeline
        active: root.visible
    }

    Connections {
        target: diff
        function onResultChanged() { root.resetPosition() }
    }

    Binding {
        target: diff.rows
        property: "dark"
        value: Theme.dark
    }

    FontMetrics {
        id: codeMetrics
        font.family: Theme.monospace
        font.pixelSize: Theme.codeFontSize
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
    Shortcut {
        enabled: root.visible
        sequences: [StandardKey.Find]
        onActivated: {
            findBar.visible = true
            findField.forceActiveFocus()
            findField.selectAll()
        }
    }
    Shortcut {
        enabled: root.visible && findBar.visible
        sequences: [StandardKey.FindNext, "F3"]
        onActivated: root.findNext()
    }
    Shortcut {
        enabled: root.visible && findBar.visible
        sequences: [StandardKey.FindPrevious, "Shift+F3"]
        onActivated: root.findPrevious()
    }
    Shortcut {
        enabled: root.visible && root.selectionAnchor >= 0
        sequences: [StandardKey.Copy]
        onActivated: root.copySelection()
    }

    Menu {
        id: copyMenu
        property int row: -1
        property string side: ""
        function openFor(row, side) {
            copyMenu.row = row
            copyMenu.side = side
            if (root.selectionAnchor < 0 || row < root.selectionFirst || row > root.selectionLast || side !== root.selectionSide)
                root.select(row, side, false)
            popup()
        }
        MenuItem {
            text: root.selectionFirst !== root.selectionLast ? qsTr("Copy selected lines") : qsTr("Copy line")
            onTriggered: root.copySelection()
        }
        MenuItem {
            text: qsTr("Copy change as diff")
            enabled: diff.rows.changeText(copyMenu.row).length > 0
            onTriggered: Clipboard.copy(diff.rows.changeText(copyMenu.row))
        }
        MenuItem {
            text: qsTr("Copy selection as diff")
            onTriggered: Clipboard.copy(diff.rows.copyText(root.selectionFirst, root.selectionLast, "both"))
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.card; border.color: Theme.cardBorder }
            // One line when everything fits; on a narrower window (1366 px at presentation
            // size) the counters and the view buttons go to a second line, on the right.
            GridLayout {
                id: toolRows
                objectName: "diffToolbar"
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                columns: compareTools.implicitWidth + viewTools.implicitWidth + 2 * columnSpacing + 16
                         <= width ? 3 : 1
                columnSpacing: 8
                rowSpacing: 0
                RowLayout {
                    id: compareTools
                    spacing: 8

                    ComboBox {
                        id: leftPicker
                        objectName: "leftEnvironment"
                        model: diff.environments
                        currentIndex: diff.environments.indexOf(diff.leftEnvironment)
                        onActivated: diff.leftEnvironment = currentText
                        implicitContentWidthPolicy: ComboBox.WidestText
                        onFontChanged: root.remeasure(leftPicker)
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
                        onFontChanged: root.remeasure(rightPicker)
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
                    ToolButton {
                        objectName: "ignoreRulesToggle"
                        visible: diff.rendered && diff.ignoreRules.length > 0
                        checkable: true
                        checked: diff.applyIgnoreRules
                        onToggled: diff.applyIgnoreRules = checked
                        text: checked ? qsTr("%n field(s) ignored", "", diff.ignoreRules.length) : qsTr("Nothing ignored")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("promenade.yaml's diff.ignore leaves these fields out of the comparison (click to show them):")
                                      + "\n" + diff.ignoreRules.join("\n")
                    }
                }
                Item {
                    Layout.fillWidth: true
                    visible: toolRows.columns === 3
                }
                RowLayout {
                    id: viewTools
                    Layout.alignment: Qt.AlignRight
                    spacing: 8
                    Label {
                        objectName: "diffStats"
                        visible: diff.compared && diff.errorString.length === 0
                        textFormat: Text.StyledText
                        text: "<font color='" + Theme.success + "'>+" + diff.rows.addedLines + "</font> "
                              + "<font color='" + Theme.danger + "'>−" + diff.rows.removedLines + "</font> "
                              + (diff.rows.changedFiles === 1 ? qsTr("in 1 file") : qsTr("in %1 files").arg(diff.rows.changedFiles))
                        color: Theme.mutedText
                    }
                    Label {
                        objectName: "changeCounter"
                        visible: diff.compared && diff.rows.changeCount > 0
                        text: rows.currentIndex >= 0 && diff.rows.changeIndex(rows.currentIndex) > 0
                              ? qsTr("change %1 of %2").arg(diff.rows.changeIndex(rows.currentIndex)).arg(diff.rows.changeCount)
                              : diff.rows.changeCount === 1 ? qsTr("1 change") : qsTr("%1 changes").arg(diff.rows.changeCount)
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
                    ToolButton {
                        objectName: "wrapToggle"
                        text: qsTr("Wrap")
                        checkable: true
                        checked: root.wrap
                        onToggled: root.wrap = checked
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Wrap long lines instead of scrolling sideways")
                    }
                    ToolButton {
                        objectName: "filesToggle"
                        text: qsTr("Files")
                        checkable: true
                        checked: filePane.wanted
                        onToggled: filePane.wanted = checked
                        visible: diff.rows.changedFiles > 1
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Show the list of changed files")
                    }
                    ToolButton {
                        text: qsTr("Find")
                        onClicked: {
                            findBar.visible = true
                            findField.forceActiveFocus()
                        }
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Find text in the diff (Ctrl+F)")
                    }
                }
            }
        }

        // Find: Ctrl+F opens it, Enter / Shift+Enter step through the lines found, Escape closes.
        Rectangle {
            id: findBar
            objectName: "findBar"
            visible: false
            Layout.fillWidth: true
            implicitHeight: findRow.implicitHeight + 8
            color: Theme.card
            border.color: Theme.cardBorder
            onVisibleChanged: if (!visible) { findField.text = ""; rows.forceActiveFocus() }
            RowLayout {
                id: findRow
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 8
                TextField {
                    id: findField
                    objectName: "findField"
                    Layout.preferredWidth: Math.round(320 * Theme.scale)
                    placeholderText: qsTr("Find in the diff")
                    selectByMouse: true
                    Accessible.name: qsTr("Find in the diff")
                    onTextChanged: {
                        diff.rows.searchText = text
                        root.currentMatch = -1
                        if (text.length > 0)
                            root.findNext()
                    }
                    Keys.onReturnPressed: event => event.modifiers & Qt.ShiftModifier ? root.findPrevious() : root.findNext()
                    Keys.onEnterPressed: event => event.modifiers & Qt.ShiftModifier ? root.findPrevious() : root.findNext()
                    Keys.onEscapePressed: findBar.visible = false
                }
                Label {
                    objectName: "matchCounter"
                    text: findField.text.length === 0 ? ""
                          : diff.rows.matchCount === 0 ? qsTr("No matches")
                          : qsTr("%1 of %2").arg(root.currentMatch + 1).arg(diff.rows.matchCount)
                    color: diff.rows.matchCount === 0 && findField.text.length > 0 ? Theme.danger : Theme.mutedText
                }
                ToolButton {
                    text: "↑"
                    enabled: diff.rows.matchCount > 0
                    onClicked: root.findPrevious()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Previous match (Shift+Enter)")
                    Accessible.name: qsTr("Previous match")
                }
                ToolButton {
                    text: "↓"
                    enabled: diff.rows.matchCount > 0
                    onClicked: root.findNext()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Next match (Enter)")
                    Accessible.name: qsTr("Next match")
                }
                Item { Layout.fillWidth: true }
                ToolButton {
                    text: "✕"
                    onClicked: findBar.visible = false
                    Accessible.name: qsTr("Close find")
                }
            }
        }

        SplitView {
            id: split
            objectName: "diffSplit"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal
            // A divider that shows, and grows under the pointer.
            handle: Rectangle {
                objectName: "splitHandle"
                implicitWidth: Math.round(6 * Theme.scale)
                color: SplitHandle.pressed ? Theme.accent
                     : SplitHandle.hovered ? Qt.darker(Theme.cardBorder, 1.3) : Theme.cardBorder
                Rectangle {
                    anchors.centerIn: parent
                    width: 2
                    height: 24
                    radius: 1
                    color: Theme.mutedText
                    opacity: 0.6
                }
            }

            // The changed files, with their counts: a click goes to the file.
            Rectangle {
                id: filePane
                objectName: "filePane"
                property bool wanted: true
                visible: wanted && diff.rows.changedFiles > 1
                SplitView.preferredWidth: Math.round(260 * Theme.scale)
                SplitView.minimumWidth: 140
                color: Theme.card
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        Layout.margins: 10
                        text: qsTr("%1 changed files").arg(diff.rows.changedFiles)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        font.bold: true
                        font.capitalization: Font.AllUppercase
                    }
                    TextField {
                        id: fileFilter
                        objectName: "fileFilter"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.rightMargin: 8
                        placeholderText: qsTr("Filter files")
                        selectByMouse: true
                        Accessible.name: qsTr("Filter files")
                    }
                    ListView {
                        id: fileList
                        objectName: "fileList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.topMargin: 4
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        model: fileFilter.text.length === 0 ? diff.rows.fileList
                               : diff.rows.fileList.filter(f => f.title.toLowerCase().indexOf(fileFilter.text.toLowerCase()) >= 0)
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: fileEntry
                            required property var modelData
                            width: ListView.view.width
                            padding: 4
                            leftPadding: 10
                            onClicked: root.goToFile(fileEntry.modelData.file)
                            Accessible.name: fileEntry.modelData.title
                            contentItem: RowLayout {
                                spacing: 6
                                Label {
                                    Layout.fillWidth: true
                                    // The whole path when it is cut.
                                    ToolTip.visible: fileEntry.hovered && truncated
                                    ToolTip.text: fileEntry.modelData.title
                                    ToolTip.delay: 400
                                    text: fileEntry.modelData.title
                                    color: fileEntry.modelData.status === "added" ? Theme.success
                                         : fileEntry.modelData.status === "removed" ? Theme.danger : Theme.text
                                    font.family: Theme.monospace
                                    font.pixelSize: Theme.smallFontSize
                                    elide: Text.ElideMiddle
                                }
                                Label {
                                    text: "+" + fileEntry.modelData.added
                                    color: Theme.success
                                    font.pixelSize: Theme.smallFontSize
                                }
                                Label {
                                    text: "−" + fileEntry.modelData.removed
                                    color: Theme.danger
                                    font.pixelSize: Theme.smallFontSize
                                }
                            }
                        }
                    }
                }
            }

            Item {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 400

                ListView {
                    id: rows
                    objectName: "diffRows"
                    anchors.fill: parent
                    anchors.bottomMargin: hbar.visible ? hbar.height : 0
                    clip: true
                    model: diff.rows
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 400
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    Keys.onEscapePressed: root.clearSelection()
                    delegate: DiffRow {
                        width: ListView.view.width
                        current: ListView.isCurrentItem
                        hScroll: root.hScroll
                        wrap: root.wrap
                        selectedSide: index >= root.selectionFirst && index <= root.selectionLast ? root.selectionSide : ""
                        onExpandRequested: row => diff.rows.expand(row)
                        onSelectRequested: (row, side, extend) => root.select(row, side, extend)
                        onMenuRequested: (row, side) => copyMenu.openFor(row, side)
                    }
                    // Shift+wheel, or a sideways wheel or touchpad swipe, scrolls both panes.
                    WheelHandler {
                        acceptedModifiers: Qt.ShiftModifier
                        onWheel: event => {
                            root.scrollSideways(-(event.angleDelta.y !== 0 ? event.angleDelta.y : event.angleDelta.x) / 2)
                            event.accepted = true
                        }
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.NoModifier
                        orientation: Qt.Horizontal
                        onWheel: event => {
                            root.scrollSideways(-event.angleDelta.x / 2)
                            event.accepted = true
                        }
                    }
                }
                ScrollBar {
                    id: hbar
                    objectName: "horizontalBar"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    orientation: Qt.Horizontal
                    policy: ScrollBar.AlwaysOn
                    visible: root.maxHScroll > 0
                    size: root.textViewWidth / Math.max(1, root.textContentWidth)
                    position: root.hScroll / Math.max(1, root.textContentWidth)
                    onPositionChanged: if (active) root.hScroll = Math.max(0, Math.min(root.maxHScroll, position * root.textContentWidth))
                    Accessible.name: qsTr("Scroll sideways")
                }

                LoadingIndicator {
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
                objectName: "summaryPane"
                SplitView.preferredWidth: Math.round(380 * Theme.codeScale)
                SplitView.minimumWidth: 240
                model: diff.summary
                onJumpRequested: (file, leftLine, rightLine) => root.goToChange(diff.rows.rowForLine(file, leftLine, rightLine))
            }
        }
    }
}
