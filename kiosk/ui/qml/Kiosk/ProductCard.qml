import QtQuick

// One product in a gallery: its photo, name and district.
// The card fills its grid cell, its face inset by half a gap.
Item {
    id: card

    required property string productId
    required property string name
    required property string districtName
    required property string craftColour
    required property string thumb
    required property bool giTag
    required property int odopAdded  // year added to the district's ODOP list; 0: the original
    signal tapped(string productId)

    objectName: "product-" + productId
    scale: tap.pressed ? Theme.pressScale : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: districtName
    Accessible.onPressAction: card.tapped(card.productId)

    Rectangle {
        id: face
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        radius: Theme.radius
        color: Theme.card
        border.color: tap.pressed ? Theme.gold : Theme.line
        border.width: Theme.hairline
        clip: true

        Image {
            id: photo
            objectName: "thumb"
            readonly property bool loaded: status === Image.Ready
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.inset
            height: width * 0.75
            source: card.thumb
            // Decoded no larger than shown (about 330 px wide): a 512 px decode took 44% more
            // memory per card, and a gallery keeps about 35 cards.
            sourceSize.width: Theme.cardThumbDecode
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            Rectangle {
                anchors.fill: parent
                color: Theme.paperDeep
                visible: !photo.loaded
            }
        }
        Pill {
            anchors.top: photo.top
            anchors.right: photo.right
            anchors.margins: Theme.badgeInset
            visible: card.giTag
            paddingX: Theme.badgePaddingX
            paddingY: Theme.badgePaddingY
            color: Theme.gold
            text: qsTr("GI tag")
            textColor: Theme.ink
            font.pixelSize: Theme.badgeSize
            font.weight: Font.Bold
        }
        Pill {
            anchors.top: photo.top
            anchors.left: photo.left
            anchors.margins: Theme.badgeInset
            visible: card.odopAdded > 0
            paddingX: Theme.badgePaddingX
            paddingY: Theme.badgePaddingY
            color: Theme.card
            labelName: "odopAdded"
            text: qsTr("Added in %1").arg(card.odopAdded)
            textColor: Theme.ink
            font.pixelSize: Theme.badgeSize
            font.weight: Font.Bold
        }
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: photo.bottom
            anchors.margins: Theme.cardPadding
            anchors.topMargin: Theme.captionGap
            spacing: Theme.lineSpacing
            PlainText {
                width: parent.width
                text: card.name
                font.pixelSize: Theme.cardTitleSize
                font.weight: Font.DemiBold
                maximumLineCount: 2
                lineHeight: 1.05
            }
            Row {
                spacing: Theme.innerGap
                width: parent.width
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.swatchSize
                    height: Theme.swatchSize
                    radius: Theme.swatchSize / 2
                    color: card.craftColour
                }
                PlainText {
                    width: parent.width - Theme.swatchSize - Theme.innerGap
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
}
