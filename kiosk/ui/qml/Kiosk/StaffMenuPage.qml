pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The staff panel's menu: one large tile per screen.
Item {
    id: page
    objectName: "staffMenuPage"

    required property StaffPanel staff
    readonly property bool portrait: height >= width * Theme.portraitRatio
    readonly property var tiles: [
        { "screen": "products", "title": qsTr("Products"),
          "detail": qsTr("Hide or show, feature or unfeature, on this kiosk") },
        { "screen": "timeout", "title": qsTr("Idle timeout"),
          "detail": qsTr("How long before the kiosk asks if anyone is there") },
        { "screen": "install", "title": qsTr("Install a catalogue"),
          "detail": qsTr("From a USB stick or the install folder") },
        { "screen": "stats", "title": qsTr("Statistics"),
          "detail": qsTr("Today's visits, as charts") },
        { "screen": "doctor", "title": qsTr("Doctor"),
          "detail": qsTr("Check the catalogue, photos, QR codes and fonts") },
        { "screen": "leave", "title": qsTr("Restart or leave"),
          "detail": qsTr("Restart the kiosk or leave kiosk mode") }
    ]

    Grid {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.portrait ? 1 : 2
        spacing: Theme.gap
        readonly property real tileWidth: (width - (columns - 1) * spacing) / columns

        Repeater {
            model: page.tiles
            Rectangle {
                id: tile
                required property var modelData
                objectName: "staff-" + modelData.screen
                width: grid.tileWidth
                height: Theme.staffTileHeight
                radius: Theme.radius
                color: tap.pressed ? Theme.paperDeep : Theme.card
                border.color: Theme.line
                border.width: Theme.hairline

                Accessible.role: Accessible.Button
                Accessible.name: modelData.title
                Accessible.onPressAction: page.staff.show(tile.modelData.screen)

                Rectangle {
                    width: Theme.stripe
                    height: parent.height - 2 * Theme.radius
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.gold
                }
                Column {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Theme.margin
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.textSpacing
                    PlainText {
                        width: parent.width
                        text: tile.modelData.title
                        font.pixelSize: Theme.subheadingSize
                        font.weight: Font.DemiBold
                        maximumLineCount: 1
                    }
                    PlainText {
                        width: parent.width
                        text: tile.modelData.detail
                        color: Theme.inkSoft
                        font.pixelSize: Theme.captionSize
                        maximumLineCount: 2
                    }
                }
                TapHandler {
                    id: tap
                    onTapped: page.staff.show(tile.modelData.screen)
                }
            }
        }
    }
}
