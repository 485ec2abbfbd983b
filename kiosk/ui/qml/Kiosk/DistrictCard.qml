import QtQuick

// One district in the districts grid: its name, its ODOP product and the craft's colour.
Rectangle {
    id: card

    required property string code
    required property string name
    required property string productName
    required property string craftName
    required property string colour
    required property string thumb
    signal tapped(string code)

    objectName: "district-" + code
    radius: Theme.radius
    color: tap.pressed ? Theme.paperDeep : Theme.card
    border.color: Theme.line
    border.width: 2
    clip: true
    scale: tap.pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Image {
        id: photo
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: 10
        width: height
        source: card.thumb
        sourceSize.width: 256
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
    Rectangle {
        anchors.left: photo.right
        anchors.leftMargin: 14
        anchors.verticalCenter: parent.verticalCenter
        width: 6
        height: parent.height - 44
        radius: 3
        color: card.colour
    }
    Column {
        anchors.left: photo.right
        anchors.leftMargin: 34
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
        PlainText {
            width: parent.width
            text: card.name
            font.family: Theme.serif
            font.pixelSize: Theme.subheadingSize
            font.weight: Font.DemiBold
            maximumLineCount: 1
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.smallSize
        }
        PlainText {
            width: parent.width
            text: card.productName
            color: Theme.inkSoft
            font.pixelSize: Theme.smallSize
            maximumLineCount: 2
        }
    }
    TapHandler {
        id: tap
        onTapped: card.tapped(card.code)
    }
}
