import QtQuick
import Kiosk.Backend

// A gallery of products (one craft, one district, or the featured ones) to flick through.
Item {
    id: page
    objectName: "galleryPage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width

    PageHeader {
        id: header
        width: parent.width
        title: page.kiosk.galleryKind === "featured" ? qsTr("Featured crafts") : page.kiosk.galleryTitle
        subtitle: qsTr("%n product(s)", "", page.kiosk.galleryCount)
    }

    GridView {
        id: grid
        objectName: "productGrid"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        clip: true
        model: page.kiosk.gallery
        readonly property int columns: page.portrait ? 3 : 5
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(cellWidth * 0.75 + 150)
        bottomMargin: Theme.gap
        cacheBuffer: cellHeight * 2
        boundsBehavior: Flickable.StopAtBounds
        delegate: Item {
            id: cell
            required property string productId
            required property string name
            required property string districtName
            required property string craftColour
            required property string thumb
            required property bool giTag
            required property int odopAdded
            width: grid.cellWidth
            height: grid.cellHeight
            ProductCard {
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                productId: cell.productId
                name: cell.name
                districtName: cell.districtName
                craftColour: cell.craftColour
                thumb: cell.thumb
                giTag: cell.giTag
                odopAdded: cell.odopAdded
                onTapped: (productId) => page.kiosk.openProduct(productId)
            }
        }
    }
}
