import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The pipeline view on the demo: environments in order, their clusters and declared tags.
TestCase {
    id: testCase
    name: "PipelineView"
    when: windowShown
    // Laid out as on screen: a view that is not visible does not lay out again.
    visible: true
    width: 1300
    height: 700

    PipelineController {
        id: controller
    }

    PipelineView {
        id: view
        anchors.fill: parent
        controller: controller
    }

    function childNamed(item, objectName) {
        if (!item)
            return null
        if (item.objectName === objectName)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = childNamed(item.children[i], objectName)
            if (found)
                return found
        }
        return null
    }

    function textsNamed(item, objectName, out) {
        if (item.objectName === objectName)
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            textsNamed(item.children[i], objectName, out)
        return out
    }

    // A second view on the same controller, opened on the matrix as a large repository is.
    PipelineView {
        id: matrixFirst
        width: 1300
        height: 700
        visible: false
        controller: controller
        chosenView: "matrix"
    }

    function initTestCase() {
        controller.openDemo()
        tryVerify(() => !controller.loading && controller.hasRepository, 30000)
        // The cards are made asynchronously (between frames): whole once "complete" says so.
        tryVerify(() => view.complete, 10000, "every environment's card made")
    }

    function test_cardsMadeAsynchronously() {
        compare(view.cardsMade, 3)
        const list = findChild(view, "environmentList")
        for (let i = 0; i < list.count; ++i)
            verify(childNamed(list.itemAtIndex(i), "environmentName"), "stage " + i + " has its card")
        // Read again: the cards are made anew, and "complete" follows them.
        controller.reload()
        tryVerify(() => controller.loading, 5000)
        tryVerify(() => !controller.loading && view.complete, 30000)
        compare(view.cardsMade, 3)
    }

    function test_graphNotMadeBehindTheMatrix() {
        // Opened on the matrix: the matrix is made, the graph's cards are not.
        tryVerify(() => matrixFirst.complete, 10000, "the matrix made")
        compare(matrixFirst.cardsMade, 0)
        compare(findChild(matrixFirst, "environmentList").count, 0)
        // Shown once: made, and kept when the matrix comes back.
        matrixFirst.chosenView = "graph"
        verify(!matrixFirst.complete)
        tryVerify(() => matrixFirst.complete, 10000, "the graph made on demand")
        compare(matrixFirst.cardsMade, 3)
        matrixFirst.chosenView = "matrix"
        verify(matrixFirst.complete)
        compare(matrixFirst.cardsMade, 3)
    }

    function test_demoPipeline() {
        const list = findChild(view, "environmentList")
        verify(list)
        compare(list.count, 3)
        const names = []
        for (let i = 0; i < list.count; ++i)
            names.push(childNamed(list.itemAtIndex(i), "environmentName").text)
        compare(names, ["development", "staging", "production"])

        const versions = textsNamed(list.itemAtIndex(0), "declaredVersion", [])
        compare(versions, ["sha-e7d1a48", "sha-5b8c3a2"])
        compare(findChild(view, "pipelineSummary").text, "3 environments · 2 apps · 3 clusters")
    }

    function test_cardsAreLaidOutLeftToRight() {
        const list = findChild(view, "environmentList")
        // Every stage fits in the window's width once laid out (no column left off screen).
        tryVerify(() => list.itemAtIndex(list.count - 1) !== null, 5000)
        verify(list.contentWidth <= list.width, list.contentWidth + " > " + list.width)
        let previousRight = -1
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            verify(item.x > previousRight, "environment " + i + " starts after the previous one")
            verify(item.width >= 300, "a card is readable: " + item.width)
            previousRight = item.x + item.width - 1
        }
    }
}
