pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Explore by district: the 75 districts, each with its One District One Product.
GridPage {
    id: page
    objectName: "districtsPage"

    required property KioskController kiosk

    title: qsTr("Explore by district")
    subtitle: qsTr("Every district of Uttar Pradesh has its own signature product.")
    accent: Theme.maroon
    gridName: "districtGrid"
    model: kiosk.districts
    cellAspect: 0
    cellExtra: Theme.districtCellHeight
    delegate: DistrictCard {
        width: GridView.view.cellWidth
        height: GridView.view.cellHeight
        onTapped: (code) => page.kiosk.openDistrict(code)
    }
}
