import QtQuick

// The title band at the top of a browsing page.
Item {
    id: header

    property string title
    property string subtitle
    property color accent: Theme.saffron

    implicitHeight: column.implicitHeight + 2 * Theme.margin * 0.75

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.innerGap

        Rectangle {
            width: Theme.accentBarLength
            height: Theme.accentBarThickness
            radius: height / 2
            color: header.accent
        }
        PlainText {
            objectName: "pageTitle"
            width: parent.width
            text: header.title
            font.family: Theme.serif
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            maximumLineCount: 2
        }
        PlainText {
            width: parent.width
            visible: text.length > 0
            text: header.subtitle
            color: Theme.inkSoft
            maximumLineCount: 2
        }
    }
}
