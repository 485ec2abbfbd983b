pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// An artisan, cooperative or cluster: who they are and where they work (a tap leads to
// their district), their products as a small gallery, and their QR codes: their page and,
// where they agreed to it, their contact. The codes stand along the bottom in portrait,
// within reach, and at the right in landscape.
Item {
    id: page
    objectName: "artisanPage"

    required property KioskController kiosk
    readonly property ArtisanDetail artisan: kiosk.artisan
    readonly property bool portrait: height >= width * Theme.portraitRatio
    readonly property bool hasContact: artisan.contactCard.length > 0
    readonly property bool codesInRow: portrait
    // In landscape the codes stand one above the other, or side by side where that is too tall.
    readonly property bool codesSideBySide: codesInRow
        || artisanCode.height + contactCode.height + codeGrid.rowSpacing + 2 * Theme.gap > height

    Flickable {
        id: story
        objectName: "artisanStory"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.right: page.codesInRow ? parent.right : codes.left
        anchors.bottom: page.codesInRow ? codes.top : parent.bottom
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin * 0.75
            width: story.width - 2 * Theme.margin
            spacing: Theme.gap * 0.75

            Pill {
                color: Theme.maroon
                textColor: Theme.onDark
                labelName: "artisanKind"
                text: page.artisan.kind === "artisan" ? qsTr("Artisan")
                    : page.artisan.kind === "cooperative" ? qsTr("Cooperative")
                    : page.artisan.kind === "producer" ? qsTr("Producer")
                    : qsTr("Artisan cluster")
            }
            PlainText {
                objectName: "artisanPageName"
                width: parent.width
                text: page.artisan.name
                font.family: Theme.serif
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                lineHeight: 1.05
                maximumLineCount: 3
            }
            PlainText {
                width: parent.width
                text: qsTr("Works in %1, Uttar Pradesh").arg(page.artisan.districtName)
                color: Theme.maroon
                font.pixelSize: Theme.subheadingSize
                maximumLineCount: 2
            }
            TouchButton {
                objectName: "artisanDistrict"
                visible: page.artisan.districtCode.length > 0
                text: qsTr("All products of %1").arg(page.artisan.districtName) + " ›"
                font.pixelSize: Theme.bodySize
                onTapped: page.kiosk.openDistrict(page.artisan.districtCode)
            }
            PlainText {
                objectName: "artisanBio"
                width: parent.width
                text: page.artisan.bio
                lineHeight: 1.2
                elide: Text.ElideNone
            }
            PlainText {
                width: parent.width
                topPadding: Theme.gap / 2
                text: qsTr("Their products")
                font.family: Theme.serif
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
            }
            // A small gallery: every product of theirs (a handful), each opening its page.
            Grid {
                id: gallery
                objectName: "artisanProducts"
                readonly property int cellWidth: Math.floor((width + Theme.gap) / columns)
                x: -Theme.gap / 2
                width: parent.width + Theme.gap
                columns: page.portrait ? 3 : 2
                Repeater {
                    model: page.artisan.products
                    delegate: ProductCard {
                        width: gallery.cellWidth
                        height: Math.round(gallery.cellWidth * 0.75 + Theme.productCardText)
                        onTapped: (productId) => page.kiosk.openProduct(productId)
                    }
                }
            }
        }
    }

    Rectangle {
        id: codes
        objectName: "artisanCodes"
        x: page.codesInRow ? 0 : page.width - width
        y: page.codesInRow ? page.height - height : 0
        width: page.codesInRow ? page.width : codeGrid.implicitWidth + 2 * Theme.margin
        height: page.codesInRow ? codeGrid.implicitHeight + 2 * Theme.gap : page.height
        color: Theme.paperDeep

        Rectangle {
            width: page.codesInRow ? parent.width : Theme.hairline
            height: page.codesInRow ? Theme.hairline : parent.height
            color: Theme.line
        }

        Grid {
            id: codeGrid
            anchors.centerIn: parent
            columns: page.codesSideBySide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.gap * 1.5

            QrCode {
                id: artisanCode
                objectName: "qr-artisan"
                width: Math.max(Theme.qrSize + Theme.qrTileExtra, frameSize)
                visible: content.length > 0
                targetSize: page.portrait ? Theme.qrSize : Theme.qrSizeLandscape
                slotSize: Math.max(frameSize, page.hasContact ? contactCode.frameSize : 0)
                content: page.artisan.url
                caption: qsTr("Meet the artisan")
                hint: qsTr("Their story and workshop")
            }
            QrCode {
                id: contactCode
                objectName: "qr-contact"
                width: Math.max(Theme.qrSize + Theme.qrTileExtra, frameSize)
                visible: page.hasContact
                targetSize: page.portrait ? Theme.qrSize : Theme.qrSizeLandscape
                slotSize: Math.max(frameSize, artisanCode.frameSize)
                content: page.artisan.contactCard
                caption: qsTr("Save contact")
                hint: qsTr("Works without internet")
            }
        }
    }
}
