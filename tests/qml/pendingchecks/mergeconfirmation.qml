import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// Run with PROMENADE_DEMO_CHECK_SECONDS=-1 (tests/qml/CMakeLists.txt): the demo's validate
// check stays "in progress". Merging the promotion's pull request from the approval dialog
// then asks first, naming the check; the merge method is one the repository allows and is
// chosen; the pull-request gate follows GitHub once the pull request is open.
TestCase {
    id: testCase
    name: "MergeConfirmation"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: mainComponent
        Main {
            width: 1280
            height: 800
        }
    }

    function footerButton(window, name) {
        const button = findChild(window.promotionDialog.footer, name)
        verify(button, name)
        return button
    }

    function gateReason(promotion, name) {
        for (let i = 0; i < promotion.gates.count; ++i) {
            const index = promotion.gates.index(i, 0)
            if (promotion.gates.data(index, GateListModel.GateRole) === name)
                return promotion.gates.data(index, GateListModel.ReasonRole)
        }
        return ""
    }

    function test_pendingChecksNeedAConfirmationThatNamesThem() {
        const window = createTemporaryObject(mainComponent, testCase, { startupDemo: true })
        verify(window)
        window.width = 1280
        window.height = 800
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        const promotion = window.promotionController
        window.promotionDialog.promote("signconnect", "staging", "production")
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        verify(promotion.pullRequest, "production takes pull requests")
        compare(gateReason(promotion, "Pull request checks"),
                "the pull request is not open yet: GitHub runs its checks once it is")
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        const number = promotion.pullRequestNumber
        verify(number > 0)

        // The gate follows the world: once GitHub lists the pull request, it names its checks.
        tryVerify(() => gateReason(promotion, "Pull request checks").indexOf("#" + number) === 0, 30000,
                  gateReason(promotion, "Pull request checks"))

        // The methods the repository allows (the demo: merge commits and squashes).
        tryCompare(promotion, "mergeMethods", ["merge", "squash"], 30000)
        const panel = findChild(window.promotionDialog.contentItem, "mergePanel")
        verify(panel.visible)
        verify(findChild(panel, "mergeMethod_merge"))
        verify(findChild(panel, "mergeMethod_squash"))
        mouseClick(findChild(panel, "mergeMethod_squash"))
        compare(promotion.mergeMethod, "squash")
        const summary = findChild(panel, "mergeSummary")
        verify(summary.text.indexOf("(#" + number + ")") >= 0, summary.text)

        // Merge: the check still runs, so nothing is merged; the confirmation names it.
        const merge = footerButton(window, "mergeButton")
        mouseClick(merge)
        tryVerify(() => promotion.checksToConfirm.length > 0, 60000)
        compare(promotion.checksToConfirm, ["kustomize-build (in progress)"])
        verify(!promotion.merged)
        const confirmation = findChild(panel, "checksConfirmation")
        verify(confirmation.visible)
        verify(!merge.enabled, "the confirmation decides, not the footer's button")
        wait(200)
        testScreenshots.save(window, "merge-pending-checks")

        // Waiting declines: still not merged, the confirmation goes.
        mouseClick(findChild(panel, "waitForChecksButton"))
        verify(!confirmation.visible)
        verify(merge.enabled)
        verify(!promotion.merged)

        // Asked again, confirmed: merged with the method chosen, the number in its summary.
        mouseClick(merge)
        tryVerify(() => confirmation.visible, 60000)
        mouseClick(findChild(panel, "mergeAnywayButton"))
        tryVerify(() => promotion.merged, 60000)
        verify(promotion.progress.join("\n").indexOf("Merged as") >= 0, promotion.progress.join("\n"))
    }
}
