import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade

// While a repository is being read (or the demo made): progress, never the welcome panel's
// "open a repository" — which would say nothing is open when something is on its way.
Item {
    id: root

    property string what // the folder being opened; empty: the demo or the last repository
    property bool demo: false

    objectName: "openingPanel"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        spacing: 14
        LoadingIndicator {
            objectName: "openingBusy"
            Layout.alignment: Qt.AlignHCenter
            running: root.visible
        }
        Label {
            objectName: "openingText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.demo ? qsTr("Making the demo repository…")
                  : root.what.length > 0 ? qsTr("Opening %1…").arg(root.what)
                  : qsTr("Opening the repository…")
            color: Theme.text
            font.pixelSize: Theme.titleFontSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Reading its environments, apps and overlays; the live status follows.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
