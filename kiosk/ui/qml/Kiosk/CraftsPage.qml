pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Explore by craft: every craft family of the catalogue as a photo tile.
GridPage {
    id: page
    objectName: "craftsPage"

    required property KioskController kiosk

    title: qsTr("Explore by craft")
    subtitle: qsTr("Choose a craft to see its products from across Uttar Pradesh.")
    gridName: "craftGrid"
    model: kiosk.crafts
    cellAspect: 0.82
    delegate: CraftTile {
        width: GridView.view.cellWidth
        height: GridView.view.cellHeight
        onTapped: (code) => page.kiosk.openCraft(code)
    }
}
