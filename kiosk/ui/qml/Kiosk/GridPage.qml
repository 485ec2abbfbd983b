import QtQuick

// A browsing page: a title band over a grid of tiles to flick through (crafts, districts,
// a gallery of products). Each tile fills its cell; the cells reach into the page margin
// by half a gap, so the tiles' faces (inset by half a gap) line up with the title.
Item {
    id: page

    property alias title: header.title
    property alias subtitle: header.subtitle
    property alias accent: header.accent
    property alias gridName: grid.objectName
    property alias model: grid.model
    property alias delegate: grid.delegate
    property int portraitColumns: 2
    property int landscapeColumns: 4
    // A cell is `cellAspect` of its width high, and `cellExtra` more (for text under a photo).
    property real cellAspect: 1.0
    property int cellExtra: 0
    readonly property alias cellHeight: grid.cellHeight
    property alias cacheBuffer: grid.cacheBuffer  // pixels of tiles built beyond the screen
    // Room left for something else beside (right of the title and grid) or below the grid.
    property real besideWidth: 0
    property real belowHeight: 0
    readonly property alias gridArea: grid

    readonly property bool portrait: height >= width * Theme.portraitRatio

    PageHeader {
        id: header
        width: parent.width - page.besideWidth
    }

    GridView {
        id: grid
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2 + page.besideWidth
        anchors.bottomMargin: page.belowHeight
        clip: true
        cellWidth: Math.floor(width / (page.portrait ? page.portraitColumns : page.landscapeColumns))
        cellHeight: Math.round(cellWidth * page.cellAspect + page.cellExtra)
        bottomMargin: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
    }
}
