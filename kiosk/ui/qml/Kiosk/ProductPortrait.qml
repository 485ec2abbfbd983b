import QtQuick
import Kiosk.Backend

// A product on a portrait screen: the photos across the top, the story below them, and the
// codes side by side along the bottom, within easy reach.
Item {
    id: layout

    required property KioskController kiosk

    PhotoCarousel {
        id: carousel
        width: layout.width
        height: Math.round(layout.width * 0.58)
        photos: layout.kiosk.product.photos
    }
    ProductStory {
        y: carousel.height
        width: layout.width
        height: layout.height - carousel.height - codes.height
        kiosk: layout.kiosk
    }
    ProductCodes {
        id: codes
        y: layout.height - height
        width: layout.width
        height: implicitHeight
        product: layout.kiosk.product
        arrangement: "row"
        codeSize: Theme.qrSize
    }
}
