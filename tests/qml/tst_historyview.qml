import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The history view on the demo repository: the timeline and its day sections, the app and
// environment pickers, "Roll back to this" handing the choice on to the one approval, and an
// entry opening its change.
TestCase {
    id: testCase
    name: "HistoryView"
    when: windowShown
    visible: true
    width: 1280
    height: 760

    PipelineController {
        id: pipeline
    }

    HistoryView {
        id: view
        anchors.fill: parent
        pipeline: pipeline
    }

    SignalSpy {
        id: rollbackSpy
        target: view
        signalName: "rollbackRequested"
    }

    function initTestCase() {
        pipeline.openDemo()
        tryVerify(() => !pipeline.loading && pipeline.hasRepository, 30000)
        tryVerify(() => view.controller.loaded && !view.controller.loading, 30000)
    }

    function init() {
        view.controller.appFilter = ""
        view.controller.environmentFilter = ""
        rollbackSpy.clear()
    }

    // The delegate of the first row matching the condition, scrolled into view; null if none.
    function findEntry(condition) {
        const list = view.entryList
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && condition(item))
                return item
        }
        return null
    }

    function pick(objectName, text) {
        const picker = findChild(view, objectName)
        verify(picker, objectName)
        const index = picker.find(text)
        verify(index >= 0, text + " in " + objectName)
        picker.currentIndex = index
        picker.activated(index)
    }

    function test_timeline() {
        const list = view.entryList
        compare(list.count, 22) // the two apps' images and cert-manager's chart versions
        compare(findChild(view, "historyCount").text, "22 changes")
        list.positionViewAtBeginning()
        const newest = list.itemAtIndex(0)
        compare(newest.kindLabel, "CI bump")
        compare(findChild(newest, "appName").text, "signconnect")
        compare(findChild(newest, "environments").text, "development")
        compare(findChild(newest, "entryTag").text, "sha-5b8c3a2")
        compare(findChild(newest, "previousTag").text, "was sha-9d2e6f0")
        verify(findChild(newest, "currentBadge").visible)
        verify(!findChild(newest, "rollBackButton").visible)
        compare(findChild(findChild(newest, "commitId"), "copyableValue").text, newest.shortCommit)
        verify(findChild(newest, "commitLine").text.indexOf("github-actions[bot]") === 0)

        // The demo's newest commit is from today; older ones sit under their own days.
        const sections = []
        for (let i = 0; i < list.contentItem.children.length; ++i) {
            const label = findChild(list.contentItem.children[i], "daySection")
            if (label && label.visible)
                sections.push(label.text)
        }
        verify(sections.indexOf("Today") >= 0, JSON.stringify(sections))

        const promotion = findEntry(item => item.kind === "promotion" && item.app === "signconnect")
        verify(promotion)
        compare(findChild(promotion, "environments").text, "development → staging")
        compare(findChild(promotion, "kindBadge").text, "Promotion")
        verify(!findChild(view, "historyEmpty").visible)
        verify(!findChild(view, "historyError").visible)
    }

    function test_filters() {
        const appPicker = findChild(view, "historyAppPicker")
        const environmentPicker = findChild(view, "historyEnvironmentPicker")
        compare(appPicker.count, 4) // all, cert-manager (the chart) and the two apps
        compare(environmentPicker.textAt(1), "development")
        compare(environmentPicker.textAt(3), "production")
        verify(appPicker.Accessible.name.length > 0)
        verify(environmentPicker.Accessible.name.length > 0)

        pick("historyAppPicker", "signconnect")
        compare(view.controller.appFilter, "signconnect")
        compare(view.entryList.count, 6)
        compare(findChild(view, "historyCount").text, "6 of 22 changes")
        for (let i = 0; i < view.entryList.count; ++i) {
            view.entryList.positionViewAtIndex(i, ListView.Contain)
            compare(view.entryList.itemAtIndex(i).app, "signconnect")
        }

        pick("historyEnvironmentPicker", "staging")
        compare(view.entryList.count, 2)
        pick("historyAppPicker", "All apps")
        compare(view.controller.appFilter, "")
        compare(view.entryList.count, 7) // changes in staging (2 of cert-manager), promotions out of it
        pick("historyEnvironmentPicker", "All environments")
        compare(view.entryList.count, 22)
    }

    // Type-ahead in the pickers: the first app starting with what was typed (else containing it).
    function test_typeAhead() {
        const appPicker = findChild(view, "historyAppPicker")
        appPicker.forceActiveFocus()
        verify(appPicker.activeFocus)
        keyClick(Qt.Key_S)
        keyClick(Qt.Key_I)
        keyClick(Qt.Key_G)
        compare(appPicker.typed, "sig")
        compare(view.controller.appFilter, "signconnect")
        // After a pause a new search starts; a word inside a name is found too.
        appPicker.typeAheadInterval = 1
        tryCompare(appPicker, "typed", "")
        appPicker.typeAheadInterval = 900
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_U)
        compare(view.controller.appFilter, "paulojauregui-com")
        keyClick(Qt.Key_Backspace)
        compare(appPicker.typed, "ja")
        pick("historyAppPicker", "All apps")
        compare(view.controller.appFilter, "")
    }

    function test_filterWithNothingToShow() {
        // Every demo app changed in every environment, so ask for an app the history lacks.
        view.controller.appFilter = "nobody"
        compare(view.entryList.count, 0)
        const panel = findChild(view, "historyFilteredEmpty")
        verify(panel.visible)
        verify(!findChild(view, "historyEmpty").visible)
        mouseClick(findChild(panel, "showEverything"))
        compare(view.controller.appFilter, "")
        compare(view.entryList.count, 22)
        verify(!panel.visible)
    }

    // One confirmation: the button hands the choice on (the approval dialog asks), no dialog here.
    function test_rollBackAsksOnce() {
        const older = findEntry(item => item.app === "signconnect" && item.toEnvironment === "staging" && item.tag === "sha-41c07be")
        verify(older)
        verify(older.canRollBack)
        const button = findChild(older, "rollBackButton")
        verify(button.visible)
        verify(button.Accessible.name.length > 0)
        mouseClick(button)
        compare(rollbackSpy.count, 1)
        compare(rollbackSpy.signalArguments[0][0], "signconnect")
        compare(rollbackSpy.signalArguments[0][1], "staging")
        compare(rollbackSpy.signalArguments[0][2], "sha-41c07be")
        compare(rollbackSpy.signalArguments[0][3], "kustomize-images")
        verify(!older.expanded) // the button did not open the entry
    }

    // A click on an entry opens its change: the pin before and after, and what runs now.
    function test_entryOpensItsChange() {
        const older = findEntry(item => item.app === "signconnect" && item.toEnvironment === "staging" && item.tag === "sha-41c07be")
        verify(older)
        const change = findChild(older, "entryChange")
        verify(!change.visible)
        mouseClick(findChild(older, "entryTag"))
        tryVerify(() => change.visible)
        verify(findChild(older, "pinAdded").text.endsWith(":sha-41c07be"), findChild(older, "pinAdded").text)
        if (older.previousTag.length > 0)
            verify(findChild(older, "pinRemoved").text.endsWith(":" + older.previousTag))
        const compareLabel = findChild(older, "compareWithCurrent")
        verify(older.currentTag.length > 0)
        verify(older.currentTag !== "sha-41c07be")
        compare(compareLabel.text, "now staging pins " + older.currentTag + " (this entry: sha-41c07be)")
        compare(findChild(older, "pinWhere").text,
                "pinned as images: entry in apps/overlays/staging/kustomization.yaml")
        verify(!findChild(older, "mutableTagBadge").visible)
        verify(!findChild(older, "mutableTagWarning").visible)

        // Copy: the full commit id, with one click on the button.
        mouseClick(findChild(findChild(older, "commitId"), "copyButton"))
        compare(Clipboard.text(), older.commit)
        verify(older.commit.length === 40)
        mouseClick(findChild(older, "entryTag"))
        tryVerify(() => !change.visible)
    }

    function test_currentPinsOfferNoRollBack() {
        const list = view.entryList
        let current = 0
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            compare(findChild(item, "rollBackButton").visible, item.canRollBack)
            if (item.isCurrent) {
                ++current
                verify(!item.canRollBack)
                verify(findChild(item, "currentBadge").visible)
            }
        }
        compare(current, 9) // what each app (and cert-manager's chart) runs in each environment
    }

    // A chart version's change is in the history too, with where it is pinned.
    function test_chartVersionEntry() {
        const chart = findEntry(item => item.app === "cert-manager" && item.toEnvironment === "development" && item.tag === "v1.17.1")
        verify(chart)
        verify(chart.isCurrent)
        compare(chart.previousTag, "v1.16.2")
        compare(chart.pinKind, "chart-version")
        verify(!findChild(chart, "mutableTagBadge").visible)
        mouseClick(findChild(chart, "entryTag"))
        tryVerify(() => findChild(chart, "entryChange").visible)
        compare(findChild(chart, "pinWhere").text,
                "pinned as chart version in infrastructure/overlays/development/kustomization.yaml")
        mouseClick(findChild(chart, "entryTag"))
    }

    SignalSpy {
        id: historyLoading
        target: view.controller
        signalName: "loadingChanged"
    }

    function test_followsTheRepository() {
        // The pipeline reads the repository again (as after a new commit): so does the history.
        historyLoading.clear()
        pipeline.reload()
        tryVerify(() => historyLoading.count >= 2 && !view.controller.loading && !pipeline.loading, 30000)
        compare(view.entryList.count, 22)
    }
}
