import QtQuick

// The title of a staff panel screen, with a line saying what it does.
Column {
    id: title

    property string text
    property string detail

    spacing: Theme.innerGap

    Rectangle {
        width: Theme.accentBarLength
        height: Theme.accentBarThickness
        radius: height / 2
        color: Theme.gold
    }
    PlainText {
        objectName: "staffTitle"
        width: parent.width
        text: title.text
        font.family: Theme.serif
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        maximumLineCount: 2
    }
    PlainText {
        width: parent.width
        visible: text.length > 0
        text: title.detail
        color: Theme.inkSoft
        maximumLineCount: 4
    }
}
