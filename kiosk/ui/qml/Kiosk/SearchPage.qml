pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Search: the visitor types on our own keyboard (at the bottom, within reach; on the right
// in landscape) and the products found fill the gallery's grid above it as they type. The
// text typed stays above the keyboard; nothing found says so and offers the craft tiles.
GridPage {
    id: page
    objectName: "searchPage"

    required property KioskController kiosk
    readonly property bool searching: keyboard.text.trim().length > 0
    readonly property int found: kiosk.searchIds.length
    // Low reach on a portrait totem leaves little room above the keyboard: no title band,
    // shorter keys (72 px, over the 48 px touch rule), the results in one row.
    readonly property bool tight: portrait && kiosk.lowReach

    title: qsTr("Search")
    subtitle: !searching ? qsTr("Type a product, a craft, a material or a place.")
                         : found > 0 ? qsTr("%n product(s) found", "", found) : ""
    accent: Theme.maroon
    compactHeader: tight
    gridName: "searchGrid"
    model: kiosk.searchResults
    portraitColumns: 3
    landscapeColumns: 2
    cellAspect: 0.75
    cellExtra: Theme.productCardText
    // No cards built ahead (asynchronously) of the screen: the results change with each
    // keystroke, and a card still being built for a row the new results lack warns.
    cacheBuffer: 0
    besideWidth: portrait ? 0 : panel.width
    belowHeight: portrait ? panel.height : 0
    delegate: ProductCard {
        width: GridView.view.cellWidth
        height: GridView.view.cellHeight
        onTapped: (productId) => page.kiosk.openProduct(productId)
    }

    // Where the results go while there are none: what to do, and the crafts to look through
    // instead; never an empty screen.
    Column {
        id: empty
        objectName: "searchEmpty"
        visible: page.found === 0
        x: page.gridArea.x + Theme.gap / 2
        y: page.gridArea.y + Theme.gap
        width: page.gridArea.width - Theme.gap
        height: page.gridArea.height - Theme.gap
        spacing: Theme.gap

        PlainText {
            objectName: "searchMessage"
            width: parent.width
            text: page.searching ? qsTr("Nothing found for “%1”.").arg(keyboard.text.trim())
                                 : qsTr("Results appear here as you type.")
            font.family: Theme.serif
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            maximumLineCount: 2
        }
        PlainText {
            width: parent.width
            text: page.searching ? qsTr("Try fewer letters, or look through the crafts.")
                                 : qsTr("Or look through the crafts of Uttar Pradesh.")
            color: Theme.inkSoft
            maximumLineCount: 2
        }
        TouchButton {
            objectName: "searchCrafts"
            text: qsTr("Explore by craft") + " ›"
            baseColor: Theme.maroon
            textColor: Theme.onDark
            onTapped: page.kiosk.openCrafts()
        }
        GridView {
            id: crafts
            objectName: "searchCraftGrid"
            x: -Theme.gap / 2
            width: parent.width + Theme.gap
            height: Math.max(0, empty.height - y)
            clip: true
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            cacheBuffer: 0
            model: page.found === 0 ? page.kiosk.crafts : null
            cellWidth: Math.floor(width / (page.portrait ? 3 : 2))
            cellHeight: Math.round(cellWidth * 0.82)
            delegate: CraftTile {
                width: GridView.view.cellWidth
                height: GridView.view.cellHeight
                onTapped: (code) => page.kiosk.openCraft(code)
            }
        }
    }

    // The text typed, and the keyboard under it.
    Rectangle {
        id: panel
        objectName: "searchPanel"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: page.portrait ? parent.width : Math.min(parent.width * 0.58, 1080)
        height: page.portrait ? column.implicitHeight : parent.height
        color: Theme.paperDeep

        Rectangle {
            visible: !page.portrait
            z: 1
            width: Theme.hairline
            height: parent.height
            color: Theme.line
        }
        Rectangle {
            visible: page.portrait
            width: parent.width
            height: Theme.hairline
            color: Theme.line
        }

        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom

            Item {
                width: parent.width
                height: page.portrait ? field.height + 2 * Theme.gap
                                      : panel.height - keyboard.height
                Rectangle {
                    id: field
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.gap
                    height: Theme.touchTarget
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.gold
                    border.width: Theme.hairline

                    PlainText {
                        id: typed
                        objectName: "searchText"
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.margin * 0.75
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, parent.width - 2 * Theme.margin)
                        text: keyboard.text
                        font.pixelSize: Theme.subheadingSize
                        wrapMode: Text.NoWrap
                        elide: Text.ElideLeft
                    }
                    Rectangle {  // the caret: where the next key's letter goes
                        anchors.left: typed.right
                        anchors.leftMargin: Theme.caretWidth
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.caretWidth
                        height: Theme.subheadingSize * 1.3
                        color: Theme.maroon
                    }
                    PlainText {
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.margin * 0.75 + Theme.gap
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.margin * 0.75
                        anchors.verticalCenter: parent.verticalCenter
                        visible: keyboard.text.length === 0
                        text: qsTr("Type to search")
                        color: Theme.inkSoft
                        font.pixelSize: Theme.subheadingSize
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                    }
                }
            }

            SearchKeyboard {
                id: keyboard
                objectName: "searchKeyboard"
                width: parent.width
                language: page.kiosk.language
                // Landscape: keys as tall as the panel allows, within reason.
                keyHeight: page.tight ? Theme.touchTarget * 0.75
                    : page.portrait ? Theme.touchTarget : Math.min(
                    Theme.touchTarget * 1.2,
                    (panel.height - field.height - 4 * Theme.gap - (rowCount - 1) * 8) / rowCount)
                readonly property int rowCount: Math.max(1, input.rows.length)
                onQueryChanged: page.kiosk.search(keyboard.query)
            }
        }
    }
}
