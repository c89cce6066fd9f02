import QtQuick
import QtQuick.Controls
import Promenade
import Promenade.Ui

// The recently opened repositories as a menu ("Open Recent"): newest first; a folder that is
// gone is shown disabled, and the missing ones can be removed at once.
Menu {
    id: root

    property RecentRepositories recent: null
    signal openRepositoryRequested(string path)

    title: qsTr("Open Recent")
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
    onAboutToShow: if (recent) recent.refresh()

    MenuItem {
        text: qsTr("No recent repositories")
        enabled: false
        visible: !root.recent || root.recent.count === 0
        height: visible ? implicitHeight : 0
    }

    Instantiator {
        model: root.recent
        delegate: MenuItem {
            required property string name
            required property string path
            required property bool missing
            text: missing ? qsTr("%1 (folder not found)").arg(name) : name
            enabled: !missing
            Accessible.name: missing ? qsTr("%1, folder not found").arg(name) : qsTr("Open %1, %2").arg(name).arg(path)
            onTriggered: root.openRepositoryRequested(path)
        }
        onObjectAdded: (index, object) => root.insertItem(index + 1, object)
        onObjectRemoved: (index, object) => root.removeItem(object)
    }

    MenuSeparator {
        visible: root.recent && root.recent.count > 0
        height: visible ? implicitHeight : 0
    }
    MenuItem {
        text: qsTr("Remove Missing Folders")
        enabled: root.recent && root.recent.hasMissing
        visible: root.recent && root.recent.count > 0
        height: visible ? implicitHeight : 0
        Accessible.name: text
        onTriggered: root.recent.removeMissing()
    }
    MenuItem {
        text: qsTr("Clear the List")
        visible: root.recent && root.recent.count > 0
        height: visible ? implicitHeight : 0
        Accessible.name: qsTr("Clear the recent repositories")
        onTriggered: root.recent.clear()
    }
}
