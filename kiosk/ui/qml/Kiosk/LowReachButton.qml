pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Low reach on and off: a chevron pointing down over a bar (the screen's top brought down),
// lit while it is on. Announced as a button that says what it does.
TouchButton {
    id: button

    required property KioskController kiosk
    readonly property bool on: kiosk.lowReach

    objectName: "lowReach"
    implicitWidth: Theme.touchTarget
    text: ""
    highlighted: on
    baseColor: on ? Theme.gold : Theme.buttonOnDark
    Accessible.name: on ? qsTr("Low reach: on") : qsTr("Low reach: off")
    Accessible.description: qsTr("Brings the top of every screen within reach")
    onTapped: kiosk.setLowReach(!on)

    // The chevron: two strokes meeting at the bottom, then the bar under it.
    Item {
        id: icon
        anchors.centerIn: parent
        width: Theme.iconSize
        height: Theme.iconSize
        readonly property color ink: button.on ? Theme.ink : Theme.onDark
        Repeater {
            model: [45, -45]
            delegate: Rectangle {
                required property int modelData
                x: icon.width / 2 - width / 2 + (modelData > 0 ? 1 : -1) * icon.width * 0.17
                y: icon.height * 0.3
                width: Theme.iconStroke
                height: icon.height * 0.48
                radius: width / 2
                rotation: modelData
                color: icon.ink
            }
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.iconStroke
            radius: height / 2
            color: icon.ink
        }
    }
}
