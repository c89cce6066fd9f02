import QtQuick
import QtTest
import Promenade

// The main window: a folder that is not a GitOps repository gives a clear message in the
// window; the demo shows the pipeline and the Demo badge.
TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function test_notARepository() {
        const window = createTemporaryObject(mainComponent, null, { startupRepository: "/" })
        verify(window)
        const errorPanel = findChild(window.contentItem, "errorPanel")
        tryVerify(() => errorPanel.visible, 30000)
        compare(findChild(errorPanel, "messageTitle").text, "This folder cannot be opened as a GitOps repository")
        verify(findChild(errorPanel, "messageDetail").text.indexOf("/: not a GitOps repository") === 0)
        verify(!findChild(window.contentItem, "demoBadge").visible)
    }

    function test_demo() {
        const window = createTemporaryObject(mainComponent, null, { startupDemo: true })
        verify(window)
        tryVerify(() => findChild(window.contentItem, "environmentList") !== null
                         && findChild(window.contentItem, "environmentList").count === 3, 30000)
        verify(findChild(window.contentItem, "demoBadge").visible)
        verify(!findChild(window.contentItem, "errorPanel").visible)
        verify(window.title.indexOf("homelab-gitops") === 0)

        // The History tab shows the demo's timeline.
        const historyView = findChild(window.contentItem, "historyView")
        verify(historyView && !historyView.visible)
        mouseClick(findChild(window.header, "historyTab"))
        tryVerify(() => historyView.visible)
        tryVerify(() => findChild(historyView, "historyList").count === 15, 30000)
    }
}
