import QtQuick

// One craft in the crafts grid: its photo, colour band, name and how many products it has.
Rectangle {
    id: tile

    required property string code
    required property string name
    required property string blurb
    required property string colour
    required property int productCount
    required property string thumb
    signal tapped(string code)

    objectName: "craft-" + code
    radius: Theme.radius
    color: colour
    clip: true
    scale: tap.pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Image {
        id: photo
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height - band.height + tile.radius
        source: tile.thumb
        sourceSize.width: 512
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
    Rectangle {
        id: band
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.max(parent.height * 0.42, column.implicitHeight + 2 * Theme.gap)
        color: tile.colour
        radius: tile.radius
        Rectangle { width: parent.width; height: tile.radius; color: tile.colour }

        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.gap
            spacing: 4
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
