pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// A product: its photos, story, maker, and the QR codes a visitor takes home, laid out
// for the screen's orientation as a whole.
Item {
    id: page
    objectName: "productPage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width * Theme.portraitRatio

    Loader {
        anchors.fill: parent
        sourceComponent: page.portrait ? portraitLayout : landscapeLayout
    }
    Component {
        id: portraitLayout
        ProductPortrait { kiosk: page.kiosk }
    }
    Component {
        id: landscapeLayout
        ProductLandscape { kiosk: page.kiosk }
    }
}
