import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The diff view on the demo: environments compared as soon as it shows, the keyboard walks
// the changes, a fold expands on a click, and the summary jumps to its lines.
TestCase {
    id: testCase
    name: "DiffView"
    when: windowShown
    width: 1280
    height: 760
    visible: true // the view compares only while it is shown

    PipelineController {
        id: pipeline
    }

    DiffView {
        id: view
        anchors.fill: parent
        pipeline: pipeline
    }

    function rowType(row) {
        const model = view.rowList.model
        return model.data(model.index(row, 0), DiffRowModel.TypeRole)
    }
    function rowKind(row) {
        const model = view.rowList.model
        return model.data(model.index(row, 0), DiffRowModel.KindRole)
    }

    function initTestCase() {
        pipeline.openDemo()
        tryVerify(() => pipeline.hasRepository, 30000)
        tryVerify(() => view.controller.compared && !view.controller.loading, 30000)
    }

    function test_comparesFirstAndLastEnvironment() {
        compare(view.controller.leftEnvironment, "development")
        compare(view.controller.rightEnvironment, "production")
        compare(view.controller.errorString, "")
        verify(view.rowList.count > 20)
        compare(rowType(0), "file")
        verify(view.controller.rows.addedLines > 0)
        verify(view.controller.summary.rowCount() > 5)
    }

    function test_keyboardWalksTheChanges() {
        view.rowList.currentIndex = -1
        view.forceActiveFocus()
        keyClick(Qt.Key_N)
        const first = view.rowList.currentIndex
        verify(first > 0, "n goes to the first change")
        verify(rowKind(first) !== "equal")
        keyClick(Qt.Key_N)
        const second = view.rowList.currentIndex
        verify(second > first)
        verify(rowKind(second - 1) === "equal" || rowType(second - 1) !== "row", "each press goes to the next block")
        keyClick(Qt.Key_P)
        compare(view.rowList.currentIndex, first)
    }

    function test_foldExpandsOnClick() {
        let fold = -1
        for (let i = 0; i < view.rowList.count && fold < 0; ++i) {
            if (rowType(i) === "fold")
                fold = i
        }
        verify(fold >= 0, "the demo's diff has a fold")
        const hidden = view.rowList.model.data(view.rowList.model.index(fold, 0), DiffRowModel.FoldCountRole)
        const before = view.rowList.count
        view.rowList.positionViewAtIndex(fold, ListView.Center)
        wait(50)
        const item = view.rowList.itemAtIndex(fold)
        verify(item)
        mouseClick(item, item.width / 2, item.height / 2)
        compare(view.rowList.count, before - 1 + hidden)
        compare(rowType(fold), "row")
    }

    function test_switchingEnvironmentsAndModes() {
        view.controller.leftEnvironment = "staging"
        tryVerify(() => view.controller.compared && !view.controller.loading, 30000)
        compare(view.controller.leftEnvironment, "staging")
        const renderedRows = view.rowList.count
        view.controller.rendered = false
        tryVerify(() => !view.controller.loading && view.rowList.count !== renderedRows, 30000)
        compare(rowType(0), "file")
        view.controller.rendered = true
        view.controller.leftEnvironment = "production"
        tryVerify(() => !view.controller.loading && view.rowList.count === 0, 30000)
        view.controller.leftEnvironment = "development"
        tryVerify(() => !view.controller.loading && view.rowList.count > 0, 30000)
    }
}
