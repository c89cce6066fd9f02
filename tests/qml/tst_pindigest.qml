import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// "Pin the digest" in the approval dialog: development pins web at `latest` (a mutable tag),
// Debian's docker-registry on loopback knows its digest; promoting web to staging warns and
// offers the digest; a click on "Pin the digest" plans `latest@sha256:…` instead, and the
// approved commit writes that digest into staging's images: entry.
TestCase {
    id: testCase
    name: "PinDigest"
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

    function test_pinTheDigest() {
        const repo = testFixtures.mutableTagRepository()
        verify(repo.length > 0, testFixtures.problem)
        const digest = testFixtures.digest
        verify(digest.startsWith("sha256:"))

        const window = createTemporaryObject(mainComponent, testCase)
        verify(window)
        window.width = 1280
        window.height = 800
        const pipeline = window.pipelineController
        pipeline.open(repo)
        tryVerify(() => pipeline.hasRepository && pipeline.repositoryPath === repo, 30000)
        // The registry answered: what development's `latest` points at is known.
        // (the first live status comes in part, "still loading" the registry: the whole one)
        tryVerify(() => pipeline.statusTime.length > 0 && !pipeline.statusProblem.startsWith("still loading"),
                  60000, "the live status arrives")

        window.promotionDialog.promote("web", "development", "staging")
        const promotion = window.promotionController
        tryCompare(promotion, "state", PromotionController.Ready, 30000)
        tryVerify(() => window.promotionDialog.opened || window.promotionDialog.visible, 5000)
        compare(promotion.plan.newVersion, "latest")
        verify(promotion.plan.mutableTagWarning.length > 0)
        compare(promotion.plan.digestToPin, digest)
        const offer = findChild(window.promotionDialog.header, "mutableTagOffer")
        verify(offer)
        tryVerify(() => offer.visible, 5000, "the mutable tag is called out")
        const button = findChild(window.promotionDialog.header, "pinDigestButton")
        verify(button)
        verify(button.visible && button.enabled)

        mouseClick(button)
        tryVerify(() => promotion.state === PromotionController.Ready
                  && promotion.plan.newVersion === "latest@" + digest, 30000,
                  "the plan pins the digest")
        verify(!offer.visible, "a pinned digest is no mutable tag")
        verify(promotion.plan.trailers.indexOf("Promenade-Image: ghcr.io/acme/web:latest@" + digest) >= 0,
               promotion.plan.trailers)

        mouseClick(footerButton(window, "approveButton"))
        tryCompare(promotion, "state", PromotionController.Applied, 60000)
        const staging = testFixtures.readFile(repo + "/apps/web/overlays/staging/kustomization.yaml")
        verify(staging.indexOf("newTag: latest") >= 0, staging)
        verify(staging.indexOf("digest: " + digest) >= 0, staging)
        mouseClick(footerButton(window, "closeButton"))
        tryCompare(promotion, "state", PromotionController.Idle)
    }
}
