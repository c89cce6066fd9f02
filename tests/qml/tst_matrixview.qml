import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The matrix view on the live demo: cells, the filter, promotion requests by click and by
// keyboard, and the Graph | Matrix toggle of the pipeline view.
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

    function showMatrix() {
        pipelineView.chosenView = "matrix"
        tryVerify(() => matrixView() !== null && table().rows > 0)
    }

    function initTestCase() {
        controller.openDemo()
        tryVerify(() => !controller.loading && controller.hasRepository, 30000)
        // Ready to promote is a verdict of the live status: wait for the first one.
        tryVerify(() => controller.statusTime.length > 0 && controller.matrix.readyCount > 0, 30000)
    }

    function init() {
        promoteSpy.clear()
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
        compare(table().rows, 2)
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
        verify(blogStaging.detail.indexOf("Ready to promote") >= 0)
        verify(cell(1, 2).readyToPromote)
        verify(!cell(0, 2).readyToPromote)
        compare(findChild(pipelineView, "readySummary").text, "↑ 3 cells ready to promote")
        // The one SignConnect release without arm64 is called out where it would go.
        verify(cell(1, 1).drift.length > 0)
        verify(findChild(cell(1, 1), "driftIcon").visible)
    }

    function test_filter() {
        showMatrix()
        const field = findChild(pipelineView, "matrixFilter")
        field.text = "SIGN"
        tryCompare(table(), "rows", 1)
        tryCompare(headerCell("appHeader", 0, 0), "display", "signconnect")
        compare(findChild(pipelineView, "matrixSummary").text, "1 of 2 apps")
        verify(!findChild(pipelineView, "noMatch").visible)
        field.text = "nothing like it"
        tryCompare(table(), "rows", 0)
        verify(findChild(pipelineView, "noMatch").visible)
        field.text = ""
        tryCompare(table(), "rows", 2)
        compare(findChild(pipelineView, "matrixSummary").text, "2 apps")
    }

    function test_promoteByClick() {
        showMatrix()
        // Not ready: nothing is asked.
        mouseClick(cell(0, 2))
        compare(promoteSpy.count, 0)
        mouseClick(cell(0, 1))
        compare(promoteSpy.count, 1)
        compare(argumentsOf(0), ["paulojauregui-com", "development", "staging"])
        // The clicked cell became the current one.
        compare(table().currentRow, 0)
        compare(table().currentColumn, 1)
        // Filtered: the rows of the filtered table still name the right app.
        findChild(pipelineView, "matrixFilter").text = "signconnect"
        tryCompare(table(), "rows", 1)
        tryCompare(cell(0, 2), "app", "signconnect")
        mouseClick(cell(0, 2))
        compare(promoteSpy.count, 2)
        compare(argumentsOf(1), ["signconnect", "staging", "production"])
        findChild(pipelineView, "matrixFilter").text = ""
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
