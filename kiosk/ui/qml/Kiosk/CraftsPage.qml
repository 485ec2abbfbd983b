import QtQuick
import Kiosk.Backend

// Explore by craft: every craft family of the catalogue as a photo tile.
Item {
    id: page
    objectName: "craftsPage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width

    PageHeader {
        id: header
        width: parent.width
        title: qsTr("Explore by craft")
        subtitle: qsTr("Choose a craft to see its products from across Uttar Pradesh.")
    }

    GridView {
        id: grid
        objectName: "craftGrid"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        clip: true
        model: page.kiosk.crafts
        readonly property int columns: page.portrait ? 2 : 4
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(cellWidth * 0.82)
        bottomMargin: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        delegate: Item {
            id: cell
            required property string code
            required property string name
            required property string blurb
            required property string colour
            required property int productCount
            required property string thumb
            width: grid.cellWidth
            height: grid.cellHeight
            CraftTile {
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                code: cell.code
                name: cell.name
                blurb: cell.blurb
                colour: cell.colour
                productCount: cell.productCount
                thumb: cell.thumb
                onTapped: (code) => page.kiosk.openCraft(code)
            }
        }
    }
}
