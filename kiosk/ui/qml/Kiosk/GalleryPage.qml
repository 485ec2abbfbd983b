pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// A gallery of products (one craft, one district, or the featured ones) to flick through.
GridPage {
    id: page
    objectName: "galleryPage"

    required property KioskController kiosk

    title: kiosk.galleryKind === "featured" ? qsTr("Featured crafts") : kiosk.galleryTitle
    subtitle: qsTr("%n product(s)", "", kiosk.galleryCount)
    gridName: "productGrid"
    model: kiosk.gallery
    portraitColumns: 3
    landscapeColumns: 5
    cellAspect: 0.75
    cellExtra: Theme.productCardText
    cacheBuffer: cellHeight * 2
    delegate: ProductCard {
        width: GridView.view.cellWidth
        height: GridView.view.cellHeight
        onTapped: (productId) => page.kiosk.openProduct(productId)
    }
}
