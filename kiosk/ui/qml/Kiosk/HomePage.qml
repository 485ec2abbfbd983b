import QtQuick
import Kiosk.Backend

// Home: the pavilion's welcome and the big ways in (by craft, by district, search, featured)
// and the visitor's shortlist.
Item {
    id: page
    objectName: "homePage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width

    Item {
        id: hero
        anchors.left: parent.left
        anchors.top: parent.top
        width: page.portrait ? parent.width : parent.width * 0.5
        height: page.portrait ? parent.height * 0.38 : parent.height

        Image {
            anchors.fill: parent
            source: page.kiosk.homePhotos.hero
            sourceSize.width: Theme.photoDecode
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                GradientStop { position: 0.0; color: Theme.heroShadeTop }
                GradientStop { position: 0.5; color: Theme.heroShadeMiddle }
                GradientStop { position: 1.0; color: Theme.heroShadeBottom }
            }
        }
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            spacing: Theme.gap
            PlainText {
                text: qsTr("One District One Product")
                color: Theme.gold
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
                font.letterSpacing: 2
            }
            PlainText {
                objectName: "homeTitle"
                width: parent.width
                text: qsTr("Crafted in Uttar Pradesh, Admired by the World!")
                color: Theme.onDark
                font.family: Theme.serif
                font.pixelSize: Theme.displaySize * 0.9
                font.weight: Font.DemiBold
                lineHeight: 1.05
            }
            PlainText {
                width: parent.width
                text: qsTr("75 districts, each with a signature craft passed down through generations.")
                color: Theme.onDark
                opacity: 0.9
            }
        }
    }

    Column {
        id: tiles
        anchors.left: page.portrait ? parent.left : hero.right
        anchors.right: parent.right
        anchors.top: page.portrait ? hero.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: page.portrait ? Theme.gap * 1.5 : Theme.gap

        readonly property real tileHeight: (height - 4 * spacing) / 5

        HomeTile {
            objectName: "tile-crafts"
            width: parent.width
            height: tiles.tileHeight
            title: qsTr("Explore by craft")
            subtitle: qsTr("Silk, brass, glass, clay, wood and more")
            photo: page.kiosk.homePhotos.crafts
            accent: Theme.maroon
            onTapped: page.kiosk.openCrafts()
        }
        HomeTile {
            objectName: "tile-districts"
            width: parent.width
            height: tiles.tileHeight
            title: qsTr("Explore by district")
            subtitle: qsTr("All 75 districts of Uttar Pradesh")
            photo: page.kiosk.homePhotos.districts
            accent: Theme.saffron
            onTapped: page.kiosk.openMap()
        }
        HomeTile {
            objectName: "tile-search"
            width: parent.width
            height: tiles.tileHeight
            title: qsTr("Search")
            subtitle: qsTr("Find a product, a craft or a place by name")
            photo: page.kiosk.homePhotos.search
            accent: Theme.saffron
            onTapped: page.kiosk.openSearch()
        }
        HomeTile {
            objectName: "tile-featured"
            width: parent.width
            height: tiles.tileHeight
            title: qsTr("Featured crafts")
            subtitle: qsTr("Masterpieces chosen for the Expo")
            photo: page.kiosk.homePhotos.featured
            accent: Theme.gold
            onTapped: page.kiosk.openFeatured()
        }
        HomeTile {
            objectName: "tile-shortlist"
            width: parent.width
            height: tiles.tileHeight
            title: qsTr("My shortlist")
            subtitle: page.kiosk.shortlist.count > 0
                      ? qsTr("%n product(s) saved: take them with you in one QR code", "",
                             page.kiosk.shortlist.count)
                      : qsTr("Collect products and take them with you in one QR code")
            photo: page.kiosk.shortlistPhoto
            accent: Theme.maroon
            onTapped: page.kiosk.openShortlist()
        }
    }
}
