pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The staff panel over everything: the PIN pad, then (with the PIN) its screens under a
// bar with the way back to the panel's menu, the language switch and Close. It takes every
// touch while it shows, so nothing beneath is pressed.
Rectangle {
    id: overlay
    objectName: "staffOverlay"

    required property StaffPanel staff
    required property KioskController kiosk
    readonly property bool portrait: height >= width

    visible: staff.pinPad || staff.unlocked
    color: Theme.paper

    MouseArea { anchors.fill: parent }  // nothing reaches the pages beneath

    StaffPinPage {
        anchors.fill: parent
        visible: overlay.staff.pinPad
        staff: overlay.staff
    }

    Rectangle {
        id: bar
        visible: overlay.staff.unlocked
        width: parent.width
        height: Theme.navBarHeight
        color: Theme.maroonDeep

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.navRule
            color: Theme.gold
        }
        TouchButton {
            objectName: "staffMenu"
            visible: overlay.staff.screen !== "menu"
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap * 1.5
            anchors.verticalCenter: parent.verticalCenter
            text: "‹ " + qsTr("Menu")
            onTapped: overlay.staff.show("menu")
        }
        PlainText {
            visible: overlay.staff.screen === "menu"
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap * 1.5
            anchors.right: languages.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Staff panel")
            color: Theme.onDark
            font.family: Theme.serif
            font.pixelSize: Theme.subheadingSize
            font.weight: Font.DemiBold
            maximumLineCount: 1
        }
        LanguageSwitch {
            id: languages
            kiosk: overlay.kiosk
            onDark: true
            anchors.right: close.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
        }
        TouchButton {
            id: close
            objectName: "staffClose"
            anchors.right: parent.right
            anchors.rightMargin: Theme.gap * 1.5
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Close")
            baseColor: Theme.saffron
            onTapped: overlay.staff.close()
        }
    }

    Loader {
        id: screen
        visible: overlay.staff.unlocked
        active: overlay.staff.unlocked
        anchors.fill: parent
        anchors.topMargin: bar.height
        sourceComponent: {
            switch (overlay.staff.screen) {
            case "products": return productsPage
            case "timeout": return timeoutPage
            case "install": return installPage
            case "stats": return statsPage
            case "doctor": return doctorPage
            case "leave": return leavePage
            default: return menuPage
            }
        }
    }

    Component { id: menuPage; StaffMenuPage { staff: overlay.staff } }
    Component { id: productsPage; StaffProductsPage { staff: overlay.staff; kiosk: overlay.kiosk } }
    Component { id: timeoutPage; StaffTimeoutPage { staff: overlay.staff } }
    Component { id: installPage; StaffInstallPage { staff: overlay.staff } }
    Component { id: statsPage; StaffStatsPage { staff: overlay.staff } }
    Component { id: doctorPage; StaffDoctorPage { staff: overlay.staff } }
    Component { id: leavePage; StaffLeavePage { staff: overlay.staff } }
}
