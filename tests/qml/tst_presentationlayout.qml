import QtQuick
import QtQuick.Controls
import QtTest
import Promenade
import Promenade.Ui

// Presentation mode fits the screen: at 1366×768 and 1920×1080 every view (the graph, the
// matrix, the diff, the history, the approval) shows its text whole — nothing outside the window, nothing
// cut by a card or a row — and no keyboard hint; leaving it brings the pipeline back unscrolled.
// PROMENADE_SCREENSHOTS=<folder> keeps the pictures the README shows, light and dark, normal
// and presentation.
TestCase {
    id: testCase
    name: "PresentationLayout"
    when: windowShown
    visible: true
    width: 400
    height: 300

    Component {
        id: mainComponent
        Main {}
    }

    property var window: null

    function initTestCase() {
        // Kept for every test (a temporary object would go with the first test function).
        window = mainComponent.createObject(testCase, { startupDemo: true, startupView: "pipeline" })
        verify(window)
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        // The certificates come with the live status: "expires in … days".
        tryVerify(() => findText(window.contentItem, t => t.indexOf("expires in") === 0) !== null, 30000)
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
        Theme.presentation = false
        Theme.mode = "system"
    }

    // Sized as a screen of that size shows it (the offscreen platform has no such screen).
    function showAt(w, h, presenting) {
        window.showNormal()
        window.width = w
        window.height = h
        Theme.presentation = presenting
        // The fit settles after a layout.
        wait(400)
    }

    // A list property (children) has no indexOf in Qt 6.4's JavaScript.
    function isChild(item, child) {
        for (let i = 0; i < item.children.length; ++i) {
            if (item.children[i] === child)
                return true
        }
        return false
    }

    function findText(item, predicate) {
        if (!item || !item.visible)
            return null
        if (item.text !== undefined && typeof item.text === "string" && item.font !== undefined && predicate(item.text))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], predicate)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item && !isChild(item, item.contentItem))
            return findText(item.contentItem, predicate)
        return null
    }

    // Every visible text under item: wholly inside the window and inside whatever clips it,
    // unless it is scrolled out of view altogether (a list's rows further down).
    // A list scrolled part-way may cut its first or last row at its top or bottom edge (that is
    // what scrolling is): there only the width must fit.
    function checkInside(item, clip, where, scrolling) {
        if (!item || !item.visible || item.opacity === 0)
            return
        const rect = item.mapToItem(window.contentItem, 0, 0, item.width, item.height)
        const isText = item.text !== undefined && typeof item.text === "string" && item.font !== undefined
                       && item.contentWidth !== undefined
        if (isText && item.text.length > 0 && item.width > 0 && item.height > 0) {
            const outside = rect.x >= clip.x + clip.width || rect.y >= clip.y + clip.height
                            || rect.x + rect.width <= clip.x || rect.y + rect.height <= clip.y
            if (!outside) {
                const across = rect.x >= clip.x - 1 && rect.x + rect.width <= clip.x + clip.width + 1
                const down = rect.y >= clip.y - 1 && rect.y + rect.height <= clip.y + clip.height + 1
                verify(across && (down || scrolling),
                       where + ": “" + item.text.substring(0, 60) + "” at " + JSON.stringify(rect)
                       + " is cut (visible area " + JSON.stringify(clip) + ")")
            }
        }
        let inner = clip
        if (item.clip) {
            const x = Math.max(clip.x, rect.x)
            const y = Math.max(clip.y, rect.y)
            inner = { x: x, y: y,
                      width: Math.max(0, Math.min(clip.x + clip.width, rect.x + rect.width) - x),
                      height: Math.max(0, Math.min(clip.y + clip.height, rect.y + rect.height) - y) }
        }
        const scrolls = scrolling || (item.contentHeight !== undefined && item.contentY !== undefined
                                      && item.contentHeight > item.height + 1)
        for (let i = 0; i < item.children.length; ++i)
            checkInside(item.children[i], inner, where, scrolls)
    }

    function windowArea() {
        return { x: 0, y: -window.header.height, width: window.width, height: window.height }
    }

    function checkView(where) {
        checkInside(window.contentItem, { x: 0, y: 0, width: window.contentItem.width, height: window.contentItem.height }, where)
        checkInside(window.header, windowArea(), where + " (header)")
    }

    function keepScreenshot(name) {
        wait(150)
        testScreenshots.save(window, name)
    }

    function showTab(name) {
        mouseClick(findChild(window.header, name))
    }

    // The diff of development against production with a changed image tag found: a long line
    // scrolled (sideways where the pane is too narrow) to the tag. The rows' text is cut by
    // the panes' edges by design; the toolbar, the find bar, the file list and the Kubernetes
    // summary are checked whole.
    // topName: also a picture of the diff's top, before the find (the README's diff.png).
    function showDiff(name, topName) {
        showTab("diffTab")
        const view = findChild(window.contentItem, "diffView")
        tryVerify(() => view.visible && view.controller.compared && !view.controller.loading, 30000)
        if (topName) {
            view.resetPosition()
            wait(400)
            keepScreenshot(topName)
        }
        const findBar = findChild(view, "findBar")
        findBar.visible = true
        view.findField.text = ":sha-"
        tryVerify(() => view.currentMatch >= 0)
        compare(view.rowList.currentIndex, view.controller.rows.matchRow(view.currentMatch))
        wait(400)
        const area = { x: 0, y: 0, width: window.contentItem.width, height: window.contentItem.height }
        checkInside(window.header, windowArea(), name + " (header)")
        checkInside(findBar, area, name + " (find bar)")
        checkInside(findChild(view, "diffToolbar"), area, name + " (toolbar)")
        // The pickers show their whole choice (a squeezed combo box cuts it inside itself).
        for (const picker of ["leftEnvironment", "rightEnvironment", "appPicker"]) {
            const label = findChild(view, picker).contentItem
            verify(label.contentWidth <= label.width + 1,
                   name + ": " + picker + " shows “" + label.text + "” cut (" + label.contentWidth + " > " + label.width + ")")
        }
        checkInside(findChild(view, "filePane"), area, name + " (files)")
        checkInside(findChild(view, "summaryPane"), area, name + " (summary)", true)
        keepScreenshot(name)
        findBar.visible = false
        showTab("pipelineTab")
    }

    function test_graphFits_data() {
        return [{ tag: "1366x768", w: 1366, h: 768 }, { tag: "1920x1080", w: 1920, h: 1080 }]
    }
    function test_graphFits(data) {
        showAt(data.w, data.h, true)
        showTab("pipelineTab")
        const view = findChild(window.contentItem, "pipelineView")
        view.chosenView = "graph"
        tryVerify(() => findChild(window.contentItem, "environmentList").visible)
        tryVerify(() => view.complete, 10000, "every card made")
        wait(400)
        checkView("graph " + data.tag)
        // The certificates at the bottom of the cards are on screen.
        const expiry = findText(window.contentItem, t => t.indexOf("expires in") === 0)
        verify(expiry)
        const scroll = findChild(window.contentItem, "pipelineScroll")
        verify(scroll.contentHeight <= scroll.height + 1, "nothing to scroll: " + scroll.contentHeight + " > " + scroll.height)
        // No keyboard hint for the audience.
        verify(findText(window.header, t => t.indexOf("(Esc)") >= 0) === null)
        verify(findText(window.contentItem, t => /Ctrl\+|\(Esc\)|Enter /.test(t)) === null)
        keepScreenshot("presentation-pipeline-" + data.tag)

        // Leaving: the pipeline unscrolled, nothing beyond its end.
        scroll.contentY = Math.max(0, scroll.contentHeight - scroll.height)
        Theme.presentation = false
        wait(300)
        compare(scroll.contentY, 0)
        checkView("graph after presentation " + data.tag)
    }

    function test_matrixFits_data() {
        return test_graphFits_data()
    }
    function test_matrixFits(data) {
        showAt(data.w, data.h, true)
        showTab("pipelineTab")
        const view = findChild(window.contentItem, "pipelineView")
        view.chosenView = "matrix"
        // The matrix is made asynchronously the first time it is shown.
        let table = null
        tryVerify(() => (table = findChild(window.contentItem, "matrixTable")) !== null && table.visible && table.rows > 0)
        // Its cells once it is laid out.
        tryVerify(() => table.itemAtCell(Qt.point(1, 0)) !== null, 5000)
        wait(300)
        // A row is taller than its two lines of enlarged text.
        const cell = table.itemAtCell(Qt.point(1, 0))
        verify(cell)
        const state = findChild(cell, "cellState")
        const tag = findChild(cell, "cellTag")
        verify(state.y + state.height <= cell.height, "the second line fits the row")
        verify(tag.y >= 0)
        compare(findChild(window.contentItem, "currentDetail").text, "")
        checkView("matrix " + data.tag)
        keepScreenshot("presentation-matrix-" + data.tag)
        view.chosenView = "graph"
    }

    function test_diffFits_data() {
        return test_graphFits_data()
    }
    function test_diffFits(data) {
        showAt(data.w, data.h, true)
        showDiff("presentation-diff-" + data.tag)
    }

    function test_historyFits_data() {
        return test_graphFits_data()
    }
    function test_historyFits(data) {
        showAt(data.w, data.h, true)
        showTab("historyTab")
        const history = findChild(window.contentItem, "historyView")
        tryVerify(() => history.visible && history.controller.loaded, 30000)
        wait(300)
        checkView("history " + data.tag)
        keepScreenshot("presentation-history-" + data.tag)
        showTab("pipelineTab")
    }

    // The approval dialog at both sizes, presenting or not: the commit message and its
    // trailers whole.
    function test_approvalFits_data() {
        return [{ tag: "1366x768", w: 1366, h: 768, presenting: false },
                { tag: "1920x1080", w: 1920, h: 1080, presenting: false },
                { tag: "presentation-1366x768", w: 1366, h: 768, presenting: true },
                { tag: "presentation-1920x1080", w: 1920, h: 1080, presenting: true }]
    }
    function test_approvalFits(data) {
        showAt(data.w, data.h, data.presenting)
        window.promotionDialog.promote("paulojauregui-com", "development", "staging")
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        wait(300)
        const dialog = window.promotionDialog
        const message = findChild(dialog.contentItem, "messageField")
        verify(message.visible)
        verify(message.contentHeight <= message.height, "the commit message is not cut")
        const area = { x: 0, y: 0, width: window.width, height: window.height - window.header.height }
        checkInside(dialog.contentItem, area, "approval " + data.tag)
        checkInside(dialog.footer, area, "approval footer " + data.tag)
        keepScreenshot("approval-" + data.tag)
        dialog.close()
        tryCompare(promotion, "state", PromotionController.Idle)
    }

    // Outside presentation, light and dark, at both sizes: the same checks, and the pictures
    // of each view.
    function test_normalViews_data() {
        return [{ tag: "light-1366x768", w: 1366, h: 768, mode: "light" },
                { tag: "dark-1366x768", w: 1366, h: 768, mode: "dark" },
                { tag: "light-1920x1080", w: 1920, h: 1080, mode: "light" },
                { tag: "dark-1920x1080", w: 1920, h: 1080, mode: "dark" }]
    }
    function test_normalViews(data) {
        Theme.mode = data.mode
        showAt(data.w, data.h, false)
        showTab("pipelineTab")
        const view = findChild(window.contentItem, "pipelineView")
        view.chosenView = "graph"
        wait(300)
        checkView("graph " + data.tag)
        keepScreenshot("pipeline-" + data.tag)
        view.chosenView = "matrix"
        tryVerify(() => findChild(window.contentItem, "matrixTable").visible)
        wait(300)
        checkView("matrix " + data.tag)
        keepScreenshot("matrix-" + data.tag)
        view.chosenView = "graph"
        showTab("historyTab")
        const history = findChild(window.contentItem, "historyView")
        tryVerify(() => history.visible && history.controller.loaded, 30000)
        wait(300)
        checkView("history " + data.tag)
        keepScreenshot("history-" + data.tag)
        showDiff("diff-" + data.tag, data.tag === "light-1366x768" ? "diff" : "")
        window.promotionDialog.promote("paulojauregui-com", "development", "staging")
        tryCompare(window.promotionController, "state", PromotionController.Ready, 30000)
        wait(300)
        const area = { x: 0, y: 0, width: window.width, height: window.height - window.header.height }
        checkInside(window.promotionDialog.contentItem, area, "approval " + data.tag)
        keepScreenshot("approval-" + data.tag)
        window.promotionDialog.close()
        tryCompare(window.promotionController, "state", PromotionController.Idle)
        Theme.mode = "system"
    }
}
