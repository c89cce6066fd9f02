import QtQuick
import QtTest
import Promenade
import Promenade.Ui

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
        tryVerify(() => findChild(historyView, "historyList").count === 22, 30000)
    }

    // Presentation mode: full screen, large type, the header reduced to the repository's name
    // and a large "as of"; F5 and Esc switch it.
    function test_presentation() {
        const window = createTemporaryObject(mainComponent, null, { startupDemo: true, startupPresentation: true })
        verify(window)
        tryVerify(() => findChild(window.contentItem, "environmentList") !== null
                         && findChild(window.contentItem, "environmentList").count === 3, 30000)
        verify(Theme.presentation)
        compare(window.visibility, Window.FullScreen)
        verify(Theme.fontSize > 13)
        verify(Theme.titleFontSize > 20)
        const header = window.header
        const title = findChild(header, "presentationTitle")
        verify(title.visible)
        compare(title.text, "homelab-gitops")
        verify(!findChild(header, "repositoryPath").visible)
        const stamp = findChild(header, "presentationStamp")
        tryVerify(() => stamp.visible && stamp.text.indexOf("as of ") === 0, 30000)
        compare(stamp.font.pixelSize, Theme.titleFontSize)
        verify(!findChild(window.contentItem, "liveBadge").visible)

        // The shortcuts act on the window that has the focus.
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        keyClick(Qt.Key_Escape)
        verify(!Theme.presentation)
        compare(Theme.fontSize, 13)
        verify(findChild(header, "repositoryPath").visible)
        verify(!stamp.visible)
        verify(window.visibility !== Window.FullScreen)
        tryVerify(() => findChild(window.contentItem, "liveBadge").visible, 30000)

        keyClick(Qt.Key_F5)
        verify(Theme.presentation)
        keyClick(Qt.Key_F5)
        verify(!Theme.presentation)
    }

    // Ctrl+E and the menu open a save dialog on a suggested file name (the repository's, dated).
    function test_exportDialog() {
        const window = createTemporaryObject(mainComponent, null, { startupDemo: true })
        tryVerify(() => findChild(window.contentItem, "environmentList") !== null
                         && findChild(window.contentItem, "environmentList").count === 3, 30000)
        const dialog = findChild(window, "exportDialog")
        verify(dialog)
        window.exportPipeline("svg")
        tryVerify(() => dialog.visible, 5000)
        verify(String(dialog.selectedFile).indexOf("/homelab-gitops-pipeline-") > 0, dialog.selectedFile)
        verify(String(dialog.selectedFile).endsWith(".svg"))
        compare(dialog.nameFilters[0], "SVG drawing (*.svg)")
        dialog.reject()
        tryVerify(() => !dialog.visible, 5000)
    }

    WindowSettings {
        id: windowSettings
    }

    function test_dialogsFromTheStartupView() {
        const window = createTemporaryObject(mainComponent, null, { startupView: "shortcuts" })
        verify(window)
        const overlay = findChild(window, "shortcutsOverlay")
        tryVerify(() => overlay.opened)
        const list = findChild(overlay.contentItem, "shortcutList")
        compare(list.count, 16)
        overlay.close()

        const settings = createTemporaryObject(mainComponent, null, { startupView: "settings-credentials" })
        const dialog = findChild(settings, "settingsDialog")
        tryVerify(() => dialog.opened)
        compare(dialog.currentTab, 2)
        const menu = findChild(settings.contentItem.parent, "menuButton")
        compare(menu.Accessible.name, "Menu")
    }

    function test_theLastViewComesBack() {
        windowSettings.lastView = "diff"
        const window = createTemporaryObject(mainComponent, null, { startupView: "" })
        compare(findChild(window.contentItem.parent, "viewTabs").currentIndex, 1)
        // Asked for explicitly, a view wins over the last one.
        const pipeline = createTemporaryObject(mainComponent, null, { startupView: "pipeline" })
        compare(findChild(pipeline.contentItem.parent, "viewTabs").currentIndex, 0)
        windowSettings.lastView = "pipeline"
    }
}
