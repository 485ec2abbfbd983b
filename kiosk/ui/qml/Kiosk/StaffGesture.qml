import QtQuick
import Kiosk.Backend

// The staff panel's hidden gesture, which a visitor will not make by accident: a long
// press (StaffPanel.gestureHoldMs, 3 s) on the top-left corner, then three taps on the
// top-right corner within 5 s. Nothing shows for either; the panel asks for the PIN.
// The top-left corner takes its touches (a visitor's tap there does nothing); the
// top-right one listens only for the few seconds after the long press. The item itself has
// no size: only its two corners stand over the pages.
Item {
    id: gesture

    required property StaffPanel staff
    required property real screenWidth
    property bool armed: false
    property int taps: 0

    onEnabledChanged: { armed = false; taps = 0 }

    MouseArea {
        objectName: "staffHold"
        x: 0
        y: 0
        width: Theme.staffCorner
        height: Theme.staffCorner
        pressAndHoldInterval: gesture.staff.gestureHoldMs
        onPressAndHold: {
            gesture.armed = true
            gesture.taps = 0
            disarm.restart()
        }
    }

    MouseArea {
        objectName: "staffTaps"
        visible: gesture.armed
        x: gesture.screenWidth - width
        y: 0
        width: Theme.staffCorner
        height: Theme.staffCorner
        onClicked: {
            gesture.taps += 1
            if (gesture.taps >= gesture.staff.gestureTaps) {
                gesture.armed = false
                gesture.taps = 0
                disarm.stop()
                gesture.staff.requestAccess()
            }
        }
    }

    Timer {
        id: disarm
        interval: gesture.staff.gestureWindowMs
        onTriggered: { gesture.armed = false; gesture.taps = 0 }
    }
}
