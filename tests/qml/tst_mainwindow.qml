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
        compare(list.count, 11)
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
