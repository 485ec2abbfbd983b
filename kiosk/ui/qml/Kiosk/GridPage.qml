import QtQuick
import QtQuick.Controls

// A browsing page: a title band over a grid of tiles to flick through (crafts, districts,
// a gallery of products). Each tile fills its cell; the cells reach into the page margin
// by half a gap, so the tiles' faces (inset by half a gap) line up with the title.
Item {
    id: page

    property alias title: header.title
    property alias subtitle: header.subtitle
    property alias accent: header.accent
    property alias gridName: grid.objectName
    property var model
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
    // No title band (a page short of room, such as search under low reach).
    property bool compactHeader: false
    // Too short for one row of cells: one row that flicks sideways, as tall as there is room.
    readonly property bool strip: grid.height - grid.bottomMargin < page.rowHeight
    readonly property real columnWidth:
        Math.floor(grid.width / (portrait ? portraitColumns : landscapeColumns))
    readonly property real rowHeight: Math.round(columnWidth * cellAspect + cellExtra)

    readonly property bool portrait: height >= width * Theme.portraitRatio

    PageHeader {
        id: header
        width: parent.width - page.besideWidth
        visible: !page.compactHeader
        height: visible ? implicitHeight : Theme.gap
    }

    GridView {
        id: grid
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2 + page.besideWidth
        anchors.bottomMargin: page.belowHeight
        clip: true
        // None once the page has left the stack: the tiles it still builds stop before the
        // model empties (else "DelegateModel::cancel: index out range").
        model: page.StackView.index >= 0 ? page.model : null
        flow: page.strip ? GridView.FlowTopToBottom : GridView.FlowLeftToRight
        cellHeight: page.strip ? Math.max(0, height - bottomMargin) : page.rowHeight
        cellWidth: page.strip
            ? Math.min(page.columnWidth, Math.round((cellHeight - page.cellExtra) / page.cellAspect))
            : page.columnWidth
        bottomMargin: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
    }
}
