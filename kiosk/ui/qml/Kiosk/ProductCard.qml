import QtQuick

// One product in a gallery: its photo, name and district.
Rectangle {
    id: card

    required property string productId
    required property string name
    required property string districtName
    required property string craftColour
    required property string thumb
    required property bool giTag
    signal tapped(string productId)

    objectName: "product-" + productId
    radius: Theme.radius
    color: Theme.card
    border.color: tap.pressed ? Theme.gold : Theme.line
    border.width: 2
    clip: true
    scale: tap.pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Image {
        id: photo
        objectName: "thumb"
        readonly property bool loaded: status === Image.Ready
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        height: width * 0.75
        source: card.thumb
        // Decoded no larger than shown (about 330 px wide in a 1920 or 1080 px window): a
        // 512 px decode took 44% more memory per card, and a gallery keeps ~35 cards.
        sourceSize.width: 384
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        Rectangle {
            anchors.fill: parent
            color: Theme.paperDeep
            visible: !photo.loaded
        }
    }
    Rectangle {
        anchors.top: photo.top
        anchors.right: photo.right
        anchors.margins: 12
        visible: card.giTag
        width: giLabel.implicitWidth + 24
        height: giLabel.implicitHeight + 10
        radius: height / 2
        color: Theme.gold
        PlainText {
            id: giLabel
            anchors.centerIn: parent
            text: qsTr("GI tag")
            color: Theme.ink
            font.pixelSize: Theme.smallSize - 4
            font.weight: Font.Bold
        }
    }
    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: photo.bottom
        anchors.margins: 16
        anchors.topMargin: 12
        spacing: 4
        PlainText {
            width: parent.width
            text: card.name
            font.pixelSize: Theme.bodySize - 2
            font.weight: Font.DemiBold
            maximumLineCount: 2
            lineHeight: 1.05
        }
        Row {
            spacing: 10
            width: parent.width
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 14; height: 14; radius: 7; color: card.craftColour
            }
            PlainText {
                width: parent.width - 24
                text: card.districtName
                color: Theme.inkSoft
                font.pixelSize: Theme.smallSize
                maximumLineCount: 1
            }
        }
    }
    TapHandler {
        id: tap
        onTapped: card.tapped(card.productId)
    }
}
