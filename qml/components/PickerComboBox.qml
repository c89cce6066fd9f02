import QtQuick
import QtQuick.Controls
import Promenade

// A combo box for long lists (301 apps): typing picks as you type — "sig" goes to the first
// entry starting with "sig" (else containing it), closed or open; a pause starts a new search.
// Backspace takes back a letter. The list pops up no taller than the window allows and as
// wide as its entries.
ComboBox {
    id: root

    // What has been typed so far (cleared after a pause).
    readonly property alias typed: search.text
    property int typeAheadInterval: 900

    font.pixelSize: Theme.fontSize

    function typeAhead(text) {
        search.text += text
        searchTimer.restart()
        let found = find(search.text, Qt.MatchStartsWith)
        if (found < 0)
            found = find(search.text, Qt.MatchContains)
        if (found < 0)
            return false
        if (popup.visible) {
            highlightedIndex = found
            const list = popup.contentItem
            if (list && list.positionViewAtIndex)
                list.positionViewAtIndex(found, ListView.Contain)
        } else if (found !== currentIndex) {
            currentIndex = found
            activated(found)
        }
        return true
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Backspace && search.text.length > 0) {
            search.text = search.text.slice(0, -1)
            searchTimer.restart()
            event.accepted = true
            return
        }
        // Printable text without Ctrl/Alt: a search, not a shortcut.
        if (event.text.length > 0 && event.text.trim().length > 0
                && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            root.typeAhead(event.text)
            event.accepted = true
        }
    }

    QtObject {
        id: search
        property string text
    }
    Timer {
        id: searchTimer
        interval: root.typeAheadInterval
        onTriggered: search.text = ""
    }
}
