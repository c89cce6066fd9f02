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
    // "pipeline" or "diff"; "" for the view shown last time. "settings" (or "settings-endpoints",
    // "settings-credentials"), "clone" or "shortcuts" open that over the last view (for
    // screenshots and documentation).
    property string startupView: "pipeline"
    readonly property var viewNames: ["pipeline", "diff"]

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: controller.hasRepository ? qsTr("%1 — Promenade").arg(controller.repositoryName) : qsTr("Promenade")
    color: Theme.window

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

    Component.onCompleted: {
        if (startupDemo)
            controller.openDemo()
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
    ShortcutsOverlay {
        id: shortcutsOverlay
        objectName: "shortcutsOverlay"
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Open a GitOps repository")
        onAccepted: controller.open(selectedFolder.toString())
    }

    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: folderDialog.open()
    }
    Shortcut {
        sequences: ["Ctrl+E"]
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
    Shortcut {
        sequences: [StandardKey.Refresh]
        onActivated: controller.reload()
    }

    header: ToolBar {
        background: Rectangle { color: Theme.header }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12
            Label {
                text: "Promenade"
                color: Theme.headerText
                font.pixelSize: 17
                font.bold: true
            }
            Row {
                id: viewTabs
                objectName: "viewTabs"
                property int currentIndex: Math.max(0, root.viewNames.indexOf(root.viewNames.indexOf(root.startupView) >= 0 ? root.startupView : windowSettings.lastView))
                onCurrentIndexChanged: windowSettings.lastView = root.viewNames[currentIndex]
                visible: controller.hasRepository
                spacing: 4
                Segment {
                    text: qsTr("Pipeline")
                    checked: viewTabs.currentIndex === 0
                    inactiveText: Theme.headerText
                    onClicked: viewTabs.currentIndex = 0
                }
                Segment {
                    objectName: "diffTab"
                    text: qsTr("Diff")
                    checked: viewTabs.currentIndex === 1
                    inactiveText: Theme.headerText
                    onClicked: viewTabs.currentIndex = 1
                }
            }
            Label {
                objectName: "repositoryPath"
                Layout.fillWidth: true
                text: controller.repositoryPath
                color: "#aeb8c4"
                font.pixelSize: Theme.fontSize
                elide: Text.ElideMiddle
            }
            Badge {
                objectName: "demoBadge"
                visible: controller.isDemo
                text: qsTr("Demo")
                color: "#f0b54a"
                textColor: "#1b2129"
                strong: true
            }
            BusyIndicator {
                running: controller.loading
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }
            ToolButton {
                text: qsTr("Reload")
                enabled: controller.hasRepository && !controller.loading
                onClicked: controller.reload()
                Accessible.name: qsTr("Reload the repository")
                palette.buttonText: Theme.headerText
                opacity: enabled ? 1 : 0.45
            }
            ToolButton {
                id: menuButton
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
                    MenuItem {
                        text: qsTr("Open…")
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
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: controller.errorString.length > 0 ? 1
                    : controller.hasRepository ? 2
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
                controller: controller
            }
            DiffView {
                objectName: "diffView"
                pipeline: controller
            }
        }
    }
}
