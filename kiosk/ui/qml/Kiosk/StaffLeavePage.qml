import QtQuick
import Kiosk.Backend

// Leaving: close the panel, restart the kiosk, or leave kiosk mode (the PIN again). The
// program ends with the exit codes its systemd unit understands (kiosk/session.py).
Item {
    id: page
    objectName: "staffLeavePage"

    required property StaffPanel staff

    Column {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap * 1.5

        StaffTitle {
            width: parent.width
            text: qsTr("Restart or leave")
        }
        TouchButton {
            objectName: "staffLeaveClose"
            text: qsTr("Close the panel")
            onTapped: page.staff.close()
        }
        PlainText {
            width: parent.width
            text: qsTr("Back to the attract loop, ready for visitors.")
            color: Theme.inkSoft
        }
        TouchButton {
            objectName: "staffRestart"
            text: qsTr("Restart the kiosk")
            baseColor: Theme.saffron
            onTapped: page.staff.restart()
        }
        PlainText {
            width: parent.width
            text: qsTr("The kiosk program stops and starts again within a few seconds.")
            color: Theme.inkSoft
        }
        TouchButton {
            objectName: "staffLeave"
            text: qsTr("Leave kiosk mode")
            baseColor: Theme.maroon
            textColor: Theme.onDark
            onTapped: page.staff.leaveKioskMode()
        }
        PlainText {
            width: parent.width
            text: qsTr("Asks for the PIN again. The kiosk stops and is not started again: the screen shows the computer's text console. Restart the computer to bring the kiosk back.")
            color: Theme.inkSoft
        }
    }
}
