import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// End to end on the embedded demo, as a release manager would: promote paulojauregui-com
// from development to staging from the edge of the graph (a direct commit), watch the demo's
// Argo CD report it synced and healthy on the graph, then on to production through a pull
// request merged from the dialog — until production runs it, synced and healthy.
TestCase {
    id: testCase
    name: "PromotionFlow"
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

    function imageRow(window, environment, app) {
        const environments = window.pipelineController.environments
        for (let e = 0; e < environments.rowCount(); ++e) {
            const envIndex = environments.index(e, 0)
            if (environments.data(envIndex, EnvironmentListModel.NameRole) !== environment)
                continue
            const images = environments.data(envIndex, EnvironmentListModel.ImagesRole)
            for (let i = 0; i < images.rowCount(); ++i) {
                const index = images.index(i, 0)
                if (images.data(index, DeclaredImageListModel.AppRole) === app) {
                    return {
                        tag: images.data(index, DeclaredImageListModel.TagRole),
                        running: images.data(index, DeclaredImageListModel.RunningVersionRole),
                        sync: images.data(index, DeclaredImageListModel.SyncRole),
                        health: images.data(index, DeclaredImageListModel.HealthRole)
                    }
                }
            }
        }
        return null
    }

    function runsSyncedAndHealthy(window, environment, app, tag) {
        const row = imageRow(window, environment, app)
        return row !== null && row.tag === tag && String(row.running).split("@")[0] === tag
               && row.sync === "Synced" && row.health === "Healthy"
    }

    // The window restores the size it had last (WindowSettings): the tests want their own.
    function createWindow() {
        const window = createTemporaryObject(mainComponent, testCase, { startupDemo: true })
        verify(window)
        window.width = 1280
        window.height = 800
        return window
    }

    function candidateButton(window, environment, app) {
        // The edges are laid out beside their cards, which are made asynchronously.
        const view = findChild(window.contentItem, "pipelineView")
        if (!view || !view.complete)
            return null
        const edge = findChild(window.contentItem, "edge_" + environment)
        const button = edge ? findChild(edge, "promote_" + app) : null
        return button && laidOut(button, window) ? button : null
    }

    // An item a click can reach: it and every item above it shown with a size (an arrow beside
    // a card still being made has no height yet), its centre inside the window.
    function laidOut(item, window) {
        for (let i = item; i && i !== window.contentItem; i = i.parent) {
            if (!i.visible || i.width <= 0 || i.height <= 0)
                return false
        }
        const centre = item.mapToItem(window.contentItem, item.width / 2, item.height / 2)
        return centre.x > 0 && centre.y > 0 && centre.x < window.width && centre.y < window.height
    }

    // PROMENADE_SCREENSHOTS=<folder> keeps pictures of the flow (for the README).
    function keepScreenshot(window, name) {
        wait(200) // let the last frame settle
        testScreenshots.save(window, name)
    }

    // GitHub's checks on an open pull request, as the live status lists them.
    function checksOf(window, number) {
        for (const pr of window.pipelineController.openPullRequests) {
            if (pr.number === number)
                return pr.checks
        }
        return ""
    }

    function footerButton(window, name) {
        const button = findChild(window.promotionDialog.footer, name)
        verify(button, name)
        return button
    }

    function approveFromEdge(window, environment, app) {
        let button = null
        tryVerify(() => (button = candidateButton(window, environment, app)) !== null, 30000,
                  "the edge into " + environment + " offers " + app)
        // Scrolled into view, as a person would.
        const list = findChild(window.contentItem, "environmentList")
        for (let i = 0; i < list.count; ++i) {
            if (list.nameAt(i) === environment)
                list.positionViewAtIndex(i, ListView.Contain)
        }
        mouseClick(button)
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        verify(window.promotionDialog.opened || window.promotionDialog.visible)
        compare(promotion.plan.app, app)
        compare(promotion.plan.toEnvironment, environment)
        verify(promotion.gates.count >= 3, "every gate is listed")
        verify(promotion.gatesPass, "the gates pass: " + promotion.refusal)
        verify(promotion.preview.rowCount() > 0, "the rendered change is shown")
        keepScreenshot(window, "approve-" + environment)
        return promotion
    }

    function test_promoteDevelopmentToProduction() {
        const window = createWindow()
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        tryVerify(() => runsSyncedAndHealthy(window, "development", "paulojauregui-com", "sha-e7d1a48"), 30000)
        verify(imageRow(window, "staging", "paulojauregui-com").tag !== "sha-e7d1a48")

        // development → staging: a direct commit, pushed.
        let promotion = approveFromEdge(window, "staging", "paulojauregui-com")
        verify(!promotion.pullRequest)
        compare(promotion.plan.newVersion.split("@")[0], "sha-e7d1a48")
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        verify(promotion.commit.length === 40)
        tryVerify(() => promotion.deployed, 60000, "staging reports the new version synced and healthy")
        keepScreenshot(window, "approved-staging")
        tryVerify(() => runsSyncedAndHealthy(window, "staging", "paulojauregui-com", "sha-e7d1a48"), 30000)
        mouseClick(footerButton(window, "closeButton"))
        tryCompare(promotion, "state", PromotionController.Idle)

        // staging → production: a pull request, merged from the dialog.
        promotion = approveFromEdge(window, "production", "paulojauregui-com")
        verify(promotion.pullRequest, "production takes pull requests")
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        verify(promotion.pullRequestNumber > 0)
        verify(!promotion.deployed)
        // The live status lists the pull request; its checks show before the merge.
        const checks = findChild(window.promotionDialog.contentItem, "pullRequestChecks")
        tryVerify(() => checks.visible && checks.text.length > 0, 30000, "the pull request's checks are shown")
        keepScreenshot(window, "pull-request-open")
        // Merged once its checks passed (pending ones would ask first: pendingchecks/).
        tryVerify(() => checksOf(window, promotion.pullRequestNumber) === "success", 60000, "the checks pass")
        const merge = footerButton(window, "mergeButton")
        verify(merge.visible)
        mouseClick(merge)
        tryVerify(() => promotion.merged, 60000)
        tryVerify(() => promotion.deployed, 90000, "production reports the new version synced and healthy")
        tryVerify(() => runsSyncedAndHealthy(window, "production", "paulojauregui-com", "sha-e7d1a48"), 30000)
        keepScreenshot(window, "merged-production")
        mouseClick(footerButton(window, "closeButton"))
        keepScreenshot(window, "pipeline-after")
    }

    // The version an environment's infrastructure lane pins for a chart.
    function chartVersion(window, environment, chart) {
        const environments = window.pipelineController.environments
        for (let e = 0; e < environments.rowCount(); ++e) {
            const envIndex = environments.index(e, 0)
            if (environments.data(envIndex, EnvironmentListModel.NameRole) !== environment)
                continue
            const lane = environments.data(envIndex, EnvironmentListModel.InfrastructureRole)
            for (let i = 0; i < lane.rowCount(); ++i) {
                const index = lane.index(i, 0)
                if (lane.data(index, InfrastructureListModel.NameRole) === chart)
                    return lane.data(index, InfrastructureListModel.VersionRole)
            }
        }
        return ""
    }

    // The "↑ promote" of a chart on an environment's card, clicked; the approval is returned
    // once its plan is ready.
    function approveChartFromCard(window, environment, chart, version) {
        let button = null
        tryVerify(() => {
            const card = findChild(window.contentItem, "card_" + environment)
            button = card ? findChild(card, "promoteChart_" + chart) : null
            return button !== null && button.visible
        }, 30000, environment + "'s card offers to promote " + chart)
        verify(button.text.indexOf(version) >= 0, button.text)
        const list = findChild(window.contentItem, "environmentList")
        for (let i = 0; i < list.count; ++i) {
            if (list.nameAt(i) === environment)
                list.positionViewAtIndex(i, ListView.Contain)
        }
        keepScreenshot(window, "chart-promote-" + environment)
        mouseClick(button)
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        verify(window.promotionDialog.opened || window.promotionDialog.visible)
        compare(promotion.plan.app, chart)
        compare(promotion.plan.toEnvironment, environment)
        compare(promotion.plan.newVersion, version)
        verify(promotion.gatesPass, "the gates pass: " + promotion.refusal)
        verify(promotion.preview.rowCount() > 0, "the rendered change is shown")
        return promotion
    }

    // cert-manager's chart, development → staging → production from the cards' infrastructure
    // lanes, each followed until the demo's Argo CD reports its Application synced on the new
    // chart version.
    function test_promoteCertManagerChart() {
        const window = createWindow()
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        tryCompare(window.pipelineController, "hasRepository", true, 30000)
        compare(chartVersion(window, "development", "cert-manager"), "v1.17.1")
        compare(chartVersion(window, "staging", "cert-manager"), "v1.16.2")
        // Production's upstream pins what it pins: nothing to promote there yet.
        // The cards are made asynchronously.
        let productionCard = null
        tryVerify(() => (productionCard = findChild(window.contentItem, "card_production")) !== null, 10000)
        const productionButton = findChild(productionCard, "promoteChart_cert-manager")
        verify(!productionButton || !productionButton.visible, "production has nothing newer upstream")

        // development → staging: a direct commit, followed until Argo CD runs it.
        let promotion = approveChartFromCard(window, "staging", "cert-manager", "v1.17.1")
        verify(!promotion.pullRequest)
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        verify(promotion.commit.length === 40)
        tryVerify(() => promotion.deployed, 90000, "staging's cert-manager Application reports v1.17.1 synced")
        tryVerify(() => chartVersion(window, "staging", "cert-manager") === "v1.17.1", 30000)
        mouseClick(footerButton(window, "closeButton"))
        tryCompare(promotion, "state", PromotionController.Idle)
        // Staging's card no longer offers it.
        tryVerify(() => {
            const card = findChild(window.contentItem, "card_staging")
            const button = card ? findChild(card, "promoteChart_cert-manager") : null
            return !button || !button.visible
        }, 30000, "staging runs what development pins")

        // staging → production: a pull request, merged from the dialog once its checks pass.
        promotion = approveChartFromCard(window, "production", "cert-manager", "v1.17.1")
        verify(promotion.pullRequest, "production takes pull requests")
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        verify(promotion.pullRequestNumber > 0)
        verify(!promotion.deployed)
        tryVerify(() => checksOf(window, promotion.pullRequestNumber) === "success", 60000, "the checks pass")
        const merge = footerButton(window, "mergeButton")
        verify(merge.visible)
        mouseClick(merge)
        tryVerify(() => promotion.merged, 60000)
        tryVerify(() => promotion.deployed, 90000, "production's cert-manager Application reports v1.17.1 synced")
        tryVerify(() => chartVersion(window, "production", "cert-manager") === "v1.17.1", 30000)
        mouseClick(footerButton(window, "closeButton"))
    }

    // SignConnect's newest tag has no arm64 image: the platform gate fails, says why, and the
    // approval cannot be given; nothing is committed.
    function test_failedGateRefusesTheApproval() {
        const window = createWindow()
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        let button = null
        tryVerify(() => (button = candidateButton(window, "staging", "signconnect")) !== null, 30000)
        verify(button.Accessible.description.indexOf("arm64") >= 0, "the edge tells why it is not ready: " + button.Accessible.description)
        mouseClick(button)
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        verify(!promotion.gatesPass)
        verify(promotion.gates.failed >= 1)
        verify(promotion.refusal.indexOf("arm64") >= 0, promotion.refusal)

        const gateList = findChild(window.promotionDialog.contentItem, "gateList")
        verify(gateList)
        const verdict = findChild(gateList, "gateVerdict")
        verify(verdict.text.indexOf("failed") >= 0, verdict.text)
        const approve = footerButton(window, "approveButton")
        verify(approve.visible)
        verify(!approve.enabled, "a failed gate disables the approval")
        const footer = findChild(window.promotionDialog.footer, "footerMessage")
        verify(footer.text.indexOf("Refused") === 0, footer.text)
        keepScreenshot(window, "approve-refused")

        promotion.approve() // even when asked directly, nothing happens
        compare(promotion.state, PromotionController.Ready)
        compare(promotion.commit, "")
        mouseClick(footerButton(window, "closeButton"))
        tryCompare(promotion, "state", PromotionController.Idle)
    }

    // A promotion that cannot be planned (an app the repository does not have) says so in
    // the dialog, with what to do, and changes nothing.
    function test_unplannablePromotionExplainsItself() {
        const window = createWindow()
        tryCompare(window.pipelineController, "hasRepository", true, 30000)
        window.promotionDialog.promote("no-such-app", "development", "staging")
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Failed, 30000)
        const panel = findChild(window.promotionDialog.contentItem, "approvalError")
        verify(panel.visible)
        verify(promotion.errorString.indexOf("no-such-app") >= 0, promotion.errorString)
        verify(!footerButton(window, "approveButton").visible)
        window.promotionDialog.close()
        tryCompare(promotion, "state", PromotionController.Idle)
    }

    // A pull request left open (the dialog closed before merging) waits on the pipeline view
    // with its checks, and can be merged from there after a confirmation.
    function test_openPullRequestIsMergedFromThePipeline() {
        const window = createWindow()
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        // signconnect: staging → production, as a pull request, left open.
        const promotion = approveFromEdge(window, "production", "signconnect")
        verify(promotion.pullRequest)
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        const number = promotion.pullRequestNumber
        mouseClick(footerButton(window, "closeButton"))

        let mergeButton = null
        tryVerify(() => (mergeButton = findChild(window.contentItem, "mergeOpen_" + number)) !== null, 30000,
                  "the open pull request is listed on the pipeline")
        keepScreenshot(window, "pull-request-waiting")
        tryVerify(() => checksOf(window, number) === "success", 60000, "the checks pass")
        mouseClick(mergeButton)
        const strip = findChild(window.contentItem, "pullRequestStrip")
        const confirmation = findChild(strip, "mergeConfirmation")
        tryCompare(confirmation, "opened", true)
        confirmation.accept()
        const message = findChild(strip, "mergeMessage")
        tryVerify(() => message.text.indexOf("is merged") >= 0, 60000, message.text)
        tryVerify(() => runsSyncedAndHealthy(window, "production", "signconnect", "sha-9d2e6f0"), 60000)
        tryVerify(() => findChild(window.contentItem, "mergeOpen_" + number) === null, 30000, "merged: no longer waiting")
        // Deployed: the story of the merge is over, and its banner goes.
        tryCompare(message, "text", "", 30000)
    }

    // "Roll back to this" in the history goes straight to the same approval (plan,
    // gates, rendered change), lands as a rollback commit and is followed until deployed; the
    // history then shows it.
    function test_rollbackFromHistory() {
        const window = createWindow()
        tryVerify(() => window.pipelineController.liveStatus && window.pipelineController.statusTime.length > 0, 60000)
        mouseClick(findChild(window.contentItem, "historyTab"))
        const history = findChild(window.contentItem, "historyView")
        tryVerify(() => history.visible && history.controller.loaded && !history.controller.loading, 30000)
        const list = history.entryList
        let older = null
        for (let i = 0; i < list.count && !older; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.app === "signconnect" && item.toEnvironment === "staging" && item.tag === "sha-41c07be")
                older = item
        }
        verify(older, "the history lists signconnect's earlier staging version")
        // One confirmation: the approval itself.
        mouseClick(findChild(older, "rollBackButton"))

        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        compare(promotion.plan.action, "rollback")
        compare(promotion.plan.toEnvironment, "staging")
        compare(promotion.plan.newVersion.split("@")[0], "sha-41c07be")
        verify(promotion.gatesPass, promotion.refusal)
        compare(findChild(window.promotionDialog.footer, "approveButton").text, "Approve Rollback")
        keepScreenshot(window, "approve-rollback")
        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        tryVerify(() => promotion.deployed, 60000, "staging runs the earlier version again")
        mouseClick(footerButton(window, "closeButton"))
        tryVerify(() => {
            const top = list.itemAtIndex(0)
            return top && top.app === "signconnect" && top.tag === "sha-41c07be" && top.toEnvironment === "staging"
        }, 30000, "the rollback heads the history")
        keepScreenshot(window, "history-after-rollback")
    }
}
