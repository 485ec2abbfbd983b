pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// The map of Uttar Pradesh's districts, each filled with its craft family's colour, with a
// legend. A tap picks a district by kiosk/catalog/geography.py's rule (every district has a
// touch area of at least 48 px); two fingers zoom and one pans; "Whole state" resets.
// The districts are one Shape each, cached in one layer: benchmarks/district_map.py measured
// a zooming frame at about a quarter of the time of drawing the shapes every frame.
Item {
    id: root

    required property var districts      // a DistrictMapModel
    property bool layered: true           // cache the drawn districts in one texture
    readonly property real zoom: content.scale
    readonly property string pressedCode: tap.pressed ? tap.pressedCode : ""
    readonly property alias mapArea: viewport   // tests map HQ points through it
    readonly property real maxZoom: 6
    signal districtChosen(string code)

    readonly property bool portrait: height >= width
    readonly property int legendSpan: portrait ? Math.min(legend.implicitHeight, height * 0.3)
                                               : Math.min(360, width * 0.26)

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Map of the districts")

    function resetView() {
        settle.stop()
        content.scale = 1
        content.x = 0
        content.y = 0
    }

    // Keep the state on screen after a gesture: never smaller than the whole state, never
    // pushed out of the window.
    function clamp() {
        const s = Math.max(1, Math.min(root.maxZoom, content.scale))
        const w = viewport.width, h = viewport.height
        // content scales about its centre: its edges sit (s - 1) w/2 beyond x and x + w
        const spanX = w / 2 * (s - 1), spanY = h / 2 * (s - 1)
        settleX.to = Math.max(-spanX, Math.min(spanX, content.x))
        settleY.to = Math.max(-spanY, Math.min(spanY, content.y))
        settleScale.to = s
        settle.restart()
    }

    // The map takes the room the state's shape needs, the legend sits beside it (landscape)
    // or below it (portrait), and the two are centred together.
    readonly property real aspect: districts ? districts.aspect : 1
    readonly property real pad: districts ? 2 * districts.padding : 0
    Rectangle {
        id: viewport
        objectName: "district-map-area"
        width: root.portrait ? root.width
                             : Math.min(root.width - root.legendSpan - Theme.gap,
                                        (root.height - root.pad) / root.aspect + root.pad)
        height: root.portrait ? Math.min(root.height - root.legendSpan - Theme.gap,
                                         (root.width - root.pad) * root.aspect + root.pad)
                              : root.height
        x: root.portrait ? 0 : (root.width - width - Theme.gap - root.legendSpan) / 2
        y: root.portrait ? (root.height - height - Theme.gap - legend.height) / 2 : 0
        color: Theme.paper
        clip: true
        function tellSize() {
            if (root.districts)
                root.districts.setMapSize(width, height)
        }
        onWidthChanged: tellSize()
        onHeightChanged: tellSize()
        Component.onCompleted: tellSize()

        Item {
            id: content
            width: viewport.width
            height: viewport.height
            // zoom settles on whole pixels of detail once a gesture ends
            property real settledZoom: 1

            Item {
                id: shapes
                anchors.fill: parent
                // Drawn once into a texture (again when a gesture settles at another zoom):
                // a zooming frame then moves one image instead of filling 75 shapes.
                layer.enabled: root.layered
                layer.smooth: true
                layer.textureSize: Qt.size(width * Math.min(3, content.settledZoom) * Screen.devicePixelRatio,
                                           height * Math.min(3, content.settledZoom) * Screen.devicePixelRatio)

                Repeater {
                    model: root.districts
                    delegate: Shape {
                        id: district
                        required property string code
                        required property string name
                        required property string colour
                        required property var outline
                        anchors.fill: parent
                        Accessible.role: Accessible.Button
                        Accessible.name: district.name
                        ShapePath {
                            fillColor: district.colour || Theme.paperDeep
                            strokeColor: Theme.paper
                            strokeWidth: 1.5 / content.settledZoom
                            joinStyle: ShapePath.RoundJoin
                            PathPolyline { path: district.outline }
                        }
                    }
                }
            }

            // The pressed district, drawn over the others.
            Shape {
                anchors.fill: parent
                visible: root.pressedCode !== ""
                ShapePath {
                    fillColor: Theme.pressVeil
                    strokeColor: Theme.maroonDeep
                    strokeWidth: 4 / content.scale
                    joinStyle: ShapePath.RoundJoin
                    PathPolyline { path: root.pressedCode ? root.districts.outlineOf(root.pressedCode) : [] }
                }
            }

            // Names in the visitor's language, the same size at every zoom, where they fit.
            Repeater {
                model: root.districts
                delegate: PlainText {
                    required property string code
                    required property string name
                    required property real labelX
                    required property real labelY
                    required property real labelWidth
                    required property real labelHeight
                    objectName: "district-map-label-" + code
                    text: name
                    wrapMode: Text.NoWrap
                    elide: Text.ElideNone
                    font.pixelSize: Theme.mapLabelSize
                    font.weight: Font.DemiBold
                    color: Theme.ink
                    style: Text.Outline
                    styleColor: Theme.paper
                    scale: 1 / content.scale
                    x: labelX - width / 2
                    y: labelY - height / 2
                    visible: implicitWidth + 6 <= labelWidth * content.scale
                             && implicitHeight <= labelHeight * content.scale
                }
            }
        }

        TapHandler {
            id: tap
            property string pressedCode: ""
            function pick(position) {
                const p = viewport.mapToItem(content, position)
                return root.districts.districtAt(p.x, p.y, content.scale)
            }
            onPressedChanged: pressedCode = pressed ? pick(point.position) : ""
            onTapped: (eventPoint) => {
                const code = pick(eventPoint.position)
                if (code)
                    root.districtChosen(code)
            }
        }
        PinchHandler {
            id: pinch
            target: content
            rotationAxis.enabled: false
            scaleAxis.minimum: 0.8
            scaleAxis.maximum: root.maxZoom
            onActiveChanged: if (!active) root.clamp()
        }
        DragHandler {
            id: drag
            target: content
            enabled: content.scale > 1.01
            onActiveChanged: if (!active) root.clamp()
        }
    }

    ParallelAnimation {
        id: settle
        NumberAnimation { id: settleX; target: content; property: "x"; duration: Theme.fast; easing.type: Easing.OutCubic }
        NumberAnimation { id: settleY; target: content; property: "y"; duration: Theme.fast; easing.type: Easing.OutCubic }
        NumberAnimation { id: settleScale; target: content; property: "scale"; duration: Theme.fast; easing.type: Easing.OutCubic }
        onFinished: content.settledZoom = Math.max(1, Math.round(content.scale))
    }
    Connections {
        target: content
        function onScaleChanged() {
            if (!pinch.active && !settle.running)
                content.settledZoom = Math.max(1, Math.round(content.scale))
        }
    }

    // Back to the whole state.
    Rectangle {
        id: reset
        objectName: "district-map-reset"
        visible: content.scale > 1.01 || content.x !== 0 || content.y !== 0
        anchors.right: viewport.right
        anchors.top: viewport.top
        anchors.margins: Theme.gap
        width: resetLabel.implicitWidth + 2 * Theme.gap
        height: Theme.touchTarget
        radius: height / 2
        color: resetTap.pressed ? Theme.maroonDeep : Theme.maroon
        Accessible.role: Accessible.Button
        Accessible.name: resetLabel.text
        PlainText {
            id: resetLabel
            anchors.centerIn: parent
            text: qsTr("Whole state")
            color: Theme.onDark
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }
        TapHandler {
            id: resetTap
            onTapped: root.resetView()
        }
    }

    // Which colour is which craft family.
    Flow {
        id: legend
        objectName: "district-map-legend"
        x: root.portrait ? Theme.gap : viewport.x + viewport.width + Theme.gap
        y: root.portrait ? viewport.y + viewport.height + Theme.gap
                         : Math.max(0, (root.height - height) / 2)
        width: root.portrait ? root.width - 2 * Theme.gap : root.legendSpan
        spacing: Theme.legendSpacing
        Accessible.role: Accessible.List
        Repeater {
            model: root.districts ? root.districts.legend : []
            delegate: Row {
                id: entry
                required property var modelData
                width: root.portrait ? (legend.width - legend.spacing) / 2 : legend.width
                spacing: Theme.legendSpacing
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.modelData.name
                Rectangle {
                    width: Theme.legendSwatch
                    height: Theme.legendSwatch
                    radius: Theme.accentBarThickness
                    color: entry.modelData.colour
                    anchors.verticalCenter: parent.verticalCenter
                }
                PlainText {
                    width: parent.width - Theme.legendSwatch - Theme.legendSpacing
                    text: entry.modelData.name
                    font.pixelSize: Theme.smallSize
                    maximumLineCount: 1
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
