import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The approval dialog's "Changes" on the embedded demo: promoting SignConnect from staging to
// production lists the pull requests and the commits between the two builds (the demo's
// application history, through the demo registry's labels and the demo GitHub's comparison),
// and the commit message carries the short list above its trailers.
TestCase {
    id: testCase
    name: "ChangesSection"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component {
        id: mainComponent
        Main {
            width: 1280
            height: 900
        }
    }

    function test_stagingToProductionListsTheChanges() {
        const window = createTemporaryObject(mainComponent, testCase, { startupDemo: true })
        verify(window)
        window.width = 1280
        window.height = 900
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        let button = null
        tryVerify(() => {
            // The edges are laid out beside their cards, which are made asynchronously.
            if (!findChild(window.contentItem, "pipelineView").complete)
                return false
            const edge = findChild(window.contentItem, "edge_production")
            return edge && (button = findChild(edge, "promote_signconnect")) !== null
        }, 30000, "the edge into production offers signconnect")
        const list = findChild(window.contentItem, "environmentList")
        for (let i = 0; i < list.count; ++i) {
            if (list.nameAt(i) === "production")
                list.positionViewAtIndex(i, ListView.Contain)
        }
        mouseClick(button)
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        compare(promotion.plan.app, "signconnect")
        const changes = promotion.changes
        tryVerify(() => !changes.loading && changes.headline.length > 0, 30000, "the changes are found")
        compare(changes.errorString, "")
        compare(changes.headline, "8 commits, 3 pull requests ahead")
        compare(changes.repository, "HowDiggy/SignConnect")
        // 3 pull requests, then the 8 commits.
        compare(changes.count, 11)
        const section = findChild(window.promotionDialog.contentItem, "changesSection")
        verify(section && section.visible)
        const headline = findChild(section, "changesHeadline")
        verify(headline.text.indexOf("8 commits, 3 pull requests ahead") === 0)
        // The commit message: the short list, the trailers still last.
        verify(promotion.description.indexOf("Changes in HowDiggy/SignConnect (8 commits, 3 pull requests ahead):") > 0,
               promotion.description)
        verify(promotion.description.indexOf("- #4 feat: pair screens with a six-digit code (rdelgado)") > 0, promotion.description)
        verify(promotion.plan.trailers.indexOf("Promenade-Action: promote") === 0, promotion.plan.trailers)

        // PROMENADE_SCREENSHOTS=<folder> keeps a picture (README: approval-changes.png).
        const column = findChild(window.promotionDialog.contentItem, "planColumn")
        column.contentItem.contentY = Math.max(0, section.y - 8)
        wait(300)
        testScreenshots.save(window, "approval-changes")
    }
}
