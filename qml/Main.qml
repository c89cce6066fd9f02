import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Promenade.Ui

ApplicationWindow {
    id: root

    // Set by main.cpp from the command line.
    property string startupRepository
    property bool startupDemo: false
    property int startupDemoApps: 2           // --demo --apps N
    // "pipeline", "diff" or "history"; "" for the view shown last time. "settings" (or
    // "settings-endpoints", "settings-credentials"), "clone" or "shortcuts" open that over the
    // last view (for screenshots and documentation).
    property string startupView: "pipeline"
    readonly property var viewNames: ["pipeline", "diff", "history"]
    property bool startupPresentation: false
    property string startupPipelineView       // "graph", "matrix" or "" (by the number of apps)
    // A repository named on the command line (or the demo) is on its way: the window shows
    // progress, never the welcome panel, until it opens (or says why it cannot).
    property bool awaitingStartup: startupDemo || startupRepository.length > 0
    readonly property bool opening: !controller.hasRepository && controller.errorString.length === 0
                                    && (controller.loading || awaitingStartup)

    // Presentation mode (F5, Esc leaves): full screen, large type, high contrast, the header
    // reduced to the repository's name and how old the status is. Live refresh goes on.
    readonly property bool presenting: Theme.presentation
    property int visibilityBeforePresentation: Window.Windowed
    function setPresentation(on) {
        if (on === Theme.presentation)
            return
        if (on) {
            visibilityBeforePresentation = root.visibility === Window.FullScreen ? Window.Windowed : root.visibility
            Theme.presentation = true
            root.showFullScreen()
        } else {
            Theme.presentation = false
            if (visibilityBeforePresentation === Window.Maximized)
                root.showMaximized()
            else
                root.showNormal()
        }
    }
    // Type grows with the screen: 1.25× at 1280×720, up to 2× on large screens.
    Binding {
        target: Theme
        property: "presentationScale"
        value: Math.max(1.15, Math.min(2.0, 1.25 * Math.min(root.width / 1280, root.height / 720)))
    }
    // Controls without a size of their own (buttons, combo boxes) follow the larger type.
    Binding {
        target: root
        property: "font.pixelSize"
        value: Theme.fontSize
        when: Theme.presentation
    }

    function exportPipeline(format) {
        exportDialog.format = format
        const suggested = exporter.suggestedLocation(format)
        exportDialog.currentFolder = exporter.folderOf(suggested)
        exportDialog.selectedFile = suggested
        exportDialog.open()
    }

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: controller.hasRepository ? qsTr("%1 — Promenade").arg(controller.repositoryName) : qsTr("Promenade")
    color: Theme.window

    // For tests and tools that drive the window.
    readonly property PipelineController pipelineController: controller
    readonly property PromotionController promotionController: promotion
    readonly property ApprovalDialog promotionDialog: approvalDialog

    // The controls (Fusion) take their colours from the theme, so that a chosen light or dark
    // theme reaches the dialogs and fields as well.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.card
    palette.alternateBase: Theme.chip
    palette.text: Theme.text
    palette.button: Theme.chip
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: "#ffffff"
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.card
    palette.toolTipText: Theme.text
    palette.mid: Theme.cardBorder
    palette.disabled.buttonText: Theme.mutedText
    palette.disabled.text: Theme.mutedText
    palette.disabled.windowText: Theme.mutedText

    PipelineController {
        id: controller
        // Opened, or said why not: the start is over.
        onRepositoryChanged: root.awaitingStartup = false
    }
    AppSettings {
        id: appSettings
    }
    Binding {
        target: Theme
        property: "mode"
        value: appSettings.themeMode
    }
    WindowSettings {
        id: windowSettings
        window: root
    }
    SettingsController {
        id: settingsController
        pipeline: controller
    }

    PromotionController {
        id: promotion
        pipeline: controller
    }

    ApprovalDialog {
        id: approvalDialog
        promotion: promotion
    }

    Component.onCompleted: {
        if (startupPresentation)
            setPresentation(true)
        if (startupDemo)
            controller.openDemo(startupDemoApps)
        else if (startupRepository.length > 0)
            controller.open(startupRepository)
        else if (controller.lastRepository.length > 0)
            controller.open(controller.lastRepository)
        if (startupView.startsWith("settings")) {
            settingsDialog.currentTab = Math.max(0, ["settings", "settings-endpoints", "settings-credentials"].indexOf(startupView))
            settingsDialog.open()
        }
        else if (startupView === "clone")
            cloneDialog.open()
        else if (startupView === "shortcuts")
            shortcutsOverlay.open()
    }

    CloneDialog {
        id: cloneDialog
        objectName: "cloneDialog"
        onCloned: path => controller.open(path)
    }
    SettingsDialog {
        id: settingsDialog
        objectName: "settingsDialog"
        appSettings: appSettings
        settings: settingsController
    }
    // A repository asks for a token to go to an endpoint the user has not trusted yet.
    EndpointTrustController {
        id: endpointTrust
        pipeline: controller
        onTrusted: settingsController.loadTrustedEndpoints()
    }
    TrustEndpointDialog {
        id: trustDialog
        objectName: "trustDialog"
        trust: endpointTrust
    }
    ShortcutsOverlay {
        id: shortcutsOverlay
        objectName: "shortcutsOverlay"
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Open a GitOps repository")
        onAccepted: controller.open(selectedFolder.toString())
    }

    PipelineExporter {
        id: exporter
        objectName: "exporter"
        controller: controller
        onFinished: (ok, fileName, message) => exportNotice.show(message, ok)
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string format: "png"
        title: qsTr("Export the pipeline")
        fileMode: FileDialog.SaveFile
        nameFilters: format === "svg" ? [qsTr("SVG drawing (*.svg)"), qsTr("PNG image (*.png)")]
                                      : [qsTr("PNG image (*.png)"), qsTr("SVG drawing (*.svg)")]
        onAccepted: {
            let file = selectedFile.toString()
            let chosen = exporter.formatOf(file)
            if (chosen.length === 0) {
                chosen = selectedNameFilter.extensions.length > 0 ? selectedNameFilter.extensions[0] : format
                file += "." + chosen
            }
            if (chosen === "svg") {
                exporter.exportSvg(file)
            } else {
                pipelineView.grabPipeline(image => {
                    if (image)
                        exporter.savePng(image, file)
                    else
                        exportNotice.show(qsTr("The pipeline could not be captured as an image; try SVG instead."), false)
                })
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: folderDialog.open()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+R"]
        onActivated: recentPopup.popup(menuButton, 0, menuButton.height)
    }
    Shortcut {
        sequences: ["Ctrl+Shift+O"]
        onActivated: cloneDialog.open()
    }
    Shortcut {
        sequences: ["Ctrl+,"]
        onActivated: settingsDialog.open()
    }
    Shortcut {
        sequences: ["F1", "Ctrl+/"]
        onActivated: shortcutsOverlay.open()
    }
    Shortcut {
        sequences: ["Ctrl+1"]
        onActivated: viewTabs.currentIndex = 0
    }
    Shortcut {
        sequences: ["Ctrl+2"]
        onActivated: viewTabs.currentIndex = 1
    }
    // Not StandardKey.Refresh: that is F5 too, which presentation mode takes.
    Shortcut {
        sequences: ["Ctrl+3"]
        onActivated: viewTabs.currentIndex = 2
    }
    Shortcut {
        sequences: ["Ctrl+R"]
        onActivated: controller.reload()
    }
    Shortcut {
        sequences: ["F5"]
        onActivated: root.setPresentation(!Theme.presentation)
    }
    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: Theme.presentation
        onActivated: root.setPresentation(false)
    }
    Shortcut {
        sequences: ["Ctrl+E"]
        enabled: controller.hasRepository && !exporter.busy
        onActivated: root.exportPipeline("png")
    }

    header: ToolBar {
        background: Rectangle { color: Theme.header }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12
            Label {
                visible: !root.presenting
                text: "Promenade"
                color: Theme.headerText
                font.pixelSize: 17
                font.bold: true
            }
            // In presentation mode the header names the repository, never its path.
            Label {
                objectName: "presentationTitle"
                visible: root.presenting
                text: controller.hasRepository ? controller.repositoryName : "Promenade"
                color: Theme.headerText
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
            Row {
                id: viewTabs
                objectName: "viewTabs"
                // --present opens the pipeline: what a meeting comes to see.
                property int currentIndex: root.startupPresentation && root.startupView.length === 0 ? 0
                    : Math.max(0, root.viewNames.indexOf(root.viewNames.indexOf(root.startupView) >= 0 ? root.startupView : windowSettings.lastView))
                onCurrentIndexChanged: windowSettings.lastView = root.viewNames[currentIndex]
                visible: controller.hasRepository
                spacing: 4
                Segment {
                    objectName: "pipelineTab"
                    text: qsTr("Pipeline", "the view")
                    checked: viewTabs.currentIndex === 0
                    inactiveText: Theme.headerText
                    onClicked: viewTabs.currentIndex = 0
                }
                Segment {
                    objectName: "diffTab"
                    text: qsTr("Diff", "the view")
                    checked: viewTabs.currentIndex === 1
                    inactiveText: Theme.headerText
                    onClicked: viewTabs.currentIndex = 1
                }
                Segment {
                    objectName: "historyTab"
                    text: qsTr("History", "the view")
                    checked: viewTabs.currentIndex === 2
                    inactiveText: Theme.headerText
                    onClicked: viewTabs.currentIndex = 2
                }
            }
            Label {
                objectName: "repositoryPath"
                visible: !root.presenting
                Layout.fillWidth: true
                text: controller.repositoryPath
                color: "#aeb8c4"
                font.pixelSize: Theme.fontSize
                elide: Text.ElideMiddle
            }
            Item {
                visible: root.presenting
                Layout.fillWidth: true
            }
            // How old what is shown is, large: the first thing a meeting asks.
            Label {
                objectName: "presentationStamp"
                visible: root.presenting && controller.liveStatus
                readonly property bool fresh: !controller.statusIsCached && controller.statusProblem.length === 0
                text: controller.statusStamp.length > 0 ? controller.statusStamp : qsTr("asking the services…")
                color: fresh ? Theme.headerText : "#ffc861"
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                elide: Text.ElideLeft
                Layout.maximumWidth: root.width * 0.55
                Accessible.name: text
            }
            Badge {
                objectName: "demoBadge"
                visible: controller.isDemo
                text: qsTr("Demo", "badge: the window shows the demo")
                color: "#f0b54a"
                textColor: "#1b2129"
                strong: true
            }
            LoadingIndicator {
                running: controller.loading
                visible: running
                color: Theme.headerText
                implicitWidth: 28
                implicitHeight: 28
            }
            ToolButton {
                visible: !root.presenting
                text: qsTr("Reload")
                enabled: controller.hasRepository && !controller.loading
                onClicked: controller.reload()
                Accessible.name: qsTr("Reload the repository")
                palette.buttonText: Theme.headerText
                opacity: enabled ? 1 : 0.45
            }
            ToolButton {
                id: menuButton
                visible: !root.presenting
                objectName: "menuButton"
                text: "☰"
                font.pixelSize: 18
                palette.buttonText: Theme.headerText
                Accessible.name: qsTr("Menu")
                Accessible.description: qsTr("Open, open recent, clone, settings and keyboard shortcuts")
                onClicked: appMenu.popup(menuButton, 0, menuButton.height)

                Menu {
                    id: appMenu
                    objectName: "appMenu"
                    // As wide as its longest entry (a translation may be longer than the style's fixed width).
                    width: Math.max(implicitWidth, widestEntry(count) + leftPadding + rightPadding)
                    function widestEntry(entries) {
                        let widest = 0
                        for (let i = 0; i < entries; ++i) {
                            const entry = itemAt(i)
                            if (entry && entry.visible)
                                widest = Math.max(widest, entry.implicitWidth)
                        }
                        return widest
                    }
                    MenuItem {
                        text: qsTr("Open…", "open a repository folder")
                        Accessible.name: qsTr("Open a repository")
                        onTriggered: folderDialog.open()
                    }
                    RecentMenu {
                        recent: controller.recentRepositories
                        onOpenRepositoryRequested: path => controller.open(path)
                    }
                    MenuItem {
                        text: qsTr("Clone from URL…")
                        Accessible.name: qsTr("Clone a repository from a URL")
                        onTriggered: cloneDialog.open()
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "presentationMenuItem"
                        text: qsTr("Presentation Mode (F5)")
                        enabled: controller.hasRepository
                        onTriggered: root.setPresentation(true)
                    }
                    MenuItem {
                        objectName: "exportPngMenuItem"
                        text: qsTr("Export Pipeline as PNG… (Ctrl+E)")
                        enabled: controller.hasRepository && !exporter.busy
                        onTriggered: root.exportPipeline("png")
                    }
                    MenuItem {
                        objectName: "exportSvgMenuItem"
                        text: qsTr("Export Pipeline as SVG…")
                        enabled: controller.hasRepository && !exporter.busy
                        onTriggered: root.exportPipeline("svg")
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Settings…")
                        Accessible.name: qsTr("Settings")
                        onTriggered: settingsDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Keyboard Shortcuts")
                        Accessible.name: qsTr("Show the keyboard shortcuts")
                        onTriggered: shortcutsOverlay.open()
                    }
                }
                RecentMenu {
                    id: recentPopup
                    objectName: "recentPopup"
                    recent: controller.recentRepositories
                    onOpenRepositoryRequested: path => controller.open(path)
                }
            }
            // No keyboard hint for the audience: a quiet ✕, its shortcut in the tooltip.
            ToolButton {
                objectName: "leavePresentation"
                visible: root.presenting
                text: "✕"
                font.pixelSize: Theme.fontSize
                onClicked: root.setPresentation(false)
                Accessible.name: qsTr("Leave presentation mode")
                palette.buttonText: Theme.headerText
                opacity: hovered ? 1 : 0.5
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Leave presentation (Esc)")
            }
        }
    }

    // Tooltips as wide as their text up to a readable measure, then wrapped (never the
    // window's width), and centred on what they describe.
    Binding {
        target: mainStack.ToolTip.toolTip
        property: "width"
        value: Math.min(mainStack.ToolTip.toolTip.implicitWidth, Math.round(440 * Theme.scale), root.width - 24)
    }
    Binding {
        target: mainStack.ToolTip.toolTip
        property: "x"
        value: {
            const tip = mainStack.ToolTip.toolTip
            return tip.parent ? (tip.parent.width - tip.width) / 2 : 0
        }
    }
    Binding {
        target: mainStack.ToolTip.toolTip
        property: "font.pixelSize"
        value: Theme.smallFontSize + 1
    }

    StackLayout {
        id: mainStack
        anchors.fill: parent
        currentIndex: controller.errorString.length > 0 ? 1
                    : controller.hasRepository ? 2
                    : root.opening ? 3
                    : 0

        WelcomePanel {
            objectName: "welcomePanel"
            recent: controller.recentRepositories
            onOpenFolderRequested: folderDialog.open()
            onOpenDemoRequested: controller.openDemo()
            onCloneRequested: cloneDialog.open()
            onOpenRepositoryRequested: path => controller.open(path)
        }

        MessagePanel {
            objectName: "errorPanel"
            title: qsTr("This folder cannot be opened as a GitOps repository")
            detail: controller.errorString
            hint: qsTr("Choose the root folder of a Kustomize + Argo CD repository (or any folder inside it), or open the demo to see the layout Promenade expects.")
            actions: [
                Button {
                    text: qsTr("Open Another Folder…")
                    onClicked: folderDialog.open()
                },
                Button {
                    text: qsTr("Open the Demo")
                    onClicked: controller.openDemo()
                }
            ]
        }

        StackLayout {
            currentIndex: viewTabs.currentIndex
            PipelineView {
                id: pipelineView
                objectName: "pipelineView"
                controller: controller
                onPromoteRequested: (app, from, to) => approvalDialog.promote(app, from, to)
                onPromoteManyRequested: promotions => approvalDialog.promoteMany(promotions)
                chosenView: root.startupPipelineView
            }
            DiffView {
                objectName: "diffView"
                pipeline: controller
            }
            HistoryView {
                objectName: "historyView"
                pipeline: controller
                // Confirmed in the history; the approval dialog shows the plan, the gates and
                // the rendered change before anything is committed.
                onRollbackRequested: (app, environment, tag, pinKind) => approvalDialog.rollBack(app, environment, tag, pinKind)
            }
        }

        OpeningPanel {
            demo: root.startupDemo && root.awaitingStartup
            what: root.awaitingStartup ? root.startupRepository : ""
        }
    }

    // What an export did, where the person looks: at the bottom of the window, for a moment
    // (longer when something went wrong).
    Rectangle {
        id: exportNotice
        objectName: "exportNotice"
        property bool ok: true
        property alias text: noticeLabel.text
        function show(message, succeeded) {
            text = message
            ok = succeeded
            visible = true
            noticeTimer.interval = succeeded ? 4000 : 10000
            noticeTimer.restart()
        }
        visible: false
        z: 10
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        width: Math.min(noticeLabel.implicitWidth + 32, root.width - 48)
        height: noticeLabel.implicitHeight + 20
        radius: Theme.radius
        color: ok ? Theme.card : Theme.danger
        border.color: ok ? Theme.cardBorder : Theme.danger
        Label {
            id: noticeLabel
            anchors.fill: parent
            anchors.margins: 10
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            color: exportNotice.ok ? Theme.text : "white"
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        TapHandler { onTapped: exportNotice.visible = false }
        Timer {
            id: noticeTimer
            onTriggered: exportNotice.visible = false
        }
    }
}
