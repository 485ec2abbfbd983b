pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Products: hide or show, feature or unfeature, here only (local overrides, kept in the
// kiosk's state over whatever catalogue is installed). Search with the kiosk's keyboard;
// "Changed here" lists this kiosk's overrides, each undone alone or all at once.
Item {
    id: page
    objectName: "staffProductsPage"

    required property StaffPanel staff
    required property KioskController kiosk
    readonly property bool portrait: height >= width * Theme.portraitRatio
    property bool changedOnly: false
    readonly property int changedCount: staff.overrideRows.length

    StaffTitle {
        id: title
        anchors.left: parent.left
        anchors.right: page.portrait ? parent.right : keyboard.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("Products")
        detail: qsTr("Changes made here stay on this kiosk, whatever catalogue is installed.")
    }

    Row {
        id: tools
        anchors.left: title.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        spacing: Theme.gap / 2
        TouchButton {
            objectName: "staffAllProducts"
            text: qsTr("All products")
            highlighted: !page.changedOnly
            onTapped: page.changedOnly = false
        }
        TouchButton {
            objectName: "staffChangedProducts"
            text: qsTr("Changed here: %1").arg(page.changedCount)
            highlighted: page.changedOnly
            onTapped: page.changedOnly = true
        }
        TouchButton {
            objectName: "staffClearOverrides"
            visible: page.changedCount > 0
            text: qsTr("Undo all")
            onTapped: page.staff.clearOverrides()
        }
    }

    PlainText {
        id: typed
        objectName: "staffQuery"
        anchors.left: title.left
        anchors.right: title.right
        anchors.top: tools.bottom
        anchors.topMargin: Theme.gap
        visible: !page.changedOnly
        text: keyboard.text.length > 0 ? qsTr("Search: %1").arg(keyboard.text)
                                       : qsTr("Type on the keyboard to find a product.")
        color: keyboard.text.length > 0 ? Theme.ink : Theme.inkSoft
        maximumLineCount: 1
    }

    ListView {
        id: list
        objectName: "staffProductList"
        anchors.left: title.left
        anchors.right: title.right
        anchors.top: typed.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: page.portrait ? keyboard.top : parent.bottom
        anchors.bottomMargin: Theme.gap
        clip: true
        spacing: Theme.gap / 2
        boundsBehavior: Flickable.StopAtBounds
        model: page.changedOnly ? page.staff.overrideRows : page.staff.products
        delegate: StaffProductRow {
            required property var modelData
            width: ListView.view.width
            productId: modelData.productId
            name: modelData.name
            place: modelData.place
            hidden: modelData.hidden
            featured: modelData.featured
            overridden: modelData.overridden
            onHide: (hide) => page.staff.setHidden(productId, hide)
            onFeature: (feature) => page.staff.setFeatured(productId, feature)
            onUndo: page.staff.clearOverride(productId)
        }
    }

    PlainText {
        anchors.centerIn: list
        width: list.width
        horizontalAlignment: Text.AlignHCenter
        visible: list.count === 0
        text: page.changedOnly ? qsTr("Nothing is changed on this kiosk.")
                               : qsTr("No product found.")
        color: Theme.inkSoft
    }

    SearchKeyboard {
        id: keyboard
        objectName: "staffKeyboard"
        visible: !page.changedOnly || !page.portrait
        language: page.kiosk.language
        x: page.portrait ? 0 : page.width - width
        y: page.height - height
        width: page.portrait ? page.width : page.width * 0.42
        height: implicitHeight
        onQueryChanged: page.staff.findProducts(keyboard.query)
    }
}
