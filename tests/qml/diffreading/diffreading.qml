import QtQuick
import QtQuick.Controls
import QtTest
import Promenade
import Promenade.Ui

// Reading a diff (run as its own ctest entry, tst_qml_diffreading): long lines scroll
// sideways in both panes at once or wrap, Ctrl+F finds and counts, selected lines copy with
// Ctrl+C, the file list goes to a file, the change counter follows n / p, the app filter holds
// in the overlay files, and a new comparison starts at its top.
TestCase {
    id: testCase
    name: "DiffReading"
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

    function model() { return view.rowList.model }
    function role(row, r) { return model().data(model().index(row, 0), r) }
    function waitCompared() {
        tryVerify(() => view.controller.compared && !view.controller.loading, 30000)
        wait(50)
    }
    // The first row of a kind whose right text is at least minLength characters long.
    function findRow(kind, minLength) {
        for (let i = 0; i < view.rowList.count; ++i) {
            if (role(i, DiffRowModel.TypeRole) === "row" && role(i, DiffRowModel.KindRole) === kind
                    && view.controller.rows.copyText(i, i, "right").length >= minLength)
                return i
        }
        return -1
    }
    function showRow(row) {
        view.rowList.positionViewAtIndex(row, ListView.Center)
        wait(50)
        const item = view.rowList.itemAtIndex(row)
        verify(item, "row " + row + " is on screen")
        return item
    }

    function initTestCase() {
        pipeline.openDemo()
        tryVerify(() => pipeline.hasRepository, 30000)
        waitCompared()
    }

    function init() {
        view.wrap = false
        view.hScroll = 0
        view.clearSelection()
        if (view.controller.app !== "" || !view.controller.rendered) {
            view.controller.app = ""
            view.controller.rendered = true
            waitCompared()
        }
    }

    function test_longLinesScrollBothSidesTogether() {
        verify(view.maxHScroll > 0, "the demo has lines longer than a pane")
        verify(view.horizontalBar.visible)
        const row = findRow("modified", 60)
        verify(row >= 0, "a long modified line")
        const item = showRow(row)
        const left = findChild(item, "leftSide").textItem
        const right = findChild(item, "rightSide").textItem
        const leftX = left.x
        const rightX = right.x
        compare(leftX, rightX)
        // Shift+wheel scrolls sideways; both panes move by the same distance.
        mouseWheel(view.rowList, view.rowList.width / 2, view.rowList.height / 2, 0, -240, Qt.NoButton, Qt.ShiftModifier)
        verify(view.hScroll > 0, "Shift+wheel scrolled sideways")
        compare(left.x, leftX - view.hScroll)
        compare(right.x, rightX - view.hScroll)
        verify(view.horizontalBar.position > 0)
        // A plain wheel still scrolls down, not sideways.
        const scrolled = view.hScroll
        const contentY = view.rowList.contentY
        mouseWheel(view.rowList, view.rowList.width / 2, view.rowList.height / 2, 0, -240)
        tryVerify(() => view.rowList.contentY > contentY, 2000)
        compare(view.hScroll, scrolled)
        // Scrolled to the end: the end of the longest line shows.
        view.hScroll = view.maxHScroll
        mouseWheel(view.rowList, 10, 10, 0, -480, Qt.NoButton, Qt.ShiftModifier)
        compare(view.hScroll, view.maxHScroll)
        view.hScroll = Math.min(view.maxHScroll, Math.max(0, right.implicitWidth - view.textViewWidth + 8))
        wait(100)
        testScreenshots.save(testCase.Window.window, "diff-long-line")
        // Wrapped, nothing scrolls sideways and the long line takes more than one line's height.
        view.wrap = true
        compare(view.maxHScroll, 0)
        compare(view.hScroll, 0)
        verify(!view.horizontalBar.visible)
        const wrapped = showRow(row)
        const wrappedText = findChild(wrapped, "rightSide").textItem
        tryVerify(() => wrapped.height > wrapped.lineHeight, 2000, "the long line wraps")
        verify(wrappedText.contentWidth <= wrappedText.width + 1)
        compare(findChild(wrapped, "rightSide").textItem.x, findChild(wrapped, "leftSide").textItem.x)
    }

    function test_findCountsAndSteps() {
        view.forceActiveFocus()
        keySequence("Ctrl+F")
        verify(findChild(view, "findBar").visible)
        verify(view.findField.activeFocus)
        for (const c of "replicas")
            keyClick(c)
        const count = view.controller.rows.matchCount
        verify(count >= 2, "several lines say replicas")
        const counter = findChild(view, "matchCounter")
        compare(counter.text, "1 of " + count)
        const first = view.rowList.currentIndex
        verify(view.controller.rows.copyText(first, first, "right").indexOf("replicas") >= 0
               || view.controller.rows.copyText(first, first, "left").indexOf("replicas") >= 0)
        keyClick(Qt.Key_Return)
        compare(counter.text, "2 of " + count)
        verify(view.rowList.currentIndex > first)
        keyClick(Qt.Key_Return, Qt.ShiftModifier)
        compare(counter.text, "1 of " + count)
        compare(view.rowList.currentIndex, first)
        // Backwards from the first wraps to the last.
        keyClick(Qt.Key_Return, Qt.ShiftModifier)
        compare(counter.text, count + " of " + count)
        // The matches are marked in the text.
        const item = showRow(view.rowList.currentIndex)
        verify(role(view.rowList.currentIndex, DiffRowModel.RightTextRole).indexOf("background-color:") >= 0
               || role(view.rowList.currentIndex, DiffRowModel.LeftTextRole).indexOf("background-color:") >= 0)
        // A match far to the right of a long line scrolls it into view.
        view.hScroll = 0
        view.findField.text = "sha-c52e9f3"
        verify(view.controller.rows.matchCount >= 1)
        verify(view.hScroll > 0, "scrolled sideways to the tag")
        const tagRow = showRow(view.rowList.currentIndex)
        const tagText = findChild(tagRow, "rightSide").textItem
        const column = view.controller.rows.matchColumn(view.currentMatch)
        const tagX = tagText.x + column * tagText.contentWidth / Math.max(1, view.controller.rows.copyText(view.rowList.currentIndex, view.rowList.currentIndex, "right").length - 1)
        verify(tagX >= view.gutterWidth && tagX < findChild(tagRow, "rightSide").width,
               "the tag is on screen: " + tagX)
        view.findField.text = "no such text anywhere"
        compare(view.controller.rows.matchCount, 0)
        compare(counter.text, "No matches")
        keyClick(Qt.Key_Escape)
        verify(!findChild(view, "findBar").visible)
        compare(view.controller.rows.searchText, "")
    }

    function test_selectedLinesCopy() {
        const row = findRow("modified", 10)
        verify(row >= 0)
        const item = showRow(row)
        const right = findChild(item, "rightSide")
        mouseClick(right, right.width / 2, right.height / 2)
        compare(view.selectionSide, "right")
        compare(view.selectionFirst, row)
        const below = view.rowList.itemAtIndex(row + 2)
        verify(below)
        const belowRight = findChild(below, "rightSide")
        mouseClick(belowRight, belowRight.width / 2, belowRight.height / 2, Qt.LeftButton, Qt.ShiftModifier)
        compare(view.selectionLast, row + 2)
        keySequence("Ctrl+C")
        const expected = view.controller.rows.copyText(row, row + 2, "right")
        verify(expected.split("\n").length >= 3)
        compare(Clipboard.text(), expected)
        // Plain text, not the rich text the rows show.
        verify(Clipboard.text().indexOf("<span") < 0)
        verify(Clipboard.text().indexOf("&nbsp;") < 0)
        // The left side of one line.
        const left = findChild(item, "leftSide")
        mouseClick(left, left.width / 2, left.height / 2)
        keySequence("Ctrl+C")
        compare(Clipboard.text(), view.controller.rows.copyText(row, row, "left"))
        // The change as a unified diff, from the model the context menu uses.
        verify(view.controller.rows.changeText(row).indexOf("-") === 0)
    }

    function test_fileListGoesToAFile() {
        const files = view.controller.rows.fileList
        verify(files.length >= 2, "the demo's diff has several files")
        verify(findChild(view, "filePane").visible)
        compare(view.fileList.count, files.length)
        view.fileList.positionViewAtEnd()
        wait(50)
        const last = files.length - 1
        const entry = view.fileList.itemAtIndex(last)
        verify(entry)
        mouseClick(entry)
        const row = view.rowList.currentIndex
        compare(role(row, DiffRowModel.TypeRole), "file")
        compare(role(row, DiffRowModel.FileIndexRole), files[last].file)
        verify(files[last].added + files[last].removed > 0)
        // The filter narrows the list.
        const filter = findChild(view, "fileFilter")
        filter.text = files[0].title
        compare(view.fileList.count, 1)
        filter.text = ""
        compare(view.fileList.count, files.length)
    }

    function test_changeCounterFollowsNavigation() {
        const counter = findChild(view, "changeCounter")
        view.rowList.currentIndex = -1
        const total = view.controller.rows.changeCount
        verify(total > 2)
        compare(counter.text, total + " changes")
        view.forceActiveFocus()
        keyClick(Qt.Key_N)
        compare(counter.text, "change 1 of " + total)
        keyClick(Qt.Key_N)
        keyClick(Qt.Key_N)
        compare(counter.text, "change 3 of " + total)
        keyClick(Qt.Key_P)
        compare(counter.text, "change 2 of " + total)
    }

    function test_overlayFilesOfOneApp() {
        view.controller.rendered = false
        view.controller.app = "paulojauregui-com"
        waitCompared()
        const files = view.controller.rows.fileList
        verify(files.length > 0)
        for (const f of files)
            verify(f.title.indexOf("signconnect") < 0, f.title + " belongs to the other app")
    }

    function test_newComparisonStartsAtTheTop() {
        view.rowList.positionViewAtEnd()
        view.hScroll = view.maxHScroll
        wait(50)
        verify(!view.rowList.atYBeginning)
        view.controller.rendered = false
        waitCompared()
        verify(view.rowList.atYBeginning, "files mode starts at the top")
        compare(view.hScroll, 0)
        compare(view.rowList.currentIndex, -1)
        view.rowList.positionViewAtEnd()
        wait(50)
        view.controller.rendered = true
        waitCompared()
        verify(view.rowList.atYBeginning, "rendered mode starts at the top")
    }

    function test_dividerShowsAndTooltipsForCutNames() {
        const split = findChild(view, "diffSplit")
        verify(split.handle)
        // The summary, narrowed: its names are cut in the middle, the full text is in the tooltip.
        const summary = findChild(view, "summaryPane")
        summary.SplitView.preferredWidth = 240
        wait(100)
        const list = findChild(view, "summaryList")
        verify(list.count > 0)
        let cut = null
        for (let i = 0; i < list.count && !cut; ++i) {
            const entry = list.itemAtIndex(i)
            if (entry && entry.contentItem.cut)
                cut = entry
        }
        verify(cut !== null, "some summary entry is cut at this width")
        verify(cut.contentItem.ToolTip.text.indexOf(cut.title) >= 0)
        // The divider is visible (not the background's colour) and takes the pointer.
        const handle = findChild(split, "splitHandle")
        verify(handle, "a divider item is there")
        verify(handle.width >= 4)
        verify(!Qt.colorEqual(handle.color, Theme.card))
        summary.SplitView.preferredWidth = Math.round(380 * Theme.codeScale)
    }
}
