import QtQuick
import Kiosk.Backend

// Explore by district: the 75 districts, each with its One District One Product.
Item {
    id: page
    objectName: "districtsPage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width

    PageHeader {
        id: header
        width: parent.width
        title: qsTr("Explore by district")
        subtitle: qsTr("Every district of Uttar Pradesh has its own signature product.")
        accent: Theme.maroon
    }

    GridView {
        id: grid
        objectName: "districtGrid"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        clip: true
        model: page.kiosk.districts
        readonly property int columns: page.portrait ? 2 : 4
        cellWidth: Math.floor(width / columns)
        cellHeight: 172
        bottomMargin: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        delegate: Item {
            id: cell
            required property string code
            required property string name
            required property string productName
            required property string craftName
            required property string colour
            required property string thumb
            width: grid.cellWidth
            height: grid.cellHeight
            DistrictCard {
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                code: cell.code
                name: cell.name
                productName: cell.productName
                craftName: cell.craftName
                colour: cell.colour
                thumb: cell.thumb
                onTapped: (code) => page.kiosk.openDistrict(code)
            }
        }
    }
}
