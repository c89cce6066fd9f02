import QtQuick
import Promenade
import QtQuick.Controls

// Shown when no repository is open yet.
MessagePanel {
    id: root

    signal openFolderRequested()
    signal openDemoRequested()

    title: qsTr("Open a GitOps repository")
    hint: qsTr("Promenade reads a Kustomize + Argo CD repository: apps/overlays/<environment>, clusters/<cluster> and infrastructure/overlays. Or explore the demo: the homelab pipeline from development to production, with nothing to install.")

    actions: [
        Button {
            text: qsTr("Open Folder…")
            onClicked: root.openFolderRequested()
        },
        Button {
            text: qsTr("Open the Demo")
            highlighted: true
            onClicked: root.openDemoRequested()
        }
    ]
}
