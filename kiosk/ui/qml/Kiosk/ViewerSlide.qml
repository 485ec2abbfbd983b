import QtQuick

// One photo of the full-screen viewer: fitted to the screen, pinch to zoom up to the display
// copy's real pixels (never beyond: that would only blur), drag to pan it while zoomed.
Flickable {
    id: slide

    required property var modelData
    required property int index
    property bool active: false
    // The photo fitted to the screen, and how far it may grow: one image pixel a screen pixel.
    readonly property real fit: Math.min(width / Math.max(1, modelData.width),
                                         height / Math.max(1, modelData.height))
    readonly property real maxZoom: Math.max(1, 1 / fit)
    property real zoom: 1
    readonly property bool zoomed: zoom > 1.01

    objectName: "viewerSlide-" + index
    clip: true
    interactive: zoomed
    boundsBehavior: Flickable.StopAtBounds
    contentWidth: Math.max(width, modelData.width * fit * zoom)
    contentHeight: Math.max(height, modelData.height * fit * zoom)

    onActiveChanged: if (!active) reset()

    function reset() {
        zoom = 1
        contentX = 0
        contentY = 0
    }

    // Zoom to `value` keeping the point (x, y) of the screen over the same spot of the photo.
    function zoomTo(value: real, x: real, y: real) {
        const next = Math.max(1, Math.min(maxZoom, value))
        const ratio = next / zoom
        const pointX = contentX + x
        const pointY = contentY + y
        zoom = next
        contentX = Math.max(0, Math.min(contentWidth - width, pointX * ratio - x))
        contentY = Math.max(0, Math.min(contentHeight - height, pointY * ratio - y))
    }

    Image {
        id: image
        objectName: "viewerImage"
        readonly property bool loaded: status === Image.Ready
        anchors.centerIn: parent
        width: slide.modelData.width * slide.fit * slide.zoom
        height: slide.modelData.height * slide.fit * slide.zoom
        source: slide.modelData.source
        // Decoded at the display copy's own size, so that the deepest zoom is sharp.
        sourceSize.width: slide.modelData.width
        sourceSize.height: slide.modelData.height
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        smooth: true
        mipmap: true
    }

    PinchHandler {
        id: pinch
        objectName: "viewerPinch"
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = slide.zoom
        onActiveScaleChanged: if (active) {
            const centre = slide.mapFromItem(null, centroid.scenePosition.x,
                                             centroid.scenePosition.y)
            slide.zoomTo(startZoom * activeScale, centre.x, centre.y)
        }
    }
}
