pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Idle timeout: seconds without a touch before "Are you still there?". The panel's value is
// kept in the kiosk's state and wins over the machine file and the catalogue until cleared.
Item {
    id: page
    objectName: "staffTimeoutPage"

    required property StaffPanel staff

    Column {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap * 1.5

        StaffTitle {
            width: parent.width
            text: qsTr("Idle timeout")
            detail: qsTr("Seconds without a touch before the kiosk asks “Are you still there?” and then returns to its attract loop.")
        }
        PlainText {
            objectName: "staffIdleValue"
            width: parent.width
            text: qsTr("%n second(s)", "", page.staff.idleTimeout)
            font.family: Theme.serif
            font.pixelSize: Theme.displaySize
            font.weight: Font.Bold
            color: Theme.maroon
        }
        PlainText {
            objectName: "staffIdleSource"
            width: parent.width
            text: page.staff.idleSource === "panel"
                  ? qsTr("Set in this panel. It wins over the machine file and the catalogue.")
                  : page.staff.idleSource === "machine" ? qsTr("From the machine file.")
                  : page.staff.idleSource === "catalogue" ? qsTr("From the catalogue.")
                  : qsTr("The default.")
            color: Theme.inkSoft
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: page.staff.idleChoices
                TouchButton {
                    required property int modelData
                    objectName: "idle-" + modelData
                    text: qsTr("%n second(s)", "", modelData)
                    highlighted: page.staff.idleTimeout === modelData
                    onTapped: page.staff.setIdleTimeout(modelData)
                }
            }
        }
        TouchButton {
            objectName: "staffIdleClear"
            visible: page.staff.idleSource === "panel"
            text: qsTr("Use the machine's setting")
            onTapped: page.staff.clearIdleTimeout()
        }
    }
}
