import QtQuick
import Kiosk.Backend

// A product on a landscape screen: the photos full height at the left, the story beside
// them, and the codes in a column at the right. Three codes stand as two links over the
// card where that fits in the height and in 40% of the width; else (very long links) the
// three stand in a row under the story, and the photos yield them width.
Item {
    id: layout

    required property KioskController kiosk
    readonly property bool hasContact: kiosk.product.contactCard.length > 0
    readonly property bool linksOverCard: hasContact
                                          && codes.linksOverCardHeight <= height
                                          && codes.linksOverCardWidth <= width * 0.4
    readonly property bool codesInRow: hasContact && !linksOverCard

    PhotoCarousel {
        id: carousel
        width: layout.linksOverCard ? Math.round(layout.width * 0.32)
             : layout.codesInRow ? Math.min(Math.round(layout.width * 0.4),
                                            layout.width - codes.frames - 4 * Theme.gap)
             : Math.round(layout.width * 0.46)
        height: layout.height
        photos: layout.kiosk.product.photos
        onPhotoTapped: (index) => layout.kiosk.openViewer(index)
    }
    ProductStory {
        x: carousel.width
        width: layout.width - carousel.width - (layout.codesInRow ? 0 : codes.width)
        height: layout.height - (layout.codesInRow ? codes.height : 0)
        kiosk: layout.kiosk
    }
    ProductCodes {
        id: codes
        x: layout.codesInRow ? carousel.width : layout.width - width
        y: layout.codesInRow ? layout.height - height : 0
        width: layout.codesInRow ? layout.width - carousel.width : implicitWidth
        height: layout.codesInRow ? implicitHeight : layout.height
        product: layout.kiosk.product
        arrangement: layout.linksOverCard ? "linksOverCard" : layout.codesInRow ? "row" : "column"
        codeSize: Theme.qrSizeLandscape
    }
}
