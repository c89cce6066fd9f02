import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The matrix view on the live demo: cells, the name and state filters, selection (a click
// selects; Enter, "↑ promote" or "Promote selected" promotes, several cells in one approval),
// copying from a cell, and the Graph | Matrix toggle of the pipeline view.
TestCase {
    id: testCase
    name: "MatrixView"
    when: windowShown
    width: 1300
    height: 700
    visible: true

    PipelineController {
        id: controller
    }

    PipelineView {
        id: pipelineView
        anchors.fill: parent
        controller: controller
    }

    SignalSpy {
        id: promoteSpy
        target: pipelineView
        signalName: "promoteRequested"
    }
    SignalSpy {
        id: promoteManySpy
        target: pipelineView
        signalName: "promoteManyRequested"
    }

    function matrixView() {
        return findChild(pipelineView, "matrixView")
    }

    function table() {
        return findChild(pipelineView, "matrixTable")
    }

    // A cell's delegate, once the table has laid it out.
    function cell(row, column) {
        tryVerify(() => table().itemAtCell(Qt.point(column, row)) !== null, 5000, "cell " + row + "," + column)
        return table().itemAtCell(Qt.point(column, row))
    }

    function argumentsOf(call) {
        return Array.prototype.slice.call(promoteSpy.signalArguments[call])
    }

    // A header's delegate, once the header has laid it out.
    function headerCell(objectName, column, row) {
        const header = findChild(pipelineView, objectName)
        tryVerify(() => header.itemAtCell(Qt.point(column, row)) !== null, 5000, objectName + " " + column + "," + row)
        return header.itemAtCell(Qt.point(column, row))
    }

    // The table takes a changed filter (init() clears them) at its next layout: until then its
    // cells are those of the previous filter. A click waits for the view to be shown laid out
    // (its first frame), as a person's would.
    function showMatrix() {
        pipelineView.chosenView = "matrix"
        tryVerify(() => matrixView() !== null && table().rows > 0 && table().rows === matrixView().rows.rowCount())
        waitForRendering(matrixView())
    }

    function initTestCase() {
        controller.openDemo()
        tryVerify(() => !controller.loading && controller.hasRepository, 30000)
        // Ready to promote is a verdict of the live status: wait for the first one.
        tryVerify(() => controller.statusTime.length > 0 && controller.matrix.readyCount > 0, 30000)
    }

    function init() {
        promoteSpy.clear()
        promoteManySpy.clear()
        if (matrixView()) {
            matrixView().clearSelection()
            matrixView().stateFilter = ""
            matrixView().filterText = ""
        }
        pipelineView.chosenView = ""
        pipelineView.matrixThreshold = 12
    }

    function test_toggle() {
        // Two apps: the graph is chosen.
        verify(!pipelineView.matrixShown)
        verify(findChild(pipelineView, "environmentList").visible)
        const graphToggle = findChild(pipelineView, "graphToggle")
        const matrixToggle = findChild(pipelineView, "matrixToggle")
        verify(graphToggle.checked && !matrixToggle.checked)

        mouseClick(matrixToggle)
        verify(pipelineView.matrixShown)
        verify(matrixToggle.checked && !graphToggle.checked)
        tryVerify(() => matrixView() !== null && matrixView().visible)
        verify(!findChild(pipelineView, "environmentList").visible)

        keyClick(Qt.Key_M, Qt.ControlModifier)
        verify(!pipelineView.matrixShown)
        verify(!findChild(pipelineView, "matrixLoader").visible)
        keyClick(Qt.Key_M, Qt.ControlModifier)
        verify(pipelineView.matrixShown)
        mouseClick(graphToggle)
        verify(!pipelineView.matrixShown)

        // Above the threshold the matrix is chosen by itself, unless the user chose.
        pipelineView.chosenView = ""
        pipelineView.matrixThreshold = 1
        verify(pipelineView.matrixShown)
        pipelineView.matrixThreshold = 2
        verify(!pipelineView.matrixShown)
    }

    function test_cells() {
        showMatrix()
        // The two apps, then the infrastructure chart (cert-manager).
        compare(table().rows, 3)
        compare(table().columns, 3)
        tryCompare(headerCell("environmentHeader", 1, 0), "display", "staging")
        tryCompare(headerCell("appHeader", 0, 1), "display", "signconnect")

        const signconnectDev = cell(1, 0)
        compare(signconnectDev.app, "signconnect")
        compare(signconnectDev.environment, "development")
        compare(signconnectDev.declaredVersion, "sha-5b8c3a2")
        compare(findChild(signconnectDev, "cellTag").text, "sha-5b8c3a2")
        verify(signconnectDev.statusKnown)
        verify(!signconnectDev.readyToPromote)
        verify(!findChild(signconnectDev, "readyChip").visible)

        // Staging is behind development for both apps; production behind staging for SignConnect.
        const blogStaging = cell(0, 1)
        compare(blogStaging.declaredVersion, "sha-c52e9f3")
        verify(blogStaging.readyToPromote)
        compare(blogStaging.promoteFrom, "development")
        verify(findChild(blogStaging, "readyChip").visible)
        verify(blogStaging.detail.indexOf("ready to promote") >= 0)
        verify(cell(1, 2).readyToPromote)
        verify(!cell(0, 2).readyToPromote)
        // The one SignConnect release without arm64 is called out where it would go, and
        // blocked there: the card, the edge, the gates and the export say the same.
        verify(!cell(1, 1).readyToPromote)
        compare(cell(1, 1).verdict, "blocked")
        verify(cell(1, 1).verdictText.indexOf("linux/arm64") >= 0)
        compare(findChild(pipelineView, "readySummary").text, "↑ 3 cells ready to promote")
        verify(cell(1, 1).drift.length > 0)
        verify(findChild(cell(1, 1), "driftIcon").visible)

        // cert-manager: development pins v1.17.1, staging and production v1.16.2; staging's
        // cell offers the chart's promotion as its card does, with its Application's status.
        const chartStaging = cell(2, 1)
        compare(chartStaging.app, "cert-manager")
        verify(chartStaging.chart)
        verify(findChild(chartStaging, "chartBadge").visible)
        compare(chartStaging.declaredVersion, "v1.16.2")
        verify(chartStaging.readyToPromote)
        compare(chartStaging.promoteFrom, "development")
        compare(chartStaging.promoteVersion, "v1.17.1")
        verify(findChild(chartStaging, "readyChip").visible)
        tryVerify(() => chartStaging.statusKnown && chartStaging.sync === "Synced", 30000,
                  "the chart's Application is reported")
        verify(!cell(2, 2).readyToPromote)
        verify(!findChild(cell(0, 1), "chartBadge").visible)
        mouseClick(findChild(chartStaging, "readyChip"))
        compare(promoteSpy.count, 1)
        compare(argumentsOf(0), ["cert-manager", "development", "staging"])
    }

    function test_filter() {
        showMatrix()
        const field = findChild(pipelineView, "matrixFilter")
        field.text = "SIGN"
        tryCompare(table(), "rows", 1)
        tryCompare(headerCell("appHeader", 0, 0), "display", "signconnect")
        compare(findChild(pipelineView, "matrixSummary").text, "1 of 2 apps, 1 chart")
        verify(!findChild(pipelineView, "noMatch").visible)
        field.text = "nothing like it"
        tryCompare(table(), "rows", 0)
        verify(findChild(pipelineView, "noMatch").visible)
        field.text = ""
        tryCompare(table(), "rows", 3)
        compare(findChild(pipelineView, "matrixSummary").text, "2 apps, 1 chart")
    }

    // What promoting would ship, in the cell's tooltip: asked (and its badge made) on hover only.
    function test_hoverAsksWhatShips() {
        showMatrix()
        let target = null
        for (let row = 0; row < table().rows; ++row) {
            const c = cell(row, 2)
            if (c.app === "signconnect")
                target = c
        }
        verify(target, "signconnect's production cell")
        compare(target.promoteFrom, "staging")
        compare(target.changes, null, "nothing asked before a hover")
        mouseMove(target, target.width / 2, target.height - 4)
        tryVerify(() => target.changes !== null, 5000, "the badge is made on hover")
        tryCompare(target, "changesHeadline", "8 commits, 3 pull requests ahead", 30000)
        mouseMove(pipelineView, 5, 5)
    }

    // A click selects, never promotes; Enter (or "↑ promote" on the cell) does.
    function test_clickSelectsEnterPromotes() {
        showMatrix()
        mouseClick(cell(0, 1))
        compare(promoteSpy.count, 0)
        compare(table().currentRow, 0)
        compare(table().currentColumn, 1)
        verify(cell(0, 1).selected)
        compare(matrixView().selectedReadyCount, 1)
        keyClick(Qt.Key_Return)
        compare(promoteSpy.count, 1)
        compare(argumentsOf(0), ["paulojauregui-com", "development", "staging"])
        // Not ready: a click selects, Enter asks nothing.
        mouseClick(cell(0, 2))
        verify(cell(0, 2).selected && !cell(0, 1).selected)
        keyClick(Qt.Key_Return)
        compare(promoteSpy.count, 1)
        // The cell's "↑ promote" promotes at once.
        mouseClick(findChild(cell(1, 2), "readyChip"))
        compare(promoteSpy.count, 2)
        compare(argumentsOf(1), ["signconnect", "staging", "production"])
        // Filtered: the rows of the filtered table still name the right app.
        matrixView().filterText = "signconnect"
        tryCompare(table(), "rows", 1)
        tryCompare(cell(0, 2), "app", "signconnect")
        mouseClick(cell(0, 2))
        mouseClick(findChild(pipelineView, "promoteSelected"))
        compare(promoteSpy.count, 3)
        compare(argumentsOf(2), ["signconnect", "staging", "production"])
    }

    // Several ready cells: one request for all of them (one approval).
    function test_multiplePromotionsInOneApproval() {
        showMatrix()
        const button = findChild(pipelineView, "promoteSelected")
        verify(button.visible && !button.enabled)
        mouseClick(cell(0, 1))
        mouseClick(cell(1, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier)
        mouseClick(cell(0, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier) // not ready
        mouseClick(cell(1, 1), undefined, undefined, Qt.LeftButton, Qt.ControlModifier) // blocked
        verify(cell(0, 1).selected && cell(1, 2).selected && cell(0, 2).selected && cell(1, 1).selected)
        compare(matrixView().selectedReadyCount, 2)
        verify(button.enabled)
        compare(button.text, "Promote 2 Selected…")
        mouseClick(button)
        compare(promoteSpy.count, 0)
        compare(promoteManySpy.count, 1)
        const promotions = promoteManySpy.signalArguments[0][0]
        compare(promotions.length, 2)
        const moves = promotions.map(p => p.app + ":" + p.from + "→" + p.to).sort()
        compare(moves, ["paulojauregui-com:development→staging", "signconnect:staging→production"])
        // Ctrl+click again takes a cell out; Escape clears the selection.
        mouseClick(cell(1, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier)
        compare(matrixView().selectedReadyCount, 1)
        keyClick(Qt.Key_Escape)
        verify(!cell(0, 1).selected)
        // "Select All Ready" then Enter: every ready cell the filters show (not the blocked one;
        // the chart's is promoted alone, not in a batch of apps).
        mouseClick(findChild(pipelineView, "selectAllReady"))
        compare(matrixView().selectedReadyCount, 2)
        keyClick(Qt.Key_Enter)
        compare(promoteManySpy.count, 2)
        compare(promoteManySpy.signalArguments[1][0].length, 2)
    }

    // The state filters, alone and with the name filter.
    function test_stateFilters() {
        showMatrix()
        const summary = findChild(pipelineView, "matrixSummary")
        const ready = findChild(pipelineView, "stateFilter_ready")
        compare(ready.text, "Ready · 3")
        mouseClick(ready)
        verify(ready.checked)
        tryCompare(table(), "rows", 3)
        compare(summary.text, "3 of 2 apps, 1 chart")
        mouseClick(findChild(pipelineView, "stateFilter_drift"))
        tryCompare(table(), "rows", 1)
        tryCompare(cell(0, 0), "app", "signconnect")
        mouseClick(findChild(pipelineView, "stateFilter_blocked"))
        tryCompare(table(), "rows", 1) // signconnect's staging: its build has no arm64 image
        mouseClick(findChild(pipelineView, "stateFilter_degraded"))
        tryCompare(table(), "rows", 0)
        const noMatch = findChild(pipelineView, "noMatch")
        verify(noMatch.visible)
        compare(noMatch.text, "No app is in this state")
        // Combined with the name.
        mouseClick(ready)
        matrixView().filterText = "paulo"
        tryCompare(table(), "rows", 1)
        compare(summary.text, "1 of 2 apps, 1 chart")
        matrixView().filterText = "nothing like it"
        tryCompare(table(), "rows", 0)
        compare(noMatch.text, "No app matches “nothing like it”")
        mouseClick(findChild(pipelineView, "stateFilter_all"))
        matrixView().filterText = ""
        tryCompare(table(), "rows", 3)
    }

    // A right click offers the tag and the image, copied in one action.
    function test_copyFromACell() {
        showMatrix()
        const blogStaging = cell(0, 1)
        mouseClick(blogStaging, 20, 10, Qt.RightButton)
        const menu = findChild(matrixView(), "cellMenu")
        tryVerify(() => menu.opened)
        const copyTag = findChild(menu.contentItem, "copyTag") || menu.itemAt(0)
        compare(copyTag.text, "Copy Tag sha-c52e9f3")
        copyTag.triggered()
        compare(Clipboard.text(), "sha-c52e9f3")
        menu.itemAt(1).triggered()
        compare(Clipboard.text(), "ghcr.io/howdiggy/paulojauregui-com:" + blogStaging.declaredVersion)
        compare(Clipboard.imageLink("ghcr.io/howdiggy/paulojauregui-com"), "https://ghcr.io/howdiggy/paulojauregui-com")
        compare(Clipboard.imageLink("nginx:1.27"), "https://hub.docker.com/_/nginx")
        compare(Clipboard.imageLink("registry.example.com:5000/app"), "")
        menu.close()
    }

    function test_keyboard() {
        showMatrix()
        matrixView().setCurrentCell(0, 0)
        table().forceActiveFocus()
        verify(table().activeFocus)
        keyClick(Qt.Key_Return)
        compare(promoteSpy.count, 0) // development: nothing to promote into it
        keyClick(Qt.Key_Right)
        compare(table().currentColumn, 1)
        keyClick(Qt.Key_Down)
        compare(table().currentRow, 1)
        verify(cell(1, 1).current)
        compare(findChild(pipelineView, "currentDetail").text.indexOf("signconnect in staging"), 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Enter)
        compare(promoteSpy.count, 1)
        compare(argumentsOf(0), ["signconnect", "staging", "production"])
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Return)
        compare(promoteSpy.count, 1) // the blog in production is where staging is

        // From the filter field, Down goes into the table.
        const field = findChild(pipelineView, "matrixFilter")
        field.forceActiveFocus()
        keyClick(Qt.Key_Down)
        verify(table().activeFocus)
    }
}
