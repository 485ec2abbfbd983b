import QtQuick

// One craft in the crafts grid: its photo, colour band, name and how many products it has.
// The tile fills its grid cell, its face inset by half a gap so that neighbours stand a gap
// apart.
Item {
    id: tile

    required property string code
    required property string name
    required property string blurb
    required property string colour
    required property int productCount
    required property string thumb
    signal tapped(string code)

    objectName: "craft-" + code
    scale: tap.pressed ? Theme.pressScale : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: productsLabel.text
    Accessible.onPressAction: tile.tapped(tile.code)

    Rectangle {
        id: face
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        radius: Theme.radius
        color: tile.colour
        clip: true

        Image {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: parent.height - band.height + face.radius
            source: tile.thumb
            sourceSize.width: Theme.thumbDecode
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        Rectangle {
            id: band
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(parent.height * 0.42, column.implicitHeight + 2 * Theme.gap)
            color: tile.colour
            radius: face.radius
            Rectangle { width: parent.width; height: face.radius; color: tile.colour }

            Column {
                id: column
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.gap
                spacing: Theme.lineSpacing
                PlainText {
                    width: parent.width
                    text: tile.name
                    color: Theme.onDark
                    font.family: Theme.serif
                    font.pixelSize: Theme.subheadingSize
                    font.weight: Font.DemiBold
                    maximumLineCount: 2
                }
                PlainText {
                    id: productsLabel
                    width: parent.width
                    text: qsTr("%n product(s)", "", tile.productCount)
                    color: Theme.onDark
                    opacity: 0.85
                    font.pixelSize: Theme.smallSize
                }
            }
        }
        TapHandler {
            id: tap
            onTapped: tile.tapped(tile.code)
        }
    }
}
