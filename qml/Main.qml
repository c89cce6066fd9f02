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
    property string startupView: "pipeline"   // or "diff"
    property string startupPipelineView       // "graph", "matrix" or "" (by the number of apps)

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: controller.hasRepository ? qsTr("%1 — Promenade").arg(controller.repositoryName) : qsTr("Promenade")
    color: Theme.window

    PipelineController {
        id: controller
    }

    Component.onCompleted: {
        if (startupDemo)
            controller.openDemo()
        else if (startupRepository.length > 0)
            controller.open(startupRepository)
        else if (controller.lastRepository.length > 0)
            controller.open(controller.lastRepository)
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
                property int currentIndex: root.startupView === "diff" ? 1 : 0
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
                text: qsTr("Open…")
                onClicked: folderDialog.open()
                Accessible.name: qsTr("Open a repository")
                palette.buttonText: Theme.headerText
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: controller.errorString.length > 0 ? 1
                    : controller.hasRepository ? 2
                    : 0

        WelcomePanel {
            onOpenFolderRequested: folderDialog.open()
            onOpenDemoRequested: controller.openDemo()
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
                chosenView: root.startupPipelineView
            }
            DiffView {
                objectName: "diffView"
                pipeline: controller
            }
        }
    }
}
