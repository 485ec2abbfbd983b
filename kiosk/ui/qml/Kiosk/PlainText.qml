import QtQuick

// Text that is never read as markup: catalogue text is shown exactly as staff typed it.
Text {
    textFormat: Text.PlainText
    color: Theme.ink
    font.family: Theme.sans
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    elide: Text.ElideRight
}
