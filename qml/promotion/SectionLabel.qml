import QtQuick
import QtQuick.Controls
import Promenade

// A small upper-case heading of a section ("GATES", "COMMIT MESSAGE").
Label {
    color: Theme.mutedText
    font.pixelSize: Theme.smallFontSize
    font.bold: true
    font.capitalization: Font.AllUppercase
}
