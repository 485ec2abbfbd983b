import QtQuick

// One district in the districts grid: its name, its ODOP product and the craft's colour.
// The card fills its grid cell, its face inset by half a gap.
Item {
    id: card

    required property string code
    required property string name
    required property string productName
    required property string craftName
    required property string colour
    required property string thumb
    signal tapped(string code)

    objectName: "district-" + code
    scale: tap.pressed ? Theme.pressScale : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: productName
    Accessible.onPressAction: card.tapped(card.code)

    Rectangle {
        id: face
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        radius: Theme.radius
        color: tap.pressed ? Theme.paperDeep : Theme.card
        border.color: Theme.line
        border.width: Theme.hairline
        clip: true

        Image {
            id: photo
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.innerGap
            width: height
            source: card.thumb
            sourceSize.width: Theme.thumbDecodeSmall
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        // The craft's colour: a bar beside the photo, along the face's straight edge.
        Rectangle {
            id: bar
            anchors.left: photo.right
            anchors.leftMargin: Theme.barGap
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.accentBarThickness
            height: parent.height - 2 * Theme.radius
            radius: width / 2
            color: card.colour
        }
        Column {
            anchors.left: bar.right
            anchors.leftMargin: Theme.barGap
            anchors.right: parent.right
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.lineSpacing
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
}
