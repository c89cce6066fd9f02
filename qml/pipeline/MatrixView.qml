import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Promenade
import Promenade.Ui

// The pipeline as a table for repositories with many apps: one row per app, one column per
// environment in promotion order. The app names and the environment header stay in place
// while the cells scroll (only the visible cells exist). The rows can be narrowed by name and
// by state (out of sync, degraded, ready, blocked, drift). A click selects a cell (Ctrl adds
// to the selection, Shift a range in a column); arrow keys move; Enter, the cell's "↑ promote"
// or "Promote selected" asks for the promotion of what is selected and ready, all in one
// approval when there are several.
Item {
    id: root

    required property AppMatrixModel matrix
    // Whether live status is followed (the demo, or endpoints in promenade.yaml).
    property bool live: true
    // For the cells' "what it ships" tooltip.
    property PipelineController controller: null
    // The repository or its first live status is still being read: "loading", not "none".
    property bool loading: false
    // The view and the cells it first shows are made (asynchronously: the view in a Loader,
    // then its cells between frames) and laid out.
    property bool whole: false
    Component.onCompleted: relayout.restart()
    property alias filterText: filterField.text
    property alias stateFilter: filtered.stateFilter
    readonly property alias table: table
    readonly property alias rows: filtered

    signal promoteRequested(string app, string from, string to)
    // Several cells at once: a list of {app, from, to}, for one approval.
    signal promoteManyRequested(var promotions)

    // Sizes follow the type (presentation mode): a row is always taller than its two lines.
    readonly property int appColumnWidth: Math.round(240 * Theme.scale)
    readonly property int headerHeight: Math.round(34 * Theme.scale)
    readonly property int rowHeight: Math.max(Math.round(48 * Theme.scale),
                                              Math.ceil(cellMetrics.height * 2 + 16 * Theme.scale))
    readonly property int minimumCellWidth: Math.round(200 * Theme.scale)
    // All the rows the filters show, laid out or not.
    readonly property int rowsHeight: table.rows * rowHeight

    FontMetrics {
        id: cellMetrics
        font.pixelSize: Theme.fontSize
    }

    // The promotions the selection (or, without one, the current cell) asks for: ready cells only.
    function selectedPromotions() {
        let indexes = selection.selectedIndexes
        if (indexes.length === 0 && table.currentRow >= 0)
            indexes = [filtered.index(table.currentRow, table.currentColumn)]
        const promotions = []
        for (const index of indexes) {
            if (index.valid && filtered.data(index, AppMatrixModel.ReadyToPromoteRole))
                promotions.push({ app: filtered.data(index, AppMatrixModel.AppRole),
                                  from: filtered.data(index, AppMatrixModel.PromoteFromRole),
                                  to: filtered.data(index, AppMatrixModel.EnvironmentRole),
                                  chart: filtered.data(index, AppMatrixModel.ChartRole) })
        }
        // A chart (cert-manager) is promoted alone, with its own gates: several cells promote
        // their apps together.
        return promotions.length > 1 ? promotions.filter(p => !p.chart) : promotions
    }
    readonly property int selectedReadyCount: {
        filtered.revision
        selection.selectedIndexes // re-read when the selection changes
        return selectedPromotions().length
    }
    // Enter and "Promote selected": one cell asks for one promotion, several for one approval.
    function promoteSelection() {
        const promotions = selectedPromotions()
        if (promotions.length === 1)
            root.promoteRequested(promotions[0].app, promotions[0].from, promotions[0].to)
        else if (promotions.length > 1)
            root.promoteManyRequested(promotions)
        return promotions.length > 0
    }
    // Selects every ready cell the filters show (for "promote everything that is ready").
    function selectAllReady() {
        selection.clearSelection()
        for (let row = 0; row < filtered.rowCount(); ++row) {
            for (let column = 0; column < filtered.columnCount(); ++column) {
                const index = filtered.index(row, column)
                if (filtered.data(index, AppMatrixModel.ReadyToPromoteRole))
                    selection.select(index, ItemSelectionModel.Select)
            }
        }
    }
    // A click: the cell alone, or added to (Ctrl) or extended in its column (Shift).
    function clickCell(row, column, modifiers) {
        const index = filtered.index(row, column)
        if (modifiers & Qt.ControlModifier) {
            selection.select(index, ItemSelectionModel.Toggle)
        } else if ((modifiers & Qt.ShiftModifier) && table.currentColumn === column && table.currentRow >= 0) {
            const first = Math.min(row, table.currentRow)
            const last = Math.max(row, table.currentRow)
            for (let r = first; r <= last; ++r)
                selection.select(filtered.index(r, column), ItemSelectionModel.Select)
        } else {
            selection.select(index, ItemSelectionModel.ClearAndSelect)
        }
        selection.setCurrentIndex(index, ItemSelectionModel.NoUpdate)
    }

    // Asks for the promotion of a cell of the (filtered) table; false when it is not ready.
    function promoteAt(row, column) {
        const index = filtered.index(row, column)
        if (!index.valid || !filtered.data(index, AppMatrixModel.ReadyToPromoteRole))
            return false
        root.promoteRequested(filtered.data(index, AppMatrixModel.AppRole),
                              filtered.data(index, AppMatrixModel.PromoteFromRole),
                              filtered.data(index, AppMatrixModel.EnvironmentRole))
        return true
    }

    function clearSelection() {
        selection.clearSelection()
    }

    function setCurrentCell(row, column) {
        selection.setCurrentIndex(filtered.index(row, column), ItemSelectionModel.NoUpdate)
        table.positionViewAtCell(Qt.point(column, row), TableView.Contain)
    }

    AppMatrixFilterModel {
        id: filtered
        matrix: root.matrix
        filterText: filterField.text
        onStateFilterChanged: selection.clearSelection()
        // Bindings that read cells by hand follow live updates through this.
        property int revision: 0
        onDataChanged: ++revision
        onModelReset: ++revision
        onRowsInserted: ++revision
        onRowsRemoved: ++revision
        onLayoutChanged: ++revision
    }

    ItemSelectionModel {
        id: selection
        model: filtered
    }

    Shortcut {
        enabled: root.visible
        sequences: [StandardKey.Find]
        onActivated: filterField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: filterField
                objectName: "matrixFilter"
                Layout.preferredWidth: Math.round(280 * Theme.scale)
                font.pixelSize: Theme.fontSize
                // No keyboard hint for an audience.
                placeholderText: Theme.presentation ? qsTr("Filter apps by name") : qsTr("Filter apps by name (Ctrl+F)")
                selectByMouse: true
                Accessible.name: qsTr("Filter apps by name")
                Keys.onDownPressed: {
                    table.forceActiveFocus()
                    if (table.currentRow < 0 && filtered.rowCount() > 0)
                        root.setCurrentCell(0, 0)
                }
                Keys.onEscapePressed: text = ""
            }
            Label {
                objectName: "matrixSummary"
                // The infrastructure charts are rows too, counted apart.
                readonly property int apps: root.matrix.appCount - root.matrix.chartCount
                readonly property string charts: root.matrix.chartCount === 0 ? ""
                                                 : root.matrix.chartCount === 1 ? qsTr(", 1 chart")
                                                 : qsTr(", %1 charts").arg(root.matrix.chartCount)
                text: filterField.text.length > 0 || filtered.stateFilter.length > 0
                      ? qsTr("%1 of %2 apps").arg(table.rows).arg(apps) + charts
                      : (apps === 1 ? qsTr("1 app") : qsTr("%1 apps").arg(apps)) + charts
                color: Theme.mutedText
                font.pixelSize: Theme.fontSize
            }
            LoadingIndicator {
                objectName: "matrixLoadingBusy"
                visible: root.loading
                running: visible
                implicitWidth: 20
                implicitHeight: 20
            }
            Label {
                objectName: "matrixLoading"
                visible: root.loading
                text: qsTr("Loading the live status…")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }
            Label {
                objectName: "declaredOnly"
                visible: !root.live && !root.loading
                text: qsTr("What the overlays declare; no live status (name the Argo CD endpoints in promenade.yaml to see what runs)")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Item { Layout.fillWidth: root.live }
            Label {
                objectName: "readySummary"
                visible: filtered.readyCount > 0
                text: filtered.readyCount === 1 ? qsTr("↑ 1 cell ready to promote")
                                                    : qsTr("↑ %1 cells ready to promote").arg(filtered.readyCount)
                color: Theme.accent
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
        }

        // The states to narrow the rows to (combined with the name), and what to do with a
        // selection. The chips wrap onto a second line where the window is too narrow for them
        // (large type in presentation mode); the buttons keep their place at the right.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Flow {
                id: stateChips
                objectName: "stateChips"
                // Whatever room the buttons leave; as tall as the lines the chips need.
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Layout.preferredHeight: implicitHeight
                Layout.alignment: Qt.AlignVCenter
                spacing: 6
                Label {
                    height: Math.round(28 * Theme.scale)
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Show:", "the matrix's state filter")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSize
                }
                Repeater {
                    model: [
                        { state: "", label: qsTr("All apps") },
                        { state: "outOfSync", label: qsTr("Out of sync") },
                        { state: "degraded", label: qsTr("Degraded") },
                        { state: "ready", label: qsTr("Ready") },
                        { state: "blocked", label: qsTr("Blocked") },
                        { state: "drift", label: qsTr("Drift") }
                    ]
                    delegate: Segment {
                        required property var modelData
                        objectName: "stateFilter_" + (modelData.state.length > 0 ? modelData.state : "all")
                        readonly property int count: {
                            filtered.revision
                            return modelData.state.length > 0 ? root.matrix.appsWithState(modelData.state) : root.matrix.appCount
                        }
                        text: modelData.state.length > 0 ? qsTr("%1 · %2", "a state filter: its name · how many apps").arg(modelData.label).arg(count)
                                                         : modelData.label
                        font.pixelSize: Theme.fontSize
                        checked: filtered.stateFilter === modelData.state
                        onClicked: filtered.stateFilter = modelData.state
                    }
                }
            }
            Button {
                objectName: "selectAllReady"
                visible: filtered.readyCount > 1 && !Theme.presentation
                text: qsTr("Select All Ready")
                font.pixelSize: Theme.fontSize
                onClicked: {
                    root.selectAllReady()
                    table.forceActiveFocus()
                }
            }
            PrimaryButton {
                objectName: "promoteSelected"
                visible: filtered.readyCount > 0
                enabled: root.selectedReadyCount > 0
                font.pixelSize: Theme.fontSize
                text: root.selectedReadyCount > 1 ? qsTr("Promote %1 Selected…").arg(root.selectedReadyCount)
                                                  : qsTr("Promote Selected…")
                onClicked: root.promoteSelection()
            }
        }

        Item {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A few apps: as tall as the rows, with the detail line right under them.
            Layout.minimumHeight: root.headerHeight + 2 * root.rowHeight
            Layout.maximumHeight: Math.max(Layout.minimumHeight,
                                           root.headerHeight + root.rowsHeight + (horizontalBar.visible ? horizontalBar.height : 0) + 1)
            clip: true
            // The headers follow the table (syncView) but do not load rows a resize uncovers.
            // Laid out again once the change is through, not in its midst: a new repository
            // changes the height while its models are reset, and a layout there would make every
            // visible cell in the same pass as everything else the window does for it.
            onHeightChanged: relayout.restart()

            Rectangle {
                width: root.appColumnWidth
                height: root.headerHeight
                color: Theme.chip
                border.color: Theme.cardBorder
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Application")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                }
            }

            HorizontalHeaderView {
                id: environmentHeader
                objectName: "environmentHeader"
                x: root.appColumnWidth
                width: grid.width - x
                height: root.headerHeight
                syncView: table
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                delegate: Rectangle {
                    id: environmentCell
                    required property string display
                    required property int column
                    implicitHeight: root.headerHeight
                    color: Theme.chip
                    border.color: Theme.cardBorder
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: display
                    Row {
                        anchors.left: parent.left
                        anchors.leftMargin: 10
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 8
                        Rectangle {
                            // Grows with the number's type (presentation mode).
                            width: Math.round(20 * Theme.scale)
                            height: width
                            radius: width / 2
                            color: Theme.accent
                            anchors.verticalCenter: parent.verticalCenter
                            Text {
                                anchors.centerIn: parent
                                text: environmentCell.column + 1
                                color: "white"
                                font.bold: true
                                font.pixelSize: Theme.smallFontSize
                            }
                        }
                        Text {
                            objectName: "environmentTitle"
                            anchors.verticalCenter: parent.verticalCenter
                            text: environmentCell.display
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            font.bold: true
                        }
                    }
                }
            }

            VerticalHeaderView {
                id: appHeader
                objectName: "appHeader"
                y: root.headerHeight
                width: root.appColumnWidth
                height: grid.height - y
                syncView: table
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: () => root.appColumnWidth
                delegate: Rectangle {
                    id: appCell
                    required property string display
                    required property int row
                    color: table.currentRow === row ? Qt.tint(Theme.card, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.08))
                                                    : Theme.card
                    border.color: Theme.cardBorder
                    Accessible.role: Accessible.RowHeader
                    Accessible.name: display
                    Text {
                        objectName: "appName"
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        anchors.rightMargin: 8
                        verticalAlignment: Text.AlignVCenter
                        text: appCell.display
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                }
            }

            TableView {
                id: table
                objectName: "matrixTable"
                x: root.appColumnWidth
                y: root.headerHeight
                width: grid.width - x
                height: grid.height - y
                model: filtered
                selectionModel: selection
                keyNavigationEnabled: true
                pointerNavigationEnabled: false // a click is handled by the cell (it may promote)
                focus: true
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: column => Math.max(root.minimumCellWidth,
                                                        Math.floor((table.width - (verticalBar.visible ? verticalBar.width : 0))
                                                                   / Math.max(1, table.columns)))
                rowHeightProvider: row => root.rowHeight
                onWidthChanged: relayout.restart()
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Apps by environment")

                // Shown whenever there is more to see, not only while scrolling.
                ScrollBar.vertical: ScrollBar {
                    id: verticalBar
                    // From the model, not from contentHeight: the table re-estimates that while
                    // it lays out, which the bar's own width would feed back into.
                    policy: root.rowsHeight > table.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    minimumSize: 0.06
                    // The columns share the width the bar leaves: laid out again once this
                    // change is through (at once, the relayout re-enters the bars' policies).
                    onVisibleChanged: relayout.restart()
                }
                ScrollBar.horizontal: ScrollBar {
                    id: horizontalBar
                    policy: table.columns * root.minimumCellWidth
                            > table.width - (verticalBar.visible ? verticalBar.width : 0) + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }

                delegate: MatrixCell {
                    id: cellDelegate
                    Component.onCompleted: if (!root.whole) relayout.restart()
                    live: root.live
                    controller: root.controller
                    onTapped: modifiers => {
                        table.forceActiveFocus()
                        root.clickCell(row, column, modifiers)
                    }
                    onMenuRequested: {
                        root.clickCell(row, column, Qt.NoModifier)
                        cellMenu.cell = cellDelegate
                        cellMenu.popup()
                    }
                    onPromoteTapped: {
                        table.forceActiveFocus()
                        root.clickCell(row, column, Qt.NoModifier)
                        root.promoteAt(row, column)
                    }
                }

                Timer {
                    id: relayout
                    // While the first cells are made (incubated between frames, one after the
                    // other), laid out once they stop coming: not in the middle of their making.
                    interval: root.whole ? 0 : 50
                    onTriggered: {
                        root.whole = true
                        table.forceLayout()
                    }
                }

                Keys.onReturnPressed: root.promoteSelection()
                Keys.onEnterPressed: root.promoteSelection()
                Keys.onEscapePressed: selection.clearSelection()
                Keys.onSpacePressed: selection.select(filtered.index(currentRow, currentColumn), ItemSelectionModel.Toggle)
            }

            Label {
                objectName: "noMatch"
                anchors.centerIn: parent
                visible: table.rows === 0 && root.matrix.appCount > 0
                text: filterField.text.length > 0 ? qsTr("No app matches “%1”").arg(filterField.text)
                                                  : qsTr("No app is in this state")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSize
            }
        }

        // The current cell in words, for the keyboard (and screen readers) what the tooltip
        // is for the mouse.
        Label {
            objectName: "currentDetail"
            Layout.fillWidth: true
            readonly property string detail: {
                filtered.revision // re-read on live updates
                const index = filtered.index(table.currentRow, table.currentColumn)
                return index.valid ? filtered.data(index, AppMatrixModel.DetailRole) : ""
            }
            // The keyboard hint only outside presentation: an audience has no keyboard.
            text: detail.length > 0 ? detail.split("\n").join(" · ")
                  : Theme.presentation ? ""
                  : qsTr("A click selects a cell (Ctrl+click adds, Shift+click a range); arrow keys move; Enter promotes what is selected and marked “↑ promote”.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
        }

        Item { Layout.fillHeight: true }
    }

    // A cell's context menu: its version and image, copied or opened in one action.
    Menu {
        id: cellMenu
        objectName: "cellMenu"
        property var cell: null
        readonly property string tag: cell ? cell.declaredVersion.split("@")[0] : ""
        readonly property string repository: cell ? cell.repository : ""
        MenuItem {
            objectName: "copyTag"
            enabled: cellMenu.tag.length > 0
            text: qsTr("Copy Tag %1").arg(cellMenu.tag)
            onTriggered: Clipboard.copy(cellMenu.tag)
        }
        MenuItem {
            objectName: "copyImage"
            enabled: cellMenu.repository.length > 0 && cellMenu.tag.length > 0
            text: qsTr("Copy Image Reference")
            onTriggered: Clipboard.copy(cellMenu.repository + ":" + cellMenu.cell.declaredVersion)
        }
        MenuItem {
            objectName: "openImage"
            enabled: Clipboard.imageLink(cellMenu.repository).length > 0
            text: qsTr("Open Image in Browser")
            onTriggered: Clipboard.openLink(Clipboard.imageLink(cellMenu.repository))
        }
        MenuSeparator {}
        MenuItem {
            objectName: "promoteCell"
            enabled: cellMenu.cell !== null && cellMenu.cell.readyToPromote
            text: cellMenu.cell ? qsTr("Promote from %1…").arg(cellMenu.cell.promoteFrom) : ""
            onTriggered: root.promoteAt(cellMenu.cell.row, cellMenu.cell.column)
        }
    }
}
