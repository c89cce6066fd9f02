import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The welcome panel's recent repositories: newest first, a click opens one, a folder that is
// gone is marked and can be removed.
TestCase {
    id: testCase
    name: "WelcomePanel"
    when: windowShown
    visible: true
    width: 900
    height: 700

    RecentRepositories {
        id: recent
    }

    WelcomePanel {
        id: panel
        anchors.fill: parent
        recent: recent
    }

    SignalSpy {
        id: openSpy
        target: panel
        signalName: "openRepositoryRequested"
    }
    SignalSpy {
        id: cloneSpy
        target: panel
        signalName: "cloneRequested"
    }

    function init() {
        recent.clear()
        openSpy.clear()
    }

    function test_emptyListIsHidden() {
        compare(recent.count, 0)
        // The view follows its model when it next lays out.
        tryVerify(() => !findChild(panel, "recentList").visible)
        verify(!findChild(panel, "recentTitle").visible)
    }

    function test_recentEntries() {
        recent.add("/promenade-test-folder-that-does-not-exist/gitops")
        recent.add("/tmp")
        const list = findChild(panel, "recentList")
        tryVerify(() => list.visible && list.count === 2)
        tryVerify(() => list.itemAtIndex(1) !== null)

        // Newest first; a click opens it.
        const first = list.itemAtIndex(0)
        verify(first)
        compare(first.name, "tmp")
        verify(first.Accessible.name.indexOf("Open tmp") === 0)
        verify(findChild(first, "recentState").text.indexOf("today") === 0)
        mouseClick(first)
        compare(openSpy.count, 1)
        compare(openSpy.signalArguments[0][0], "/tmp")

        // The folder that is gone: marked, not opened, removable.
        const gone = list.itemAtIndex(1)
        verify(gone.missing)
        compare(findChild(gone, "recentState").text, "Folder not found")
        mouseClick(gone)
        compare(openSpy.count, 1)
        const remove = findChild(gone, "removeRecent")
        verify(remove.visible)
        verify(remove.Accessible.name.indexOf("Remove gitops") === 0)
        mouseClick(remove)
        compare(recent.count, 1)
        tryCompare(list, "count", 1)
    }

    function test_cloneButton() {
        function find(item) {
            if (item.text === "Clone from URL…")
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i])
                if (found)
                    return found
            }
            return null
        }
        const clone = find(panel)
        verify(clone)
        mouseClick(clone)
        compare(cloneSpy.count, 1)
    }
}
