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
        // Shorter where the page is short (low reach): the story keeps room to read.
        height: Math.round(Math.min(layout.width * 0.58,
                                    layout.height - codes.height - Theme.storyMinimum))
        photos: layout.kiosk.product.photos
        onPhotoTapped: (index) => layout.kiosk.openViewer(index)
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
