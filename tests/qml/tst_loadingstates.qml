import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// While loading, say loading: the window opening a repository named at start shows progress,
// never the welcome panel; the matrix and the cards say "loading" while the first live status
// is on its way, and "no live status" only when none is configured.
TestCase {
    id: testCase
    name: "LoadingStates"
    when: windowShown
    visible: true
    width: 1100
    height: 700

    Component {
        id: mainComponent
        Main {
            width: 1100
            height: 700
        }
    }

    PipelineController {
        id: controller
    }

    Component {
        id: matrixComponent
        MatrixView {
            width: 1000
            height: 300
            matrix: controller.matrix
        }
    }

    Component {
        id: cardComponent
        EnvironmentCard {
            width: 400
            name: "production"
            stage: 2
            promotion: "pull-request"
        }
    }

    function test_startupShowsProgressNotWelcome() {
        // Checked before the event loop runs again: the repository cannot have opened yet.
        const window = createTemporaryObject(mainComponent, testCase, { startupDemo: true })
        verify(window)
        verify(window.opening, "a repository is on its way")
        const opening = findChild(window.contentItem, "openingPanel")
        const welcome = findChild(window.contentItem, "welcomePanel")
        verify(opening && opening.visible, "the opening panel is shown")
        verify(!welcome.visible, "the welcome panel does not flash")
        compare(findChild(opening, "openingText").text, "Making the demo repository…")
        verify(findChild(opening, "openingBusy").running)
        // Then the pipeline, and the opening panel goes.
        tryCompare(window.pipelineController, "hasRepository", true, 60000)
        verify(!window.opening)
        verify(!opening.visible)
        verify(!welcome.visible)
    }

    function test_matrixSaysLoadingNotUnconfigured() {
        const matrix = createTemporaryObject(matrixComponent, testCase, { live: false, loading: true })
        verify(matrix)
        const loading = findChild(matrix, "matrixLoading")
        const declaredOnly = findChild(matrix, "declaredOnly")
        verify(loading.visible)
        compare(loading.text, "Loading the live status…")
        verify(findChild(matrix, "matrixLoadingBusy").running)
        verify(!declaredOnly.visible, "no 'name the Argo CD endpoints' while loading")
        // Loaded, and none configured: now it says so.
        matrix.loading = false
        verify(!loading.visible)
        verify(declaredOnly.visible)
        verify(declaredOnly.text.indexOf("no live status") >= 0)
        // Loaded and live: neither.
        matrix.live = true
        verify(!declaredOnly.visible)
        verify(!loading.visible)
    }

    function test_cardSaysLoading() {
        const card = createTemporaryObject(cardComponent, testCase, { statusLoading: true })
        verify(card)
        verify(findChild(card, "cardLoading").visible)
        card.statusLoading = false
        verify(!findChild(card, "cardLoading").visible)
    }
}
