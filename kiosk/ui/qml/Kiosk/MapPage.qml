import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Backend

// Explore by district: Uttar Pradesh's 75 districts on a map coloured by craft family; a tap
// on a district opens its products, and the A-Z list is one tap away.
Item {
    id: page
    objectName: "mapPage"

    required property KioskController kiosk

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: listButton.left
        title: qsTr("Explore by district")
        subtitle: qsTr("Tap a district to see what it makes. Pinch to zoom.")
        accent: Theme.maroon
    }

    TouchButton {
        id: listButton
        objectName: "districts-list"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: header.verticalCenter
        text: qsTr("A–Z list")
        onTapped: page.kiosk.openDistricts()
    }

    DistrictMap {
        id: map
        objectName: "districtMap"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        districts: page.kiosk.districtMap
        onDistrictChosen: (code) => page.kiosk.chooseOnMap(code)
    }

    StackView.onActivating: map.resetView()
}
