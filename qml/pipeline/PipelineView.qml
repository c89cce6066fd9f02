import QtQuick
import Promenade
import QtQuick.Controls
import QtQuick.Layouts
import Promenade.Ui

// The promotion pipeline: environments in order, left to right, joined by promotion arrows
// (the graph); or, for repositories with many apps, apps × environments (the matrix).
Item {
    id: root

    required property PipelineController controller
    // "graph", "matrix", or "" to choose by size: the matrix above matrixThreshold apps.
    property string chosenView: ""
    property int matrixThreshold: 12
    readonly property bool matrixShown: chosenView.length > 0 ? chosenView === "matrix"
                                                              : controller.appCount > matrixThreshold
    // The cards and the matrix are made asynchronously (incubated between frames), so that
    // opening a repository never holds the window still: this says the view shown is whole —
    // every environment's card made, or the matrix.
    property int cardsMade: 0
    // The edges into the environments of later stages, made the same way.
    property int arrowsWanted: 0
    property int arrowsMade: 0
    // The graph is made once it is first shown (a large repository opens on the matrix: its
    // cards are not made behind it), then kept.
    property bool graphWanted: false
    function updateGraphWanted() {
        // As matrixShown says, from the controller itself: its binding may not have seen a new
        // repository's app count yet when this runs.
        const matrix = chosenView.length > 0 ? chosenView === "matrix" : controller.appCount > matrixThreshold
        if (!graphWanted && !matrix && controller.hasRepository)
            graphWanted = true
    }
    onMatrixShownChanged: updateGraphWanted()
    // A frame's time later, not in the turn of the event loop that shows the new repository:
    // the graph's stage columns are made apart from the models' rebuild, with input and a frame
    // handled between, so neither holds the window long (the cards and edges come between
    // frames after).
    Connections {
        target: root.controller
        function onRepositoryChanged() { graphWantedLater.restart() }
    }
    Timer {
        id: graphWantedLater
        interval: 16
        onTriggered: root.updateGraphWanted()
    }
    Component.onCompleted: updateGraphWanted()
    readonly property bool complete: matrixShown ? matrixLoader.status === Loader.Ready && (matrixLoader.item as MatrixView).whole
                                                 : cardsMade >= controller.environments.count
                                                   && arrowsMade >= arrowsWanted

    // A promotion asked for on an edge of the graph, or a cell of the matrix (click, or Enter).
    signal promoteRequested(string app, string from, string to)
    // Several cells of the matrix at once: a list of {app, from, to}.
    signal promoteManyRequested(var promotions)

    function toggleView() {
        chosenView = matrixShown ? "graph" : "matrix"
    }

    Shortcut {
        enabled: root.visible
        sequences: ["Ctrl+M"]
        onActivated: root.toggleView()
    }

    // The width of an edge between two cards, and of a card: the cards share the window's
    // width (never narrower than 300, and not wider than reads well outside presentation), so
    // that a wide screen shows wider cards rather than empty space.
    readonly property int arrowWidth: Math.round(150 * Theme.scale)
    readonly property int cardWidth: {
        const count = Math.max(1, root.controller.stageCount)
        // Less the page scroll bar, which stays on the right when the cards are taller.
        const shared = Math.floor((pageScroll.width / fitScale - 16 - (count - 1) * arrowWidth) / count)
        return Math.max(300, Theme.presentation ? shared : Math.min(shared, 640))
    }
    // Presentation shows everything at once, nothing to scroll: when the cards are taller than
    // the screen, the whole graph is drawn smaller until it fits (the type stays larger than
    // outside presentation). Settled after each layout rather than bound, as the cards' height
    // depends on their width, which depends on this.
    property real fitScale: 1
    function updateFit() {
        if (!Theme.presentation) {
            fitScale = 1
            return
        }
        const natural = environmentList.contentItem.childrenRect.height
        if (natural <= 0 || pageScroll.height <= 0)
            return
        // Only smaller within a layout: wider cards are shorter, and growing back could undo
        // the fit; a new window size or a new presentation starts again from 1.
        const wanted = Math.max(0.5, Math.min(1, (pageScroll.height - 2) / natural))
        if (wanted < fitScale - 0.005)
            fitScale = wanted
    }
    Timer {
        id: fitTimer
        interval: 50
        onTriggered: root.updateFit()
    }
    Connections {
        target: Theme
        // Back from presentation (or into it): the pipeline from its top-left corner, not
        // scrolled where the larger cards had it.
        function onPresentationChanged() {
            root.fitScale = 1
            pageScroll.contentY = 0
            environmentList.contentX = 0
            fitTimer.restart()
        }
    }

    // Renders the whole pipeline (not cut by the window) into an image, for a PNG export:
    // callback(image) gets ItemGrabResult.image, or null when it could not be captured.
    function grabPipeline(callback) {
        snapshotLoader.callbacks.push(callback)
        snapshotLoader.active = true
        snapshotSettle.restart()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.presentation ? 16 : 24
        spacing: 16

        RowLayout {
            // In presentation mode the header says what this is and how old; the cards get the room.
            visible: !Theme.presentation
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: qsTr("Promotion pipeline")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
            Label {
                objectName: "pipelineSummary"
                text: [root.controller.environments.count === 1 ? qsTr("1 environment") : qsTr("%1 environments").arg(root.controller.environments.count),
                       root.controller.appCount === 1 ? qsTr("1 app") : qsTr("%1 apps").arg(root.controller.appCount),
                       root.controller.clusterCount === 1 ? qsTr("1 cluster") : qsTr("%1 clusters").arg(root.controller.clusterCount)
                      ].join(" · ")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSize
            }
            Item { Layout.fillWidth: true }
            Badge {
                objectName: "liveBadge"
                // In presentation mode the header carries the stamp, larger.
                visible: root.controller.liveStatus && !Theme.presentation
                readonly property bool fresh: !root.controller.statusIsCached && root.controller.statusProblem.length === 0
                text: root.controller.statusStamp.length === 0 ? qsTr("live · asking…")
                      : fresh ? qsTr("live · %1").arg(root.controller.statusStamp)
                      : root.controller.statusStamp
                textColor: fresh ? Theme.success : Theme.warning
                strong: !fresh
                ToolTip.visible: liveHover.hovered && !fresh
                ToolTip.text: root.controller.statusIsCached
                              ? qsTr("What Promenade knew when it last reached the services; it is replaced as soon as they answer.")
                              : qsTr("The last status that could be fetched; Promenade keeps asking.")
                HoverHandler { id: liveHover }
                Accessible.name: text
            }
            Row {
                spacing: 4
                Segment {
                    objectName: "graphToggle"
                    text: qsTr("Graph", "show the pipeline as a graph")
                    checked: !root.matrixShown
                    onClicked: root.chosenView = "graph"
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("Environments as cards, joined by promotions (Ctrl+M switches)")
                }
                Segment {
                    objectName: "matrixToggle"
                    text: qsTr("Matrix", "show the pipeline as a table of apps and environments")
                    checked: root.matrixShown
                    onClicked: root.chosenView = "matrix"
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("Apps × environments, for many apps (Ctrl+M switches)")
                }
            }
        }

        PullRequestStrip {
            objectName: "pullRequestStrip"
            Layout.fillWidth: true
            controller: root.controller
        }

        // Cards as tall as their content; the page scrolls down when they are taller than the
        // window (large type, many apps) instead of cutting them.
        Flickable {
            id: pageScroll
            objectName: "pipelineScroll"
            visible: !root.matrixShown
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: environmentList.height * root.fitScale
            onHeightChanged: {
                root.fitScale = 1
                fitTimer.restart()
            }
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            // Always shown when the cards are taller than the window: nothing is cut unannounced.
            ScrollBar.vertical: ScrollBar {
                policy: pageScroll.contentHeight > pageScroll.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

        // One column per stage of the pipeline's DAG, left to right; environments promoted in
        // parallel (production regions) stack in one column, each with the edge into it.
        ListView {
            id: environmentList
            objectName: "environmentList"
            width: pageScroll.width / root.fitScale
            height: Math.max(pageScroll.height / root.fitScale, contentItem.childrenRect.height)
            scale: root.fitScale
            transformOrigin: Item.TopLeft
            onHeightChanged: fitTimer.restart()
            orientation: ListView.Horizontal
            spacing: 0
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.graphWanted ? root.controller.stageCount : 0
            ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: Column {
                id: stageColumn
                required property int index
                spacing: 16
                // Set, not left to the positioner: a positioner does not lay out again while it
                // is not visible (a window not yet shown), and would keep an earlier card width.
                width: root.cardWidth + (index > 0 ? root.arrowWidth : 0)

                Repeater {
                    model: root.controller.environments
                    delegate: Row {
                        id: column
                        required property string name
                        required property int stage
                        required property var clusters
                        required property string promotion
                        required property string appsOverlay
                        required property string infrastructureOverlay
                        required property var images
                        required property var infrastructure
                        required property string problem
                        required property string upstream
                        required property var candidates

                        // The edge's candidates name the environment each comes from.
                        function fromFor(app) {
                            for (const candidate of column.candidates) {
                                if (candidate.app === app)
                                    return candidate.from
                            }
                            return column.upstream
                        }

                        // Its stage's column only (not the effective visibility: that is false
                        // until the window is shown, and off screen).
                        readonly property bool inStage: column.stage === stageColumn.index + 1
                        visible: inStage
                        spacing: 0
                        width: inStage ? stageColumn.width : 0

                        // The edge into it, made like its card (between frames): an edge of
                        // many apps holds a button per candidate shown. The Loader is given no
                        // size: a Loader with one resizes its item, and resizing an edge still
                        // being incubated (as the card beside it grows) crashes Qt 6.4's
                        // layouts; the slot keeps the card in place until the edge is made.
                        Item {
                            visible: arrow.active
                            width: arrow.active ? root.arrowWidth : 0
                            height: column.inStage ? card.height : 0
                        Loader {
                            id: arrow
                            active: column.inStage && stageColumn.index > 0
                            asynchronous: true
                            // Counted while wanted: the view is whole once each is made.
                            property bool counted: false
                            function count(wanted) {
                                if (wanted !== counted) {
                                    root.arrowsWanted += wanted ? 1 : -1
                                    counted = wanted
                                }
                            }
                            onActiveChanged: count(active)
                            Component.onCompleted: count(active)
                            Component.onDestruction: count(false)
                            sourceComponent: PromotionArrow {
                                objectName: "edge_" + column.name
                                width: root.arrowWidth
                                height: column.inStage ? card.height : 0
                                Component.onCompleted: ++root.arrowsMade
                                Component.onDestruction: --root.arrowsMade
                                promotion: column.promotion
                                controller: root.controller
                                candidates: column.inStage ? column.candidates : []
                                targetName: column.name
                                onPromoteRequested: app => root.promoteRequested(app, column.fromFor(app), column.name)
                                onMoreRequested: root.chosenView = "matrix"
                                maximumShown: Math.max(3, Math.floor((pageScroll.height - Math.round(140 * Theme.scale)) / Math.round(47 * Theme.scale)))
                            }
                        }
                        }
                        // Made only in its own stage's column.
                        Loader {
                            id: card
                            active: column.inStage
                            // Incubated between frames: many cards never hold the window still.
                            asynchronous: true
                            width: active ? root.cardWidth : 0
                            // No height given: the Loader takes its card's. A height bound to
                            // its implicitHeight made the Loader resize the card as it
                            // completed, and Qt 6.4's layouts could crash laying out a card whose
                            // lists were still being made (1 start in about 70).
                            sourceComponent: EnvironmentCard {
                                objectName: "card_" + column.name
                                width: root.cardWidth
                                height: implicitHeight // as tall as its content: the page scrolls
                                // Many apps scroll inside the card; the page keeps the infrastructure lane in reach.
                                maximumListHeight: Math.max(240, pageScroll.height - Math.round(260 * Theme.scale))
                                name: column.name
                                stage: column.stage
                                clusters: column.clusters
                                promotion: column.promotion
                                appsOverlay: column.appsOverlay
                                infrastructureOverlay: column.infrastructureOverlay
                                images: column.images
                                infrastructure: column.infrastructure
                                problem: column.problem
                                statusLoading: root.controller.statusLoading
                                onPromoteChartRequested: (chart, from) => root.promoteRequested(chart, from, column.name)
                                Component.onCompleted: ++root.cardsMade
                                Component.onDestruction: --root.cardsMade
                            }
                        }
                    }
                }
            }

            // The first environment of a stage (the stage's only one in a chain).
            function nameAt(row) {
                const environments = root.controller.environments
                for (let i = 0; i < environments.rowCount(); ++i) {
                    const index = environments.index(i, 0)
                    if (environments.data(index, EnvironmentListModel.StageRole) === row + 1)
                        return environments.data(index, EnvironmentListModel.NameRole)
                }
                return ""
            }
        }
        }

        // Made the first time it is shown, then kept: switching back finds it where it was left.
        Loader {
            id: matrixLoader
            objectName: "matrixLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.matrixShown
            // Made once there is a repository to show: its cells are then incubated with it.
            active: (root.matrixShown && root.controller.hasRepository) || item !== null
            // Incubated between frames: the window goes on answering while the table is made.
            asynchronous: true
            sourceComponent: MatrixView {
                objectName: "matrixView"
                matrix: root.controller.matrix
                controller: root.controller
                live: root.controller.liveStatus
                loading: root.controller.loading || root.controller.statusLoading
                onPromoteRequested: (app, from, to) => root.promoteRequested(app, from, to)
                onPromoteManyRequested: promotions => root.promoteManyRequested(promotions)
            }
        }
    }

    // The picture for a PNG export: off-screen, parented to the window so that it renders
    // even while another view is shown, and sized to its content rather than to the window.
    Loader {
        id: snapshotLoader
        property var callbacks: []
        parent: root.Window.contentItem
        x: -(width + 1000)
        z: -1
        active: false
        sourceComponent: PipelineSnapshot {
            controller: root.controller
            cardWidth: Math.round(330 * Theme.scale)
            arrowWidth: root.arrowWidth
        }
    }
    // Lets the snapshot lay out (and its images settle) before it is grabbed.
    Timer {
        id: snapshotSettle
        interval: 100
        onTriggered: {
            const callbacks = snapshotLoader.callbacks
            snapshotLoader.callbacks = []
            const done = image => {
                snapshotLoader.active = false
                for (const callback of callbacks)
                    callback(image)
            }
            const item = snapshotLoader.item
            // Twice the pixels, crisp on a slide, within what a texture can hold.
            const scale = item ? Math.min(2, 8000 / Math.max(item.width, item.height, 1)) : 1
            if (!item || item.width <= 0 || item.height <= 0
                    || !item.grabToImage(result => done(result.image), Qt.size(Math.round(item.width * scale), Math.round(item.height * scale))))
                done(null)
        }
    }
}
