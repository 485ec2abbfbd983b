pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The PIN pad: big digit keys, the digits typed shown only as dots, and after wrong PINs
// the wait before the next try counting down (kiosk/state/pin.py decides how long).
Item {
    id: pad
    objectName: "staffPinPage"

    required property StaffPanel staff
    property string entered: ""
    readonly property bool waiting: staff.waitSeconds > 0
    readonly property int maxDigits: 12

    function pad2(n) { return n < 10 ? "0" + n : "" + n }
    function waitText(seconds) {
        return Math.floor(seconds / 60) + ":" + pad2(seconds % 60)
    }
    function press(key) {
        if (waiting)
            return
        if (key === "delete")
            entered = entered.slice(0, -1)
        else if (key === "ok") {
            if (entered.length > 0)
                staff.enterPin(entered)
            entered = ""
        } else if (entered.length < maxDigits)
            entered += key
    }

    onVisibleChanged: entered = ""

    Timer {  // the countdown: the wait is asked again each second
        running: pad.visible && pad.waiting
        interval: 1000
        repeat: true
        onTriggered: pad.staff.refreshWait()
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.pinPadWidth)
        spacing: Theme.gap * 1.5

        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: pad.staff.purpose === "leave" ? qsTr("Leave kiosk mode") : qsTr("Staff panel")
            font.family: Theme.serif
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        PlainText {
            objectName: "pinMessage"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: pad.waiting || pad.staff.wrongPin ? Theme.fail : Theme.inkSoft
            text: pad.waiting
                  ? qsTr("Wrong PIN. Try again in %1.").arg(pad.waitText(pad.staff.waitSeconds))
                  : pad.staff.wrongPin ? qsTr("Wrong PIN. Try again.")
                  : pad.staff.purpose === "leave"
                    ? qsTr("Enter the staff PIN again to leave kiosk mode.")
                    : qsTr("Enter the staff PIN.")
            maximumLineCount: 3
        }
        Item {  // the digits typed, masked
            width: parent.width
            height: Theme.pinDot * 2
            Row {
                objectName: "pinDots"
                anchors.centerIn: parent
                spacing: Theme.innerGap * 1.5
                Repeater {
                    model: pad.entered.length
                    Rectangle {
                        width: Theme.pinDot
                        height: Theme.pinDot
                        radius: width / 2
                        color: Theme.maroon
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.pinKeyWidth * 2
                height: Theme.hairline
                color: Theme.line
            }
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.gap
            opacity: pad.waiting ? 0.4 : 1
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"]
                TouchButton {
                    required property string modelData
                    objectName: "pin-" + modelData
                    enabled: !pad.waiting
                    implicitWidth: Theme.pinKeyWidth
                    implicitHeight: Theme.pinKeyHeight
                    radius: Theme.radius
                    text: modelData === "delete" ? qsTr("Delete")
                          : modelData === "ok" ? qsTr("OK") : modelData
                    font.pixelSize: modelData.length === 1 ? Theme.titleSize : Theme.subheadingSize
                    baseColor: modelData === "ok" ? Theme.saffron : Theme.card
                    onTapped: pad.press(modelData)
                }
            }
        }
        TouchButton {
            objectName: "pinCancel"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Cancel")
            onTapped: pad.staff.close()
        }
    }
}
