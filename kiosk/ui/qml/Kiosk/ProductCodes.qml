import QtQuick
import QtQuick.Layouts
import Kiosk.Backend

// The QR codes a visitor takes home: the artisan's page, the buyer enquiry and, when the
// maker agreed, their contact card. Three arrangements:
// "row": side by side along the bottom of the page (three spread evenly when they fit,
//   else the card centred under the two links);
// "column": one above the other, at the right of the page;
// "linksOverCard": the two links side by side over the card, at the right of the page.
Rectangle {
    id: panel
    objectName: "qrPanel"

    required property ProductDetail product
    property string arrangement: "row"
    property int codeSize: Theme.qrSize

    readonly property bool hasContact: product.contactCard.length > 0
    readonly property bool inRow: arrangement === "row"
    readonly property bool linksOverCard: arrangement === "linksOverCard"
    readonly property int count: hasContact ? 3 : 2
    readonly property int frames: artisanCode.frameSize + enquiryCode.frameSize
                                  + (hasContact ? contactCode.frameSize : 0)
    // The panel "linksOverCard" needs, for a layout to choose it only where it fits.
    readonly property int linksOverCardWidth: artisanCode.frameSize + enquiryCode.frameSize
                                              + 5 * Theme.gap
    readonly property int linksOverCardHeight: linkSlot + linkCaptionRoom + Theme.gap
                                               + contactCode.frameSize + cardCaptionRoom
                                               + Theme.gap

    // Every code of a row keeps the tallest one's height, so captions line up.
    readonly property int slot: Math.max(artisanCode.frameSize, enquiryCode.frameSize,
                                         hasContact ? contactCode.frameSize : 0)
    readonly property int linkSlot: Math.max(artisanCode.frameSize, enquiryCode.frameSize)
    readonly property int linkCaptionRoom: 2 * Theme.bodySize + Theme.captionGap
    readonly property int cardCaptionRoom: 2 * (Theme.bodySize + Theme.smallSize) + Theme.gap
    // Three in a row stand evenly apart, from the edges too, when that leaves half a gap.
    readonly property int evenGap: Math.floor((width - frames) / (count + 1))
    readonly property bool spread: inRow && count === 3 && evenGap >= Theme.gap / 2

    // A tile is its frame and room for its captions.
    function tileWidth(code: QrCode): int {
        if (spread)
            return code.frameSize + evenGap - Theme.gap / 2
        if (linksOverCard)
            return code.frameSize + Theme.gap
        return Math.max(codeSize + Theme.qrTileExtra, code.frameSize)
    }

    implicitWidth: codes.implicitWidth + 2 * Theme.gap
    implicitHeight: codes.implicitHeight + 2 * Theme.gap
    color: Theme.paperDeep

    // The rule between the codes and the story.
    Rectangle {
        width: panel.inRow ? parent.width : Theme.hairline
        height: panel.inRow ? Theme.hairline : parent.height
        color: Theme.line
    }

    GridLayout {
        id: codes
        anchors.centerIn: parent
        columns: panel.linksOverCard || panel.inRow && !panel.spread ? 2 : panel.inRow ? 3 : 1
        columnSpacing: panel.spread ? Theme.gap / 2 : panel.linksOverCard ? Theme.gap : Theme.margin
        rowSpacing: panel.linksOverCard ? Theme.gap : Theme.gap * 1.5

        QrCode {
            id: artisanCode
            objectName: "qr-artisan"
            Layout.preferredWidth: panel.tileWidth(artisanCode)
            targetSize: panel.codeSize
            slotSize: panel.linksOverCard ? panel.linkSlot : panel.slot
            content: panel.product.artisanUrl
            caption: qsTr("Meet the artisan")
            hint: panel.linksOverCard ? "" : qsTr("Their story and workshop")
        }
        QrCode {
            id: enquiryCode
            objectName: "qr-enquiry"
            Layout.preferredWidth: panel.tileWidth(enquiryCode)
            targetSize: panel.codeSize
            slotSize: panel.linksOverCard ? panel.linkSlot : panel.slot
            content: panel.product.enquiryUrl
            caption: qsTr("Buyer enquiry")
            hint: panel.linksOverCard ? "" : qsTr("Ask about orders and trade")
        }
        QrCode {
            id: contactCode
            objectName: "qr-contact"
            visible: panel.hasContact
            // Under the two links, centred, when it stands on a row of its own.
            Layout.columnSpan: panel.linksOverCard || panel.inRow && !panel.spread ? 2 : 1
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: panel.tileWidth(contactCode)
            targetSize: panel.codeSize
            slotSize: panel.linksOverCard ? contactCode.frameSize : panel.slot
            content: panel.product.contactCard
            caption: qsTr("Save contact")
            hint: qsTr("Works without internet")
        }
    }
}
