import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Promenade
import Promenade.Ui

// The pipeline as a table for repositories with many apps: one row per app, one column per
// environment in promotion order. The app names and the environment header stay in place
// while the cells scroll (only the visible cells exist). Arrow keys move between cells; a
// click on a cell that is ready to promote, or Enter on the current one, asks for the
// promotion from the previous environment.
Item {
    id: root

    required property AppMatrixModel matrix
    // Whether live status is followed (the demo, or endpoints in promenade.yaml).
    property bool live: true
    // For the cells' "what it ships" tooltip.
    property PipelineController controller: null
    // The repository or its first live status is still being read: "loading", not "none".
    property bool loading: false
    property alias filterText: filterField.text
    readonly property alias table: table
    readonly property alias rows: filtered

    signal promoteRequested(string app, string from, string to)

    readonly property int appColumnWidth: 240
    readonly property int headerHeight: 34
    readonly property int rowHeight: 46
    readonly property int minimumCellWidth: 200

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

    function setCurrentCell(row, column) {
        selection.setCurrentIndex(filtered.index(row, column), ItemSelectionModel.NoUpdate)
        table.positionViewAtCell(Qt.point(column, row), TableView.Contain)
    }

    AppMatrixFilterModel {
        id: filtered
        matrix: root.matrix
        filterText: filterField.text
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
                Layout.preferredWidth: 280
                placeholderText: qsTr("Filter apps by name (Ctrl+F)")
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
                text: filterField.text.length > 0
                      ? qsTr("%1 of %2 apps").arg(table.rows).arg(root.matrix.appCount)
                      : root.matrix.appCount === 1 ? qsTr("1 app") : qsTr("%1 apps").arg(root.matrix.appCount)
                color: Theme.mutedText
                font.pixelSize: Theme.fontSize
            }
            BusyIndicator {
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
                visible: root.matrix.readyCount > 0
                text: root.matrix.readyCount === 1 ? qsTr("↑ 1 cell ready to promote")
                                                    : qsTr("↑ %1 cells ready to promote").arg(root.matrix.readyCount)
                color: Theme.accent
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
        }

        Item {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A few apps: as tall as the rows, with the detail line right under them.
            Layout.minimumHeight: root.headerHeight + 2 * root.rowHeight
            Layout.maximumHeight: Math.max(Layout.minimumHeight,
                                           root.headerHeight + table.contentHeight + (horizontalBar.visible ? horizontalBar.height : 0) + 1)
            clip: true
            // The headers follow the table (syncView) but do not load rows a resize uncovers.
            onHeightChanged: table.forceLayout()

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
                            width: 20
                            height: 20
                            radius: 10
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
                onWidthChanged: forceLayout()
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Apps by environment")

                // Shown whenever there is more to see, not only while scrolling.
                ScrollBar.vertical: ScrollBar {
                    id: verticalBar
                    policy: table.contentHeight > table.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    minimumSize: 0.06
                    onVisibleChanged: table.forceLayout()
                }
                ScrollBar.horizontal: ScrollBar {
                    id: horizontalBar
                    policy: table.contentWidth > table.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }

                delegate: MatrixCell {
                    live: root.live
                    controller: root.controller
                    onTapped: {
                        table.forceActiveFocus()
                        root.setCurrentCell(row, column)
                        root.promoteAt(row, column)
                    }
                }

                Keys.onReturnPressed: root.promoteAt(currentRow, currentColumn)
                Keys.onEnterPressed: root.promoteAt(currentRow, currentColumn)
            }

            Label {
                objectName: "noMatch"
                anchors.centerIn: parent
                visible: table.rows === 0 && root.matrix.appCount > 0
                text: qsTr("No app matches “%1”").arg(filterField.text)
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
            text: detail.length > 0 ? detail.split("\n").join(" · ")
                                    : qsTr("Arrow keys move between cells; Enter on a cell marked “↑ promote” promotes it from the environment on its left.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
        }

        Item { Layout.fillHeight: true }
    }
}
