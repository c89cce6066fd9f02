import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// Exporting from the window: the PNG is the rendered pipeline, whole (wider than this small
// window), written through the exporter; the SVG comes from the same controller's data.
TestCase {
    id: testCase
    name: "PipelineExport"
    when: windowShown
    visible: true
    width: 700
    height: 500

    PipelineController {
        id: controller
    }

    PipelineView {
        id: view
        anchors.fill: parent
        controller: controller
    }

    PipelineExporter {
        id: exporter
        controller: controller
    }

    SignalSpy {
        id: finished
        target: exporter
        signalName: "finished"
    }

    Image {
        id: loaded
        width: 300
        height: 150
        cache: false
        fillMode: Image.Stretch
    }

    function initTestCase() {
        controller.openDemo()
        tryVerify(() => !controller.loading && controller.hasRepository, 30000)
        tryVerify(() => controller.statusStamp.length > 0, 30000)
    }

    function distinctColours(image) {
        const seen = {}
        let count = 0
        for (let y = 2; y < image.height; y += 6) {
            for (let x = 2; x < image.width; x += 6) {
                const key = String(image.pixel(x, y))
                if (!seen[key]) {
                    seen[key] = true
                    ++count
                }
            }
        }
        return count
    }

    function test_pngIsTheWholePipeline() {
        // Even while the pipeline view is hidden (the diff tab is shown).
        view.visible = false
        let captured = undefined
        view.grabPipeline(image => captured = image)
        tryVerify(() => captured !== undefined, 10000)
        view.visible = true
        verify(captured !== null, "the pipeline was captured")

        verify(String(exporter.suggestedLocation("png")).indexOf("/homelab-gitops-pipeline-") > 0)
        // One file name, replaced at every run (the test's scratch home).
        const file = String(exporter.folderOf(exporter.suggestedLocation("png"))) + "/tst_pipelineexport.png"
        finished.clear()
        exporter.savePng(captured, file)
        finished.wait(10000)
        compare(finished.signalArguments[0][0], true, finished.signalArguments[0][2])
        compare(finished.signalArguments[0][2], "Saved tst_pipelineexport.png")

        loaded.source = file
        tryCompare(loaded, "status", Image.Ready)
        // Three cards of 330 and two edges of 96 (at twice the pixels), not cut at the window's 700.
        verify(loaded.sourceSize.width >= 2 * (3 * 330 + 2 * 96), "width " + loaded.sourceSize.width)
        verify(loaded.sourceSize.height > 2 * 400, "height " + loaded.sourceSize.height)
        const shot = grabImage(loaded)
        verify(distinctColours(shot) > 12, "the picture is not blank")
    }

    function test_svg() {
        const file = String(exporter.folderOf(exporter.suggestedLocation("svg"))) + "/tst_pipelineexport.svg"
        finished.clear()
        exporter.exportSvg(file)
        verify(exporter.busy)
        finished.wait(10000)
        compare(finished.signalArguments[0][0], true, finished.signalArguments[0][2])
        verify(!exporter.busy)
        loaded.source = file
        tryCompare(loaded, "status", Image.Ready)
        verify(loaded.sourceSize.width > 3 * 380)
    }

    function test_errorsSayWhatHappened() {
        finished.clear()
        exporter.exportSvg("/no/such/folder/pipeline.svg")
        finished.wait(10000)
        compare(finished.signalArguments[0][0], false)
        compare(finished.signalArguments[0][2], "pipeline.svg was not saved: the folder does not exist")
        compare(exporter.formatOf("file:///tmp/a.PNG"), "png")
        compare(exporter.formatOf("/tmp/a.svg"), "svg")
        compare(exporter.formatOf("/tmp/a.pdf"), "")
    }
}
