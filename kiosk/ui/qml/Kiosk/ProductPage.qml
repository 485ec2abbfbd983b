import QtQuick
import Kiosk.Backend

// A product: its photos, story, maker, and the QR codes a visitor takes home.
Item {
    id: page
    objectName: "productPage"

    required property KioskController kiosk
    readonly property ProductDetail product: kiosk.product
    readonly property bool portrait: height >= width

    PhotoCarousel {
        id: carousel
        x: 0
        y: 0
        width: page.portrait ? page.width : Math.round(page.width * 0.46)
        height: page.portrait ? Math.round(page.width * 0.58) : page.height
        photos: page.product.photos
    }

    Item {
        id: side
        x: page.portrait ? 0 : carousel.width
        y: page.portrait ? carousel.height : 0
        width: page.width - x
        height: page.height - y

        Flickable {
            id: story
            x: 0
            y: 0
            width: page.portrait ? parent.width : parent.width - qrPanel.width
            height: page.portrait ? parent.height - qrPanel.height : parent.height
            contentHeight: column.implicitHeight + 2 * Theme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column
                x: Theme.margin
                y: Theme.margin * 0.75
                width: story.width - 2 * Theme.margin
                spacing: Theme.gap * 0.75

                Row {
                    spacing: Theme.gap / 2
                    Rectangle {
                        width: craftLabel.implicitWidth + 32
                        height: craftLabel.implicitHeight + 14
                        radius: height / 2
                        color: page.product.craftColour
                        PlainText {
                            id: craftLabel
                            anchors.centerIn: parent
                            text: page.product.craftName
                            color: Theme.onDark
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                        }
                    }
                    Rectangle {
                        visible: page.product.giTag
                        width: giLabel.implicitWidth + 32
                        height: giLabel.implicitHeight + 14
                        radius: height / 2
                        color: Theme.gold
                        PlainText {
                            id: giLabel
                            objectName: "giBadge"
                            anchors.centerIn: parent
                            text: qsTr("GI tag · Geographical Indication")
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                        }
                    }
                }
                PlainText {
                    objectName: "productName"
                    width: parent.width
                    text: page.product.name
                    font.family: Theme.serif
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.DemiBold
                    lineHeight: 1.05
                    maximumLineCount: 3
                }
                PlainText {
                    objectName: "productDistrict"
                    width: parent.width
                    text: qsTr("From %1, Uttar Pradesh").arg(page.product.districtName)
                    color: Theme.maroon
                    font.pixelSize: Theme.subheadingSize
                    maximumLineCount: 2
                }
                PlainText {
                    objectName: "productDescription"
                    width: parent.width
                    text: page.product.description
                    lineHeight: 1.2
                    elide: Text.ElideNone
                }
                PlainText {
                    width: parent.width
                    visible: page.product.materials.length > 0
                    text: qsTr("Materials: %1").arg(page.product.materials)
                    color: Theme.inkSoft
                    font.pixelSize: Theme.smallSize + 2
                    elide: Text.ElideNone
                }
                Rectangle {
                    width: parent.width
                    height: artisan.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.line
                    border.width: 2
                    Column {
                        id: artisan
                        x: Theme.gap
                        y: Theme.gap
                        width: parent.width - 2 * Theme.gap
                        spacing: 6
                        PlainText {
                            text: qsTr("Made by")
                            color: Theme.inkSoft
                            font.pixelSize: Theme.smallSize
                        }
                        PlainText {
                            objectName: "artisanName"
                            width: parent.width
                            text: page.product.artisanName
                            font.weight: Font.DemiBold
                            font.pixelSize: Theme.bodySize + 2
                            maximumLineCount: 2
                        }
                        PlainText {
                            width: parent.width
                            text: page.product.artisanBio
                            color: Theme.inkSoft
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideNone
                        }
                    }
                }
            }
        }

        // Portrait: the codes side by side along the bottom, within easy reach.
        // Landscape: stacked in a column at the right, beside the story.
        Rectangle {
            id: qrPanel
            objectName: "qrPanel"
            x: page.portrait ? 0 : parent.width - width
            y: page.portrait ? parent.height - height : 0
            width: page.portrait ? parent.width : codes.implicitWidth + 2 * Theme.gap
            height: page.portrait ? codes.implicitHeight + 2 * Theme.gap : parent.height
            color: Theme.paperDeep
            Rectangle {
                width: page.portrait ? parent.width : 2
                height: page.portrait ? 2 : parent.height
                color: Theme.line
            }

            Grid {
                id: codes
                anchors.centerIn: parent
                columns: page.portrait ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.gap * 1.5
                readonly property int codeSize: page.portrait ? 300 : 270
                QrCode {
                    objectName: "qr-artisan"
                    width: codes.codeSize + 80
                    targetSize: codes.codeSize
                    url: page.product.artisanUrl
                    caption: qsTr("Meet the artisan")
                    hint: qsTr("Their story and workshop")
                }
                QrCode {
                    objectName: "qr-enquiry"
                    width: codes.codeSize + 80
                    targetSize: codes.codeSize
                    url: page.product.enquiryUrl
                    caption: qsTr("Buyer enquiry")
                    hint: qsTr("Ask about orders and trade")
                }
            }
        }
    }
}
