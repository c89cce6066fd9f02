import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Clone a repository from a URL: where to, progress while it comes, cancel, and a clear error
// with what to do next. On success cloned(path) (the window opens it) and the dialog closes.
Dialog {
    id: root

    readonly property alias clone: clone
    signal cloned(string path)

    title: qsTr("Clone a Repository")
    modal: true
    anchors.centerIn: Overlay.overlay
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }
    background: Rectangle {
        color: Theme.window
        border.color: Theme.cardBorder
        radius: 6
    }
    header: Label {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.titleFontSize - 2
        font.bold: true
        leftPadding: 20
        topPadding: 16
        bottomPadding: 10
    }
    width: Math.min((parent ? parent.width : 640) - 48, 600)
    leftPadding: 20
    rightPadding: 20
    topPadding: 4
    closePolicy: clone.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    focus: true

    onAboutToShow: {
        clone.reset()
        urlField.forceActiveFocus()
    }

    CloneController {
        id: clone
        onCloned: path => {
            root.cloned(path)
            root.close()
        }
    }

    FolderDialog {
        id: parentPicker
        title: qsTr("Clone into this folder")
        currentFolder: "file://" + clone.parentFolder
        onAccepted: clone.parentFolder = selectedFolder.toString()
    }

    // A child, not contentItem: the ids inside stay immediate (contentItem is deferred).
    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: qsTr("Repository URL")
            font.bold: true
        }
        TextField {
            id: urlField
            objectName: "cloneUrl"
            Layout.fillWidth: true
            text: clone.url
            enabled: !clone.busy
            placeholderText: "https://github.com/owner/repository.git"
            selectByMouse: true
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Repository URL")
            onTextEdited: clone.url = text
            onAccepted: if (clone.canStart) clone.start()
        }

        Label {
            Layout.topMargin: 8
            text: qsTr("Clone into")
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            TextField {
                objectName: "cloneParentFolder"
                Layout.fillWidth: true
                text: clone.parentFolder
                enabled: !clone.busy
                selectByMouse: true
                Accessible.name: qsTr("Folder to clone into")
                onTextEdited: clone.parentFolder = text
            }
            Button {
                text: qsTr("Choose…")
                enabled: !clone.busy
                Accessible.name: qsTr("Choose the folder to clone into")
                onClicked: parentPicker.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: qsTr("Folder name")
            }
            TextField {
                objectName: "cloneFolderName"
                Layout.fillWidth: true
                text: clone.folderName
                enabled: !clone.busy
                selectByMouse: true
                placeholderText: qsTr("from the URL")
                Accessible.name: qsTr("Name of the new folder")
                onTextEdited: clone.folderName = text
            }
        }
        Label {
            objectName: "cloneProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            // Only once there is something to judge: an empty dialog is not an error.
            text: clone.busy || clone.url.length === 0 ? "" : clone.problem
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "cloneDestination"
            Layout.fillWidth: true
            visible: clone.destination.length > 0 && clone.problem.length === 0 && !clone.busy && clone.errorString.length === 0
            text: qsTr("Creates %1").arg(clone.destination)
            color: Theme.mutedText
            elide: Text.ElideMiddle
        }

        ProgressBar {
            objectName: "cloneProgress"
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: clone.busy || clone.progress > 0
            indeterminate: clone.busy && clone.progress < 0
            from: 0
            to: 1
            value: Math.max(0, clone.progress)
            Accessible.name: qsTr("Clone progress")
        }
        Label {
            objectName: "cloneProgressText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: clone.progressText
            color: clone.cancelled ? Theme.warning : Theme.mutedText
            elide: Text.ElideRight
        }

        Rectangle {
            objectName: "cloneError"
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: clone.errorString.length > 0
            implicitHeight: errorColumn.implicitHeight + 16
            radius: 4
            color: "transparent"
            border.color: Theme.danger
            ColumnLayout {
                id: errorColumn
                anchors.fill: parent
                anchors.margins: 8
                spacing: 4
                Label {
                    objectName: "cloneErrorText"
                    Layout.fillWidth: true
                    text: clone.errorString
                    color: Theme.danger
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: clone.errorHint
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cloneCancel"
            text: clone.busy ? qsTr("Cancel Clone") : qsTr("Close")
            // Not a reject role: a running clone is cancelled (it removes what it wrote) and
            // the dialog stays to say so.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: clone.busy ? qsTr("Cancel the clone") : qsTr("Close the dialog")
            onClicked: clone.busy ? clone.cancel() : root.close()
        }
        Button {
            objectName: "cloneStart"
            text: qsTr("Clone")
            highlighted: true
            enabled: clone.canStart
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Clone the repository")
            onClicked: clone.start()
        }
    }
}
