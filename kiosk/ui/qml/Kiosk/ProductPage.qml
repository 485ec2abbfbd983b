import QtQuick
import QtQuick.Layouts
import Kiosk.Backend

// A product: its photos, story, maker, and the QR codes a visitor takes home.
Item {
    id: page
    objectName: "productPage"

    required property KioskController kiosk
    readonly property ProductDetail product: kiosk.product
    readonly property bool portrait: height >= width
    readonly property bool hasContact: product.contactCard.length > 0
    // Landscape keeps its two codes in a column at the right. Three codes are taller than
    // the screen stacked one above the other (the vCard alone takes up to 398 px at 6 px a
    // module), so the two links stand side by side above the card, in a column beside a
    // full-height story; should very long links make that column too tall or too wide, the
    // three stand in a row under the story, as in portrait, and the photo yields width to
    // the row (40% of the screen is left to it, less for larger codes).
    readonly property bool codesStacked: !portrait && hasContact && codes.stackFits
    readonly property bool codesInRow: portrait || (hasContact && !codesStacked)

    PhotoCarousel {
        id: carousel
        x: 0
        y: 0
        width: page.portrait ? page.width
                             : page.codesStacked ? Math.round(page.width * 0.32)
                             : page.hasContact ? Math.min(Math.round(page.width * 0.4),
                                                          page.width - codes.frames - 4 * Theme.gap)
                                               : Math.round(page.width * 0.46)
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
            width: page.codesInRow ? parent.width : parent.width - qrPanel.width
            height: page.codesInRow ? parent.height - qrPanel.height : parent.height
            contentHeight: column.implicitHeight + 2 * Theme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column
                x: Theme.margin
                y: Theme.margin * 0.75
                width: story.width - 2 * Theme.margin
                spacing: Theme.gap * 0.75

                Flow {
                    width: parent.width
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
                    // A product of a line the state added to the district's ODOP list later.
                    Rectangle {
                        visible: page.product.odopAdded > 0
                        width: addedLabel.implicitWidth + 32
                        height: addedLabel.implicitHeight + 14
                        radius: height / 2
                        color: "transparent"
                        border.color: Theme.gold
                        border.width: 2
                        PlainText {
                            id: addedLabel
                            objectName: "odopAdded"
                            anchors.centerIn: parent
                            text: qsTr("Added to the ODOP list in %1").arg(page.product.odopAdded)
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    // The number buyers quote (on the labels and in enquiries too).
                    Rectangle {
                        visible: page.product.code.length > 0
                        width: codeLabel.implicitWidth + 32
                        height: codeLabel.implicitHeight + 14
                        radius: height / 2
                        color: "transparent"
                        border.color: Theme.line
                        border.width: 2
                        PlainText {
                            id: codeLabel
                            objectName: "productCode"
                            anchors.centerIn: parent
                            text: qsTr("Product no. %1").arg(page.product.code)
                            color: Theme.inkSoft
                            font.pixelSize: Theme.smallSize
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
                // Collect the product, and see the collection, just under its name.
                Flow {
                    width: parent.width
                    spacing: Theme.gap / 2
                    readonly property bool shortlisted:
                        page.kiosk.shortlistIds.indexOf(page.product.productId) >= 0
                    readonly property int collected: page.kiosk.shortlistIds.length
                    TouchButton {
                        id: shortlistToggle
                        objectName: "shortlist-toggle"
                        readonly property bool checked: parent.shortlisted
                        enabled: checked || parent.collected < page.kiosk.shortlistLimit
                        opacity: enabled ? 1.0 : 0.55
                        text: checked ? qsTr("On your shortlist")
                                      : enabled ? qsTr("Add to shortlist")
                                                : qsTr("Shortlist full (%1)").arg(parent.collected)
                        highlighted: checked
                        baseColor: checked ? Theme.maroon : Theme.card
                        textColor: checked ? Theme.onDark : Theme.ink
                        font.pixelSize: Theme.bodySize
                        onTapped: checked ? page.kiosk.removeFromShortlist(page.product.productId)
                                          : page.kiosk.addToShortlist(page.product.productId)
                    }
                    TouchButton {
                        objectName: "shortlist-view"
                        visible: parent.collected > 0
                        text: qsTr("My shortlist (%1)").arg(parent.collected)
                        font.pixelSize: Theme.bodySize
                        onTapped: page.kiosk.openShortlist()
                    }
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
        // Landscape: stacked in a column at the right, beside the story (three: a row).
        Rectangle {
            id: qrPanel
            objectName: "qrPanel"
            x: page.codesInRow ? 0 : parent.width - width
            y: page.codesInRow ? parent.height - height : 0
            width: page.codesInRow ? parent.width : codes.implicitWidth + 2 * Theme.gap
            height: page.codesInRow ? codes.implicitHeight + 2 * Theme.gap : parent.height
            color: Theme.paperDeep
            Rectangle {
                width: page.codesInRow ? parent.width : 2
                height: page.codesInRow ? 2 : parent.height
                color: Theme.line
            }

            GridLayout {
                id: codes
                anchors.centerIn: parent
                readonly property int codeSize: page.portrait ? 300 : 270
                readonly property int count: page.hasContact ? 3 : 2
                // Every code of a row keeps the tallest one's height, so captions line up.
                readonly property int slot: Math.max(artisanCode.frameSize, enquiryCode.frameSize,
                                                     page.hasContact ? contactCode.frameSize : 0)
                // Two codes keep their roomy tiles. Three share the free width so that the
                // frames stand evenly apart, from the edges too; a tile, for its captions, is
                // its frame and one gap wide, less the half-gap spacing between tiles. Should
                // very long links leave the frames less than half a gap apart in portrait,
                // the third code wraps to a second row.
                readonly property int frames: artisanCode.frameSize + enquiryCode.frameSize
                                              + (page.hasContact ? contactCode.frameSize : 0)
                readonly property int evenGap: Math.floor((qrPanel.width - frames) / (count + 1))
                readonly property bool spread: page.codesInRow && count === 3
                                               && evenGap >= Theme.gap / 2
                // Stacked (landscape, three codes): the links side by side over the card,
                // each tile its frame and a gap wide, the links with their captions only
                // (their hints need room the card's own caption and hint take). It must fit
                // the side's height and 40% of the screen's width.
                readonly property int linkSlot: Math.max(artisanCode.frameSize,
                                                         enquiryCode.frameSize)
                readonly property int linkCaptionRoom: 2 * Theme.bodySize + 12
                readonly property int cardCaptionRoom: 2 * (Theme.bodySize + Theme.smallSize) + 24
                readonly property bool stackFits:
                    linkSlot + linkCaptionRoom + Theme.gap + contactCode.frameSize
                    + cardCaptionRoom + Theme.gap <= side.height
                    && artisanCode.frameSize + enquiryCode.frameSize + 5 * Theme.gap
                    <= page.width * 0.4
                function tileWidth(code) {
                    return spread ? code.frameSize + evenGap - Theme.gap / 2
                                  : page.codesStacked ? code.frameSize + Theme.gap
                                  : Math.max(codeSize + 80, code.frameSize)
                }
                columns: page.codesStacked ? 2
                                           : !page.codesInRow ? 1
                                                              : (count === 2 || spread ? count : 2)
                columnSpacing: spread ? Theme.gap / 2 : page.codesStacked ? Theme.gap : Theme.margin
                rowSpacing: page.codesStacked ? Theme.gap : Theme.gap * 1.5
                QrCode {
                    id: artisanCode
                    objectName: "qr-artisan"
                    Layout.preferredWidth: codes.tileWidth(artisanCode)
                    targetSize: codes.codeSize
                    slotSize: page.codesStacked ? codes.linkSlot : codes.slot
                    content: page.product.artisanUrl
                    caption: qsTr("Meet the artisan")
                    hint: page.codesStacked ? "" : qsTr("Their story and workshop")
                }
                QrCode {
                    id: enquiryCode
                    objectName: "qr-enquiry"
                    Layout.preferredWidth: codes.tileWidth(enquiryCode)
                    targetSize: codes.codeSize
                    slotSize: page.codesStacked ? codes.linkSlot : codes.slot
                    content: page.product.enquiryUrl
                    caption: qsTr("Buyer enquiry")
                    hint: page.codesStacked ? "" : qsTr("Ask about orders and trade")
                }
                QrCode {
                    id: contactCode
                    objectName: "qr-contact"
                    visible: page.hasContact
                    // Under the two links, centred, when it stands on a row of its own.
                    Layout.columnSpan: page.codesStacked || (page.codesInRow && !codes.spread)
                                       ? 2 : 1
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: codes.tileWidth(contactCode)
                    targetSize: codes.codeSize
                    slotSize: page.codesStacked ? contactCode.frameSize : codes.slot
                    content: page.product.contactCard
                    caption: qsTr("Save contact")
                    hint: qsTr("Works without internet")
                }
            }
        }
    }
}
